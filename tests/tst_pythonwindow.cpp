// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"
#include "windowwarnings.h"

#include "editor/scenariodocument.h"
#include "editor/scenarioeditor.h"
#include "mainwindow.h"
#include "modeactions.h"
#include "panels/codepanel.h"
#include "panels/logpanel.h"
#include "panels/pitfallbanner.h"
#include "pyrun/pythonprogramrun.h"
#include "replaycontroller.h"
#include "runcontroller.h"
#include "scenario/examplecatalog.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTranslator>

using ck::MainWindow;

namespace {

// Two cooks on the virtual clock: a gather of two sleeps, 3 s in all.
const QByteArray kKitchen = R"(import asyncio


async def cook(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)
    print(f"end {name}")


async def main():
    await asyncio.gather(cook("coffee", 3), cook("bagel", 2))


asyncio.run(main())
)";

void write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QMessageBox *question(const MainWindow &window)
{
    for (QMessageBox *box : window.findChildren<QMessageBox *>())
        if (box->objectName() == QLatin1String("runProgramQuestion") && box->isVisible())
            return box;
    return nullptr;
}

void answer(const MainWindow &window, const char *button)
{
    QMessageBox *box = question(window);
    QVERIFY(box);
    auto *chosen = box->findChild<QPushButton *>(QString::fromLatin1(button));
    QVERIFY(chosen);
    chosen->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool ranToItsEnd(const MainWindow &window)
{
    return window.controller()->program() && window.controller()->program()->isFinished();
}

} // namespace

class TstPythonWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void asksBeforeRunningAndRunsOnRun();
    void cancelRunsNothingAndAsksAgain();
    void sameContentIsNotAskedAgainChangedIs();
    void exampleRunsWithoutAskingAndDrawsLanes();
    void modesDoNotApplyToAProgram();
    void stopKillsTheProgram();
    void codeViewShowsTheSourceAndTheLineInReplay();
    void tracebackIsShownAsStandardError();
    void aLimitIsADialogAndALogLine();
    void ownTimeLimitStopsAProgramOnTheVirtualClock();
    void koreanQuestionAndExamples();
    void openAsScenarioRunsOnTheEngine();
    void openThisProgramAsScenario();
    void aProgramThatDoesNotConvertChangesNothing();
    void aNewerConversionDropsTheOlder();
    void programPitfallsShowInTheBanner();

private:
    QString program(const QByteArray &content, const QString &name = QStringLiteral("prog.py"));

    std::unique_ptr<QTemporaryDir> m_folder;
};

void TstPythonWindow::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_pythonwindow"));
}

void TstPythonWindow::init()
{
    QSettings().clear();
    m_folder = std::make_unique<QTemporaryDir>();
}

void TstPythonWindow::cleanup()
{
    m_folder.reset();
}

QString TstPythonWindow::program(const QByteArray &content, const QString &name)
{
    const QString path = m_folder->filePath(name);
    write(path, content);
    return path;
}

void TstPythonWindow::asksBeforeRunningAndRunsOnRun()
{
    const QString path = program(kKitchen);
    MainWindow window;
    window.setInstant(true);
    QVERIFY(window.openProgram(path));
    QVERIFY(window.isProgram());
    window.run();
    QVERIFY(question(window));
    QVERIFY(question(window)->text().contains(QStringLiteral("prog.py")));
    QVERIFY(!window.controller()->hasRuns()); // nothing runs before the answer
    answer(window, "runProgramButton");
    QTRY_VERIFY(ranToItsEnd(window));
    QTRY_VERIFY(!window.controller()->isRunning());
    const auto runs = window.controller()->timelineRuns();
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs.front().recorder->lanes().size(), std::size_t(2)); // coffee and bagel
    QCOMPARE(runs.front().recorder->info().total, std::chrono::seconds(3));
    QTRY_VERIFY(window.logLines().join(QLatin1Char('\n')).contains(QStringLiteral("end coffee")));
    QCOMPARE(window.statusText(), QStringLiteral("Done: 3.00 s"));
}

