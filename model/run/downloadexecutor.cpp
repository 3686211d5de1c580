#include "downloadexecutor.h"

#include "coro/cancellederror.h"
#include "coro/foreignawaiter.h"
#include "downloaderror.h"
#include "net/httpclientconnection.h"
#include "net/loopbackserver.h"
#include "net/redirectpolicy.h"
#include "stepexecutor.h"

#include <algorithm>

namespace ck {

using std::chrono::nanoseconds;

namespace {

// Records the chunks that arrived, each from the previous record to its own arrival. Reads of
// less than `least` bytes are gathered into one record, so that the trace of a long download
// stays a bounded number of spans per byte.
struct ChunkMeter
{
    std::shared_ptr<RunContext> context;
    int lane;
    int depth;
    qint64 least = 1;
    int count = 0;
    qint64 recorded = 0;
    nanoseconds last{0};
    bool done = false; // the body is all in

    void arrived(qint64 total, bool complete = false)
    {
        done = complete;
        if (total <= recorded || (total - recorded < least && !complete))
            return;
        const nanoseconds now = context->time().elapsed();
        context->spans().addChunk(lane, depth, count++, total - recorded, last, now);
        recorded = total;
        last = now;
    }
    // The download was cancelled: the chunk still arriving ends here, with what came of it.
    void cut(qint64 total) const
    {
        if (done)
            return;
        context->spans().addChunk(lane, depth, count, total - recorded, last,
                                  context->time().elapsed(), SpanState::Cancelled);
    }
};

// A wait on the network as a wait of the task that runs the download (see ForeignAwaiter):
// cancelling the task aborts the connection.
template <typename T>
ForeignAwaiter<T> onNetwork(RunContext &context, HttpClientConnection &connection,
                            QCoro::Task<T> wait)
{
    return ForeignAwaiter<T>(context.scheduler(), std::move(wait),
                             [&connection] { connection.abort(); });
}

// Closes the download's span as cancelled when the task is cancelled within it, then lets the
// CancelledError on.
QCoro::Task<> closingOnCancel(std::shared_ptr<RunContext> context, int span, QCoro::Task<> body)
{
    try {
        co_await body;
    } catch (const CancelledError &error) {
        context->spans().end(span, SpanState::Cancelled, error.message());
        throw;
    }
}

// Aborts the connection when the run is stopped, for as long as the download lasts.
class AbortOnCancel
{
public:
    AbortOnCancel(CancelToken &token, HttpClientConnection &connection)
        : m_token(token), m_id(token.addListener([&connection] { connection.abort(); }))
    {}
    ~AbortOnCancel() { m_token.removeListener(m_id); }
    AbortOnCancel(const AbortOnCancel &) = delete;
    AbortOnCancel &operator=(const AbortOnCancel &) = delete;

private:
    CancelToken &m_token;
    int m_id;
};

} // namespace

QCoro::Task<> DownloadExecutor::run(std::shared_ptr<RunContext> context, const Step *step,
                                    CodeLocation at, int lane, int depth)
{
    const DownloadSpec &spec = *step->download;
    const int span = context->spans().begin(lane, depth, SpanKind::Download, spec.label());
    context->recorder().setSpanBytes(span, spec.isEmbedded() ? spec.bytes : -1);
    context->events().noteSuspended(lane, at, LoopEvent::Await::Network, {}, spec.label());
    auto body = context->scheduler().clock().isVirtual()
                    ? simulate(context, step, at, lane, depth + 1)
                    : fetch(context, step, at, lane, depth + 1, span);
    co_await StepExecutor::withSpan(context, span, closingOnCancel(context, span, std::move(body)));
    context->events().note(lane, LoopEvent::Kind::Resumed, at);
}

QCoro::Task<> DownloadExecutor::playChunk(std::shared_ptr<RunContext> context, const Step *step,
                                          CodeLocation at, int lane, int depth)
{
    co_await StepExecutor::call(context, step->routineIndices.front(), at, lane, depth);
    context->events().noteSuspended(lane, at, LoopEvent::Await::Network, {},
                                    step->download->label());
}

QCoro::Task<> DownloadExecutor::simulate(std::shared_ptr<RunContext> context, const Step *step,
                                         CodeLocation at, int lane, int depth)
{
    const DownloadSpec &spec = *step->download;
    const qint64 chunks = spec.chunkCount();
    const nanoseconds start = context->time().elapsed();
    nanoseconds lastActivity{0}; // since the request
    qint64 arriving = 0;         // the chunk on its way
    try {
        // Without a single chunk, the download still ends when the status line arrives.
        while (arriving < std::max<qint64>(chunks, 1)) {
            const nanoseconds arrival = chunks > 0 ? spec.arrivalOfChunk(arriving) : spec.latency;
            if (arrival - lastActivity > spec.timeout) {
                co_await context->scheduler().sleep(start + lastActivity + spec.timeout -
                                                        context->time().elapsed(),
                                                    &context->cancelToken());
                context->throwIfCancelled();
                throw DownloadError::timedOut(spec.timeout);
            }
            const nanoseconds wait = start + arrival - context->time().elapsed();
            if (wait.count() > 0)
                co_await context->scheduler().sleep(wait, &context->cancelToken());
            context->throwIfCancelled();
            if (chunks == 0)
                break;
            context->spans().addChunk(lane, depth, int(arriving), spec.chunkBytes(arriving),
                                      start + lastActivity, start + arrival);
            lastActivity = arrival;
            ++arriving;
            if (!step->routineIndices.empty())
                co_await playChunk(context, step, at, lane, depth);
        }
    } catch (const CancelledError &) {
        // Simulated chunks arrive whole: the one on its way got no byte.
        if (arriving < chunks)
            context->spans().addChunk(lane, depth, int(arriving), 0, start + lastActivity,
                                      context->time().elapsed(), SpanState::Cancelled);
        throw;
    }
    if (spec.deliveredBytes() < spec.bytes)
        throw DownloadError::dropped(spec.deliveredBytes(), spec.bytes);
}

QUrl DownloadExecutor::resolveUrl(const DownloadSpec &spec, double speed, QString *error)
{
    if (!spec.isEmbedded() && !DownloadSpec::isServerPath(spec.url))
        return QUrl(spec.url);
    LoopbackServer *server = LoopbackServer::shared();
    if (!server) {
        *error = tr("the embedded server could not start");
        return {};
    }
    if (!spec.isEmbedded())
        return server->baseUrl().resolved(QUrl(spec.url));
    // The server paces in wall time; scenario time runs `speed` times faster.
    const double latency = std::chrono::duration<double>(spec.latency).count() / speed;
    return LoopbackServer::bytesUrl(server->baseUrl(), spec.bytes, spec.rate * speed, latency,
                                    spec.chunk, spec.dropAfter);
}

// Follows redirects as RedirectPolicy allows, each hop in the log, then consumes the response.
QCoro::Task<> DownloadExecutor::fetch(std::shared_ptr<RunContext> context, const Step *step,
                                      CodeLocation at, int lane, int depth, int span)
{
    const DownloadSpec &spec = *step->download;
    QString error;
    QUrl url = resolveUrl(spec, context->scheduler().clock().speed(), &error);
    if (url.isEmpty())
        throw PythonException(QStringLiteral("OSError"), error);
    bool fromPublic = false; // some host on the way is on the public internet
    for (int hop = 0;; ++hop) {
        HttpClientConnection connection(url);
        AbortOnCancel abortOnCancel(context->cancelToken(), connection);
        const bool opened =
            co_await onNetwork(*context, connection, connection.open(wallTimeout(*context, spec)));
        context->throwIfCancelled();
        if (!opened)
            throw DownloadError::notOpened(connection, spec.timeout);
        const QString refused =
            RedirectPolicy::addressRefusal(url, connection.peerAddress(), fromPublic);
        if (!refused.isEmpty())
            throw DownloadError::failed(refused);
        fromPublic = fromPublic || !RedirectPolicy::isLocalAddress(connection.peerAddress());
        const QUrl next = co_await consume(context, step, connection, at, lane, depth, span);
        if (next.isEmpty())
            co_return;
        noteRedirect(*context, lane, at, url, next, hop + 1);
        const QString refusal = RedirectPolicy::refusal(url, next, hop + 1, fromPublic);
        if (!refusal.isEmpty())
            throw DownloadError::failed(refusal);
        url = next;
    }
}

// Reads the response: returns where it redirects to, or nothing once its body is all in.
QCoro::Task<QUrl> DownloadExecutor::consume(std::shared_ptr<RunContext> context, const Step *step,
                                            HttpClientConnection &connection, CodeLocation at,
                                            int lane, int depth, int span)
{
    const DownloadSpec &spec = *step->download;
    const auto timeout = wallTimeout(*context, spec);
    const HttpResponseParser &response = connection.response();
    // The first chunk spans from the request to its arrival: the time to the first byte.
    auto meter = ChunkMeter{context, lane, depth, spec.chunk};
    meter.last = context->time().elapsed();
    qint64 received = 0;
    try {
        while (!response.isHeadComplete() && !connection.isFinished())
            received += co_await onNetwork(*context, connection, connection.read(timeout));
        context->throwIfCancelled();
        throwIfFailed(connection, spec);
        const QByteArray location = response.header("Location");
        if (RedirectPolicy::isRedirect(response.status()) && !location.isEmpty())
            co_return connection.url().resolved(QUrl(QString::fromLatin1(location)));
        throwIfRefused(response, spec, span, *context);
        const bool streams = !step->routineIndices.empty();
        qint64 played = 0; // bytes handed to the `each` routine, one chunk at a time
        for (;;) {
            meter.arrived(received, connection.isFinished());
            if (received > spec.maxBytes) {
                connection.abort();
                throw DownloadError::failed(
                    tr("the body exceeds max_bytes (%1 bytes)").arg(spec.maxBytes));
            }
            // Whole chunks while more arrive, and the rest once the body is complete.
            while (streams && (received - played >= spec.chunk ||
                               (connection.isFinished() && received > played))) {
                played += std::min(spec.chunk, received - played);
                co_await playChunk(context, step, at, lane, depth);
            }
            if (connection.isFinished())
                break;
            received += co_await onNetwork(*context, connection, connection.read(timeout));
            context->throwIfCancelled();
        }
    } catch (const CancelledError &) {
        meter.cut(received);
        throw;
    }
    throwIfFailed(connection, spec);
    co_return QUrl();
}

void DownloadExecutor::throwIfFailed(const HttpClientConnection &connection,
                                     const DownloadSpec &spec)
{
    if (connection.timedOut() || connection.response().hasFailed())
        throw DownloadError::brokenOff(connection, spec.timeout);
}

// An error status, or a body announced longer than max_bytes, fails before any body byte.
void DownloadExecutor::throwIfRefused(const HttpResponseParser &response, const DownloadSpec &spec,
                                      int span, RunContext &context)
{
    if (response.status() >= 300)
        throw DownloadError::status(response.status(),
                                    QString::fromLatin1(response.reasonPhrase()));
    const qint64 length = response.contentLength();
    if (length > spec.maxBytes)
        throw DownloadError::failed(
            tr("the body of %1 bytes exceeds max_bytes (%2 bytes)").arg(length).arg(spec.maxBytes));
    if (length >= 0)
        context.recorder().setSpanBytes(span, length);
}

void DownloadExecutor::noteRedirect(RunContext &context, int lane, CodeLocation at,
                                    const QUrl &from, const QUrl &to, int hop)
{
    // Both languages are kept so that the log can switch language after the run.
    const QString target = to.toDisplayString();
    context.spans().log(lane,
                        LocalizedText(QStringLiteral("redirect %1 of at most %2: %3 -> %4")
                                          .arg(hop)
                                          .arg(RedirectPolicy::kMaxRedirects)
                                          .arg(from.toDisplayString(), target),
                                      QStringLiteral("리다이렉트 %1/%2: %3 -> %4")
                                          .arg(hop)
                                          .arg(RedirectPolicy::kMaxRedirects)
                                          .arg(from.toDisplayString(), target)),
                        at);
}

std::chrono::milliseconds DownloadExecutor::wallTimeout(RunContext &context,
                                                        const DownloadSpec &spec)
{
    // The timeout is in scenario time, which runs `speed` times faster than the wall.
    const double speed = context.scheduler().clock().speed();
    const double wall = std::chrono::duration<double, std::milli>(spec.timeout).count() / speed;
    return std::chrono::milliseconds(qint64(std::clamp(wall, 1.0, 1.0e12)));
}

} // namespace ck
