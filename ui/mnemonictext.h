#pragma once

#include <QList>
#include <QString>

class QAction;

namespace ck {

// Texts of actions shown on buttons (toolbars, the mode bar), where a mnemonic does not belong:
// the menus have them, and a Korean "실행(R)" would read as part of the name.
class MnemonicText
{
public:
    // "순차 실행(&Q)" -> "순차 실행", "create_&task" -> "create_task", "A && B" -> "A & B".
    static QString without(const QString &text);
    // Each action shows its text without the mnemonic on a button (and in the tooltip Qt makes
    // of it); call again after the texts change (retranslation).
    static void showWithoutOnButtons(const QList<QAction *> &actions);
};

} // namespace ck
