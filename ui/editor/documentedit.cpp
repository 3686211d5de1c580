#include "documentedit.h"

#include "scenariodocument.h"

namespace ck {

DocumentEdit::DocumentEdit(ScenarioDocument &document, QJsonObject before, QJsonObject after,
                           const QString &what)
    : QUndoCommand(what), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{}

void DocumentEdit::undo()
{
    m_document.replaceRoot(m_before);
}

void DocumentEdit::redo()
{
    m_document.replaceRoot(m_after);
}

} // namespace ck