void TstPythonWindow::cancelRunsNothingAndAsksAgain()
{
    const QString path = program(kKitchen);
    MainWindow window;
    window.setInstant(true);
    QVERIFY(window.openProgram(path));
    window.run();
    answer(window, "cancelProgramButton");
    QTest::qWait(200);
    QVERIFY(!window.controller()->hasRuns());
    window.run();
    QVERIFY(question(window)); // not agreed to: asked again
    cktest::closeWarnings(window);
}

void TstPythonWindow::sameContentIsNotAskedAgainChangedIs()
{
    const QString path = program(kKitchen);
    {
        MainWindow window;
        window.setInstant(true);
        QVERIFY(window.openProgram(path));
        window.run();
        answer(window, "runProgramButton");
        QTRY_VERIFY(ranToItsEnd(window));
    }
    {
        MainWindow window; // another session: remembered
        window.setInstant(true);
        QVERIFY(window.openProgram(path));
        window.run();
        QVERIFY(!question(window));
        QTRY_VERIFY(ranToItsEnd(window));
    }
    program(kKitchen + "print('and more')\n"); // the same path, another content
    MainWindow window;
    window.setInstant(true);
    QVERIFY(window.openProgram(path));
    window.run();
    QVERIFY(question(window));
    QVERIFY(!window.controller()->hasRuns());
    cktest::closeWarnings(window);
}

void TstPythonWindow::exampleRunsWithoutAskingAndDrawsLanes()
{
    MainWindow window;
    window.setInstant(true);
    QVERIFY(window.openExample(QStringLiteral("kitchen-gather")));
    QVERIFY(!question(window));
    QTRY_VERIFY(ranToItsEnd(window));
    const auto runs = window.controller()->timelineRuns();
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs.front().recorder->lanes().size(), std::size_t(2));
    QCOMPARE(runs.front().recorder->info().total, std::chrono::seconds(3));
    QVERIFY(window.codePanel()->pythonText().contains(QStringLiteral("async def brewCoffee")));
    auto *examples = window.findChild<QMenu *>(QStringLiteral("examplesMenu"));
    QVERIFY(examples);
    QCOMPARE(examples->actions().size(), ck::ExampleCatalog::builtIn().ids().size());
}

void TstPythonWindow::modesDoNotApplyToAProgram()
{
    MainWindow window;
    auto *modes = window.findChild<ck::ModeActions *>();
    const QAction *gather = modes->actions().at(ck::ModeActions::Gather);
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    modes->actions().at(ck::ModeActions::Gather)->trigger();
    QVERIFY(gather->isChecked());
    QVERIFY(window.openProgram(program(kKitchen)));
    QVERIFY(!gather->isEnabled());
    QVERIFY(gather->toolTip().contains(QStringLiteral("Python program")));
    // No mode shows as chosen: the program composes its tasks itself.
    for (const QAction *action : modes->actions())
        QVERIFY2(!action->isChecked(), qPrintable(action->text()));
    QVERIFY(!modes->limitBox()->isEnabled());
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    QVERIFY(!window.isProgram());
    QVERIFY(gather->isEnabled());
    QVERIFY(gather->isChecked()); // the mode chosen before comes back
    QVERIFY(!gather->toolTip().contains(QStringLiteral("Python program")));
}

