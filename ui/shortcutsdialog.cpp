#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace ck {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const auto entries = rows(actions);
    m_table->setColumnCount(2);
    m_table->setRowCount(int(entries.size()));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < int(entries.size()); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(entries[row].first));
        m_table->setItem(row, 1, new QTableWidgetItem(entries[row].second));
    }
    // The keys are never cut: their column fits its widest entry, and the dialog is as wide as
    // both columns where the screen allows (the names are elided first).
    m_table->resizeColumnsToContents();
    const int columnsWidth = m_table->columnWidth(0) + m_table->columnWidth(1);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    const int rowsHeight = int(entries.size()) * m_table->verticalHeader()->defaultSectionSize();
    resize(std::min(kMaxWidth, frameAround(columnsWidth)), std::min(760, rowsHeight + 110));
}

int ShortcutsDialog::frameAround(int columns) const
{
    const int scrollBar = m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const QMargins margins = layout()->contentsMargins();
    return columns + scrollBar + 2 * m_table->frameWidth() + margins.left() + margins.right() + 8;
}

QList<QPair<QString, QString>> ShortcutsDialog::rows(const QList<QAction *> &actions)
{
    QList<QPair<QString, QString>> result;
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&')).remove(QStringLiteral("…")).remove(QStringLiteral("..."));
        QStringList keys;
        for (const QKeySequence &keySequence : action->shortcuts())
            keys << keySequence.toString(QKeySequence::NativeText);
        result.append({text.trimmed(), keys.join(QStringLiteral(", "))});
    }
    return result;
}

} // namespace ck
