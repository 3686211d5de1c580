#include "downloadexecutor.h"

#include "net/loopbackserver.h"
#include "net/networkaccess.h"
#include "runfailure.h"
#include "stepexecutor.h"

#include <QCoroNetworkReply>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <algorithm>

namespace ck {

using std::chrono::nanoseconds;

namespace {

QString secondsText(nanoseconds duration)
{
    return QString::number(std::chrono::duration<double>(duration).count(), 'g', 6);
}

// Records the chunks that arrived up to now, each from the previous arrival to its own.
struct ChunkMeter
{
    std::shared_ptr<RunContext> context;
    int lane;
    int depth;
    int count = 0;
    qint64 received = 0;
    nanoseconds last{0};

    void arrived(qint64 total)
    {
        if (total <= received)
            return;
        const nanoseconds now = context->elapsed();
        context->addChunk(lane, depth, count++, total - received, last, now);
        received = total;
        last = now;
    }
};

// Aborts the reply when the run is stopped, for as long as the download lasts.
class AbortOnCancel
{
public:
    AbortOnCancel(CancelToken &token, QNetworkReply *reply)
        : m_token(token), m_id(token.addListener([guard = QPointer<QNetworkReply>(reply)] {
              if (guard)
                  guard->abort();
          }))
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
    const int span = context->beginSpan(lane, depth, SpanKind::Download, spec.label());
    context->recorder().setSpanBytes(span, spec.isEmbedded() ? spec.bytes : -1);
    context->noteSuspended(lane, at, LoopEvent::Await::Network, spec.label());
    auto body = context->scheduler().clock().isVirtual()
                    ? simulate(context, step, at, lane, depth + 1)
                    : fetch(context, step, at, lane, depth + 1, span);
    co_await StepExecutor::withSpan(context, span, std::move(body));
    context->note(lane, LoopEvent::Kind::Resumed, at);
}

QCoro::Task<> DownloadExecutor::playChunk(std::shared_ptr<RunContext> context, const Step *step,
                                          CodeLocation at, int lane, int depth)
{
    co_await StepExecutor::call(context, step->routineIndices.front(), at, lane, depth);
    context->noteSuspended(lane, at, LoopEvent::Await::Network, step->download->label());
}

QCoro::Task<> DownloadExecutor::simulate(std::shared_ptr<RunContext> context, const Step *step,
                                         CodeLocation at, int lane, int depth)
{
    const DownloadSpec &spec = *step->download;
    const qint64 chunks = spec.chunkCount();
    const nanoseconds start = context->elapsed();
    nanoseconds lastActivity{0}; // since the request
    // Without a single chunk, the download still ends when the status line arrives.
    for (qint64 index = 0; index < std::max<qint64>(chunks, 1); ++index) {
        const nanoseconds arrival = chunks > 0 ? spec.arrivalOfChunk(index) : spec.latency;
        if (arrival - lastActivity > spec.timeout) {
            co_await context->scheduler().sleep(
                start + lastActivity + spec.timeout - context->elapsed(), &context->cancelToken());
            context->throwIfCancelled();
            throw RunFailure(tr("timed out: no data for %1 s").arg(secondsText(spec.timeout)));
        }
        const nanoseconds wait = start + arrival - context->elapsed();
        if (wait.count() > 0)
            co_await context->scheduler().sleep(wait, &context->cancelToken());
        context->throwIfCancelled();
        if (chunks == 0)
            break;
        context->addChunk(lane, depth, int(index), spec.chunkBytes(index), start + lastActivity,
                          start + arrival);
        lastActivity = arrival;
        if (!step->routineIndices.empty())
            co_await playChunk(context, step, at, lane, depth);
    }
    if (spec.deliveredBytes() < spec.bytes)
        throw RunFailure(tr("connection closed after %1 of %2 bytes")
                             .arg(spec.deliveredBytes())
                             .arg(spec.bytes));
}

QUrl DownloadExecutor::resolveUrl(const DownloadSpec &spec, double speed, QString *error)
{
    if (!spec.isEmbedded() && !spec.url.startsWith(QLatin1Char('/')))
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

QCoro::Task<> DownloadExecutor::fetch(std::shared_ptr<RunContext> context, const Step *step,
                                      CodeLocation at, int lane, int depth, int span)
{
    const DownloadSpec &spec = *step->download;
    const double speed = context->scheduler().clock().speed();
    QString error;
    const QUrl url = resolveUrl(spec, speed, &error);
    if (url.isEmpty())
        throw RunFailure(error);
    QNetworkRequest request(url);
    const auto wallTimeout = std::chrono::duration<double, std::milli>(spec.timeout) / speed;
    request.setTransferTimeout(int(std::clamp(wallTimeout.count(), 1.0, 2.0e9)));
    QNetworkReply *reply = NetworkAccess::manager()->get(request);
    std::exception_ptr failure;
    try {
        co_await consume(context, step, reply, at, lane, depth, span);
    } catch (...) {
        failure = std::current_exception();
    }
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater(); // never delete: QCoro 0.8 may still be inside one of its signals
    if (failure)
        std::rethrow_exception(failure);
}

QCoro::Task<> DownloadExecutor::consume(std::shared_ptr<RunContext> context, const Step *step,
                                        QNetworkReply *reply, CodeLocation at, int lane, int depth,
                                        int span)
{
    const DownloadSpec &spec = *step->download;
    AbortOnCancel abortOnCancel(context->cancelToken(), reply);
    auto meter = std::make_shared<ChunkMeter>(ChunkMeter{context, lane, depth});
    meter->last = context->elapsed();
    // readyRead, not downloadProgress: Qt chokes progress signals to a few per second.
    auto consumed = std::make_shared<qint64>(0);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [meter, consumed, reply] {
        meter->arrived(*consumed + reply->bytesAvailable());
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [context, reply, span] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            context->recorder().setSpanBytes(span, length.toLongLong());
    });
    const bool streams = !step->routineIndices.empty();
    for (;;) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen() && reply->bytesAvailable() > 0 && streams && status < 400) {
            *consumed += reply->read(spec.chunk).size();
            co_await playChunk(context, step, at, lane, depth);
            continue;
        }
        if (reply->isOpen())
            *consumed += reply->readAll().size(); // nobody consumes them: do not keep them
        if (reply->isFinished())
            break;
        co_await qCoro(reply).waitForReadyRead(-1);
    }
    context->throwIfCancelled();
    const QString failure = failureOf(*reply, spec, meter->received);
    if (!failure.isEmpty())
        throw RunFailure(failure);
}

QString DownloadExecutor::failureOf(const QNetworkReply &reply, const DownloadSpec &spec,
                                    qint64 received)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString phrase =
            reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return tr("HTTP %1 %2").arg(status).arg(phrase).trimmed();
    }
    switch (reply.error()) {
    case QNetworkReply::NoError: {
        // Qt may end a reply cut off before its first body byte without an error.
        const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && received < length.toLongLong())
            return tr("connection closed after %1 bytes").arg(received);
        return {};
    }
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused: %1").arg(reply.url().toDisplayString());
    case QNetworkReply::RemoteHostClosedError:
        return tr("connection closed after %1 bytes").arg(received);
    case QNetworkReply::OperationCanceledError: // the transfer timeout, since we did not stop it
        return tr("timed out: no data for %1 s").arg(secondsText(spec.timeout));
    default:
        return reply.errorString();
    }
}

} // namespace ck
