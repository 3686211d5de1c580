// Issue 14, item 3: {"cancel": "task"}, task.cancel() on a named top-level task, on the virtual
// clock, as CPython 3.11 runs the same program: each expectation below was read off
// `corokitchen code S --mode create-task | python3.11` (its output pasted above each test), and
// the oracle test checks the cancellation lesson.

// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "codegen/pythonprogram.h"
#include "runharness.h"
#include "teach/narrationlines.h"
#include "trace/recorder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const ck::Scenario> scenarioWith(const char *tasks, const char *routines = "[]")
{
    const QByteArray json = R"({"format": "corokitchen-scenario/1", "id": "c", "title": "t",)"
                            R"("routines": )" +
                            QByteArray(routines) + R"(, "tasks": )" + QByteArray(tasks) + "}";
    return cktest::fromJson(json.constData());
}

double seconds(std::chrono::nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

// The spans of `kind` on the lane named `lane`, in order.
std::vector<ck::Span> spansOf(const cktest::FinishedRun &run, const QString &lane,
                              ck::SpanKind kind)
{
    std::vector<ck::Span> found;
    const auto &lanes = run.recorder().lanes();
    for (const ck::Span &span : run.recorder().spans()) {
        if (span.kind == kind && lanes.at(std::size_t(span.lane)).name == lane)
            found.push_back(span);
    }
    return found;
}

// Why the spans spansOf() gives ended as they did (Recorder::reasonOf).
QStringList reasonsOf(const cktest::FinishedRun &run, const QString &lane, ck::SpanKind kind)
{
    QStringList reasons;
    const auto &lanes = run.recorder().lanes();
    for (const ck::Span &span : run.recorder().spans()) {
        if (span.kind == kind && lanes.at(std::size_t(span.lane)).name == lane)
            reasons << run.recorder().reasonOf(span);
    }
    return reasons;
}

QString story(const cktest::FinishedRun &run)
{
    return ck::NarrationLines::story({&run.recorder()}, {u"create-task"_s}, ck::Language::English)
        .join(u'\n');
}

const QString kCancelled = u"asyncio.exceptions.CancelledError"_s;

} // namespace

class TstCancelStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lessonCancelsTheToaster();
    void otherModesRefuse();
    void namesThatAreNotTasksAreRefused();
    void aTaskNotStartedNeverRuns();
    void cancellingADoneTaskDoesNothing();
    void awaitingTheVictimRaisesInMain();
    void aTaskCancellingItselfRunsToItsNextAwait();
    void aRoutineCancelsAndTheVictimsRoutineEnds();
    void pythonKeepsTheTasksByName();
};

// CPython: Start toastBagels() / Start brewCoffee() / First bagel toasted (2 s) / Coffee is ready:
// no more toast needed (3 s) / End brewCoffee() / Result of brewCoffee : Coffee ready / Total
// execution time : 3.00 seconds. The toaster is cancelled in its second sleep, at 3 s.
void TstCancelStep::lessonCancelsTheToaster()
{
    cktest::VirtualRun run(cktest::builtin(u"cancellation"_s), cktest::mode(u"create-task"_s),
                           true);
    QCOMPARE(run.timedLines(),
             (QStringList{
                 u"0.000 Start toastBagels()"_s, u"0.000 Start brewCoffee()"_s,
                 u"2.000 First bagel toasted"_s, u"3.000 Coffee is ready: no more toast needed"_s,
                 u"3.000 End brewCoffee()"_s, u"3.000 Result of brewCoffee : Coffee ready"_s}));
    QCOMPARE(run.total(), 3.0);
    QVERIFY(run.recorder().info().mainError.isEmpty());
    const auto task = spansOf(run, u"toastBagels"_s, ck::SpanKind::Task);
    QCOMPARE(task.size(), std::size_t(1));
    QCOMPARE(task[0].state, ck::SpanState::Cancelled);
    QCOMPARE(reasonsOf(run, u"toastBagels"_s, ck::SpanKind::Task)[0], kCancelled);
    QCOMPARE(seconds(task[0].end), 3.0);
    const auto waits = spansOf(run, u"toastBagels"_s, ck::SpanKind::Wait);
    QCOMPARE(waits.size(), std::size_t(2));
    QCOMPARE(waits[0].state, ck::SpanState::Done);
    QCOMPARE(waits[1].state, ck::SpanState::Cancelled); // not left open
    QCOMPARE(seconds(waits[1].end), 3.0);
    const QString text = story(run);
    QVERIFY2(text.contains(u"brewCoffee calls toastBagels_task.cancel(): toastBagels gets "
                           "CancelledError at the await it is suspended on"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"toastBagels ends cancelled"_s), qPrintable(text));
    // Cancelled by a step, not by asyncio.run: no "task never awaited" pitfall in the story.
    QVERIFY(!text.contains(u"asyncio.run cancels toastBagels"_s));
}

