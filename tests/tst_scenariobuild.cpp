// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"

#include "mainwindow.h"
#include "runcontroller.h"
#include "scenariobuild.h"

#include <QSettings>
#include <QSignalSpy>
#include <QThreadPool>

using ck::LaunchOptions;
using ck::MainWindow;
using ck::ScenarioBuild;

namespace {

constexpr int kBuildTimeoutMs = 60000; // a Debug or sanitizer build beside other tests
const QString kLarge = QStringLiteral("crowd:100000");

LaunchOptions kitchen()
{
    LaunchOptions options;
    options.scenario = QStringLiteral("kitchen");
    options.mode = QStringLiteral("gather");
    return options;
}

// Until every build on the pool has ended, dropped ones too, and what they posted is handled.
void letBuildsEnd()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

void settle(MainWindow &window)
{
    window.stop();
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), kBuildTimeoutMs);
}

} // namespace

// A large crowd is built off the window's thread (ScenarioBuild): the window stays what it was
// and responsive until the crowd is ready.
class TstScenarioBuild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void onlyLargeCrowdsAreBuiltOffTheThread();
    void selectingALargeCrowdReturnsAtOnceAndSaysSo();
    void eventsAreHandledWhileItBuilds();
    void runWhileBuildingStartsItOnceReady();
    void aStaleBuildIsDropped();
    void runPressedForADroppedBuildDoesNotRun();
    void stopForgetsTheRunPressedWhileBuilding();
};

void TstScenarioBuild::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_scenariobuild"));
}

void TstScenarioBuild::init()
{
    QSettings().clear(); // every test starts from the defaults
}

void TstScenarioBuild::onlyLargeCrowdsAreBuiltOffTheThread()
{
    QVERIFY(ScenarioBuild::isLarge(QStringLiteral("crowd:1000000")));
    QVERIFY(ScenarioBuild::isLarge(kLarge));
    QVERIFY(!ScenarioBuild::isLarge(QStringLiteral("crowd:99999")));
    QVERIFY(!ScenarioBuild::isLarge(QStringLiteral("crowd")));
    QVERIFY(!ScenarioBuild::isLarge(QStringLiteral("kitchen")));
    QVERIFY(!ScenarioBuild::isLarge(QStringLiteral("crowd:2000000"))); // not a crowd: refused

    MainWindow window(kitchen());
    QVERIFY(window.selectScenario(QStringLiteral("crowd:5000")));
    QVERIFY(!window.isBuilding());
    QCOMPARE(window.scenarioKey(), QStringLiteral("crowd:5000"));
    QCOMPARE(window.scenario()->tasks.size(), std::size_t(5000));
}

void TstScenarioBuild::selectingALargeCrowdReturnsAtOnceAndSaysSo()
{
    MainWindow window(kitchen());
    const auto before = window.scenario();
    QSignalSpy built(&window, &MainWindow::scenarioBuilt);
    QVERIFY(window.selectScenario(kLarge));
    // Still the kitchen, and the status says what is coming.
    QVERIFY(window.isBuilding());
    QCOMPARE(window.scenario(), before);
    QCOMPARE(window.scenarioKey(), QStringLiteral("kitchen"));
    QCOMPARE(window.statusText(), QStringLiteral("Building a crowd of 100,000 tasks…"));

    QTRY_COMPARE_WITH_TIMEOUT(built.count(), 1, kBuildTimeoutMs);
    QVERIFY(!window.isBuilding());
    QCOMPARE(window.scenarioKey(), kLarge);
    QCOMPARE(window.scenario()->tasks.size(), std::size_t(100000));
    QCOMPARE(window.statusText(), QStringLiteral("Ready"));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Crowd: 100,000 sleepers")));
}

void TstScenarioBuild::eventsAreHandledWhileItBuilds()
{
    MainWindow window(kitchen());
    QSignalSpy built(&window, &MainWindow::scenarioBuilt);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ticks += built.isEmpty() ? 1 : 0; });
    ticker.start(1);
    window.selectScenario(QStringLiteral("crowd:1000000"));
    QTRY_COMPARE_WITH_TIMEOUT(built.count(), 1, kBuildTimeoutMs);
    // The window's thread went on handling its timers while the million tasks were made.
    QVERIFY2(ticks >= 2, qPrintable(QString::number(ticks)));
    QCOMPARE(window.scenario()->tasks.size(), std::size_t(1000000));
}

void TstScenarioBuild::runWhileBuildingStartsItOnceReady()
{
    MainWindow window(kitchen());
    window.setInstant(true);
    QSignalSpy started(window.controller(), &ck::RunController::started);
    QSignalSpy built(&window, &MainWindow::scenarioBuilt);
    window.selectScenario(kLarge);
    window.run();
    window.run(); // pressed twice: one run
    QVERIFY(!window.controller()->hasRuns());
    QCOMPARE(window.statusText(),
             QStringLiteral("Building a crowd of 100,000 tasks… it runs once it is ready"));
    QTRY_COMPARE_WITH_TIMEOUT(built.count(), 1, kBuildTimeoutMs);
    QCOMPARE(started.count(), 1);
    QCOMPARE(window.controller()->scenario(), window.scenario());
    QCOMPARE(window.controller()->scenario()->tasks.size(), std::size_t(100000));
    settle(window);
    QCOMPARE(started.count(), 1);
}

void TstScenarioBuild::aStaleBuildIsDropped()
{
    MainWindow window(kitchen());
    QSignalSpy built(&window, &MainWindow::scenarioBuilt);
    window.selectScenario(kLarge);
    QVERIFY(window.isBuilding());
    QVERIFY(window.selectScenario(QStringLiteral("lock-event")));
    QVERIFY(!window.isBuilding());
    QCOMPARE(window.scenarioKey(), QStringLiteral("lock-event"));
    letBuildsEnd();
    QCOMPARE(built.count(), 0);
    QCOMPARE(window.scenarioKey(), QStringLiteral("lock-event"));

    // A newer large one replaces the older: only the newer arrives.
    window.selectScenario(QStringLiteral("crowd:100001"));
    window.selectScenario(QStringLiteral("crowd:100002"));
    QTRY_COMPARE_WITH_TIMEOUT(built.count(), 1, kBuildTimeoutMs);
    letBuildsEnd();
    QCOMPARE(built.count(), 1);
    QCOMPARE(window.scenarioKey(), QStringLiteral("crowd:100002"));
    QCOMPARE(window.scenario()->tasks.size(), std::size_t(100002));
}

void TstScenarioBuild::runPressedForADroppedBuildDoesNotRun()
{
    MainWindow window(kitchen());
    QSignalSpy started(window.controller(), &ck::RunController::started);
    window.selectScenario(kLarge);
    window.run();
    window.selectScenario(QStringLiteral("lock-event"));
    letBuildsEnd();
    QCOMPARE(started.count(), 0);
    QVERIFY(!window.controller()->hasRuns());
}

void TstScenarioBuild::stopForgetsTheRunPressedWhileBuilding()
{
    MainWindow window(kitchen());
    QSignalSpy started(window.controller(), &ck::RunController::started);
    QSignalSpy built(&window, &MainWindow::scenarioBuilt);
    window.selectScenario(kLarge);
    window.run();
    window.stop();
    QTRY_COMPARE_WITH_TIMEOUT(built.count(), 1, kBuildTimeoutMs);
    QCOMPARE(started.count(), 0);
    QCOMPARE(window.scenarioKey(), kLarge);
}

QTEST_MAIN(TstScenarioBuild)
#include "tst_scenariobuild.moc"
