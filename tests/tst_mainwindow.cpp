// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"
#include "timingbounds.h"
#include "trace/logtext.h"
#include "windowwarnings.h"

#include "mainwindow.h"
#include "panels/lessonbanner.h"
#include "panels/logpanel.h"
#include "run/runner.h"
#include "runcontroller.h"
#include "scenariopicker.h"
#include "shortcutsdialog.h"
#include "windowsettings.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;
using ck::LaunchOptions;
using ck::MainWindow;
using ck::RunSelection;

using cktest::closeWarnings;
using cktest::warnings;

namespace {

RunSelection mode(const char *name)
{
    return *RunSelection::parse(QString::fromLatin1(name));
}

LaunchOptions launch(const char *scenario, const char *mode, bool autorun = false)
{
    LaunchOptions options;
    options.scenario = QString::fromLatin1(scenario);
    options.mode = QString::fromLatin1(mode);
    options.autorun = autorun;
    return options;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Finishes what a test left running, so no window goes away mid-run.
void settle(MainWindow &window)
{
    window.stop();
    QTRY_VERIFY(window.controller()->isSettled());
}

// Every translated string of the window, marked, to see it retranslate live.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "ck::MainWindow") != 0)
            return {};
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void compareOnTheVirtualClockShowsTotalsAndSpeedup();
    void autorunOpensStraightIntoARun();
    void togglingModesAndScenariosMidRun();
    void switchingModeWhileIdleDoesNotRun();
    void instantSwitchMidRunRestartsOnTheVirtualClock();
    void stopMidRun();
    void settingsRoundTrip();
    void badLaunchOptionsFallBack();
    void exportsWriteFiles();
    void exportIntoAPathUnderARegularFileFails();
    void failedExportKeepsTheOldFile();
    void badScenarioFileKeepsTheCurrentScenario();
    void scenarioFileJoinsTheRecentFiles();
    void logPanelMatchesTheRunLog();
    void logEndsWithTheExceptionMainRaised();
    void languageSwitchRetranslatesLive();
    void shortcutsListCoversEveryShortcut();
    void closingMidRunWaitsForTheRunToUnwind();
    void destroyingTheWindowMidRunHandsOffTheController();
    void screenshots();
};

void TstMainWindow::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_mainwindow"));
}

void TstMainWindow::init()
{
    QSettings().clear(); // every test starts from the defaults
}

void TstMainWindow::compareOnTheVirtualClockShowsTotalsAndSpeedup()
{
    MainWindow window(launch("kitchen", "compare"));
    window.setInstant(true);
    QCOMPARE(window.statusText(), QStringLiteral("Ready"));
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    const QString summary = window.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Sequential 5.00 s · Gather 3.00 s · 1.67× faster")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Sequential · 5.00 s · 5.00 s · done")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Gather · 3.00 s · 3.00 s · done")),
             qPrintable(summary));
    QCOMPARE(window.statusText(), QStringLiteral("Done: Sequential 5.00 s · Gather 3.00 s"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Kitchen: coffee and a bagel — CoroKitchen"));
    settle(window);
}

void TstMainWindow::autorunOpensStraightIntoARun()
{
    ck::WindowSettings().setInstant(true);
    MainWindow window(launch("kitchen", "compare", true));
    QVERIFY(window.controller()->hasRuns());
    QTRY_VERIFY(window.summaryText().contains(QStringLiteral("1.67× faster")));
    settle(window);
}

void TstMainWindow::togglingModesAndScenariosMidRun()
{
    MainWindow window;
    window.setSpeed(10);
    QCOMPARE(window.speed(), 10.0);
    window.selectScenario(QStringLiteral("kitchen"));
    window.selectMode(mode("gather"));
    window.run();
    const char *modes[] = {"sequential", "gather", "create-task", "bounded:2", "compare"};
    const char *scenarios[] = {"kitchen", "api-calls"};
    for (int i = 0; i < 40; ++i) {
        if (i % 3 == 0)
            QVERIFY(window.selectScenario(QString::fromLatin1(scenarios[(i / 3) % 2])));
        else
            window.selectMode(mode(modes[i % 5]));
        QVERIFY(window.controller()->isRunning()); // a live run restarts with the new choice
        if (i % 2 == 0)
            QTest::qWait(i % 7); // some restarts before the first step, some well into the run
    }
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    window.selectMode(RunSelection::compare());
    QCOMPARE(window.controller()->selection(), RunSelection::compare());
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 15000);
    const auto runs = window.controller()->timelineRuns();
    QCOMPARE(runs.size(), std::size_t(2));
    const auto sequential = runs[0].recorder->info().total;
    const auto gather = runs[1].recorder->info().total;
    // At 10x, 200 ms of wall-clock lateness (a loaded machine's) is 2 s of scenario time; a
    // clock at half speed ends 3 s (gather) and 5 s (sequential) late.
    const auto late = cktest::lateBound<std::chrono::milliseconds>(2s, 10s);
    QVERIFY2(sequential >= 5s && sequential < 5s + late, qPrintable(window.summaryText()));
    QVERIFY2(gather >= 3s && gather < 3s + late, qPrintable(window.summaryText()));
    QVERIFY(window.summaryText().contains(QStringLiteral("faster")));
    QTRY_VERIFY(window.controller()->isSettled());
    QTRY_COMPARE(window.controller()->findChildren<ck::Runner *>().size(), 2);
}

