// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"
#include "windowwarnings.h"

#include "editor/scenariodocument.h"
#include "editor/scenarioeditor.h"
#include "editor/scenariojson.h"
#include "editor/scenarioobjects.h"
#include "editor/scenariotree.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"
#include "timeline/timelineview.h"

#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTranslator>

using namespace std::chrono_literals;
using ck::ScenarioJson;

namespace {

const ScenarioJson::Place kFirstTask{QStringLiteral("tasks"), 0, -1};

QJsonArray stepsOf(const QJsonObject &root, const ScenarioJson::Place &owner = kFirstTask)
{
    return ScenarioJson::ownerAt(root, owner).value(QStringLiteral("steps")).toArray();
}

QJsonArray objectsOf(const QJsonObject &root)
{
    return root.value(QStringLiteral("objects")).toArray();
}

QJsonObject object(const QString &name, const QString &type)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("type"), type}};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TstScenarioEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void addRemoveAndMoveSteps();
    void valuesReadFromText();
    void editsAreUndoable();
    void refusalPointsAtTheStep();
    void treeEditsInPlace();
    void badValueIsRefusedAndKept();
    void objectsAreAddedEditedAndRemoved();
    void addingAStepDeclaresItsObject();
    void everyObjectStepFindsItsObject();
    void refusalPointsAtTheObject();
    void objectMenuOpensFromTheKeyboard();
    void treeFollowsTheLanguage();
    void returnCommitsWithoutAWarning();
    void keysWorkFromTheTreeInTheWindow();
    void previewSaysWhenItIsStale();
    void savesAtomicallyAndReopens();
    void windowPreviewsEveryValidEdit();
    void builtinIsEditedAsACopy();
    void closingAsksAboutUnsavedChanges();
    void screenshot();
};

void TstScenarioEditor::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_scenarioeditor"));
}

void TstScenarioEditor::init()
{
    QSettings().clear();
}

