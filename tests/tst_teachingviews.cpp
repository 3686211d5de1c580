// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include <QRegularExpression>

#include "isolatedsettings.h"
#include "runharness.h"
#include "windowlaunch.h"

#include "codegen/pythonprogram.h"
#include "mainwindow.h"
#include "panels/clippedtextdelegate.h"
#include "panels/codehighlighter.h"
#include "panels/codepanel.h"
#include "panels/eventlooppanel.h"
#include "panels/narrationpanel.h"
#include "panels/pitfallbanner.h"
#include "panels/slicedwork.h"
#include "replaycontroller.h"
#include "runcontroller.h"
#include "scenario/crowdscenario.h"
#include "teach/narrationlines.h"
#include "timeline/timelineview.h"
#include "translations.h"

#include <QApplication>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTextBlock>
#include <QThread>
#include <QTimer>
#include <QTreeView>

using namespace std::chrono_literals;
using ck::MainWindow;

using cktest::launch;
using cktest::runInstantly;

namespace {

std::vector<ck::TeachingRun> teachingRun(const cktest::VirtualRun &run, std::size_t events)
{
    return {ck::TeachingRun{QStringLiteral("Gather"), run.runner->recorder(), events}};
}

} // namespace

class TstTeachingViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void eventLoopPanelShowsTimersAndIdle();
    void eventLoopPanelShowsTheBlock();
    void narrationPanelTellsAndRewinds();
    void crowdNarrationIsWrittenASliceAtATime();
    void crowdTableWidensToEveryTextItShows();
    void crowdProgramsAreAddedASliceAtATime();
    void crowdsGatherLineIsLaidOutBeforeItIsHighlighted();
    void aSmallScenariosProgramsAreShownAsItIsPicked();
    void slicedWorksTakeOneSliceATurn();
    void aBusyTurnLeavesTheSliceToTheNext();
    void longCellTextIsLaidOutToTheViewsEdge();
    void liveRunRecordsEventsAndLag();
    void stepBackAndForthMovesEveryView();
    void scrubbingAndReplaying();
    void codeMarkersFollowTheCursor();
    void newRunLeavesReplay();
    void replayOfAComparisonRunsOneCoroutineAtATime_data();
    void replayOfAComparisonRunsOneCoroutineAtATime();
    void missedConcurrencyOffersGather();
    void compareNamesNoMissedConcurrency();
    void compareNamesTheRunOfEachPitfall();
    void screenshots();
};

void TstTeachingViews::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_teachingviews"));
}

void TstTeachingViews::init()
{
    QSettings().clear();
}

void TstTeachingViews::eventLoopPanelShowsTimersAndIdle()
{
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                           cktest::mode(QStringLiteral("gather")), true);
    ck::EventLoopPanel panel;
    panel.show(teachingRun(run, 10)); // toastBagel has just suspended at 0 s
    QCOMPARE(panel.statusText(), QStringLiteral("Event loop: idle until 2.000 s"));
    QCOMPARE(panel.timersText(),
             QStringLiteral("Next timers: toastBagel at 2.000 s · brewCoffee at 3.000 s"));
    QCOMPARE(panel.readyText(), QStringLiteral("Ready queue: empty"));
    QCOMPARE(panel.rows(),
             (QStringList{QStringLiteral("main() · suspended, awaiting · "
                                         "asyncio.gather(brewCoffee(), toastBagel())"),
                          QStringLiteral("brewCoffee · suspended on a timer · asyncio.sleep(3)"),
                          QStringLiteral("toastBagel · suspended on a timer · asyncio.sleep(2)")}));
    panel.show(teachingRun(run, 11)); // toastBagel's timer fires
    QCOMPARE(panel.readyText(), QStringLiteral("Ready queue: toastBagel"));
    panel.show(teachingRun(run, 4)); // back: both tasks created, main suspended
    QCOMPARE(panel.readyText(), QStringLiteral("Ready queue: brewCoffee → toastBagel"));
    panel.show(teachingRun(run, run.recorder().loopEvents().size()));
    QCOMPARE(panel.statusText(), QStringLiteral("Event loop: closed, main() has returned"));
}