void TstPythonWindow::stopKillsTheProgram()
{
    // On the real clock the sleep takes real time; the subprocess would outlive a careless kill.
    const QString path = program(QByteArray(R"(import asyncio, subprocess
subprocess.Popen(["sleep", "1000"])
print("waiting", flush=True)
asyncio.run(asyncio.sleep(100))
)"));
    MainWindow window;
    window.setInstant(false);
    QVERIFY(window.openProgram(path));
    window.run();
    answer(window, "runProgramButton");
    QTRY_VERIFY(window.logLines().join(QLatin1Char('\n')).contains(QStringLiteral("waiting")));
    QVERIFY(window.controller()->isRunning());
    window.stop();
    QTRY_VERIFY(!window.controller()->isRunning());
    QCOMPARE(window.controller()->program()->outcome(), ck::PythonProgramRun::Outcome::Refused);
    QVERIFY(window.statusText().startsWith(QStringLiteral("Stopped at")));
    QVERIFY(cktest::warnings(window).isEmpty()); // the user's Stop needs no dialog
}

void TstPythonWindow::codeViewShowsTheSourceAndTheLineInReplay()
{
    const QString path = program(kKitchen);
    MainWindow window;
    window.setInstant(true);
    QVERIFY(window.openProgram(path));
    QCOMPARE(window.codePanel()->pythonText(), QString::fromUtf8(kKitchen)); // before it runs
    QVERIFY(window.codePanel()->showsSource());
    window.run();
    answer(window, "runProgramButton");
    QTRY_VERIFY(ranToItsEnd(window));
    QTRY_VERIFY(!window.controller()->isRunning());
    window.rewindReplay();
    QVERIFY(window.replay()->isActive());
    // Step until both cooks are asleep: each at its await, line 6, told apart as the program made
    // them (two tasks of one coroutine function).
    QStringList markers;
    for (int step = 0; step < 40 && markers.size() < 2; ++step) {
        window.stepForward();
        markers = window.codePanel()->pythonMarkers().filter(QStringLiteral(":6"));
    }
    QCOMPARE(markers, QStringList({QStringLiteral("cook:6"), QStringLiteral("cook #2:6")}));
    QCOMPARE(window.codePanel()->pythonText(), QString::fromUtf8(kKitchen));
    // Back to a scenario: the generated programs again.
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    QVERIFY(!window.codePanel()->showsSource());
    QVERIFY(window.codePanel()->cppText().contains(QStringLiteral("QCoro")));
}

void TstPythonWindow::tracebackIsShownAsStandardError()
{
    const QString path = program(QByteArray(R"(import asyncio


async def main():
    print("about to fail")
    raise ValueError("bad response")


asyncio.run(main())
)"));
    MainWindow window;
    window.setInstant(true);
    QVERIFY(window.openProgram(path));
    window.run();
    answer(window, "runProgramButton");
    QTRY_VERIFY(ranToItsEnd(window));
    auto *log = window.findChild<ck::LogPanel *>();
    QTRY_VERIFY(log->standardError().contains(QStringLiteral("Traceback")));
    QVERIFY(log->standardError().contains(QStringLiteral("ValueError: bad response")));
    QVERIFY(window.logLines().join(QLatin1Char('\n')).contains(QStringLiteral("about to fail")));
    QVERIFY(cktest::warnings(window).isEmpty()); // the program raised: the app did not refuse
}

void TstPythonWindow::aLimitIsADialogAndALogLine()
{
    const QString path = program(QByteArray("import time\ntime.sleep(100)\n"));
    MainWindow window;
    window.setInstant(false);
    window.setProgramWallLimit(1);
    QVERIFY(window.openProgram(path));
    window.run();
    answer(window, "runProgramButton");
    QTRY_VERIFY_WITH_TIMEOUT(ranToItsEnd(window), 10000);
    QTRY_COMPARE(cktest::warnings(window).size(), 1);
    QVERIFY(window.logLines().join(QLatin1Char('\n')).contains(QStringLiteral("ended")));
    cktest::closeWarnings(window);
    // The app is unharmed: a scenario runs.
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    window.setInstant(true);
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    QVERIFY(window.statusText().startsWith(QStringLiteral("Done")));
}

// File > Program limits: the program's own time too. On the virtual clock a sleep of a day is
// stopped at the limit at once, with why, in a dialog and the log.
void TstPythonWindow::ownTimeLimitStopsAProgramOnTheVirtualClock()
{
    const QString path = program(QByteArray("import asyncio\n"
                                            "asyncio.run(asyncio.sleep(86400))\n"));
    MainWindow window;
    window.setInstant(true);
    window.setProgramTimeLimit(30);
    QVERIFY(window.openProgram(path));
    window.run();
    answer(window, "runProgramButton");
    QTRY_VERIFY(ranToItsEnd(window));
    QTRY_COMPARE(cktest::warnings(window).size(), 1);
    QVERIFY2(
        window.logLines().join(QLatin1Char('\n')).contains(QStringLiteral("30 s of its own time")),
        qPrintable(window.logLines().join(QLatin1Char('\n'))));
    cktest::closeWarnings(window);
}

void TstPythonWindow::koreanQuestionAndExamples()
{
    QTranslator korean;
    QVERIFY(korean.load(QStringLiteral(":/i18n/corokitchen_ko.qm")));
    QCoreApplication::installTranslator(&korean);
    MainWindow window;
    window.setLanguage(ck::Language::Korean);
    QVERIFY(window.openProgram(program(kKitchen)));
    window.run();
    QMessageBox *box = question(window);
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Python 프로그램")));
    QCOMPARE(box->findChild<QPushButton *>(QStringLiteral("runProgramButton"))->text(),
             QStringLiteral("실행"));
    auto *examples = window.findChild<QMenu *>(QStringLiteral("examplesMenu"));
    QCOMPARE(examples->actions().at(1)->text(),
             ck::ExampleCatalog::builtIn().title(QStringLiteral("kitchen-gather"),
                                                 ck::Language::Korean));
    cktest::closeWarnings(window);
    QCoreApplication::removeTranslator(&korean);
}

// File > Open as Scenario: the gathered kitchen's program, read and never run (no question),
// opens as an unsaved scenario titled from its file, in the mode its main() uses, and its run
// on the engine ends at the program's 3 s.
void TstPythonWindow::openAsScenarioRunsOnTheEngine()
{
    const ck::ExampleCatalog catalog = ck::ExampleCatalog::builtIn();
    const QString path =
        program(catalog.source(QStringLiteral("kitchen-gather"), ck::Language::English).toUtf8(),
                QStringLiteral("my_kitchen.py"));
    MainWindow window;
    window.setInstant(true);
    QSignalSpy converted(&window, &MainWindow::programConverted);
    window.openProgramAsScenario(path);
    QVERIFY(converted.isEmpty()); // the converter runs while the window goes on
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("my_kitchen.py")));
    QVERIFY(converted.wait(30000));
    QCOMPARE(converted.front().front().toBool(), true);
    QVERIFY(!question(window));
    QVERIFY(cktest::warnings(window).isEmpty());
    QVERIFY(!window.isProgram());
    QCOMPARE(window.scenarioKey(), MainWindow::kEditedKey);
    QCOMPARE(window.scenario()->title.in(ck::Language::English), QStringLiteral("my_kitchen.py"));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("my_kitchen.py")));
    QCOMPARE(window.mode().name(), QStringLiteral("gather"));
    QVERIFY(window.editor()->document()->isModified()); // unsaved
    QTRY_VERIFY(window.controller()->hasRuns() && !window.controller()->isRunning());
    QVERIFY(!window.controller()->program()); // the engine ran it, not python3
    const auto runs = window.controller()->timelineRuns();
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs.front().recorder->info().total, std::chrono::seconds(3));
    QCOMPARE(runs.front().recorder->lanes().size(), std::size_t(2));
}