// The program must reach the task object: only create-task mode keeps one (corokitchen code
// ... --mode gather would have no `toast_task` to cancel).
void TstCancelStep::otherModesRefuse()
{
    const auto scenario = scenarioWith(R"([
        {"name": "toast", "steps": [{"wait": 5}]},
        {"name": "coffee", "steps": [{"wait": 1}, {"cancel": "toast"}]}])");
    for (const QString &mode : {u"sync"_s, u"sequential"_s, u"gather"_s, u"bounded:2"_s}) {
        const QString refusal = cktest::mode(mode).refusal(*scenario);
        QVERIFY2(refusal.startsWith(u"tasks[1].steps[1]: task.cancel() needs the task object, "
                                    "which only create-task mode keeps"_s),
                 qPrintable(mode + u": "_s + refusal));
    }
    QVERIFY(cktest::mode(u"create-task"_s).refusal(*scenario).isEmpty());
}

void TstCancelStep::namesThatAreNotTasksAreRefused()
{
    const auto load = [](const char *name) {
        const QByteArray json =
            R"({"format": "corokitchen-scenario/1", "id": "c", "title": "t", "routines": [
                {"name": "nap", "steps": [{"wait": 1}]}],
                "tasks": [{"name": "t", "steps": [{"cancel": ")" +
            QByteArray(name) + R"("}]}]})";
        return ck::ScenarioLoader::fromJson(json, u"c.json"_s);
    };
    const auto unknown = load("nobody");
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error.contains(u"tasks[0].steps[0].cancel"_s), qPrintable(unknown.error));
    QVERIFY2(unknown.error.contains(u"unknown task"_s), qPrintable(unknown.error));
    const auto routine = load("nap");
    QVERIFY(!routine.ok());
    QVERIFY2(routine.error.contains(u"(that name is a routine)"_s), qPrintable(routine.error));
    QVERIFY(load("t").ok()); // itself: Python allows it
    const auto number = ck::ScenarioLoader::fromJson(
        R"({"format": "corokitchen-scenario/1", "id": "c", "title": "t",
            "tasks": [{"name": "t", "steps": [{"cancel": 3}]}]})",
        u"c.json"_s);
    QVERIFY(!number.ok());
    QVERIFY2(number.error.contains(u"\"cancel\" must be the name of a task"_s),
             qPrintable(number.error));
}

// CPython: boss cancels worker / boss end / other end / Total execution time : 2.00 seconds.
// worker was created after boss and had not run when boss cancelled it: it never runs.
void TstCancelStep::aTaskNotStartedNeverRuns()
{
    const auto scenario = scenarioWith(R"([
        {"name": "boss", "awaited": false,
         "steps": [{"log": "boss cancels worker"}, {"cancel": "worker"}, {"wait": 1},
                   {"log": "boss end"}]},
        {"name": "worker", "awaited": false, "steps": [{"log": "worker runs"}, {"wait": 1}]},
        {"name": "other", "steps": [{"wait": 2}, {"log": "other end"}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"create-task"_s), true);
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 boss cancels worker"_s, u"1.000 boss end"_s,
                                            u"2.000 other end"_s}));
    QCOMPARE(run.total(), 2.0);
    QVERIFY(spansOf(run, u"worker"_s, ck::SpanKind::Task).empty()); // CPython never called it
    const auto &events = run.recorder().loopEvents();
    const bool ended = std::any_of(events.begin(), events.end(), [](const ck::LoopEvent &e) {
        return e.lane == 1 && e.kind == ck::LoopEvent::Kind::Finished &&
               e.state == ck::SpanState::Cancelled;
    });
    QVERIFY(ended);
    const bool started = std::any_of(events.begin(), events.end(), [](const ck::LoopEvent &e) {
        return e.lane == 1 && e.kind == ck::LoopEvent::Kind::Started;
    });
    QVERIFY(!started);
}

// CPython: quick / quick end / late end / Total execution time : 2.00 seconds.
// quick is done at 1 s; cancel() at 2 s returns False and changes nothing.
void TstCancelStep::cancellingADoneTaskDoesNothing()
{
    const auto scenario = scenarioWith(R"([
        {"name": "quick", "result": "fast", "steps": [{"log": "quick"}, {"wait": 1},
                                                      {"log": "quick end"}]},
        {"name": "late", "steps": [{"wait": 2}, {"cancel": "quick"}, {"log": "late end"}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"create-task"_s), true);
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.000 quick"_s, u"1.000 quick end"_s, u"2.000 late end"_s,
                          u"2.000 Result of quick : fast"_s}));
    const auto quick = spansOf(run, u"quick"_s, ck::SpanKind::Task);
    QCOMPARE(quick.size(), std::size_t(1));
    QCOMPARE(quick[0].state, ck::SpanState::Done);
    QVERIFY(story(run).contains(
        u"late calls quick_task.cancel(), but quick is done already: cancel() returns False"_s));
}