void TstTeachingViews::eventLoopPanelShowsTheBlock()
{
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("blocking-call")),
                           cktest::mode(QStringLiteral("gather")), true);
    const auto &events = run.recorder().loopEvents();
    const auto blocked = std::find_if(events.begin(), events.end(), [](const ck::LoopEvent &e) {
        return e.kind == ck::LoopEvent::Kind::Blocked;
    });
    QVERIFY(blocked != events.end());
    ck::EventLoopPanel panel;
    panel.show(teachingRun(run, std::size_t(blocked - events.begin()) + 1));
    QCOMPARE(panel.statusText(), QStringLiteral("Event loop: BLOCKED by toastBagel in "
                                                "time.sleep(2) until 2.000 s — nothing else can "
                                                "run"));
    QCOMPARE(panel.readyText(), QStringLiteral("Ready queue: brewCoffee"));
}

void TstTeachingViews::narrationPanelTellsAndRewinds()
{
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                           cktest::mode(QStringLiteral("gather")), true);
    ck::NarrationPanel panel;
    panel.show(teachingRun(run, 7));
    QCOMPARE(panel.sentences().size(), 7);
    QCOMPARE(panel.currentSentence(),
             QStringLiteral("[ 0.000 s] brewCoffee is suspended at await asyncio.sleep(3) (its "
                            "timer fires at 3.000 s); the loop starts toastBagel."));
    panel.show(teachingRun(run, 12)); // grows
    QCOMPARE(panel.sentences().size(), 12);
    QCOMPARE(panel.currentSentence(), QStringLiteral("[ 2.000 s] The loop resumes toastBagel."));
    panel.show(teachingRun(run, 2)); // rewinds
    QCOMPARE(panel.sentences(),
             (QStringList{QStringLiteral("[ 0.000 s] asyncio.run starts main()."),
                          QStringLiteral("[ 0.000 s] brewCoffee is created as a task: it is "
                                         "ready and starts on a later loop iteration.")}));
}

// A crowd's first frame tells thousands of events: the panel writes the first of them at once and
// the rest on later turns of the event loop, and whoever reads the story gets it whole.
void TstTeachingViews::crowdNarrationIsWrittenASliceAtATime()
{
    cktest::VirtualRun run(std::make_shared<const ck::Scenario>(ck::CrowdScenario::make(1000)),
                           cktest::mode(QStringLiteral("gather")), true);
    const std::size_t events = run.recorder().loopEvents().size();
    const QStringList story =
        ck::NarrationLines::story({&run.recorder()}, {}, ck::Language::English);
    QCOMPARE(story.size(), qsizetype(events));
    ck::NarrationPanel panel;
    const QPlainTextEdit *view = panel.findChild<QPlainTextEdit *>(QStringLiteral("narrationView"));
    panel.show(teachingRun(run, events));
    const int written = view->document()->blockCount();
    QVERIFY2(written > 1 && written < int(events), qPrintable(QString::number(written)));
    QTRY_COMPARE(view->document()->blockCount(), int(events)); // by itself, a slice at a time
    QCOMPARE(panel.sentences(), story);

    ck::NarrationPanel reader;
    reader.show(teachingRun(run, events));
    QCOMPARE(reader.sentences(), story); // read at once: written whole first
    QCOMPARE(reader.currentSentence(), story.back());
}

