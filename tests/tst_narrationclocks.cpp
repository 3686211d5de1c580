// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "runharness.h"
#include "scenario/stepfinder.h"
#include "teach/narration.h"
#include "timingbounds.h"

#include <QRegularExpression>
#include <QSet>

namespace {

struct Told
{
    int lane;
    bool network; // a chunk arrived: when, against the loop's other events, is the network's say
    QString sentence;
    qint64 bytes = 0; // a chunk's
};

// The lanes whose download was cancelled before its end (a TaskGroup's sibling, what
// asyncio.run cancels): how many of its bytes had arrived by then is a race on the real network.
QSet<int> cutShort(const ck::Recorder &recorder)
{
    QSet<int> lanes;
    for (const ck::Span &span : recorder.spans())
        if (span.kind == ck::SpanKind::Download && span.state == ck::SpanState::Cancelled)
            lanes.insert(span.lane);
    return lanes;
}

// Every sentence of the run, its times replaced by "T"; a cut-short download's chunks count no
// bytes.
std::vector<Told> story(const ck::Recorder &recorder)
{
    static const QRegularExpression time(QStringLiteral("\\d+\\.\\d{3} s"));
    const QSet<int> racing = cutShort(recorder);
    std::vector<Told> told;
    for (std::size_t i = 0; i < recorder.loopEvents().size(); ++i) {
        const ck::LoopEvent &event = recorder.loopEvents()[i];
        told.push_back(Told{event.lane, event.kind == ck::LoopEvent::Kind::Chunk,
                            ck::Narration::sentence(recorder, i, ck::Language::English)
                                .replace(time, QStringLiteral("T")),
                            racing.contains(event.lane) ? 0 : event.bytes});
    }
    return told;
}

// The loop's story without the chunks' arrivals, then the bytes each coroutine received: how a
// body is cut into chunks on a real connection is the network's say too (two writes of the
// server may arrive as one read).
QStringList loopOrder(const std::vector<Told> &told)
{
    QStringList loop;
    QMap<int, qint64> received;
    for (const Told &each : told) {
        if (each.network)
            received[each.lane] += each.bytes;
        else
            loop << each.sentence;
    }
    for (auto lane = received.cbegin(); lane != received.cend(); ++lane)
        loop << QStringLiteral("lane %1 received %2 bytes").arg(lane.key()).arg(lane.value());
    return loop;
}

// A sentence without what the loop did next: "; the loop resumes …", or the full stop that
// ends it when the loop's next step was not told.
QString ownPart(const QString &sentence)
{
    QString own = sentence.section(QLatin1Char(';'), 0, 0);
    if (own.endsWith(QLatin1Char('.')))
        own.chop(1);
    return own;
}

// Each task's own story, without what the loop did next ("; the loop resumes …"). Not main()'s:
// awaiting the tasks one by one, it waits for those that have not ended yet, which is a race.
QStringList byCoroutine(const std::vector<Told> &told)
{
    QMap<int, QStringList> lanes;
    QMap<int, qint64> received;
    for (const Told &each : told) {
        if (each.network)
            received[each.lane] += each.bytes;
        else if (each.lane != ck::kMainLane)
            lanes[each.lane] << ownPart(each.sentence);
    }
    QStringList all;
    for (auto lane = lanes.cbegin(); lane != lanes.cend(); ++lane)
        all << QStringLiteral("lane %1:").arg(lane.key()) << lane.value()
            << QStringLiteral("received %1 bytes").arg(received.value(lane.key()));
    return all;
}

// Whether a step of the scenario downloads (on the real clock, from the embedded server over the
// loopback network).
bool downloads(const ck::Scenario &scenario)
{
    return !ck::StepFinder::firstWhere(scenario, [](const ck::Step &step) {
                return step.kind == ck::Step::Kind::Download;
            }).isEmpty();
}

} // namespace

// Issue 13, item 6: the loop's story is the same on the real clock as on the virtual one, only
// the times differ. Every built-in in every mode it allows.
class TstNarrationClocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameStoryOnBothClocks_data();
    void sameStoryOnBothClocks();
};

void TstNarrationClocks::sameStoryOnBothClocks_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<double>("speed");
    QTest::addColumn<bool>("racing");
    for (const QString &id : ck::BuiltinScenarios::ids()) {
        for (const char *mode : {"sync", "sequential", "gather", "create-task", "bounded:2"}) {
            const QString name = QString::fromLatin1(mode);
            const bool concurrent =
                name != QLatin1String("sync") && name != QLatin1String("sequential");
            // The crowd one by one lasts half an hour of scenario time.
            const bool long_ = id == QLatin1String("crowd") && name != QLatin1String("gather") &&
                               name != QLatin1String("create-task");
            // Where the real clock races with something else, the loop's order is not the
            // engine's to keep, only each coroutine's own story: a thousand sleeps that end at
            // one scenario instant were begun microseconds apart on the real clock (as in
            // CPython), and a download's chunk arrives on the real network when it does (under
            // ASan two-downloads' chunk of A came after B's timer at one scenario instant).
            const bool racing = (id == QLatin1String("crowd") && name != QLatin1String("sync")) ||
                                (concurrent && downloads(*cktest::builtin(id)));
            QTest::addRow("%s %s", qPrintable(id), mode)
                << id << name << (long_ ? 1000.0 : 20.0) << racing;
        }
    }
}

void TstNarrationClocks::sameStoryOnBothClocks()
{
    QFETCH(QString, scenario);
    QFETCH(QString, mode);
    QFETCH(double, speed);
    QFETCH(bool, racing);
    const auto loaded = cktest::builtin(scenario);
    const ck::Strategy strategy = cktest::mode(mode);
    if (!strategy.refusal(*loaded).isEmpty())
        QSKIP("the mode does not apply to this scenario");
    cktest::VirtualRun exact(loaded, strategy, true);
    const std::vector<Told> virtualStory = story(exact.recorder());
    QVERIFY(virtualStory.size() > 3);
    // On a loaded machine the real loop runs late, and timers due at different instants then
    // fire in one iteration (as in CPython): the loop's whole order is asserted alone and quiet
    // (the `timing` label), each coroutine's own story always. A late loop can still merge two
    // of a coroutine's wake-ups now and then (CI under load): up to three real runs tell that
    // from a wrong engine, which tells the wrong story every time.
    const bool strict = !racing && cktest::strictTiming();
    const auto told = [strict](const std::vector<Told> &story) {
        return strict ? loopOrder(story) : byCoroutine(story);
    };
    QStringList realTold;
    for (int attempt = 0; attempt < 3 && realTold != told(virtualStory); ++attempt) {
        // Recording loop events and running a heartbeat, as the window does (also --autorun).
        cktest::RealRun real(loaded, strategy, speed, std::chrono::seconds(30), true);
        realTold = told(story(real.recorder()));
    }
    QCOMPARE(realTold, told(virtualStory));
}

QTEST_GUILESS_MAIN(TstNarrationClocks)
#include "tst_narrationclocks.moc"