void TstScenarioEditor::addRemoveAndMoveSteps()
{
    ck::ScenarioDocument document;
    QJsonObject root = document.root(); // task_1: wait 1
    root = ScenarioJson::addStep(root, kFirstTask, QStringLiteral("log"));
    root = ScenarioJson::addStep(root, {QStringLiteral("tasks"), 0, 0}, QStringLiteral("block"));
    QCOMPARE(stepsOf(root).size(), 3);
    QCOMPARE(ScenarioJson::kindOf(stepsOf(root).at(1).toObject()), QStringLiteral("block"));
    root = ScenarioJson::move(root, {QStringLiteral("tasks"), 0, 2}, -1); // log up
    QCOMPARE(ScenarioJson::kindOf(stepsOf(root).at(1).toObject()), QStringLiteral("log"));
    QCOMPARE(ScenarioJson::move(root, {QStringLiteral("tasks"), 0, 0}, -1), root); // at the top
    root = ScenarioJson::remove(root, {QStringLiteral("tasks"), 0, 0});
    QCOMPARE(stepsOf(root).size(), 2);
    root = ScenarioJson::addTaskOrRoutine(root, QStringLiteral("tasks"));
    root = ScenarioJson::addTaskOrRoutine(root, QStringLiteral("routines"));
    QCOMPARE(root.value(QStringLiteral("tasks"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("task_2")));
    QCOMPARE(root.value(QStringLiteral("routines"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("routine_1")));
}

void TstScenarioEditor::valuesReadFromText()
{
    QString error;
    const QJsonObject wait{{QStringLiteral("wait"), 1}};
    QCOMPARE(*ScenarioJson::withValue(wait, QStringLiteral(" 2.5 "), &error),
             (QJsonObject{{QStringLiteral("wait"), 2.5}}));
    QVERIFY(!ScenarioJson::withValue(wait, QStringLiteral("3 s"), &error));
    QCOMPARE(error, QStringLiteral("\"wait\" takes a number of seconds, such as 1.5"));
    const QJsonObject gather{{QStringLiteral("gather"), QJsonArray{}}};
    QCOMPARE(*ScenarioJson::withValue(gather, QStringLiteral("a, b"), &error),
             (QJsonObject{{QStringLiteral("gather"),
                           QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}}));
    // a bilingual line keeps its Korean when its English is edited
    const QJsonObject log{
        {QStringLiteral("log"), QJsonObject{{QStringLiteral("en"), QStringLiteral("x")},
                                            {QStringLiteral("ko"), QStringLiteral("엑스")}}}};
    const auto edited = ScenarioJson::withValue(log, QStringLiteral("y"), &error);
    QCOMPARE(edited->value(QStringLiteral("log")).toObject().value(QStringLiteral("ko")),
             QJsonValue(QStringLiteral("엑스")));
    QCOMPARE(ScenarioJson::valueText(*edited), QStringLiteral("y"));
    QVERIFY(!ScenarioJson::withValue(QJsonObject{{QStringLiteral("download"), QJsonObject{}}},
                                     QStringLiteral("{nope"), &error));
}

void TstScenarioEditor::editsAreUndoable()
{
    ck::ScenarioDocument document;
    QVERIFY(!document.isModified());
    const QJsonObject start = document.root();
    document.edit(ScenarioJson::addTaskOrRoutine(start, QStringLiteral("tasks")),
                  QStringLiteral("Add task"));
    QVERIFY(document.isModified());
    QCOMPARE(document.scenario()->tasks.size(), std::size_t(2));
    document.undoStack()->undo();
    QCOMPARE(document.root(), start);
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QCOMPARE(document.scenario()->tasks.size(), std::size_t(2));
}

void TstScenarioEditor::refusalPointsAtTheStep()
{
    ck::ScenarioEditor editor;
    ck::ScenarioDocument *document = editor.document();
    document->edit(ScenarioJson::addStep(document->root(), kFirstTask, QStringLiteral("call")),
                   QStringLiteral("Add call"));
    QVERIFY(!document->check().ok());
    QCOMPARE(document->check().error,
             QStringLiteral("untitled.json: tasks[0].steps[1]: unknown routine \"routine_1\""));
    QCOMPARE(editor.validationText(), QStringLiteral("⚠ ") + document->check().error);
    QCOMPARE(editor.tree()->markedPath(), QStringLiteral("tasks[0].steps[1]"));
    editor.addRoutine(); // routine_1 now exists
    QVERIFY(document->check().ok());
    QVERIFY(editor.tree()->markedPath().isEmpty());
    QCOMPARE(editor.validationText(),
             QStringLiteral("✓ Valid — tasks: 1, routines: 1, objects: 0"));
}

void TstScenarioEditor::treeEditsInPlace()
{
    ck::ScenarioEditor editor;
    std::vector<std::shared_ptr<const ck::Scenario>> ready;
    connect(&editor, &ck::ScenarioEditor::scenarioReady, this,
            [&ready](std::shared_ptr<const ck::Scenario> scenario) { ready.push_back(scenario); });
    QTreeWidgetItem *wait = editor.tree()->itemAt(QStringLiteral("tasks[0].steps[0]"));
    QVERIFY(wait);
    QCOMPARE(wait->text(0), QStringLiteral("wait"));
    wait->setText(1, QStringLiteral("2.5"));
    QCOMPARE(stepsOf(editor.document()->root()).at(0).toObject().value(QStringLiteral("wait")),
             QJsonValue(2.5));
    QCOMPARE(ready.size(), std::size_t(1));
    QCOMPARE(ready.front()->tasks[0].steps[0].duration, 2500ms);
    editor.tree()->itemAt(QStringLiteral("tasks[0]"))->setText(0, QStringLiteral("brew"));
    QCOMPARE(editor.document()->scenario()->tasks[0].name, QStringLiteral("brew"));
    editor.tree()->itemAt(QStringLiteral("tasks[0]"))->setText(0, QStringLiteral("not a name"));
    QVERIFY(editor.validationText().contains(QStringLiteral("tasks[0]: \"name\" must be an "
                                                            "identifier")));
}

void TstScenarioEditor::badValueIsRefusedAndKept()
{
    ck::ScenarioEditor editor;
    const QJsonObject before = editor.document()->root();
    editor.tree()->itemAt(QStringLiteral("tasks[0].steps[0]"))->setText(1, QStringLiteral("soon"));
    QCOMPARE(editor.document()->root(), before);
    QCOMPARE(editor.validationText(),
             QStringLiteral("\"wait\" takes a number of seconds, such as 1.5"));
    QCOMPARE(editor.tree()->itemAt(QStringLiteral("tasks[0].steps[0]"))->text(1),
             QStringLiteral("1"));
}

void TstScenarioEditor::objectsAreAddedEditedAndRemoved()
{
    ck::ScenarioEditor editor;
    const QJsonObject start = editor.document()->root();
    editor.addObject(QStringLiteral("Queue"));
    QCOMPARE(objectsOf(editor.document()->root()),
             QJsonArray{object(QStringLiteral("queue_1"), QStringLiteral("Queue"))});
    QTreeWidgetItem *item = editor.tree()->itemAt(QStringLiteral("objects[0]"));
    QVERIFY(item);
    QCOMPARE(item->parent()->text(0), QStringLiteral("Objects"));
    QCOMPARE(editor.tree()->selectedPlace()->path(), QStringLiteral("objects[0]"));
    item->setText(1, QStringLiteral("Queue 2"));
    QCOMPARE(objectsOf(editor.document()->root()).at(0).toObject().value(QStringLiteral("maxsize")),
             QJsonValue(2));
    item = editor.tree()->itemAt(QStringLiteral("objects[0]"));
    QCOMPARE(item->text(1), QStringLiteral("Queue (maxsize 2)"));
    item->setText(0, QStringLiteral("orders"));
    QCOMPARE(editor.document()->scenario()->objects.at(0).name, QStringLiteral("orders"));
    QCOMPARE(editor.document()->scenario()->objects.at(0).value, 2);
    // a type that takes no number is refused, and the document kept
    const QJsonObject named = editor.document()->root();
    editor.tree()->itemAt(QStringLiteral("objects[0]"))->setText(1, QStringLiteral("Lock 3"));
    QCOMPARE(editor.document()->root(), named);
    QCOMPARE(editor.validationText(), QStringLiteral("a Lock takes no number"));
    QCOMPARE(editor.tree()->itemAt(QStringLiteral("objects[0]"))->text(1),
             QStringLiteral("Queue (maxsize 2)"));
    editor.tree()->itemAt(QStringLiteral("objects[0]"))->setText(1, QStringLiteral("semaphore(3)"));
    QCOMPARE(objectsOf(editor.document()->root()).at(0).toObject(),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("orders")},
                          {QStringLiteral("type"), QStringLiteral("Semaphore")},
                          {QStringLiteral("value"), 3}}));
    editor.addObject(QStringLiteral("Event"));
    QCOMPARE(editor.tree()->itemAt(QStringLiteral("objects[1]"))->text(0),
             QStringLiteral("event_1"));
    editor.tree()->select({QStringLiteral("objects"), 0});
    editor.removeSelected();
    QCOMPARE(objectsOf(editor.document()->root()),
             QJsonArray{object(QStringLiteral("event_1"), QStringLiteral("Event"))});
    editor.tree()->select({QStringLiteral("objects"), 0});
    editor.removeSelected();
    QVERIFY(!editor.document()->root().contains(QStringLiteral("objects")));
    editor.document()->undoStack()->undo();
    QCOMPARE(objectsOf(editor.document()->root()).size(), 1);
    while (editor.document()->undoStack()->canUndo())
        editor.document()->undoStack()->undo();
    QCOMPARE(editor.document()->root(), start);
    QVERIFY(!editor.tree()->itemAt(QStringLiteral("objects[0]")));
}

