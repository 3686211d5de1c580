#pragma once

#include <QWidget>

#include "scenario/scenario.h"

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QToolBar;

namespace ck {

class ScenarioDocument;
class ScenarioTree;

// The scenario editor: the scenario as a tree (tasks, routines, steps, objects) with add, remove,
// reorder and edit in place, undo and redo, and live validation by the app's own loader: the
// refusal, with its path, under the tree and on the item it names. Every valid state is handed on
// at once (scenarioReady()), so the window can preview it on the virtual clock. Files are opened
// and saved through the document (saves are atomic).
class ScenarioEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioEditor(QWidget *parent = nullptr);
    ~ScenarioEditor() override;

    ScenarioDocument *document() const { return m_document; }
    ScenarioTree *tree() const { return m_tree; }
    QString validationText() const;
    QList<QAction *> editActions() const; // for the shortcuts list

public Q_SLOTS:
    void addTask();
    void addRoutine();
    void addStep(const QString &kind);
    void addObject(const QString &type); // "Queue"
    void showObjectMenu();               // the five types, where the keyboard is
    void removeSelected();
    void moveSelected(int direction);

Q_SIGNALS:
    // The document changed and is a valid scenario.
    void scenarioReady(std::shared_ptr<const ck::Scenario> scenario);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void onDocumentChanged();
    void showCheck(); // what the loader says, under the tree
    void apply(const QJsonObject &root, const QString &what);

    ScenarioDocument *m_document;
    ScenarioTree *m_tree;
    QLabel *m_status;
    QToolBar *m_toolBar;
    QMenu *m_stepMenu;
    QMenu *m_objectMenu;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addTaskAction = nullptr;
    QAction *m_addRoutineAction = nullptr;
    QAction *m_addStepAction = nullptr;
    QAction *m_addObjectAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
};

} // namespace ck