// The crowd's table makes its texts only for the rows on screen, yet each column still fits the
// widest text it has shown (measured a slice at a time), main()'s gather of a thousand included.
void TstTeachingViews::crowdTableWidensToEveryTextItShows()
{
    cktest::VirtualRun run(std::make_shared<const ck::Scenario>(ck::CrowdScenario::make(1000)),
                           cktest::mode(QStringLiteral("gather")), true);
    ck::EventLoopPanel panel;
    panel.show(teachingRun(run, run.recorder().loopEvents().size() / 2));
    const QStringList rows = panel.rows();
    QCOMPARE(rows.size(), 1001);
    QVERIFY(rows.front().startsWith(QStringLiteral("main() · suspended, awaiting · "
                                                   "asyncio.gather(sleeper_1(), sleeper_2()")));
    QVERIFY(rows.front().endsWith(QStringLiteral("sleeper_1000())")));
    const auto *table = panel.findChild<QTreeView *>(QStringLiteral("coroutineTable"));
    QFont bold = table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    for (int column = 0; column < 3; ++column) {
        int widest = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            widest = std::max(widest, metrics.horizontalAdvance(
                                          table->model()->index(row, column).data().toString()));
        QTRY_VERIFY2(table->columnWidth(column) >= widest,
                     qPrintable(QStringLiteral("column %1: %2 < %3")
                                    .arg(column)
                                    .arg(table->columnWidth(column))
                                    .arg(widest)));
    }
}

// A crowd's programs are thousands of lines: picking it adds them a slice at a time, coloured as
// they come, and whoever reads them gets them whole.
void TstTeachingViews::crowdProgramsAreAddedASliceAtATime()
{
    const auto crowd = std::make_shared<const ck::Scenario>(ck::CrowdScenario::make(1000));
    const ck::Strategy gather = cktest::mode(QStringLiteral("gather"));
    QString error;
    const auto python =
        ck::PythonProgram::generate(*crowd, gather, ck::Language::English, 1.0, &error);
    QVERIFY(python);
    ck::CodePanel panel;
    const QPlainTextEdit *view = panel.findChild<QPlainTextEdit *>(QStringLiteral("pythonCode"));
    panel.setPrograms(crowd, {gather}, ck::Language::English);
    const int lines = int(python->text.count(QLatin1Char('\n'))) + 1;
    QVERIFY2(view->document()->blockCount() < lines,
             qPrintable(QString::number(view->document()->blockCount())));
    QTRY_COMPARE(view->document()->blockCount(), lines); // by itself, a slice at a time
    QCOMPARE(panel.pythonText(), python->text);
    // The last sleeper's `async def`, thousands of lines down, is coloured as the first one is.
    const ck::CodeHighlighter *highlighter = view->document()->findChild<ck::CodeHighlighter *>();
    const QTextBlock last =
        view->document()->find(QStringLiteral("async def sleeper_1000")).block();
    QVERIFY(last.isValid());
    QVERIFY(!last.layout()->formats().isEmpty());
    QCOMPARE(last.layout()->formats().front().format,
             highlighter->format(ck::CodeHighlighter::Kind::Await));

    ck::CodePanel reader;
    reader.setPrograms(crowd, {gather}, ck::Language::English);
    QCOMPARE(reader.pythonText(), python->text); // read at once: added whole first
}

// The programs are written off the window's thread and then added; the crowd's Python gather
// line, thousands of characters, is laid out in a slice of its own before any run highlights it
// (the first highlight of a run held the window while it laid the line out).
void TstTeachingViews::crowdsGatherLineIsLaidOutBeforeItIsHighlighted()
{
    const auto crowd = std::make_shared<const ck::Scenario>(ck::CrowdScenario::make(1000));
    ck::CodePanel panel;
    panel.resize(900, 600);
    const QPlainTextEdit *python = panel.findChild<QPlainTextEdit *>(QStringLiteral("pythonCode"));
    panel.setPrograms(crowd, {cktest::mode(QStringLiteral("gather"))}, ck::Language::English);
    QCOMPARE(python->document()->blockCount(), 1); // nothing is written on this thread
    const auto longestLine = [](const QPlainTextEdit *view) {
        QTextBlock longest = view->document()->firstBlock();
        for (QTextBlock block = longest; block.isValid(); block = block.next())
            longest = block.length() > longest.length() ? block : longest;
        return longest;
    };
    // Not shown, so not painted: only the panel's own slices lay lines out.
    QTRY_VERIFY(longestLine(python).length() > 10000 &&
                longestLine(python).layout()->lineCount() > 0);
    QVERIFY(longestLine(python).text().contains(QStringLiteral("asyncio.gather(")));
    // A short line is left to be laid out when it is shown.
    QCOMPARE(python->document()->findBlockByNumber(1).layout()->lineCount(), 0);
}