void TstMainWindow::switchingModeWhileIdleDoesNotRun()
{
    MainWindow window;
    window.selectMode(mode("create-task"));
    QVERIFY(!window.controller()->hasRuns());
    QCOMPARE(window.mode().name(), QStringLiteral("create-task"));
    window.setInstant(true);
    QVERIFY(!window.controller()->hasRuns());
}

void TstMainWindow::instantSwitchMidRunRestartsOnTheVirtualClock()
{
    MainWindow window(launch("kitchen", "gather"));
    window.setInstant(false);
    window.setSpeed(1);
    window.run();
    QTest::qWait(20);
    window.setInstant(true);
    QTRY_VERIFY(!window.controller()->isRunning());
    const auto runs = window.controller()->timelineRuns();
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs[0].recorder->info().clock, QStringLiteral("virtual"));
    QCOMPARE(runs[0].recorder->info().total, 3s);
    QCOMPARE(window.statusText(), QStringLiteral("Done: 3.00 s"));
    settle(window);
}

void TstMainWindow::stopMidRun()
{
    MainWindow window(launch("kitchen", "gather"));
    window.setSpeed(1);
    window.run();
    QTest::qWait(50);
    QVERIFY(window.statusText().startsWith(QStringLiteral("Running… ")));
    window.stop();
    QTRY_VERIFY(!window.controller()->isRunning());
    QVERIFY2(window.statusText().startsWith(QStringLiteral("Stopped at 0.")),
             qPrintable(window.statusText()));
    QVERIFY2(window.summaryText().contains(QStringLiteral("stopped")),
             qPrintable(window.summaryText()));
    settle(window);
}

void TstMainWindow::settingsRoundTrip()
{
    {
        MainWindow first;
        first.selectMode(mode("bounded:3"));
        QVERIFY(first.selectScenario(QStringLiteral("api-calls")));
        first.setSpeed(2.5);
        first.setInstant(true);
        first.setLanguage(ck::Language::Korean);
    }
    MainWindow second;
    QCOMPARE(second.mode().name(), QStringLiteral("bounded:3"));
    QCOMPARE(second.scenarioKey(), QStringLiteral("api-calls"));
    QCOMPARE(second.speed(), 2.5);
    QVERIFY(second.isInstant());
    QCOMPARE(second.language(), ck::Language::Korean);
    QCOMPARE(second.windowTitle(), QStringLiteral("API 호출 세 번 — CoroKitchen"));
    // Launch options win over what was remembered.
    LaunchOptions options = launch("kitchen", "gather");
    options.language = QStringLiteral("en");
    MainWindow third(options);
    QCOMPARE(third.mode().name(), QStringLiteral("gather"));
    QCOMPARE(third.scenarioKey(), QStringLiteral("kitchen"));
    QCOMPARE(third.language(), ck::Language::English);
}

void TstMainWindow::badLaunchOptionsFallBack()
{
    MainWindow window(launch("no-such-scenario", "sync"));
    QCOMPARE(window.scenarioKey(), QStringLiteral("kitchen"));
    QCOMPARE(window.mode(), RunSelection::compare()); // the default
    const QStringList shown = warnings(window);
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.join(QLatin1Char('\n')).contains(QStringLiteral("unknown mode sync")),
             qPrintable(shown.join(QLatin1Char('\n'))));
    closeWarnings(window);
}

