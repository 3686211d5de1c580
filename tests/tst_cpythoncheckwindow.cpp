// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"
#include "windowwarnings.h"

#include "mainwindow.h"
#include "pyrun/fidelityrun.h"
#include "runcontroller.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

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
    QVERIFY(window.logLines().join(QLatin1Char('\n')).contains(QStringLiteral("No difference")));
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

QTEST_MAIN(TstCpythonCheckWindow)
#include "tst_cpythoncheckwindow.moc"