// A small scenario's programs are written at once, on the window's thread: the view is never
// empty for a moment when one is picked.
void TstTeachingViews::aSmallScenariosProgramsAreShownAsItIsPicked()
{
    ck::CodePanel panel;
    const QPlainTextEdit *python = panel.findChild<QPlainTextEdit *>(QStringLiteral("pythonCode"));
    const QPlainTextEdit *cpp = panel.findChild<QPlainTextEdit *>(QStringLiteral("cppCode"));
    panel.setPrograms(cktest::builtin(QStringLiteral("kitchen")),
                      {cktest::mode(QStringLiteral("gather"))}, ck::Language::English);
    QVERIFY(python->document()->blockCount() > 1);
    QVERIFY(python->toPlainText().startsWith(QStringLiteral("#")));
    QTRY_VERIFY(cpp->document()->blockCount() > 1);
}

// Works started together (the code, the narration and the event-loop table when a crowd starts)
// take their slices in turn, one slice a turn of the event loop, so that input waits for one
// slice, not for one of each.
void TstTeachingViews::slicedWorksTakeOneSliceATurn()
{
    std::vector<char> steps; // which work took each step
    const auto work = [&steps](char name) {
        return [&steps, name] {
            steps.push_back(name);
            QThread::usleep(std::chrono::microseconds(ck::SlicedWork::kBudget).count()); // a slice
            return std::count(steps.begin(), steps.end(), name) < 4;
        };
    };
    ck::SlicedWork first(work('a'));
    ck::SlicedWork second(work('b'));
    first.start(); // a slice each at once
    second.start();
    QCOMPARE(steps, std::vector<char>({'a', 'b'}));
    QVERIFY(first.isBusy() && second.isBusy());
    QCoreApplication::processEvents(); // a turn of the event loop: one slice, not one of each
    QVERIFY2(steps.size() <= 3, std::string(steps.begin(), steps.end()).c_str());
    QTRY_VERIFY(!first.isBusy() && !second.isBusy());
    QCOMPARE(steps, std::vector<char>({'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b'}));
}

// A run's frame (a timer due at the same moment) that has held the turn for a slice's time
// leaves the slice to the next turn, so that input waiting meanwhile comes first; once only.
void TstTeachingViews::aBusyTurnLeavesTheSliceToTheNext()
{
    int steps = 0;
    ck::SlicedWork work([&steps] {
        QThread::usleep(std::chrono::microseconds(ck::SlicedWork::kBudget).count()); // a slice
        return ++steps < 3;
    });
    QTimer frame; // due with the work's next slice, and before it
    frame.setSingleShot(true);
    frame.setInterval(0);
    connect(&frame, &QTimer::timeout, this, [] {
        QThread::usleep(2 * std::chrono::microseconds(ck::SlicedWork::kBudget).count());
    });
    frame.start();
    work.start(); // a slice at once
    QCOMPARE(steps, 1);
    QCoreApplication::processEvents(); // the frame holds this turn: the slice waits
    QVERIFY(!frame.isActive());
    QCOMPARE(steps, 1);
    QCoreApplication::processEvents(); // its turn
    QCOMPARE(steps, 2);
    QTRY_VERIFY(!work.isBusy());
    QCOMPARE(steps, 3);
}

// A cell's text as long as a crowd's gather is laid out only as far as the view shows it.
void TstTeachingViews::longCellTextIsLaidOutToTheViewsEdge()
{
    const QFontMetrics metrics(QApplication::font());
    QStringList calls;
    for (int i = 1; i <= 1000; ++i)
        calls << QStringLiteral("sleeper_%1()").arg(i);
    const QString gather =
        QStringLiteral("asyncio.gather(%1)").arg(calls.join(QStringLiteral(", ")));
    const QString shown = ck::ClippedTextDelegate::reaching(gather, 800, metrics);
    QVERIFY(gather.startsWith(shown));
    QVERIFY2(shown.size() < gather.size() / 10, qPrintable(QString::number(shown.size())));
    QVERIFY(metrics.horizontalAdvance(shown) >= 800);
    // Characters of no width do not leave it short.
    const QString invisible = QString(2000, QChar(0x200B)) + gather;
    QVERIFY(metrics.horizontalAdvance(ck::ClippedTextDelegate::reaching(invisible, 800, metrics)) >=
            800);
    QCOMPARE(ck::ClippedTextDelegate::reaching(gather, 1000000, metrics), gather); // all of it
}

