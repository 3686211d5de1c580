// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"
#include "windowwarnings.h"

#include "mainwindow.h"
#include "pyrun/fidelityrun.h"
#include "pyrun/pythonprogramrun.h"
#include "runcontroller.h"

#include <QAction>
#include <QFile>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>

using ck::MainWindow;
using ck::RunSelection;

namespace {

QAction *checkAction(const MainWindow &window)
{
    return window.findChild<QAction *>(QStringLiteral("checkWithCpythonAction"));
}

} // namespace

// "Check with CPython" in the window: the scenario in its mode on the QCoro engine and under
// CPython (COROKITCHEN_PYTHON), the two runs on one axis and the verdict.
class TstCpythonCheckWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void kitchenInGatherAgreesOnOneAxis();
    void disabledForAProgram();
    void followsTheModeAndTheScenario();
    void stopEndsCpythonsProcess();
};

void TstCpythonCheckWindow::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_cpythoncheckwindow"));
}

void TstCpythonCheckWindow::init()
{
    QSettings().clear();
}

void TstCpythonCheckWindow::kitchenInGatherAgreesOnOneAxis()
{
    MainWindow window;
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    window.selectMode(*RunSelection::parse(QStringLiteral("gather")));
    QAction *action = checkAction(window);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    action->trigger();
    QVERIFY(window.controller()->check());
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->check()->isFinished(), 60000);
    QTRY_VERIFY(!window.controller()->isRunning());
    QVERIFY2(window.controller()->check()->failure().isEmpty(),
             qPrintable(window.controller()->check()->failure()));
    const auto runs = window.controller()->timelineRuns();
    QCOMPARE(runs.size(), std::size_t(2));
    QCOMPARE(runs[0].label, QStringLiteral("QCoro"));
    QCOMPARE(runs[1].label, QStringLiteral("CPython"));
    QCOMPARE(runs[0].recorder->info().total, runs[1].recorder->info().total);
    QVERIFY(runs[0].recorder->lanes().size() >= 2);
    QCOMPARE(runs[1].recorder->lanes().size(), runs[0].recorder->lanes().size());
    // Both halves tell the loop's story (the event loop view, narration, replay), CPython's
    // after the app's on one sequence.
    QVERIFY(!runs[0].recorder->loopEvents().empty());
    QVERIFY(!runs[1].recorder->loopEvents().empty());
    QVERIFY(runs[0].recorder->loopEvents().back().sequence <
            runs[1].recorder->loopEvents().front().sequence);
    const QString status = window.statusBar()->currentMessage();
    QVERIFY2(status.contains(QStringLiteral("No difference: ")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("tasks")), qPrintable(status));
    // The log says how much was compared.
    QVERIFY(window.logLines()
                .join(QLatin1Char('\n'))
                .contains(QRegularExpression(
                    QStringLiteral("No difference: [2-9] tasks, [1-9][0-9]* lines agree"))));
    QVERIFY(cktest::warnings(window).isEmpty()); // no dialog when it ran
}

void TstCpythonCheckWindow::disabledForAProgram()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("prog.py"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("print('hi')\n");
    file.close();
    MainWindow window;
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    QVERIFY(checkAction(window)->isEnabled());
    QVERIFY(window.openProgram(path));
    QVERIFY(!checkAction(window)->isEnabled());
    window.checkWithCpython(); // even when called: nothing starts
    QVERIFY(!window.controller()->hasRuns());
}

// The action asks whether the mode can run the scenario once per scenario and mode (a crowd's
// answer reads a million tasks), and asks again when either changes.
void TstCpythonCheckWindow::followsTheModeAndTheScenario()
{
    MainWindow window;
    QVERIFY(window.selectScenario(QStringLiteral("cancellation"))); // task.cancel(): create-task
    window.selectMode(*RunSelection::parse(QStringLiteral("create-task")));
    QVERIFY(checkAction(window)->isEnabled());
    window.selectMode(*RunSelection::parse(QStringLiteral("gather")));
    QVERIFY(!checkAction(window)->isEnabled());
    window.selectMode(*RunSelection::parse(QStringLiteral("create-task")));
    QVERIFY(checkAction(window)->isEnabled());
    window.selectMode(*RunSelection::parse(QStringLiteral("gather")));
    QVERIFY(window.selectScenario(QStringLiteral("kitchen"))); // gather runs the kitchen
    QVERIFY(checkAction(window)->isEnabled());
}

// Stop (the run's Stop) ends a check: python3 is killed with its group as soon as it started,
// and the window says it was stopped. While it runs the status bar says so, with a busy bar.
void TstCpythonCheckWindow::stopEndsCpythonsProcess()
{
    MainWindow window;
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    window.selectMode(*RunSelection::parse(QStringLiteral("gather")));
    window.checkWithCpython();
    const ck::FidelityRun *check = window.controller()->check();
    QVERIFY(check);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Checking with CPython…"));
    QCOMPARE(window.statusText(), QStringLiteral("Checking with CPython…"));
    auto *busy = window.findChild<QProgressBar *>(QStringLiteral("checkBusy"));
    QVERIFY(busy);
    QVERIFY(busy->isVisibleTo(&window));
    qint64 pid = 0;
    connect(check, &ck::FidelityRun::pythonStarted, &window, [&] {
        pid = check->pythonRun()->processId();
        window.stop(); // at once: python3 cannot have finished the program
    });
    QTRY_VERIFY_WITH_TIMEOUT(check->isFinished(), 30000);
    QVERIFY(pid > 0);
    QVERIFY(check->wasStopped());
    QVERIFY(!window.controller()->isRunning());
    errno = 0;
    QCOMPARE(::kill(pid_t(-pid), 0), -1); // no process of its group is left
    QCOMPARE(errno, ESRCH);
    QVERIFY(!busy->isVisibleTo(&window));
    QCOMPARE(window.statusText(), QStringLiteral("Check with CPython stopped"));
    QVERIFY(window.logLines()
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("The check with CPython was stopped")));
    QVERIFY(cktest::warnings(window).isEmpty()); // the user's Stop needs no dialog
}

QTEST_MAIN(TstCpythonCheckWindow)
#include "tst_cpythoncheckwindow.moc"
