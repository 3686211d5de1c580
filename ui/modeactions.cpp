#include "modeactions.h"

#include "mnemonictext.h"

#include <QAction>
#include <QActionGroup>
#include <QSignalBlocker>
#include <QSpinBox>

namespace ck {

ModeActions::ModeActions(QWidget *parent)
    : QObject(parent), m_group(new QActionGroup(this)), m_limit(new QSpinBox(parent))
{
    m_group->setExclusive(true);
    for (int mode = 0; mode < ModeCount; ++mode) {
        auto *action = new QAction(parent);
        action->setCheckable(true);
        action->setData(mode);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + mode)));
        m_group->addAction(action);
        m_actions << action;
    }
    m_actions[Sequential]->setChecked(true);
    m_limit->setRange(1, 99);
    m_limit->setValue(2);
    m_limit->setObjectName(QStringLiteral("boundedLimit"));
    connect(m_group, &QActionGroup::triggered, this,
            [this] { Q_EMIT selectionChanged(selection()); });
    connect(m_limit, &QSpinBox::valueChanged, this, [this] {
        if (m_actions[Bounded]->isChecked())
            Q_EMIT selectionChanged(selection());
    });
    retranslate();
}

ModeActions::Mode ModeActions::chosen() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? Mode(checked->data().toInt()) : m_kept;
}

RunSelection ModeActions::selection() const
{
    switch (chosen()) {
    case Sequential:
    case ModeCount:
        break;
    case Gather:
        return Strategy(Strategy::Kind::Gather);
    case CreateTask:
        return Strategy(Strategy::Kind::CreateTask);
    case Bounded:
        return Strategy(Strategy::Kind::Bounded, m_limit->value());
    case Compare:
        return RunSelection::compare();
    case TaskGroup:
        return Strategy(Strategy::Kind::TaskGroup);
    }
    return Strategy(Strategy::Kind::Sequential);
}

int ModeActions::boundedLimit() const
{
    return m_limit->value();
}

void ModeActions::setSelection(const RunSelection &selection)
{
    const Mode mode = modeOf(selection);
    if (mode == Bounded)
        setBoundedLimit(selection.strategy().limit());
    if (m_choosable)
        m_actions[mode]->setChecked(true);
    else
        m_kept = mode;
}

void ModeActions::setChoosable(bool choosable)
{
    if (choosable == m_choosable)
        return;
    m_choosable = choosable;
    if (choosable) {
        m_actions[m_kept]->setChecked(true);
        m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);
    } else {
        m_kept = chosen();
        m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
        m_actions[m_kept]->setChecked(false);
    }
    for (QAction *action : m_actions)
        action->setEnabled(choosable);
    m_limit->setEnabled(choosable);
}

void ModeActions::setBoundedLimit(int limit)
{
    const QSignalBlocker blocker(m_limit);
    m_limit->setValue(limit);
}

void ModeActions::retranslate()
{
    m_actions[Sequential]->setText(tr("Se&quential"));
    m_actions[Sequential]->setToolTip(tr("await each task before starting the next one"));
    m_actions[Gather]->setText(tr("&Gather"));
    m_actions[Gather]->setToolTip(tr("asyncio.gather: start every task, then await them all"));
    m_actions[CreateTask]->setText(tr("create_&task"));
    m_actions[CreateTask]->setToolTip(
        tr("asyncio.create_task for each task, then await the tasks one by one"));
    m_actions[Bounded]->setText(tr("&Bounded"));
    m_actions[Bounded]->setToolTip(tr("gather, at most N tasks at a time (asyncio.Semaphore)"));
    m_actions[TaskGroup]->setText(tr("TaskGro&up"));
    m_actions[TaskGroup]->setToolTip(
        tr("async with asyncio.TaskGroup(): tg.create_task for each task; the first failure "
           "cancels the others"));
    m_actions[Compare]->setText(tr("&Compare"));
    m_actions[Compare]->setToolTip(
        tr("run sequential and gather together on one loop and one time axis"));
    m_limit->setPrefix(tr("N = "));
    m_limit->setToolTip(tr("How many tasks Bounded runs at once"));
    MnemonicText::showWithoutOnButtons(m_actions);
    for (QAction *action : m_actions)
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
}

ModeActions::Mode ModeActions::modeOf(const RunSelection &selection)
{
    if (selection.isCompare())
        return Compare;
    switch (selection.strategy().kind()) {
    case Strategy::Kind::Sync:
    case Strategy::Kind::Sequential:
        return Sequential;
    case Strategy::Kind::Gather:
        return Gather;
    case Strategy::Kind::CreateTask:
        return CreateTask;
    case Strategy::Kind::Bounded:
        return Bounded;
    case Strategy::Kind::TaskGroup:
        return TaskGroup;
    }
    return Sequential;
}

} // namespace ck
