#include "mnemonictext.h"

#include <QAction>
#include <QRegularExpression>

namespace ck {

QString MnemonicText::without(const QString &text)
{
    static const QRegularExpression appended(QStringLiteral("\\(&[^&()]\\)"));
    static const QRegularExpression single(QStringLiteral("&(&?)"));
    QString plain = text;
    plain.remove(appended).replace(single, QStringLiteral("\\1"));
    return plain.trimmed();
}

void MnemonicText::showWithoutOnButtons(const QList<QAction *> &actions)
{
    for (QAction *action : actions)
        action->setIconText(without(action->text()));
}

} // namespace ck
