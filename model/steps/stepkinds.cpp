#include "stepkinds.h"

#include "ascompletedstep.h"
#include "asyncwithstep.h"
#include "blockstep.h"
#include "callstep.h"
#include "cancelstep.h"
#include "downloadstep.h"
#include "foreverstep.h"
#include "gatherstep.h"
#include "logstep.h"
#include "objectcallstep.h"
#include "queuestep.h"
#include "raisestep.h"
#include "repeatstep.h"
#include "returnstep.h"
#include "taskgroupstep.h"
#include "timeoutstep.h"
#include "tothreadstep.h"
#include "trystep.h"
#include "unawaitedcallstep.h"
#include "waitforstep.h"
#include "waitstep.h"
#include "waittasksstep.h"

#include <utility>

namespace ck {

namespace {

template <typename Unit> const StepKind *unit()
{
    static const Unit kind;
    return &kind;
}

// The kinds that ObjectCallStep makes, one per operation.
template <ObjectCallStep::Operation operation> const StepKind *call()
{
    static const ObjectCallStep kind(operation);
    return &kind;
}

using Operation = ObjectCallStep::Operation;

// The kinds that QueueStep makes, one per operation.
template <QueueStep::Operation operation> const StepKind *queueCall()
{
    static const QueueStep kind(operation);
    return &kind;
}

// Every kind, in the order of Step::Kind.
const auto &table()
{
    // One line per kind.
    // clang-format off
    static const std::pair<Step::Kind, const StepKind *> kinds[]{
        {Step::Kind::Log, unit<LogStep>()},
        {Step::Kind::Wait, unit<WaitStep>()},
        {Step::Kind::Block, unit<BlockStep>()},
        {Step::Kind::Call, unit<CallStep>()},
        {Step::Kind::Gather, unit<GatherStep>()},
        {Step::Kind::Download, unit<DownloadStep>()},
        {Step::Kind::UnawaitedCall, unit<UnawaitedCallStep>()},
        {Step::Kind::ToThread, unit<ToThreadStep>()},
        {Step::Kind::Raise, unit<RaiseStep>()},
        {Step::Kind::Try, unit<TryStep>()},
        {Step::Kind::Cancel, unit<CancelStep>()},
        {Step::Kind::WaitFor, unit<WaitForStep>()},
        {Step::Kind::TaskGroup, unit<TaskGroupStep>()},
        {Step::Kind::Return, unit<ReturnStep>()},
        {Step::Kind::AsyncWith, unit<AsyncWithStep>()},
        {Step::Kind::Set, call<Operation::Set>()},
        {Step::Kind::Clear, call<Operation::Clear>()},
        {Step::Kind::WaitEvent, call<Operation::WaitEvent>()},
        {Step::Kind::WaitCondition, call<Operation::WaitCondition>()},
        {Step::Kind::Notify, call<Operation::Notify>()},
        {Step::Kind::NotifyAll, call<Operation::NotifyAll>()},
        {Step::Kind::Timeout, unit<TimeoutStep>()},
        {Step::Kind::Repeat, unit<RepeatStep>()},
        {Step::Kind::Forever, unit<ForeverStep>()},
        {Step::Kind::AsCompleted, unit<AsCompletedStep>()},
        {Step::Kind::WaitTasks, unit<WaitTasksStep>()},
        {Step::Kind::Put, queueCall<QueueStep::Operation::Put>()},
        {Step::Kind::Get, queueCall<QueueStep::Operation::Get>()},
        {Step::Kind::TaskDone, queueCall<QueueStep::Operation::TaskDone>()},
        {Step::Kind::Join, queueCall<QueueStep::Operation::Join>()},
    };
    // clang-format on
    return kinds;
}

} // namespace

const StepKind &StepKinds::of(Step::Kind kind)
{
    return *table()[std::size_t(kind)].second;
}

const StepKind *StepKinds::find(const QString &key, Step::Kind *kind)
{
    for (const auto &[id, unit] : table()) {
        if (unit->key() == key) {
            if (kind)
                *kind = id;
            return unit;
        }
    }
    return nullptr;
}

QStringList StepKinds::keys()
{
    QStringList keys;
    for (const auto &entry : table())
        keys << entry.second->key();
    return keys;
}

} // namespace ck
