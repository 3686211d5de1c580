// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "runharness.h"

#include "pitfallsearch.h"
#include "teach/pitfallfinder.h"

#include <QSignalSpy>
#include <QThreadPool>

using ck::Pitfall;
using ck::PitfallSearch;

namespace {

QStringList messages(const std::vector<Pitfall> &pitfalls)
{
    QStringList texts;
    for (const Pitfall &pitfall : pitfalls)
        texts << pitfall.message;
    return texts;
}

QStringList messagesOf(const QSignalSpy &spy, int emission)
{
    return messages(spy.at(emission).at(0).value<std::vector<Pitfall>>());
}

// A finished run of the blocking-call lesson, and the same with more spans than the search
// reads on the window's thread (spans of a lane of their own, which teach nothing).
struct BlockingRuns
{
    std::shared_ptr<const ck::Scenario> scenario = cktest::builtin(QStringLiteral("blocking-call"));
    ck::Strategy gather = cktest::mode(QStringLiteral("gather"));
    cktest::VirtualRun run{scenario, gather};
    std::shared_ptr<const ck::Recorder> small = std::make_shared<ck::Recorder>(run.recorder());
    std::shared_ptr<const ck::Recorder> large = grown(run.recorder());

    static std::shared_ptr<const ck::Recorder> grown(const ck::Recorder &recorder)
    {
        auto copy = std::make_shared<ck::Recorder>(recorder);
        const int lane = copy->addLane(ck::Lane{QStringLiteral("filler")});
        for (std::size_t i = 0; i <= PitfallSearch::kElsewhereFromSpans; ++i) {
            ck::Span span;
            span.lane = lane;
            span.kind = ck::SpanKind::Wait;
            const int index = copy->beginSpan(span);
            copy->endSpan(index, std::chrono::nanoseconds(1), std::chrono::nanoseconds(1),
                          ck::SpanState::Done);
        }
        return copy;
    }
};

} // namespace

class TstPitfallSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void smallRunsAreReadAtOnce();
    void largeRunsAreReadOffTheThread();
    void aNewSearchDropsTheOneUnderWay();
    void aComparisonSaysWhichRun();
};

void TstPitfallSearch::initTestCase()
{
    qRegisterMetaType<std::vector<Pitfall>>();
}

void TstPitfallSearch::smallRunsAreReadAtOnce()
{
    BlockingRuns runs;
    PitfallSearch search;
    QSignalSpy found(&search, &PitfallSearch::found);
    search.start(runs.scenario, {{runs.gather, QStringLiteral("Gather"), runs.small}});
    QCOMPARE(found.count(), 1);
    QVERIFY(!search.isSearching());
    const QStringList expected =
        messages(ck::PitfallFinder::find(*runs.scenario, runs.gather, *runs.small));
    QCOMPARE(expected.size(), 1); // the blocking call
    QCOMPARE(messagesOf(found, 0), expected);
}

void TstPitfallSearch::largeRunsAreReadOffTheThread()
{
    BlockingRuns runs;
    PitfallSearch search;
    QSignalSpy found(&search, &PitfallSearch::found);
    search.start(runs.scenario, {{runs.gather, QStringLiteral("Gather"), runs.large}});
    QCOMPARE(found.count(), 0); // not on this thread
    QVERIFY(search.isSearching());
    QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 60000);
    QVERIFY(!search.isSearching());
    QCOMPARE(messagesOf(found, 0),
             messages(ck::PitfallFinder::find(*runs.scenario, runs.gather, *runs.large)));
    QCOMPARE(messagesOf(found, 0),
             messages(ck::PitfallFinder::find(*runs.scenario, runs.gather, *runs.small)));
}

void TstPitfallSearch::aNewSearchDropsTheOneUnderWay()
{
    BlockingRuns runs;
    // The kitchen's run first: it turns the event loop, which would take in the first search's
    // result if the pool had found it meanwhile (a loaded machine does), before the second start.
    const auto kitchen = cktest::builtin(QStringLiteral("kitchen"));
    cktest::VirtualRun calm(kitchen, runs.gather);
    PitfallSearch search;
    QSignalSpy found(&search, &PitfallSearch::found);
    search.start(runs.scenario, {{runs.gather, QStringLiteral("Gather"), runs.large}});
    search.start(kitchen, {{runs.gather, QStringLiteral("Gather"),
                            std::make_shared<ck::Recorder>(calm.recorder())}});
    QCOMPARE(found.count(), 1);
    QVERIFY(messagesOf(found, 0).isEmpty()); // the kitchen's gather teaches nothing
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(found.count(), 1); // the blocking one never comes
}

void TstPitfallSearch::aComparisonSaysWhichRun()
{
    BlockingRuns runs;
    const ck::Strategy sequential = cktest::mode(QStringLiteral("sequential"));
    cktest::VirtualRun oneByOne(runs.scenario, sequential);
    const auto found =
        PitfallSearch::of(*runs.scenario, {{sequential, QStringLiteral("Sequential"),
                                            std::make_shared<ck::Recorder>(oneByOne.recorder())},
                                           {runs.gather, QStringLiteral("Gather"), runs.small}});
    // No missed concurrency (the comparison shows it); the gathered run's blocking call, named.
    QVERIFY(!found.empty());
    for (const Pitfall &pitfall : found)
        QVERIFY(pitfall.kind != Pitfall::Kind::MissedConcurrency);
    QVERIFY(messages(found).last().startsWith(QStringLiteral("Gather: A blocking call")));
}

QTEST_MAIN(TstPitfallSearch)
#include "tst_pitfallsearch.moc"
