#include "predictdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ck {

PredictDialog::PredictDialog(const QString &runName, const QStringList &choices, QWidget *parent)
    : QDialog(parent), m_runName(runName), m_intro(new QLabel(this)), m_list(new QListWidget(this)),
      m_totalLabel(new QLabel(this)), m_total(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("predictDialog"));
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("predictionList"));
    m_list->addItems(choices);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);
    m_list->setCurrentRow(0);
    m_list->setVisible(!choices.isEmpty());
    m_total->setObjectName(QStringLiteral("predictionTotal"));
    m_total->setRange(0.0, 1e6);
    m_total->setDecimals(2);
    m_total->setSingleStep(0.5);
    m_totalLabel->setBuddy(m_total);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_run = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *total = new QFormLayout;
    total->addRow(m_totalLabel, m_total);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(total);
    layout->addWidget(buttons);
    retranslate();
    resize(560, 420);
}

QStringList PredictDialog::order() const
{
    QStringList lines;
    for (int row = 0; row < m_list->count(); ++row)
        lines << m_list->item(row)->text();
    return lines;
}

double PredictDialog::seconds() const
{
    return m_total->value();
}

void PredictDialog::moveCurrent(int by)
{
    const int from = m_list->currentRow();
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_list->count())
        return;
    m_list->insertItem(to, m_list->takeItem(from));
    m_list->setCurrentRow(to);
}

bool PredictDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PredictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PredictDialog::retranslate()
{
    setWindowTitle(tr("Predict, then run"));
    m_intro->setText(
        m_list->count() > 0
            ? tr("What will %1 print, and in which order? Drag the lines into order (or move "
                 "the selected one with Alt+Up and Alt+Down), guess the total time, then run it "
                 "and see.")
                  .arg(m_runName)
            : tr("%1 prints nothing: guess its total time, then run it and see.").arg(m_runName));
    m_list->setToolTip(tr("Drag a line, or move the selected one with Alt+Up and Alt+Down"));
    m_totalLabel->setText(tr("&Total time:"));
    m_total->setSuffix(tr(" s", "seconds"));
    m_run->setText(tr("&Run"));
}

} // namespace ck