// With the program open, File > Open This Program as a Scenario converts that one.
void TstPythonWindow::openThisProgramAsScenario()
{
    const ck::ExampleCatalog catalog = ck::ExampleCatalog::builtIn();
    const QString path = program(
        catalog.source(QStringLiteral("api-calls-one-by-one"), ck::Language::English).toUtf8());
    MainWindow window;
    window.setInstant(true);
    auto *action = window.findChild<QAction *>(QStringLiteral("openThisAsScenarioAction"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // no program is open
    QVERIFY(window.openProgram(path));
    QVERIFY(action->isEnabled());
    QSignalSpy converted(&window, &MainWindow::programConverted);
    action->trigger();
    QVERIFY(converted.wait(30000));
    QVERIFY(!question(window));
    QVERIFY(!window.isProgram());
    QVERIFY(!action->isEnabled());
    QCOMPARE(window.mode().name(), QStringLiteral("sequential"));
    QTRY_VERIFY(window.controller()->hasRuns() && !window.controller()->isRunning());
    QCOMPARE(window.controller()->timelineRuns().front().recorder->info().total,
             std::chrono::seconds(9));
}

// A program the converter refuses: the reason with its line in a dialog, and the window keeps
// what it had (the kitchen with two calls of one coroutine from main).
void TstPythonWindow::aProgramThatDoesNotConvertChangesNothing()
{
    MainWindow window;
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    const auto before = window.scenario();
    QSignalSpy converted(&window, &MainWindow::programConverted);
    window.openProgramAsScenario(program(kKitchen));
    QVERIFY(converted.wait(30000));
    QCOMPARE(converted.front().front().toBool(), false);
    const QStringList warnings = cktest::warnings(window);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.front().contains(QStringLiteral("line 11: ")), qPrintable(warnings.front()));
    QCOMPARE(window.scenario(), before);
    QCOMPARE(window.scenarioKey(), QStringLiteral("kitchen"));
    QVERIFY(!window.editor()->document()->isModified());
    QVERIFY(!window.controller()->hasRuns());
}

// Open as Scenario twice before the first conversion ends: only the second is opened, and the
// first, which would have been refused, shows no dialog.
void TstPythonWindow::aNewerConversionDropsTheOlder()
{
    const ck::ExampleCatalog catalog = ck::ExampleCatalog::builtIn();
    const QString good =
        program(catalog.source(QStringLiteral("kitchen-gather"), ck::Language::English).toUtf8(),
                QStringLiteral("second.py"));
    MainWindow window;
    window.setInstant(true);
    QSignalSpy converted(&window, &MainWindow::programConverted);
    window.openProgramAsScenario(program(kKitchen));
    window.openProgramAsScenario(good);
    QVERIFY(converted.wait(30000));
    QTest::qWait(200); // a stray end of the first would have come by now
    QCOMPARE(converted.size(), 1);
    QCOMPARE(converted.front().front().toBool(), true);
    QVERIFY(cktest::warnings(window).isEmpty());
    QCOMPARE(window.scenario()->title.in(ck::Language::English), QStringLiteral("second.py"));
}

// After a program's run, its pitfalls are in the window's pitfall banner: the API calls awaited
// one by one missed concurrency; the gathered ones teach nothing of the kind.
void TstPythonWindow::programPitfallsShowInTheBanner()
{
    MainWindow window;
    window.setInstant(true);
    QVERIFY(window.openExample(QStringLiteral("api-calls-one-by-one")));
    QTRY_VERIFY(ranToItsEnd(window));
    QTRY_COMPARE(window.pitfallBanner()->pitfalls().size(), std::size_t(1));
    QCOMPARE(window.pitfallBanner()->pitfalls().front().kind, ck::Pitfall::Kind::MissedConcurrency);
    QVERIFY(window.pitfallBanner()->text().contains(QStringLiteral("one by one")));
    QVERIFY(!window.pitfallBanner()->offersFix()); // no mode re-runs a program
    QVERIFY(window.openExample(QStringLiteral("api-calls-gather")));
    QVERIFY(window.pitfallBanner()->pitfalls().empty()); // the old run's are gone at once
    QTRY_VERIFY(ranToItsEnd(window));
    QCoreApplication::processEvents();
    QVERIFY(window.pitfallBanner()->pitfalls().empty());
}

QTEST_MAIN(TstPythonWindow)
#include "tst_pythonwindow.moc"