void TstScenarioEditor::addingAStepDeclaresItsObject()
{
    ck::ScenarioEditor editor;
    ck::ScenarioDocument *document = editor.document();
    const QJsonObject start = document->root();
    editor.addStep(QStringLiteral("get"));
    QVERIFY2(document->check().ok(), qPrintable(document->check().error));
    QCOMPARE(objectsOf(document->root()),
             QJsonArray{object(QStringLiteral("queue"), QStringLiteral("Queue"))});
    QCOMPARE(stepsOf(document->root()).at(1).toObject().value(QStringLiteral("get")),
             QJsonValue(QJsonObject{{QStringLiteral("queue"), QStringLiteral("queue")},
                                    {QStringLiteral("as"), QStringLiteral("item")}}));
    document->undoStack()->undo(); // one edit: the step and its object
    QCOMPARE(document->root(), start);
    // a queue declared already is the one the new step names
    QJsonObject root = start;
    root.insert(QStringLiteral("objects"),
                QJsonArray{object(QStringLiteral("m"), QStringLiteral("Lock")),
                           object(QStringLiteral("orders"), QStringLiteral("Queue"))});
    document->edit(root, QStringLiteral("objects"));
    editor.tree()->select(kFirstTask);
    editor.addStep(QStringLiteral("put"));
    QVERIFY2(document->check().ok(), qPrintable(document->check().error));
    QCOMPARE(objectsOf(document->root()).size(), 2);
    QCOMPARE(stepsOf(document->root())
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("put"))
                 .toObject()
                 .value(QStringLiteral("queue")),
             QJsonValue(QStringLiteral("orders")));
    // a name taken by a task is not declared twice
    root = start;
    root.insert(QStringLiteral("tasks"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("event")},
                                       {QStringLiteral("steps"), stepsOf(start)}}});
    const QJsonObject added = ScenarioJson::addStep(root, kFirstTask, QStringLiteral("set"));
    QCOMPARE(objectsOf(added),
             QJsonArray{object(QStringLiteral("event_1"), QStringLiteral("Event"))});
    QCOMPARE(stepsOf(added).at(1).toObject().value(QStringLiteral("set")),
             QJsonValue(QStringLiteral("event_1")));
}

