#include "pitfallfinder.h"

#include "run/idealtime.h"
#include "scenario/scenario.h"
#include "trace/awaittext.h"
#include "trace/recorder.h"
#include "trace/secondstext.h"

namespace ck {

std::vector<Pitfall> PitfallFinder::find(const Scenario &scenario, const Strategy &strategy,
                                         const Recorder &recorder)
{
    const RunInfo &info = recorder.info();
    if (!info.finished || info.cancelled)
        return {};
    std::vector<Pitfall> found;
    if (auto missed = missedConcurrency(scenario, strategy, recorder))
        found.push_back(std::move(*missed));
    if (auto blocking = blockingCall(strategy, recorder))
        found.push_back(std::move(*blocking));
    for (Pitfall &forgotten : neverAwaited(recorder, true))
        found.push_back(std::move(forgotten));
    return found;
}

std::optional<Pitfall> PitfallFinder::missedConcurrency(const Scenario &scenario,
                                                        const Strategy &strategy,
                                                        const Recorder &recorder)
{
    if (strategy.isConcurrent())
        return std::nullopt;
    const auto total = recorder.info().total;
    const auto gathered = IdealTime::of(scenario, Strategy(Strategy::Kind::Gather));
    if (gathered.count() < 0 || double(gathered.count()) >= double(total.count()) * kWorthGathering)
        return std::nullopt;
    const QString took = SecondsText::withUnit(total, 2);
    const QString ideal = SecondsText::withUnit(gathered, 2);
    QString message;
    switch (IdealTime::estimate(scenario)) {
    case IdealTime::Estimate::Exact:
        message = strategy.isAsync()
                      ? tr("Missed concurrency: awaiting one by one took %1; gather would take "
                           "≈ %2.")
                            .arg(took, ideal)
                      : tr("Missed concurrency: blocking one by one took %1; awaiting with "
                           "gather would take ≈ %2.")
                            .arg(took, ideal);
        break;
    case IdealTime::Estimate::AtLeast:
        message = strategy.isAsync()
                      ? tr("Missed concurrency: awaiting one by one took %1; gather would take "
                           "at least %2, more while tasks wait for each other's locks and "
                           "events, or for a worker thread.")
                            .arg(took, ideal)
                      : tr("Missed concurrency: blocking one by one took %1; awaiting with "
                           "gather would take at least %2, more while tasks wait for each "
                           "other's locks and events, or for a worker thread.")
                            .arg(took, ideal);
        break;
    case IdealTime::Estimate::None:
        message = strategy.isAsync()
                      ? tr("Missed concurrency: awaiting one by one took %1; with gather the "
                           "waits would overlap.")
                            .arg(took)
                      : tr("Missed concurrency: blocking one by one took %1; awaiting with "
                           "gather, the waits would overlap.")
                            .arg(took);
        break;
    }
    return Pitfall{Pitfall::Kind::MissedConcurrency, message, Strategy(Strategy::Kind::Gather)};
}

std::optional<Pitfall> PitfallFinder::blockingCall(const Strategy &strategy,
                                                   const Recorder &recorder)
{
    // In sync mode every wait blocks by definition: missed concurrency says it already.
    if (!strategy.isAsync())
        return std::nullopt;
    const Span *first = nullptr;
    std::chrono::nanoseconds held{0};
    int count = 0;
    for (const Span &span : recorder.spans()) {
        if (span.kind != SpanKind::Block || span.end.count() < 0)
            continue;
        if (recorder.lanes().at(std::size_t(span.lane)).worker > 0)
            continue; // asyncio.to_thread: a worker thread is held, not the loop
        first = first ? first : &span;
        held += span.duration();
        ++count;
    }
    if (!first)
        return std::nullopt;
    const QString where = recorder.lanes().at(std::size_t(first->lane)).name;
    return Pitfall{Pitfall::Kind::BlockingCall,
                   blockingMessage(AwaitText::ofSpan(recorder, *first), where, count, held),
                   std::nullopt};
}

QString PitfallFinder::blockingMessage(const QString &call, const QString &where, int count,
                                       std::chrono::nanoseconds held)
{
    return count == 1 ? tr("A blocking call: %1 in %2 held the event loop for %3, and nothing else "
                           "could run meanwhile. Await asyncio.sleep instead.")
                            .arg(call, where, SecondsText::withUnit(held, 2))
                      : tr("Blocking calls: %1 in %2 and %3 more held the event loop for %4 in "
                           "all, and nothing else could run meanwhile. Await "
                           "asyncio.sleep instead.")
                            .arg(call, where)
                            .arg(count - 1)
                            .arg(SecondsText::withUnit(held, 2));
}

std::vector<Pitfall> PitfallFinder::neverAwaited(const Recorder &recorder, bool detachedOnly)
{
    std::vector<int> lanes;
    for (const Span &span : recorder.spans()) {
        const Lane &lane = recorder.lanes().at(std::size_t(span.lane));
        if (span.kind == SpanKind::Task && span.depth == 0 && lane.cancelledByRun &&
            (!detachedOnly || lane.detached))
            lanes.push_back(span.lane);
    }
    const std::vector<QString> made = madeBy(recorder, lanes);
    std::vector<Pitfall> found;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        found.push_back(Pitfall{Pitfall::Kind::NeverAwaited,
                                neverAwaitedMessage(recorder.lanes()[std::size_t(lanes[i])].name,
                                                    made[i], recorder.info().total),
                                std::nullopt});
    }
    return found;
}

std::vector<QString> PitfallFinder::madeBy(const Recorder &recorder, const std::vector<int> &lanes)
{
    std::vector<QString> made(lanes.size());
    if (lanes.empty())
        return made;
    QHash<int, std::size_t> wanted;
    for (std::size_t i = 0; i < lanes.size(); ++i)
        wanted.insert(lanes[i], i);
    for (const LoopEvent &event : recorder.loopEvents()) {
        if (event.kind != LoopEvent::Kind::Created)
            continue;
        const auto found = wanted.constFind(event.lane);
        if (found != wanted.cend())
            made[*found] = event.detail;
    }
    return made;
}

QString PitfallFinder::neverAwaitedMessage(const QString &task, const QString &madeBy,
                                           std::chrono::nanoseconds total)
{
    // A scenario's detached tasks, and a program's made with create_task, are told the same;
    // a program's trace names the others (docs/python-trace.md, `via`).
    QString made = QStringLiteral("asyncio.create_task");
    if (madeBy == QLatin1String("taskgroup"))
        made = QStringLiteral("TaskGroup.create_task");
    else if (!madeBy.isEmpty() && madeBy != QLatin1String("create_task"))
        made = QStringLiteral("asyncio.") + madeBy;
    return tr("A task never awaited: %1 was created with %2 but nobody awaited it, so when main() "
              "returned at %3 asyncio.run cancelled it before its end. Keep the task and await "
              "it.")
        .arg(task, made, SecondsText::withUnit(total, 2));
}

} // namespace ck
