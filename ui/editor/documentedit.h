#pragma once

#include <QJsonObject>
#include <QUndoCommand>

namespace ck {

class ScenarioDocument;

// One edit of a scenario document, undoable: the whole JSON before and after. Scenario files
// are small, and a snapshot cannot get out of step with the tree the way a diff could.
class DocumentEdit : public QUndoCommand
{
public:
    DocumentEdit(ScenarioDocument &document, QJsonObject before, QJsonObject after,
                 const QString &what);

    void undo() override;
    void redo() override;

private:
    ScenarioDocument &m_document;
    QJsonObject m_before;
    QJsonObject m_after;
};

} // namespace ck