void TstScenarioEditor::everyObjectStepFindsItsObject()
{
    // Each kind that names an object, added to the starter, names a declared object of a type it
    // takes: whatever the loader still says of it, it is not about the object.
    int kindsWithObjects = 0;
    for (const QString &kind : ScenarioJson::stepKinds()) {
        if (ck::StepKinds::find(kind)->objectTypes().isEmpty())
            continue;
        ++kindsWithObjects;
        ck::ScenarioDocument document;
        document.edit(ScenarioJson::addStep(document.root(), kFirstTask, kind), kind);
        const QString error = document.check().error;
        // wait_condition and notify need an async_with around them, which is left to the user
        QVERIFY2(document.check().ok() ||
                     error.contains(QStringLiteral("must be inside {\"async_with\": {\"object\": "
                                                   "\"condition\"")),
                 qPrintable(kind + QStringLiteral(": ") + error));
        QCOMPARE(objectsOf(document.root()).size(), 1);
    }
    QCOMPARE(kindsWithObjects, 11); // async_with, 6 object calls, 4 queue calls
}

void TstScenarioEditor::refusalPointsAtTheObject()
{
    ck::ScenarioEditor editor;
    editor.addObject(QStringLiteral("Queue"));
    editor.addObject(QStringLiteral("Semaphore"));
    editor.tree()->itemAt(QStringLiteral("objects[1]"))->setText(1, QStringLiteral("Semaphore 0"));
    QCOMPARE(editor.document()->check().error,
             QStringLiteral("untitled.json: objects[1].value: \"value\" must be a whole number "
                            "from 1 to 1000000, found 0"));
    QCOMPARE(editor.tree()->markedPath(), QStringLiteral("objects[1]"));
    QVERIFY(editor.tree()
                ->itemAt(QStringLiteral("objects[1]"))
                ->toolTip(0)
                .contains(QStringLiteral("objects[1].value")));
    editor.tree()->itemAt(QStringLiteral("objects[1]"))->setText(0, QStringLiteral("task_1"));
    QCOMPARE(editor.tree()->markedPath(), QStringLiteral("objects[1]"));
    editor.tree()->itemAt(QStringLiteral("objects[1]"))->setText(1, QStringLiteral("Semaphore 2"));
    editor.tree()->itemAt(QStringLiteral("objects[1]"))->setText(0, QStringLiteral("s"));
    QVERIFY2(editor.document()->check().ok(), qPrintable(editor.document()->check().error));
    QVERIFY(editor.tree()->markedPath().isEmpty());
}

