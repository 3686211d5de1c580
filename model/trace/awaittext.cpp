#include "awaittext.h"

#include "codegen/codesyntax.h"
#include "recorder.h"

#include <QHash>

namespace ck {

namespace {

// The text of a sleep of `asked`, made once per duration (and thread): the exports name a
// crowd's million sleeps, which ask for a few hundred durations. Bounded, so that a run of
// many different durations costs no more than it did.
template <typename Make> QString madeOnce(std::chrono::nanoseconds asked, Make make)
{
    constexpr qsizetype kMostKept = 4096;
    thread_local QHash<qint64, QString> made;
    if (const auto found = made.constFind(asked.count()); found != made.cend())
        return *found;
    QString text = make();
    if (made.size() < kMostKept)
        made.insert(asked.count(), text);
    return text;
}

} // namespace

QString AwaitText::sleep(std::chrono::nanoseconds asked)
{
    return madeOnce(asked, [asked] {
        return QStringLiteral("asyncio.sleep(%1)").arg(CodeSyntax::pythonSeconds(asked, 1.0));
    });
}

QString AwaitText::blockingSleep(std::chrono::nanoseconds asked)
{
    return QStringLiteral("time.sleep(%1)").arg(CodeSyntax::pythonSeconds(asked, 1.0));
}

QString AwaitText::toThread(std::chrono::nanoseconds asked)
{
    return QStringLiteral("asyncio.to_thread(time.sleep, %1)")
        .arg(CodeSyntax::pythonSeconds(asked, 1.0));
}

QString AwaitText::waitFor(const QString &function, std::chrono::nanoseconds timeout)
{
    return QStringLiteral("asyncio.wait_for(%1(), timeout=%2)")
        .arg(CodeSyntax::pythonName(function), CodeSyntax::pythonSeconds(timeout, 1.0));
}

QString AwaitText::method(const QString &object, const QString &method)
{
    return QStringLiteral("%1.%2()").arg(object, method);
}

QString AwaitText::ofObject(LoopEvent::Await await, const QString &object)
{
    switch (await) {
    case LoopEvent::Await::Acquire:
        return method(object, QStringLiteral("acquire"));
    case LoopEvent::Await::QueuePut: // the item is in the code view; the wait is for a slot
        return QStringLiteral("%1.put(...)").arg(object);
    case LoopEvent::Await::QueueGet:
        return method(object, QStringLiteral("get"));
    case LoopEvent::Await::QueueJoin:
        return method(object, QStringLiteral("join"));
    default:
        break;
    }
    return method(object, QStringLiteral("wait"));
}

QString AwaitText::taskGroup(const QStringList &functions)
{
    QStringList calls;
    for (const QString &function : functions)
        calls << CodeSyntax::pythonName(function) + QStringLiteral("()");
    return QStringLiteral("asyncio.TaskGroup(): %1").arg(calls.join(QStringLiteral(", ")));
}

QString AwaitText::asCompleted(const QStringList &functions)
{
    QStringList calls;
    for (const QString &function : functions)
        calls << CodeSyntax::pythonName(function) + QStringLiteral("()");
    return QStringLiteral("asyncio.as_completed([%1])").arg(calls.join(QStringLiteral(", ")));
}

QString AwaitText::waitTasks(const QStringList &functions)
{
    QStringList calls;
    for (const QString &function : functions)
        calls << CodeSyntax::pythonName(function) + QStringLiteral("()");
    return QStringLiteral("asyncio.wait([%1])").arg(calls.join(QStringLiteral(", ")));
}

QString AwaitText::gather(const QStringList &functions)
{
    QStringList calls;
    for (const QString &function : functions)
        calls << CodeSyntax::pythonName(function) + QStringLiteral("()");
    return QStringLiteral("asyncio.gather(%1)").arg(calls.join(QStringLiteral(", ")));
}

QString AwaitText::ofSpan(const Recorder &recorder, const Span &span)
{
    if (const QString &name = recorder.nameOf(span); !name.isEmpty())
        return name;
    const std::chrono::nanoseconds asked = span.asked();
    if (span.kind == SpanKind::Thread)
        return toThread(asked);
    // A Wait that awaits a lane: a gather, or a wait_for when it also asks for a timeout.
    const std::vector<int> lanes =
        span.kind == SpanKind::Wait ? recorder.gatheredLanes(int(&span - recorder.spans().data()))
                                    : std::vector<int>{};
    if (asked.count() >= 0 && !lanes.empty())
        return waitFor(recorder.lanes()[std::size_t(lanes.front())].function(), asked);
    if (asked.count() >= 0)
        return span.kind == SpanKind::Block ? blockingSleep(asked) : sleep(asked);
    if (span.kind != SpanKind::Wait)
        return {};
    return lanes.empty() ? QString() : gatherOfLanes(recorder, lanes);
}

QString AwaitText::ofEvent(const Recorder &recorder, const LoopEvent &event)
{
    const auto laneName = [&recorder](int lane) {
        return lane >= 0 && std::size_t(lane) < recorder.lanes().size()
                   ? recorder.lanes()[std::size_t(lane)].name
                   : QString();
    };
    if (event.kind == LoopEvent::Kind::Blocked)
        return blockingSleep(event.asked);
    if (event.kind != LoopEvent::Kind::Suspended)
        return {};
    switch (event.await) {
    case LoopEvent::Await::Timer:
        return sleep(event.asked);
    case LoopEvent::Await::Network:
        return event.detail;
    case LoopEvent::Await::Routines:
    case LoopEvent::Await::TaskGroup:
        return gatherOfLanes(recorder, event.awaited);
    case LoopEvent::Await::Task:
        return event.awaited.empty() ? QString()
                                     : laneName(event.awaited.front()) + QStringLiteral("_task");
    case LoopEvent::Await::Predecessors:
        return event.awaited.empty() ? QString() : laneName(event.awaited.front());
    case LoopEvent::Await::Thread:
        return toThread(event.asked);
    case LoopEvent::Await::WaitFor:
        return event.awaited.empty()
                   ? QString()
                   : waitFor(recorder.lanes()[std::size_t(event.awaited.front())].function(),
                             event.asked);
    case LoopEvent::Await::Acquire:
    case LoopEvent::Await::Event:
    case LoopEvent::Await::Notify:
    case LoopEvent::Await::QueuePut:
    case LoopEvent::Await::QueueGet:
    case LoopEvent::Await::QueueJoin:
        return ofObject(event.await, event.detail);
    case LoopEvent::Await::None:
        break;
    }
    return {};
}

QString AwaitText::gatherOfLanes(const Recorder &recorder, const std::vector<int> &lanes)
{
    QStringList functions;
    for (const int lane : lanes) {
        if (lane >= 0 && std::size_t(lane) < recorder.lanes().size())
            functions << recorder.lanes()[std::size_t(lane)].function();
    }
    const bool known = !lanes.empty() && lanes.front() >= 0 &&
                       std::size_t(lanes.front()) < recorder.lanes().size();
    if (known && recorder.lanes()[std::size_t(lanes.front())].asCompleted)
        return asCompleted(functions);
    if (known && recorder.lanes()[std::size_t(lanes.front())].waited)
        return waitTasks(functions);
    const bool grouped = known && recorder.lanes()[std::size_t(lanes.front())].inGroup;
    return grouped ? taskGroup(functions) : gather(functions);
}

} // namespace ck