void TstTeachingViews::liveRunRecordsEventsAndLag()
{
    MainWindow window(launch("blocking-call", "gather"));
    runInstantly(window);
    const auto runs = window.timeline()->runs();
    QCOMPARE(runs.size(), std::size_t(1));
    QVERIFY(!runs[0].recorder->loopEvents().empty());
    const auto &lag = runs[0].recorder->lagSamples();
    QVERIFY(std::any_of(lag.begin(), lag.end(),
                        [](const ck::LagSample &sample) { return sample.lag >= 1900ms; }));
    QVERIFY(window.eventLoopPanel()->state().isFinished());
    QVERIFY(window.narrationPanel()->sentences().size() > 10);
}

void TstTeachingViews::stepBackAndForthMovesEveryView()
{
    MainWindow window(launch("kitchen", "gather"));
    runInstantly(window);
    const std::size_t all = window.timeline()->runs()[0].recorder->loopEvents().size();
    QVERIFY(!window.replay()->isActive());
    window.stepBack(); // the last event (main returns) is undone
    QVERIFY(window.replay()->isActive());
    QCOMPARE(window.narrationPanel()->sentences().size(), qsizetype(all - 1));
    QVERIFY(!window.eventLoopPanel()->state().isFinished());
    for (std::size_t i = 0; i < all; ++i)
        window.stepBack();
    QCOMPARE(window.replay()->cursor().position(), std::size_t(0));
    QVERIFY(window.narrationPanel()->sentences().isEmpty());
    for (int i = 0; i < 10; ++i)
        window.stepForward();
    QCOMPARE(window.eventLoopPanel()->statusText(),
             QStringLiteral("Event loop: idle until 2.000 s"));
    // the timeline shows the run as it was: both tasks open, nothing ended yet
    const auto shown = window.timeline()->runs();
    QCOMPARE(shown[0].now, 0ns);
    QVERIFY(std::all_of(shown[0].recorder->spans().begin(), shown[0].recorder->spans().end(),
                        [](const ck::Span &span) { return span.end.count() < 0; }));
    window.leaveReplay();
    QVERIFY(!window.replay()->isActive());
    QCOMPARE(window.timeline()->runs()[0].recorder->loopEvents().size(), all);
}

void TstTeachingViews::scrubbingAndReplaying()
{
    MainWindow window(launch("kitchen", "gather"));
    runInstantly(window);
    window.seekReplay(2.5);
    QCOMPARE(window.replay()->cursor().time(), 2500ms);
    QVERIFY2(window.statusText().startsWith(QStringLiteral("Replay: 2.500 s of 3.00 s, event ")),
             qPrintable(window.statusText()));
    const auto shown = window.timeline()->runs();
    QCOMPARE(shown[0].now, 2500ms);
    QCOMPARE(window.eventLoopPanel()->timersText(),
             QStringLiteral("Next timers: brewCoffee at 3.000 s"));
    window.replay()->setSpeed(10.0);
    window.toggleReplay(); // plays from 2.5 s; 0.5 s of scenario take 50 ms at 10x
    QVERIFY(window.replay()->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!window.replay()->isPlaying(), 3000);
    QVERIFY(window.replay()->cursor().atEnd());
    QVERIFY(window.eventLoopPanel()->state().isFinished());
}

// The 1-based line of the first line of `text` that contains `what`.
static int lineWith(const QString &text, const QString &what)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(what))
            return i + 1;
    }
    return 0;
}