void TstScenarioEditor::objectMenuOpensFromTheKeyboard()
{
    ck::ScenarioEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QAction *add = nullptr;
    for (QAction *action : editor.editActions()) {
        if (action->shortcut() == QKeySequence(Qt::ALT | Qt::Key_Insert))
            add = action;
    }
    QVERIFY(add);
    QCOMPARE(add->text(), QStringLiteral("+ Object"));
    editor.tree()->setFocus();
    QTest::keyClick(editor.tree(), Qt::Key_Insert, Qt::AltModifier);
    auto *menu = editor.findChild<QMenu *>(QStringLiteral("objectMenu"));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(menu->actions().size(), 5);
    menu->actions().at(2)->trigger(); // Semaphore
    menu->hide();
    QCOMPARE(objectsOf(editor.document()->root()),
             QJsonArray{object(QStringLiteral("semaphore_1"), QStringLiteral("Semaphore"))});
    // the new object is selected: Delete in the tree removes it, Ctrl+Z brings it back
    editor.tree()->setFocus();
    QTest::keyClick(editor.tree(), Qt::Key_Delete);
    QVERIFY(objectsOf(editor.document()->root()).isEmpty());
    QTest::keySequence(editor.tree(), QKeySequence::Undo);
    QCOMPARE(objectsOf(editor.document()->root()).size(), 1);
}

void TstScenarioEditor::treeFollowsTheLanguage()
{
    ck::ScenarioEditor editor;
    editor.addObject(QStringLiteral("Lock"));
    QCOMPARE(editor.tree()->itemAt(QStringLiteral("objects"))->text(0), QStringLiteral("Objects"));
    QTranslator korean;
    QVERIFY(korean.load(QStringLiteral(":/i18n/corokitchen_ko.qm")));
    QCoreApplication::installTranslator(&korean); // posts QEvent::LanguageChange
    QTRY_COMPARE(editor.tree()->itemAt(QStringLiteral("objects"))->text(0), QStringLiteral("객체"));
    QCOMPARE(editor.validationText(), QStringLiteral("✓ 올바름 — 태스크: 1, 루틴: 0, 객체: 1"));
    QCoreApplication::removeTranslator(&korean);
    QTRY_COMPARE(editor.tree()->itemAt(QStringLiteral("objects"))->text(0),
                 QStringLiteral("Objects"));
}

