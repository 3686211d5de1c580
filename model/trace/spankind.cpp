#include "spankind.h"

namespace ck {

QString spanKindName(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Task:
        return QStringLiteral("task");
    case SpanKind::Routine:
        return QStringLiteral("routine");
    case SpanKind::Wait:
        return QStringLiteral("wait");
    case SpanKind::Block:
        return QStringLiteral("block");
    case SpanKind::Download:
        return QStringLiteral("download");
    case SpanKind::Chunk:
        return QStringLiteral("chunk");
    case SpanKind::Thread:
        return QStringLiteral("thread");
    case SpanKind::ObjectWait:
        return QStringLiteral("object-wait");
    }
    return {};
}

QString spanStateName(SpanState state)
{
    switch (state) {
    case SpanState::Running:
        return QStringLiteral("running");
    case SpanState::Done:
        return QStringLiteral("done");
    case SpanState::Failed:
        return QStringLiteral("failed");
    case SpanState::Cancelled:
        return QStringLiteral("cancelled");
    case SpanState::TimedOut:
        return QStringLiteral("timed-out");
    case SpanState::Caught:
        return QStringLiteral("caught");
    }
    return {};
}

} // namespace ck