void TstTeachingViews::codeMarkersFollowTheCursor()
{
    MainWindow window(launch("kitchen", "gather"));
    runInstantly(window);
    ck::CodePanel *code = window.codePanel();
    QVERIFY(code->pythonText().contains(QStringLiteral("await asyncio.gather(brewCoffee(), "
                                                       "toastBagel())")));
    QVERIFY(code->cppText().contains(QStringLiteral("co_await loop->sleep(3s);")));
    QVERIFY(code->pythonMarkers().isEmpty()); // finished: nothing is running
    window.rewindReplay();
    for (int i = 0; i < 10; ++i) // to where toastBagel has suspended at 0 s
        window.stepForward();
    const QString python = code->pythonText();
    QCOMPARE(
        code->pythonMarkers(),
        (QStringList{QStringLiteral("main():%1").arg(lineWith(python, QStringLiteral("gather("))),
                     QStringLiteral("brewCoffee:%1")
                         .arg(lineWith(python, QStringLiteral("await asyncio.sleep(3)"))),
                     QStringLiteral("toastBagel:%1")
                         .arg(lineWith(python, QStringLiteral("await asyncio.sleep(2)")))}));
    const QString cpp = code->cppText();
    QCOMPARE(code->cppMarkers().value(1),
             QStringLiteral("brewCoffee:%1").arg(lineWith(cpp, QStringLiteral("loop->sleep(3s)"))));
    window.stepForward(); // toastBagel's timer fires: it waits, ready, at its sleep
    window.stepForward(); // and resumes
    QCOMPARE(code->pythonMarkers().value(2),
             QStringLiteral("toastBagel:%1")
                 .arg(lineWith(python, QStringLiteral("await asyncio.sleep(2)"))));
    window.stepForward(); // it prints its end
    QCOMPARE(code->pythonMarkers().value(2),
             QStringLiteral("toastBagel:%1")
                 .arg(lineWith(python, QStringLiteral("print(\"End toastBagel()\")"))));
}

void TstTeachingViews::replayOfAComparisonRunsOneCoroutineAtATime_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("kitchen") << QStringLiteral("kitchen");
    QTest::newRow("blocking-call") << QStringLiteral("blocking-call");
}

// Issue 13, item 7: the two runs of a comparison share one loop, which runs one coroutine at a
// time; stepping through the replay, the event loop's table marks at most one, its header names
// the one the narration's last sentence started or resumed, and the log shows the lines printed
// so far (the narration's "prints" sentences), as every other view follows the cursor.
void TstTeachingViews::replayOfAComparisonRunsOneCoroutineAtATime()
{
    QFETCH(QString, scenario);
    MainWindow window(launch(qPrintable(scenario), "compare"));
    runInstantly(window);
    window.rewindReplay();
    QVERIFY(window.logLines().isEmpty());
    static const QRegularExpression resumed(
        QStringLiteral("^\\[.*\\] (\\w+) \\| The loop (starts|resumes) (\\w+)\\.$"));
    while (!window.replay()->cursor().atEnd()) {
        window.stepForward();
        const QStringList rows = window.eventLoopPanel()->rows();
        const QString where = QStringLiteral("at event %1: %2")
                                  .arg(window.replay()->cursor().position())
                                  .arg(window.narrationPanel()->currentSentence());
        QVERIFY2(rows.filter(QStringLiteral("▶ ")).size() <= 1, qPrintable(where));
        const auto told = resumed.match(window.narrationPanel()->currentSentence());
        if (told.hasMatch())
            QCOMPARE(window.eventLoopPanel()->statusText(),
                     QStringLiteral("Event loop: running %1 · %2")
                         .arg(told.captured(1), told.captured(3)));
        const QStringList printed =
            window.narrationPanel()->sentences().filter(QStringLiteral(" prints “"));
        QCOMPARE(window.logLines().size(), printed.size());
    }
    window.leaveReplay();
    QCOMPARE(window.logLines().size(),
             qsizetype(window.timeline()->runs()[0].recorder->logLines().size() +
                       window.timeline()->runs()[1].recorder->logLines().size()));
}