// Return in the tree's line edit commits the value; the tree is rebuilt once the view has closed
// its editor, so Qt has no editor to complain about.
void TstScenarioEditor::returnCommitsWithoutAWarning()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("closeEditor")));
    ck::ScenarioEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    ck::ScenarioTree *tree = editor.tree();
    tree->editItem(tree->itemAt(QStringLiteral("tasks[0].steps[0]")), 1);
    QLineEdit *line = nullptr;
    QTRY_VERIFY((line = tree->viewport()->findChild<QLineEdit *>()));
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("2.5"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(stepsOf(editor.document()->root()).at(0).toObject(),
                 (QJsonObject{{QStringLiteral("wait"), 2.5}}));
    QTRY_COMPARE(tree->itemAt(QStringLiteral("tasks[0].steps[0]"))->text(1), QStringLiteral("2.5"));
    // a value that cannot be read is refused the same way, and the tree shows the document's
    tree->editItem(tree->itemAt(QStringLiteral("tasks[0].steps[0]")), 1);
    QTRY_VERIFY((line = tree->viewport()->findChild<QLineEdit *>()));
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("soon"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(editor.validationText().contains(QStringLiteral("number of seconds")));
    QTRY_COMPARE(tree->itemAt(QStringLiteral("tasks[0].steps[0]"))->text(1), QStringLiteral("2.5"));
}

// Delete, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and Alt+Up/Down with the focus in the tree of the
// window's editor dock; Undo and Redo are on the editor's toolbar, not behind its ».
void TstScenarioEditor::keysWorkFromTheTreeInTheWindow()
{
    ck::MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    window.editCurrentScenario();
    ck::ScenarioTree *tree = window.editor()->tree();
    QTRY_VERIFY(tree->isVisible());
    auto *toolBar = window.editor()->findChild<QToolBar *>();
    QVERIFY(toolBar);
    int shown = 0;
    for (QAction *action : window.editor()->editActions()) {
        if (action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_Z) &&
            !action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
            continue;
        QWidget *button = toolBar->widgetForAction(action);
        QVERIFY(button);
        QVERIFY2(button->isVisible(), qPrintable(action->iconText()));
        ++shown;
    }
    QCOMPARE(shown, 2);

    const ScenarioJson::Place toast{QStringLiteral("tasks"), 1, -1};
    const QJsonArray steps = stepsOf(window.editor()->document()->root(), toast);
    QVERIFY(steps.size() >= 2);
    const auto current = [&] { return stepsOf(window.editor()->document()->root(), toast); };
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    tree->select({QStringLiteral("tasks"), 1, 0});
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(current().size(), steps.size() - 1);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(current(), steps);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(current().size(), steps.size() - 1);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(current(), steps);
    QTest::keyClick(tree, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(current().size(), steps.size() - 1);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(current(), steps);

    tree->select({QStringLiteral("tasks"), 1, 1});
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(current().at(0), steps.at(1));
    QCOMPARE(current().at(1), steps.at(0));
    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier); // the moved step stays selected
    QCOMPARE(current(), steps);
}

// While the edited scenario has an error the timeline keeps the last valid preview, and says so.
void TstScenarioEditor::previewSaysWhenItIsStale()
{
    ck::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.newScenario();
    QTRY_VERIFY(!window.controller()->isRunning());
    auto *stale = window.findChild<QLabel *>(QStringLiteral("stalePreview"));
    QVERIFY(stale);
    QVERIFY(!stale->isVisible());
    window.editor()->addTask(); // task_2
    QTRY_VERIFY(!window.controller()->isRunning());
    const auto previewed = window.timeline()->runs().front().recorder;
    window.editor()
        ->tree()
        ->itemAt(QStringLiteral("tasks[1]"))
        ->setText(0, QStringLiteral("task_1"));
    QVERIFY(!window.editor()->document()->check().ok());
    QVERIFY(stale->isVisible());
    QVERIFY(stale->text().contains(QStringLiteral("last valid version")));
    QCOMPARE(window.timeline()->runs().front().recorder, previewed); // the last valid preview
    window.editor()->document()->undoStack()->undo();
    QVERIFY(window.editor()->document()->check().ok());
    QVERIFY(!stale->isVisible());
    // another scenario's run is not the edit's preview
    window.editor()->document()->undoStack()->redo();
    QVERIFY(stale->isVisible());
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    QVERIFY(!stale->isVisible());
    window.stop();
    QTRY_VERIFY(window.controller()->isSettled());
}

void TstScenarioEditor::savesAtomicallyAndReopens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    ck::ScenarioDocument document;
    document.edit(ScenarioJson::addTaskOrRoutine(document.root(), QStringLiteral("tasks")),
                  QStringLiteral("Add task"));
    QString error;
    QVERIFY2(document.saveAs(path, &error), qPrintable(error));
    QVERIFY(!document.isModified());
    QCOMPARE(document.displayName(), QStringLiteral("mine.json"));
    // a failed save keeps the old file as it was
    const QByteArray saved = readAll(path);
    QVERIFY(!document.saveAs(dir.filePath(QStringLiteral("mine.json/inside.json")), &error));
    QVERIFY(error.startsWith(QStringLiteral("cannot write ")));
    QCOMPARE(readAll(path), saved);
    ck::ScenarioDocument reopened;
    QVERIFY(reopened.open(path, &error));
    QCOMPARE(reopened.root(), document.root());
    QVERIFY(!reopened.open(dir.filePath(QStringLiteral("none.json")), &error));
    QVERIFY(error.startsWith(QStringLiteral("none.json: ")));
}

