#include "objectwait.h"

#include "codegen/codesyntax.h"
#include "runcontext.h"
#include "scenario/step.h"
#include "stepexecutor.h"
#include "trace/awaittext.h"

namespace ck {

ObjectWait::ObjectWait(std::shared_ptr<RunContext> context, const Step &step, CodeLocation at,
                       int lane, int depth, LoopEvent::Await await)
    : ObjectWait(std::move(context), step.objectIndex, at, lane, depth, await)
{}

ObjectWait::ObjectWait(std::shared_ptr<RunContext> context, int object, CodeLocation at, int lane,
                       int depth, LoopEvent::Await await)
    : m_context(std::move(context)), m_object(object), m_at(at), m_lane(lane), m_depth(depth),
      m_await(await)
{}

ObjectWait ObjectWait::admission(std::shared_ptr<RunContext> context, int object, int task)
{
    return ObjectWait(std::move(context), object, CodeLocation::task(task), task, 0,
                      LoopEvent::Await::Acquire);
}

QCoro::Task<> ObjectWait::await(QCoro::Task<> body, ObjectWait wait)
{
    wait.begin();
    std::exception_ptr error;
    try {
        co_await body;
    } catch (...) {
        error = std::current_exception();
    }
    wait.end(error);
}

void ObjectWait::begin()
{
    SyncObjects &objects = m_context->objects();
    const NamedObject &object = objects.declared(m_object);
    // As the Python program spells it: a scenario's "time" is time_ there; the bounded mode's
    // own semaphore is the `semaphore` the program declares.
    const QString spelled =
        m_object == m_context->semaphoreIndex() ? object.name : CodeSyntax::pythonName(object.name);
    m_task = objects.beginWait();
    m_ticket = m_context->wakes().begin(m_object, m_await, m_task);
    m_span = m_context->spans().begin(m_lane, m_depth, SpanKind::ObjectWait,
                                      AwaitText::ofObject(m_await, spelled));
    if (!m_context->events().isRecording())
        return;
    LoopEvent suspended = LoopEvent::of(m_lane, LoopEvent::Kind::Suspended, m_at, spelled);
    suspended.await = m_await;
    suspended.ref = m_await == LoopEvent::Await::QueuePut ? object.value : int(object.type);
    if (m_await == LoopEvent::Await::Acquire)
        suspended.awaited = objects.holders(m_object);
    m_context->events().note(std::move(suspended));
}

void ObjectWait::setWaker(ObjectWakes::Waker put)
{
    m_context->wakes().setWaker(m_ticket, put);
}

void ObjectWait::end(const std::exception_ptr &error)
{
    m_context->objects().endWait(m_task);
    const ObjectWakes::Waker waker = m_context->wakes().end(m_ticket);
    if (error) {
        if (!StepExecutor::endSpan(*m_context, m_span, error))
            m_context->spans().end(m_span, SpanState::Failed);
        std::rethrow_exception(error);
    }
    m_context->spans().end(m_span, SpanState::Done);
    m_context->throwIfCancelled();
    LoopEvent resumed = LoopEvent::of(m_lane, LoopEvent::Kind::Resumed, m_at);
    if (waker.isKnown()) {
        resumed.await = m_await;
        resumed.awaited = {waker.lane};
        resumed.until = waker.time;
    }
    m_context->events().note(std::move(resumed));
}

} // namespace ck
