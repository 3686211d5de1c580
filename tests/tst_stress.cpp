// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"
#include "runharness.h"

#include "mainwindow.h"
#include "run/runner.h"
#include "runcontroller.h"
#include "runselection.h"
#include "timeline/timelineview.h"

#include <QPointer>
#include <QSettings>
#include <QSpinBox>

using namespace std::chrono_literals;

// Stress: what a user can do to a run many times in a row, fast. Nothing may crash, leak a
// runner or leave the controller unsettled; the last run must still come out right. The asan
// preset runs this with LeakSanitizer.
class TstStress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void thousandStartStopCyclesOfACompare();
    void hundredModeSwitchesMidRun();
    void closingTheWindowMidRunAfterSwitches();
    void crowdSizeFromTheToolbar();
};

void TstStress::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_stress"));
}

void TstStress::init()
{
    QSettings().clear();
}

void TstStress::thousandStartStopCyclesOfACompare()
{
    auto controller = std::make_unique<ck::RunController>();
    controller->setSpeed(10);
    const auto kitchen = cktest::builtin(QStringLiteral("kitchen"));
    for (int cycle = 0; cycle < 1000; ++cycle) {
        QVERIFY(controller->start(kitchen, ck::RunSelection::compare()).isEmpty());
        if (cycle % 10 == 0)
            QCoreApplication::processEvents(); // some runs get to their first steps
        controller->stop();
    }
    QTRY_VERIFY_WITH_TIMEOUT(controller->isSettled(), 10000);
    QCOMPARE(controller->retiringCount(), 0);
    // only the last comparison's two runners are left, both stopped
    QTRY_COMPARE(controller->findChildren<ck::Runner *>().size(), 2);
    for (const ck::Runner *runner : controller->runners())
        QVERIFY(runner->recorder()->info().cancelled);
    // and the controller still runs a comparison right
    controller->setInstant(true);
    QVERIFY(controller->start(kitchen, ck::RunSelection::compare()).isEmpty());
    QTRY_VERIFY(!controller->isRunning());
    const auto runs = controller->timelineRuns();
    QCOMPARE(runs[0].recorder->info().total, 5s);
    QCOMPARE(runs[1].recorder->info().total, 3s);
    QTRY_VERIFY(controller->isSettled());
}

void TstStress::hundredModeSwitchesMidRun()
{
    ck::MainWindow window;
    QVERIFY(window.selectScenario(QStringLiteral("api-calls")));
    window.setSpeed(10);
    window.run();
    const char *modes[] = {"sequential", "gather", "create-task", "bounded:2", "compare"};
    for (int i = 0; i < 100; ++i) {
        const auto selection = ck::RunSelection::parse(QString::fromLatin1(modes[i % 5]));
        QVERIFY(selection);
        window.selectMode(*selection);
        QVERIFY(window.controller()->isRunning()); // each switch restarts the live run
        if (i % 4 == 0)
            QTest::qWait(2);
    }
    window.selectMode(*ck::RunSelection::parse(QStringLiteral("gather")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 5000);
    QTRY_VERIFY(window.controller()->isSettled());
    QCOMPARE(window.controller()->retiringCount(), 0);
    const auto runs = window.timeline()->runs();
    QCOMPARE(runs.size(), std::size_t(1));
    QVERIFY(runs[0].recorder->info().total >= 3s && runs[0].recorder->info().total < 3500ms);
    QCOMPARE(runs[0].recorder->logLines().size(), std::size_t(9)); // 3 × (sent, received, result)
}

void TstStress::closingTheWindowMidRunAfterSwitches()
{
    auto *window = new ck::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ck::MainWindow> alive(window);
    window->show();
    window->setSpeed(10);
    for (int i = 0; i < 20; ++i) {
        window->selectMode(i % 2 ? ck::RunSelection::compare()
                                 : *ck::RunSelection::parse(QStringLiteral("gather")));
        window->run();
    }
    QPointer<ck::RunController> controller(window->controller());
    window->close(); // mid-run: it stops, waits for the unwinding, then closes for real
    QTRY_VERIFY_WITH_TIMEOUT(!alive, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!controller, 5000); // and the controller goes with it
}

void TstStress::crowdSizeFromTheToolbar()
{
    ck::MainWindow window;
    QVERIFY(window.selectScenario(QStringLiteral("crowd")));
    auto *box = window.findChild<QSpinBox *>(QStringLiteral("crowdBox"));
    QVERIFY(box);
    QCOMPARE(box->value(), 1000);
    box->setValue(5000);
    QCOMPARE(window.scenarioKey(), QStringLiteral("crowd:5000"));
    QCOMPARE(window.scenario()->tasks.size(), std::size_t(5000));
    window.setInstant(true);
    window.selectMode(*ck::RunSelection::parse(QStringLiteral("gather")));
    window.run();
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 60000);
    QCOMPARE(window.timeline()->runs().front().recorder->info().total, 3s); // the longest sleeper
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    QVERIFY(!box->isVisibleTo(&window));
}

QTEST_MAIN(TstStress)
#include "tst_stress.moc"
