#include "scenarioeditor.h"

#include "scenario/namedobject.h"
#include "scenariodocument.h"
#include "scenariojson.h"
#include "scenarioobjects.h"
#include "scenariotree.h"

#include <QAction>
#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ck {

ScenarioEditor::ScenarioEditor(QWidget *parent)
    : QWidget(parent), m_document(new ScenarioDocument(this)), m_tree(new ScenarioTree(this)),
      m_status(new QLabel(this)), m_toolBar(new QToolBar(this)), m_stepMenu(new QMenu(this)),
      m_objectMenu(new QMenu(this))
{
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    createActions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    connect(m_document, &ScenarioDocument::changed, this, &ScenarioEditor::onDocumentChanged);
    connect(m_tree, &ScenarioTree::edited, this, &ScenarioEditor::apply);
    connect(m_tree, &ScenarioTree::refused, m_status, &QLabel::setText);
    retranslate();
    onDocumentChanged();
}

ScenarioEditor::~ScenarioEditor() = default;

void ScenarioEditor::createActions()
{
    m_undoAction = m_document->undoStack()->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = m_document->undoStack()->createRedoAction(this);
    // Both, as KDE has them: Ctrl+Shift+Z of the desktops and Ctrl+Y of Windows (the README's).
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    // First on the toolbar: a narrow dock hides its last actions behind », not these.
    m_toolBar->addActions({m_undoAction, m_redoAction});
    m_toolBar->addSeparator();
    m_addTaskAction = m_toolBar->addAction(QString(), this, &ScenarioEditor::addTask);
    m_addRoutineAction = m_toolBar->addAction(QString(), this, &ScenarioEditor::addRoutine);
    for (const QString &kind : ScenarioJson::stepKinds())
        m_stepMenu->addAction(kind, this, [this, kind] { addStep(kind); });
    m_addStepAction = m_toolBar->addAction(QString());
    m_addStepAction->setMenu(m_stepMenu);
    for (const QString &type : NamedObject::typeNames())
        m_objectMenu->addAction(type, this, [this, type] { addObject(type); });
    m_objectMenu->setObjectName(QStringLiteral("objectMenu"));
    m_addObjectAction = m_toolBar->addAction(QString());
    m_addObjectAction->setMenu(m_objectMenu);
    m_addObjectAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Insert));
    connect(m_addObjectAction, &QAction::triggered, this, &ScenarioEditor::showObjectMenu);
    for (QAction *action : {m_addStepAction, m_addObjectAction}) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setPopupMode(QToolButton::InstantPopup);
    }
    m_removeAction = m_toolBar->addAction(QString(), this, &ScenarioEditor::removeSelected);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_upAction = m_toolBar->addAction(QString(), this, [this] { moveSelected(-1); });
    m_upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_downAction = m_toolBar->addAction(QString(), this, [this] { moveSelected(+1); });
    m_downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *action :
         {m_addObjectAction, m_upAction, m_downAction, m_undoAction, m_redoAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // The editor holds them too: their shortcuts work wherever its focus is (in the tree), not
    // only on the toolbar.
    addActions(editActions());
}

void ScenarioEditor::retranslate()
{
    m_addTaskAction->setText(tr("+ Task"));
    m_addTaskAction->setToolTip(tr("Add a task"));
    m_addRoutineAction->setText(tr("+ Routine"));
    m_addRoutineAction->setToolTip(tr("Add a routine that tasks can call or gather"));
    m_addStepAction->setText(tr("+ Step"));
    m_addStepAction->setToolTip(tr("Add a step after the selected one"));
    m_addObjectAction->setText(tr("+ Object"));
    m_addObjectAction->setToolTip(
        tr("Declare a Lock, Event, Semaphore, Condition or Queue that steps name (Alt+Insert)"));
    m_removeAction->setText(tr("Remove"));
    m_removeAction->setToolTip(tr("Remove the selected task, routine, step or object (Delete)"));
    m_upAction->setText(tr("Up"));
    m_upAction->setToolTip(tr("Move it up (Alt+Up)"));
    m_downAction->setText(tr("Down"));
    m_downAction->setToolTip(tr("Move it down (Alt+Down)"));
    m_undoAction->setText(tr("Undo"));
    m_redoAction->setText(tr("Redo"));
    // The stack names the edit in their text ("Undo Add task"); the buttons stay short.
    m_undoAction->setIconText(tr("Undo"));
    m_undoAction->setToolTip(tr("Undo the last edit (Ctrl+Z)"));
    m_redoAction->setIconText(tr("Redo"));
    m_redoAction->setToolTip(tr("Redo the edit undone last (Ctrl+Shift+Z or Ctrl+Y)"));
    // the tree's headers, groups and facts ("never awaited") are written when it is built
    m_tree->show(m_document->root());
    m_tree->markFault(m_document->check().error);
    showCheck();
}