void TstMainWindow::exportsWriteFiles()
{
    QTemporaryDir dir;
    MainWindow window(launch("kitchen", "compare"));
    window.setInstant(true);
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    const QString csv = dir.filePath(QStringLiteral("k.csv"));
    QVERIFY(window.exportCsv(csv));
    QVERIFY(readAll(csv).startsWith("\xEF\xBB\xBF"));
    QVERIFY(readAll(csv).contains("toastBagel"));
    const QString trace = dir.filePath(QStringLiteral("k-trace.json"));
    QVERIFY(window.exportTrace(trace));
    QVERIFY(readAll(trace).contains("\"traceEvents\""));
    const QString json = dir.filePath(QStringLiteral("k-run.json"));
    QVERIFY(window.exportJson(json));
    QVERIFY(readAll(json).contains("corokitchen-run/1"));
    const QString png = dir.filePath(QStringLiteral("k.png"));
    QVERIFY2(window.exportChart(png), qPrintable(warnings(window).join(QLatin1Char('\n'))));
    QCOMPARE(QImage(png).width(), 2 * 1200); // 2x by default
    const QString svg = dir.filePath(QStringLiteral("k.svg"));
    QVERIFY(window.exportChart(svg));
    QVERIFY(readAll(svg).contains("toastBagel"));
    const QString pdf = dir.filePath(QStringLiteral("k.pdf"));
    QVERIFY(window.exportChart(pdf));
    QVERIFY(readAll(pdf).startsWith("%PDF"));
    QVERIFY(warnings(window).isEmpty());
    QGuiApplication::clipboard()->clear();
    window.copyChart();
    QCOMPARE(QGuiApplication::clipboard()->image().width(), 2 * 1200);
    settle(window);
}

void TstMainWindow::exportIntoAPathUnderARegularFileFails()
{
    // Tests run as root, for whom a read-only folder is writable; a path whose parent is a
    // regular file cannot be written by anyone.
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QVERIFY(writeFile(blocker, "keep me"));
    MainWindow window(launch("kitchen", "gather"));
    window.setInstant(true);
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    const QString csv = blocker + QStringLiteral("/out.csv");
    QVERIFY(!window.exportCsv(csv));
    QStringList shown = warnings(window);
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown[0].startsWith(QStringLiteral("cannot write %1").arg(csv)), qPrintable(shown[0]));
    QVERIFY(!shown[0].contains(QLatin1Char('\n'))); // one line
    closeWarnings(window);
    QVERIFY(!window.exportChart(blocker + QStringLiteral("/chart.png")));
    QCOMPARE(warnings(window).size(), 1);
    closeWarnings(window);
    QVERIFY(!window.exportTrace(blocker + QStringLiteral("/trace.json")));
    closeWarnings(window);
    QCOMPARE(readAll(blocker), QByteArray("keep me"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("blocker")}); // no temporary file left behind
    settle(window);
}

void TstMainWindow::failedExportKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("old.csv"));
    QVERIFY(writeFile(old, "old export"));
    MainWindow window;
    QVERIFY(!window.exportCsv(old)); // nothing has run yet
    QVERIFY(warnings(window).value(0).contains(QStringLiteral("run the scenario first")));
    closeWarnings(window);
    const QString chart = dir.filePath(QStringLiteral("old.txt")); // no chart format
    QVERIFY(writeFile(chart, "old chart"));
    window.setInstant(true);
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    QVERIFY(!window.exportChart(chart));
    closeWarnings(window);
    QCOMPARE(readAll(old), QByteArray("old export"));
    QCOMPARE(readAll(chart), QByteArray("old chart"));
    settle(window);
}

void TstMainWindow::badScenarioFileKeepsTheCurrentScenario()
{
    MainWindow window(launch("kitchen", "gather"));
    window.setInstant(true);
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    const QString bad = QStringLiteral(COROKITCHEN_TEST_DATA "/scenario-not-json.json");
    QVERIFY(!window.selectScenario(bad));
    QCOMPARE(window.scenarioKey(), QStringLiteral("kitchen"));
    QCOMPARE(window.scenario()->id, QStringLiteral("kitchen"));
    const QStringList shown = warnings(window);
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown[0].contains(QStringLiteral("scenario-not-json.json")), qPrintable(shown[0]));
    QVERIFY(window.controller()->hasRuns()); // the kitchen's run stays on screen
    QVERIFY(!ck::WindowSettings().recentFiles().contains(bad));
    QCOMPARE(ck::WindowSettings().scenario(), QStringLiteral("kitchen"));
    closeWarnings(window);
}

