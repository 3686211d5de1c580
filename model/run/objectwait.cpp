#include "objectwait.h"

#include "runcontext.h"
#include "scenario/step.h"
#include "stepexecutor.h"
#include "trace/awaittext.h"

namespace ck {

ObjectWait::ObjectWait(std::shared_ptr<RunContext> context, const Step &step, CodeLocation at,
                       int lane, int depth, LoopEvent::Await await)
    : m_context(std::move(context)), m_step(&step), m_at(at), m_lane(lane), m_depth(depth),
      m_await(await)
{}

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
    m_task = m_context->objects().beginWait();
    m_span = m_context->spans().begin(m_lane, m_depth, SpanKind::Wait,
                                      AwaitText::ofObject(m_await, m_step->objectName));
    if (!m_context->events().isRecording())
        return;
    LoopEvent suspended =
        LoopEvent::of(m_lane, LoopEvent::Kind::Suspended, m_at, m_step->objectName);
    suspended.await = m_await;
    const int index = m_step->objectIndex;
    const NamedObject &object = m_context->scenario().objects[std::size_t(index)];
    suspended.ref = m_await == LoopEvent::Await::QueuePut ? object.value : int(object.type);
    if (m_await == LoopEvent::Await::Acquire)
        suspended.awaited = m_context->objects().holders(index);
    m_context->events().note(std::move(suspended));
}

void ObjectWait::end(const std::exception_ptr &error)
{
    m_context->objects().endWait(m_task);
    if (error) {
        if (!StepExecutor::endSpan(*m_context, m_span, error))
            m_context->spans().end(m_span, SpanState::Failed);
        std::rethrow_exception(error);
    }
    m_context->spans().end(m_span, SpanState::Done);
    m_context->throwIfCancelled();
    m_context->events().note(m_lane, LoopEvent::Kind::Resumed, m_at);
}

} // namespace ck