QString ScenarioEditor::validationText() const
{
    return m_status->text();
}

QList<QAction *> ScenarioEditor::editActions() const
{
    return {m_addObjectAction, m_removeAction, m_upAction,
            m_downAction,      m_undoAction,   m_redoAction};
}

void ScenarioEditor::addTask()
{
    apply(ScenarioJson::addTaskOrRoutine(m_document->root(), QStringLiteral("tasks")),
          tr("Add task"));
}

void ScenarioEditor::addRoutine()
{
    apply(ScenarioJson::addTaskOrRoutine(m_document->root(), QStringLiteral("routines")),
          tr("Add routine"));
}

void ScenarioEditor::addStep(const QString &kind)
{
    auto place = m_tree->selectedPlace();
    if (!place || place->collection == ScenarioObjects::collection) // the last task
        place = ScenarioJson::Place{
            QStringLiteral("tasks"),
            int(m_document->root().value(QStringLiteral("tasks")).toArray().size()) - 1, -1};
    if (place->index < 0)
        return;
    apply(ScenarioJson::addStep(m_document->root(), *place, kind), tr("Add %1 step").arg(kind));
    const int count = int(ScenarioJson::ownerAt(m_document->root(), *place)
                              .value(QStringLiteral("steps"))
                              .toArray()
                              .size());
    m_tree->select(
        {place->collection, place->index, place->isStep() ? place->step + 1 : count - 1});
}

void ScenarioEditor::addObject(const QString &type)
{
    apply(ScenarioObjects::add(m_document->root(), type), tr("Add %1").arg(type));
    const int count = int(m_document->root().value(ScenarioObjects::collection).toArray().size());
    m_tree->select({ScenarioObjects::collection, count - 1});
}

void ScenarioEditor::showObjectMenu()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    const QRect near = current ? m_tree->visualItemRect(current) : QRect();
    m_objectMenu->popup(m_tree->viewport()->mapToGlobal(near.bottomLeft()));
}

void ScenarioEditor::removeSelected()
{
    if (const auto place = m_tree->selectedPlace())
        apply(ScenarioJson::remove(m_document->root(), *place), tr("Remove"));
}

void ScenarioEditor::moveSelected(int direction)
{
    const auto place = m_tree->selectedPlace();
    if (!place)
        return;
    apply(ScenarioJson::move(m_document->root(), *place, direction), tr("Move"));
    ScenarioJson::Place moved = *place;
    (moved.isStep() ? moved.step : moved.index) += direction;
    m_tree->select(moved);
}

void ScenarioEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScenarioEditor::apply(const QJsonObject &root, const QString &what)
{
    m_document->edit(root, what);
}

void ScenarioEditor::onDocumentChanged()
{
    m_tree->show(m_document->root());
    m_tree->markFault(m_document->check().error);
    showCheck();
    if (m_document->scenario())
        Q_EMIT scenarioReady(m_document->scenario());
}

void ScenarioEditor::showCheck()
{
    const ScenarioLoadResult &check = m_document->check();
    if (!check.ok()) {
        m_status->setText(tr("⚠ %1").arg(check.error));
        return;
    }
    m_status->setText(tr("✓ Valid — tasks: %1, routines: %2, objects: %3")
                          .arg(check.scenario->tasks.size())
                          .arg(check.scenario->routines.size())
                          .arg(check.scenario->objects.size()));
}

} // namespace ck