// CPython: toast start / coffee start, then on stderr the traceback ending
// "asyncio.exceptions.CancelledError", exit status 1: main() awaits toast first, toast is
// cancelled at 2 s, `await toast_task` raises in main(), and asyncio.run cancels coffee.
void TstCancelStep::awaitingTheVictimRaisesInMain()
{
    const auto scenario = scenarioWith(R"([
        {"name": "toast", "result": "Toast",
         "steps": [{"log": "toast start"}, {"wait": 5}, {"log": "toast end"}]},
        {"name": "coffee", "result": "Coffee",
         "steps": [{"log": "coffee start"}, {"wait": 2}, {"cancel": "toast"}, {"wait": 1},
                   {"log": "coffee end"}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"create-task"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 toast start"_s, u"0.000 coffee start"_s}));
    QCOMPARE(run.recorder().info().mainError, kCancelled);
    const auto toast = spansOf(run, u"toast"_s, ck::SpanKind::Task);
    QCOMPARE(toast.size(), std::size_t(1));
    QCOMPARE(toast[0].state, ck::SpanState::Cancelled);
    QCOMPARE(seconds(toast[0].end), 2.0);
}

// CPython: me cancels me / still running / other end / Total execution time : 2.00 seconds.
// A task that cancels itself goes on; CancelledError comes at its next await.
void TstCancelStep::aTaskCancellingItselfRunsToItsNextAwait()
{
    const auto scenario = scenarioWith(R"([
        {"name": "me", "awaited": false,
         "steps": [{"log": "me cancels me"}, {"cancel": "me"}, {"log": "still running"},
                   {"wait": 1}, {"log": "not reached"}]},
        {"name": "other", "steps": [{"wait": 2}, {"log": "other end"}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"create-task"_s), true);
    QCOMPARE(run.timedLines(), (QStringList{u"0.000 me cancels me"_s, u"0.000 still running"_s,
                                            u"2.000 other end"_s}));
    const auto me = spansOf(run, u"me"_s, ck::SpanKind::Task);
    QCOMPARE(me.size(), std::size_t(1));
    QCOMPARE(me[0].state, ck::SpanState::Cancelled);
    QCOMPARE(seconds(me[0].end), 0.0);
    QVERIFY(story(run).contains(u"me calls me_task.cancel() on itself"_s));
}

// CPython: victim start / stopping / boss end / Total execution time : 2.00 seconds. The
// routine stop_it, awaited by boss, cancels victim, which is inside its routine nap.
void TstCancelStep::aRoutineCancelsAndTheVictimsRoutineEnds()
{
    const auto scenario = scenarioWith(
        R"([{"name": "victim", "awaited": false,
             "steps": [{"log": "victim start"}, {"call": "nap"}, {"log": "victim end"}]},
            {"name": "boss", "steps": [{"wait": 1}, {"call": "stop_it"}, {"wait": 1},
                                       {"log": "boss end"}]}])",
        R"([{"name": "stop_it", "steps": [{"log": "stopping"}, {"cancel": "victim"}]},
            {"name": "nap", "steps": [{"wait": 3}]}])");
    cktest::VirtualRun run(scenario, cktest::mode(u"create-task"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.000 victim start"_s, u"1.000 stopping"_s, u"2.000 boss end"_s}));
    const auto nap = spansOf(run, u"victim"_s, ck::SpanKind::Routine);
    QCOMPARE(nap.size(), std::size_t(1));
    QCOMPARE(nap[0].state, ck::SpanState::Cancelled);
    QCOMPARE(seconds(nap[0].end), 1.0);
    const auto victim = spansOf(run, u"victim"_s, ck::SpanKind::Task);
    QCOMPARE(victim[0].state, ck::SpanState::Cancelled);
    QCOMPARE(reasonsOf(run, u"victim"_s, ck::SpanKind::Task)[0], kCancelled);
}

void TstCancelStep::pythonKeepsTheTasksByName()
{
    const auto program = ck::PythonProgram::generate(*cktest::builtin(u"cancellation"_s),
                                                     cktest::mode(u"create-task"_s),
                                                     ck::Language::English, 1, nullptr);
    QVERIFY(program);
    QVERIFY(program->text.contains(u"\ntasks = {}  # "_s));
    QVERIFY(program->text.contains(u"    tasks[\"toastBagels\"] = toastBagels_task\n"_s));
    QVERIFY(program->text.contains(
        u"    tasks[\"toastBagels\"].cancel()  # toastBagels_task.cancel()\n"_s));
}

QTEST_GUILESS_MAIN(TstCancelStep)
#include "tst_cancelstep.moc"