void TstScenarioEditor::windowPreviewsEveryValidEdit()
{
    ck::MainWindow window;
    window.newScenario();
    QTRY_VERIFY(!window.controller()->isRunning());
    QCOMPARE(window.scenarioKey(), ck::MainWindow::kEditedKey);
    auto runs = window.timeline()->runs();
    QVERIFY(!runs.empty());
    QCOMPARE(runs.back().recorder->info().clock, QStringLiteral("virtual"));
    QCOMPARE(runs.back().recorder->info().total, 1s); // the starter waits 1 s
    window.editor()
        ->tree()
        ->itemAt(QStringLiteral("tasks[0].steps[0]"))
        ->setText(1, QStringLiteral("4"));
    QTRY_COMPARE(window.timeline()->runs().back().recorder->info().total, 4s);
    QVERIFY(!window.controller()->isInstant()); // the user's clock is untouched
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.json"));
    QVERIFY(window.saveScenarioAs(path));
    QCOMPARE(window.scenarioKey(), path);
    QVERIFY(readAll(path).contains("\"wait\": 4"));
}

void TstScenarioEditor::builtinIsEditedAsACopy()
{
    ck::MainWindow window;
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    window.editCurrentScenario();
    QCOMPARE(window.editor()->document()->path(), QString());
    QCOMPARE(window.editor()->document()->scenario()->id, QStringLiteral("kitchen"));
    QVERIFY(window.editor()->tree()->itemAt(QStringLiteral("tasks[1].steps[1]")));
    QVERIFY(!window.saveScenario()); // asks where, as a dialog
    auto *dialog = window.findChild<QFileDialog *>();
    QVERIFY(dialog);
    dialog->reject();
}

void TstScenarioEditor::closingAsksAboutUnsavedChanges()
{
    auto *window = new ck::MainWindow;
    QPointer<ck::MainWindow> alive(window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->editor()->addTask();
    QVERIFY(!window->close()); // asks first
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("unsavedChanges"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("untitled.json")));
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(alive && window->isVisible());
    QVERIFY(!window->close());
    box = window->findChild<QMessageBox *>(QStringLiteral("unsavedChanges"));
    QTRY_VERIFY(box);
    box->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!alive);
}

void TstScenarioEditor::screenshot()
{
    // For people: CK_SCREENSHOT_DIR=/tmp/shots xvfb-run ./tst_scenarioeditor screenshot
    const QString folder = qEnvironmentVariable("CK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CK_SCREENSHOT_DIR to write a screenshot of the editor");
    ck::MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    window.editCurrentScenario();
    window.editor()
        ->tree()
        ->itemAt(QStringLiteral("tasks[1].steps[1]"))
        ->setText(1, QStringLiteral("4"));
    QTest::qWait(100);
    window.grab().save(folder + QStringLiteral("/editor-preview.png"));
    window.editor()->tree()->select({QStringLiteral("tasks"), 1, 1});
    window.editor()->addStep(QStringLiteral("call"));
    QTest::qWait(100);
    window.grab().save(folder + QStringLiteral("/editor-fault.png"));
    window.editor()->document()->undoStack()->setClean(); // nothing to ask at the end
    // The queue lesson: its Queue "orders" in the Objects node; a new get gets from it.
    QVERIFY(window.selectScenario(QStringLiteral("queue")));
    window.editCurrentScenario();
    window.editor()->tree()->select({QStringLiteral("tasks"), 0, 0});
    window.editor()->addStep(QStringLiteral("get"));
    window.editor()->tree()->select({QStringLiteral("objects"), 0});
    window.editor()->tree()->scrollToItem(window.editor()->tree()->currentItem());
    QTest::qWait(100);
    window.grab().save(folder + QStringLiteral("/editor-objects-queue.png"));
    window.editor()
        ->tree()
        ->itemAt(QStringLiteral("objects[0]"))
        ->setText(1, QStringLiteral("Queue -1"));
    window.editor()->tree()->clearSelection(); // the mark shows
    QTest::qWait(100);
    window.grab().save(folder + QStringLiteral("/editor-objects-fault.png"));
    window.editor()->document()->undoStack()->undo();
    QTranslator korean;
    QVERIFY(korean.load(QStringLiteral(":/i18n/corokitchen_ko.qm")));
    QCoreApplication::installTranslator(&korean);
    window.setLanguage(ck::Language::Korean);
    QTest::qWait(100);
    window.grab().save(folder + QStringLiteral("/editor-objects-queue-ko.png"));
    QCoreApplication::removeTranslator(&korean);
    window.editor()->document()->undoStack()->setClean();
}

QTEST_MAIN(TstScenarioEditor)
#include "tst_scenarioeditor.moc"