void TstTeachingViews::newRunLeavesReplay()
{
    MainWindow window(launch("kitchen", "gather"));
    runInstantly(window);
    window.stepBack();
    QVERIFY(window.replay()->isActive());
    runInstantly(window);
    QVERIFY(!window.replay()->isActive());
}

void TstTeachingViews::missedConcurrencyOffersGather()
{
    MainWindow window(launch("api-calls", "sequential"));
    runInstantly(window);
    ck::PitfallBanner *banner = window.pitfallBanner();
    QVERIFY(banner->isVisibleTo(&window));
    QCOMPARE(banner->text(), QStringLiteral("Missed concurrency: awaiting one by one took 9.00 s; "
                                            "gather would take ≈ 3.00 s."));
    QVERIFY(banner->offersFix());
    auto *fix = banner->findChild<QPushButton *>(QStringLiteral("pitfallFix"));
    QVERIFY(fix);
    fix->click(); // one click: re-run with gather
    QCOMPARE(window.mode().name(), QStringLiteral("gather"));
    QTRY_VERIFY(!window.controller()->isRunning());
    QCOMPARE(window.timeline()->runs()[0].recorder->info().total, 3s);
    QVERIFY(!banner->isVisibleTo(&window));
}

void TstTeachingViews::compareNamesNoMissedConcurrency()
{
    MainWindow window(launch("forgotten-task", "compare"));
    runInstantly(window);
    // the gathered run cancels the receipt; the sequential one sends it in time
    QVERIFY(
        window.pitfallBanner()->text().startsWith(QStringLiteral("Gather: A task never awaited")));
    QVERIFY(!window.pitfallBanner()->text().contains(QStringLiteral("Missed concurrency")));
    QCOMPARE(window.eventLoopPanel()->runCount(), std::size_t(2));
}

// Both runs block the loop: the banner says so once for each, naming the run.
void TstTeachingViews::compareNamesTheRunOfEachPitfall()
{
    MainWindow window(launch("blocking-call", "compare"));
    runInstantly(window);
    const QStringList lines =
        window.pitfallBanner()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(QStringLiteral("Sequential: A blocking call")),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("Gather: A blocking call")), qPrintable(lines[1]));
}

void TstTeachingViews::screenshots()
{
    // For people: CK_SCREENSHOT_DIR=/tmp/shots xvfb-run ./tst_teachingviews screenshots
    const QString folder = qEnvironmentVariable("CK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CK_SCREENSHOT_DIR to write screenshots of the teaching views");
    ck::Translations translations;
    {
        MainWindow window(launch("kitchen", "compare"));
        connect(&window, &MainWindow::languageChosen, this,
                [&translations](ck::Language language) { translations.install(language); });
        window.setLanguage(ck::Language::Korean);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.run();
        QTest::qWait(2500); // both runs 2.5 s in: coffee brewing twice, the bagel toasted once
        window.grab().save(folder + QStringLiteral("/teaching-live-ko.png"));
        for (const char *format : {"pdf", "svg", "png"}) // Hangul and the lag meter in exports
            QVERIFY(window.exportChart(folder + QStringLiteral("/chart-live-ko.") +
                                       QString::fromLatin1(format)));
        window.stop();
        QTRY_VERIFY(window.controller()->isSettled());
        window.setLanguage(ck::Language::English);
    }
    MainWindow window(launch("blocking-call", "gather"));
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    runInstantly(window);
    window.rewindReplay();
    for (int i = 0; i < 7; ++i) // to toastBagel's time.sleep(2)
        window.stepForward();
    window.seekReplay(1.2); // in the middle of it
    window.findChild<QDockWidget *>(QStringLiteral("narrationDock"))->raise();
    QTest::qWait(50);
    window.grab().save(folder + QStringLiteral("/teaching-replay-blocked.png"));
    window.leaveReplay();
    QTest::qWait(50);
    window.grab().save(folder + QStringLiteral("/teaching-pitfall.png"));
}

QTEST_MAIN(TstTeachingViews)
#include "tst_teachingviews.moc"
