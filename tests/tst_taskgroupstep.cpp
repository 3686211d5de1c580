// Issue 14, item 5: {"task_group": [...]} on the virtual clock, as CPython 3.11 runs the same
// program. Read off python3.11 (asyncio.run, real clock, times x 10):
//
//     async def grouped_page():
//         async with asyncio.TaskGroup() as tg:
//             tg.create_task(fetch_user()); tg.create_task(check_stock())
//             tg.create_task(load_reviews())
//         log("grouped_page: never printed")
//
//     0.00 fetch_user: request sent
//     0.00 check_stock: request sent
//     0.00 load_reviews: request sent
//     1.06 fetch_user: response received
//     4.02 load_reviews: cancelled      (its CancelledError, caught and re-raised to see it)
//       + Exception Group Traceback (most recent call last):
//       | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
//       +-+---------------- 1 ----------------
//         | ValueError: out of stock
//         +------------------------------------

#include <QTest>

#include "codegen/pythonprogram.h"
#include "runharness.h"
#include "teach/narrationlines.h"
#include "trace/awaittext.h"
#include "trace/recorder.h"

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kRoutines = R"(
    "routines": [
        {"name": "fetch_user", "steps": [{"log": "fetch_user: request sent"}, {"wait": 1},
                                         {"log": "fetch_user: response received"}]},
        {"name": "check_stock", "steps": [{"log": "check_stock: request sent"}, {"wait": 4},
                                          {"raise": {"type": "ValueError",
                                                     "message": "out of stock"}}]},
        {"name": "load_reviews", "steps": [{"log": "load_reviews: request sent"}, {"wait": 5},
                                           {"log": "load_reviews: response received"}]}
    ],)";

constexpr const char *kPage = R"([{"name": "grouped_page", "steps": [
    {"task_group": ["fetch_user", "check_stock", "load_reviews"]},
    {"log": "grouped_page: never printed"}]}])";

const QString kGroupError = u"ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)"_s;

std::shared_ptr<const ck::Scenario> scenarioWith(const QByteArray &tasks)
{
    const QByteArray json =
        R"({"format": "corokitchen-scenario/1", "id": "groups", "title": "t",)" +
        QByteArray(kRoutines) + R"("tasks": )" + tasks + "}";
    return cktest::fromJson(json.constData());
}

double seconds(std::chrono::nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

} // namespace

class TstTaskGroupStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstFailureCancelsTheOthers();
    void allDoneTheBlockGoesOn();
    void timelineAndNarrationReadTheGroup();
    void syncModeRefuses();
    void pythonProgramUsesATaskGroup();
};

void TstTaskGroupStep::firstFailureCancelsTheOthers()
{
    cktest::VirtualRun run(scenarioWith(kPage), cktest::mode(u"sequential"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.000 fetch_user: request sent"_s, u"0.000 check_stock: request sent"_s,
                          u"0.000 load_reviews: request sent"_s,
                          u"1.000 fetch_user: response received"_s}));
    const ck::Span *failed = run.span(ck::SpanKind::Routine, u"check_stock"_s);
    QVERIFY(failed);
    QCOMPARE(failed->state, ck::SpanState::Failed);
    QCOMPARE(run.reasonOf(failed), u"ValueError: out of stock"_s);
    const ck::Span *cancelled = run.span(ck::SpanKind::Routine, u"load_reviews"_s);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->state, ck::SpanState::Cancelled);
    QCOMPARE(seconds(cancelled->end), 4.0);
    QCOMPARE(run.span(ck::SpanKind::Routine, u"fetch_user"_s)->state, ck::SpanState::Done);
    const ck::Span *page = run.span(ck::SpanKind::Task, u"grouped_page"_s);
    QCOMPARE(page->state, ck::SpanState::Failed);
    QCOMPARE(run.reasonOf(page), kGroupError);
    QCOMPARE(seconds(page->end), 4.0);
    for (const ck::Span &span : run.recorder().spans())
        QVERIFY(span.end.count() >= 0);
    QCOMPARE(run.recorder().info().mainError, kGroupError);
}

void TstTaskGroupStep::allDoneTheBlockGoesOn()
{
    cktest::VirtualRun run(scenarioWith(R"([{"name": "page", "steps": [
        {"task_group": ["fetch_user", "load_reviews"]}, {"log": "page: shown"}]}])"),
                           cktest::mode(u"gather"_s));
    QCOMPARE(
        run.timedLines(),
        (QStringList{u"0.000 fetch_user: request sent"_s, u"0.000 load_reviews: request sent"_s,
                     u"1.000 fetch_user: response received"_s,
                     u"5.000 load_reviews: response received"_s, u"5.000 page: shown"_s}));
    QVERIFY(run.recorder().info().mainError.isEmpty());
    QCOMPARE(run.total(), 5.0);
}

void TstTaskGroupStep::timelineAndNarrationReadTheGroup()
{
    cktest::VirtualRun run(scenarioWith(kPage), cktest::mode(u"gather"_s), true);
    bool found = false;
    for (const ck::Span &span : run.recorder().spans())
        found |= ck::AwaitText::ofSpan(run.recorder(), span) ==
                 u"asyncio.TaskGroup(): fetch_user(), check_stock(), load_reviews()"_s;
    QVERIFY(found);
    const QString text =
        ck::NarrationLines::story({&run.recorder()}, {u"gather"_s}, ck::Language::English)
            .join(u'\n');
    QVERIFY2(text.contains(u"tg.create_task makes grouped_page/load_reviews a task of the "
                           u"TaskGroup"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"grouped_page is suspended at the end of async with "
                           u"asyncio.TaskGroup(): fetch_user(), check_stock(), load_reviews()"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"grouped_page/load_reviews is cancelled: another task of its "
                           u"TaskGroup raised"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"main() raises "_s + kGroupError), qPrintable(text));
}

void TstTaskGroupStep::syncModeRefuses()
{
    const QString refusal = cktest::mode(u"sync"_s).refusal(*scenarioWith(kPage));
    QVERIFY2(refusal.contains(u"sync mode has none"_s), qPrintable(refusal));
}

void TstTaskGroupStep::pythonProgramUsesATaskGroup()
{
    QString error;
    const auto program = ck::PythonProgram::generate(
        *scenarioWith(kPage), cktest::mode(u"gather"_s), ck::Language::English, 1.0, &error);
    QVERIFY2(program, qPrintable(error));
    QVERIFY2(program->text.contains(u"async with asyncio.TaskGroup() as tg:\n"_s),
             qPrintable(program->text));
    QVERIFY2(program->text.contains(u"tg.create_task(load_reviews())"_s),
             qPrintable(program->text));
}

QTEST_GUILESS_MAIN(TstTaskGroupStep)
#include "tst_taskgroupstep.moc"
