#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace ck {

// Help > Keyboard shortcuts: every action that has a shortcut, with its keys, read from the
// actions themselves so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // "Run", "F5" pairs in the order of the actions (mnemonics and ellipses removed).
    static QList<QPair<QString, QString>> rows(const QList<QAction *> &actions);

    QTableWidget *table() const { return m_table; }

private:
    static constexpr int kMaxWidth = 760;

    // The dialog's width for table columns this wide: with the scroll bar and the margins.
    int frameAround(int columns) const;

    QTableWidget *m_table;
};

} // namespace ck