void TstMainWindow::scenarioFileJoinsTheRecentFiles()
{
    MainWindow window;
    const QString path = QStringLiteral(COROKITCHEN_TEST_DATA "/scenario-minimal.json");
    QVERIFY(window.selectScenario(path));
    QCOMPARE(window.scenarioKey(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(window.scenario()->id, QStringLiteral("minimal"));
    QCOMPARE(ck::WindowSettings().recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    const auto *picker = window.findChild<ck::ScenarioPicker *>();
    QVERIFY(picker);
    QCOMPARE(picker->currentText(), QStringLiteral("scenario-minimal.json"));
    QVERIFY(picker->findText(QStringLiteral("Kitchen: coffee and a bagel")) >= 0);
    QCOMPARE(picker->itemText(picker->count() - 1), QStringLiteral("Open…"));
    MainWindow again;
    QCOMPARE(again.scenarioKey(), QFileInfo(path).absoluteFilePath());
}

void TstMainWindow::logPanelMatchesTheRunLog()
{
    MainWindow window(launch("kitchen", "gather"));
    window.setInstant(true);
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    const auto &recorded = window.controller()->timelineRuns()[0].recorder->logLines();
    QStringList expected;
    for (const auto &line : recorded)
        expected << ck::LogText::line(line, ck::Language::English);
    QCOMPARE(window.logLines(), expected);
    QVERIFY(window.logLines().contains(QStringLiteral("[ 2.000 s] End toastBagel()")));
    QCOMPARE(window.logLines().first(), QStringLiteral("[ 0.000 s] Start brewCoffee()"));

    window.setLanguage(ck::Language::Korean);
    QVERIFY(window.logLines().contains(QStringLiteral("[ 2.000 s] toastBagel() 종료")));
    window.setLanguage(ck::Language::English);

    window.selectMode(RunSelection::compare());
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    const QStringList lines = window.logLines();
    std::size_t count = 0;
    for (const auto &run : window.controller()->timelineRuns())
        count += run.recorder->logLines().size();
    QCOMPARE(std::size_t(lines.size()), count);
    // The run labels make a column as wide as the widest of them.
    QVERIFY(lines.contains(QStringLiteral("[ 5.000 s] Sequential | End toastBagel()")));
    QVERIFY(lines.contains(QStringLiteral("[ 2.000 s] Gather     | End toastBagel()")));
    settle(window);
}

// The exceptions lesson's main() raises from its gather: the Python program ends with the
// traceback, whose last line `corokitchen run` writes to stderr; the window's log ends with it.
void TstMainWindow::logEndsWithTheExceptionMainRaised()
{
    MainWindow window(launch("exceptions", "gather"));
    window.setInstant(true);
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    const auto recorder = window.controller()->timelineRuns()[0].recorder;
    const QString error = recorder->info().mainError;
    QVERIFY(!error.isEmpty());
    const QStringList lines = window.logLines();
    QCOMPARE(std::size_t(lines.size()), recorder->logLines().size() + 1);
    QVERIFY2(lines.last().endsWith(QStringLiteral("] ") + error), qPrintable(lines.last()));
    settle(window);
}

void TstMainWindow::languageSwitchRetranslatesLive()
{
    MainWindow window;
    QList<ck::Language> chosen;
    connect(&window, &MainWindow::languageChosen, this,
            [&](ck::Language language) { chosen << language; });
    const auto runAction = [&] {
        for (QAction *action : window.allActions())
            if (action->shortcut() == QKeySequence(Qt::Key_F5))
                return action;
        return static_cast<QAction *>(nullptr);
    }();
    QVERIFY(runAction);
    QCOMPARE(runAction->text(), QStringLiteral("&Run"));
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);          // sends QEvent::LanguageChange
    QTRY_COMPARE(runAction->text(), QStringLiteral("«&Run»")); // the event is posted
    QCOMPARE(window.statusText(), QStringLiteral("«Ready»"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(runAction->text(), QStringLiteral("&Run"));

    window.setLanguage(ck::Language::Korean);
    QCOMPARE(chosen, QList<ck::Language>{ck::Language::Korean});
    QCOMPARE(ck::WindowSettings().language(), ck::Language::Korean);
    QCOMPARE(window.windowTitle(), QStringLiteral("주방: 커피와 베이글 — CoroKitchen"));
    // The lesson text above the timeline follows the language, and comes back with the next
    // lesson once closed.
    ck::LessonBanner *lesson = window.lessonBanner();
    QVERIFY(lesson->isVisibleTo(&window));
    QVERIFY(lesson->text().startsWith(QStringLiteral("커피를 내리고(3초)")));
    window.setLanguage(ck::Language::English);
    QVERIFY(lesson->text().startsWith(QStringLiteral("Brew coffee (3 s)")));
    lesson->findChild<QToolButton *>(QStringLiteral("lessonClose"))->click();
    QVERIFY(!lesson->isVisibleTo(&window));
    QVERIFY(window.selectScenario(QStringLiteral("exceptions")));
    QVERIFY(lesson->isVisibleTo(&window));
    QVERIFY(lesson->text().startsWith(QStringLiteral("fetch_orders() raises ValueError")));
}

void TstMainWindow::shortcutsListCoversEveryShortcut()
{
    MainWindow window;
    const QList<QAction *> listed = window.allActions();
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty())
            QVERIFY2(listed.contains(action), qPrintable(action->text()));
    }
    const auto rows = ck::ShortcutsDialog::rows(listed);
    const auto has = [&](const char *text, const char *keys) {
        return rows.contains({QString::fromUtf8(text), QString::fromUtf8(keys)});
    };
    QVERIFY(has("Run", "F5"));
    QVERIFY(has("Stop", "Esc"));
    QVERIFY(has("Open scenario", "Ctrl+O"));
    QVERIFY(has("Copy chart", "Ctrl+Shift+C"));
    QVERIFY(has("Quit", "Ctrl+Q"));
    QVERIFY(has("Fit to window", "F"));
    QVERIFY(has("Compare", "Ctrl+5"));
    QVERIFY(has("Instant", "Ctrl+I"));
    QVERIFY(has("Zoom in", "Ctrl++, Ctrl+="));
    QVERIFY(has("Log panel", "Alt+1"));
}

void TstMainWindow::closingMidRunWaitsForTheRunToUnwind()
{
    MainWindow window(launch("kitchen", "compare"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.run();
    QTest::qWait(20);
    QVERIFY(!window.close()); // deferred until the stopped runs have unwound
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(window.controller()->isSettled());
    for (const auto &run : window.controller()->timelineRuns())
        QVERIFY(run.recorder->info().cancelled);
}

void TstMainWindow::destroyingTheWindowMidRunHandsOffTheController()
{
    auto window = std::make_unique<MainWindow>(launch("kitchen", "compare"));
    window->run();
    QTest::qWait(20);
    QPointer<ck::RunController> controller = window->controller();
    window.reset();
    QVERIFY(controller); // its runs are still unwinding on its schedulers
    QTRY_VERIFY(!controller);
}

void TstMainWindow::screenshots()
{
    // For people: CK_SCREENSHOT_DIR=/tmp/shots ./tst_mainwindow screenshots
    const QString folder = qEnvironmentVariable("CK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CK_SCREENSHOT_DIR to write screenshots of the window");
    MainWindow window(launch("kitchen", "compare"));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setSpeed(2);
    window.run();
    QTest::qWait(900); // 1.8 s into both runs
    window.grab().save(folder + QStringLiteral("/live.png"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 5000);
    QTest::qWait(50);
    window.grab().save(folder + QStringLiteral("/done.png"));
    window.setLanguage(ck::Language::Korean);
    QTest::qWait(50);
    window.grab().save(folder + QStringLiteral("/done-ko.png"));
    for (QAction *action : window.allActions())
        if (action->shortcut() == QKeySequence(Qt::Key_F1))
            action->trigger();
    auto *shortcuts = window.findChild<ck::ShortcutsDialog *>();
    QVERIFY(shortcuts);
    QVERIFY(QTest::qWaitForWindowExposed(shortcuts));
    shortcuts->grab().save(folder + QStringLiteral("/shortcuts.png"));
    shortcuts->close();
    settle(window);
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
