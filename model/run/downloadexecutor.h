#pragma once

#include "runcontext.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QUrl>

#include <memory>

namespace ck {

class HttpClientConnection;
class HttpResponseParser;

// Runs a `download` step. On the real clock it fetches over HTTP with HttpClientConnection,
// awaited through QCoro read by read, the body counted and dropped (never kept), within
// max_bytes, following redirects as RedirectPolicy allows; on the virtual clock it simulates the
// embedded server's pacing from the same parameters. Every chunk that arrives is recorded as a
// Chunk span; with `each`, the routine is awaited for every chunk while the next ones keep arriving
// (async for). Its task can be cancelled at every network wait (see ForeignAwaiter): the
// connection is aborted, and the download's span and the chunk still arriving end as Cancelled.
// A fault raises the Python exception the generated program raises (DownloadError); a stop
// stays the app's RunFailure.
class DownloadExecutor
{
    Q_DECLARE_TR_FUNCTIONS(DownloadExecutor)

public:
    static QCoro::Task<> run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                             int lane, int depth);

    // Where the step's bytes come from on the real clock at `speed`; sets `error` on failure.
    static QUrl resolveUrl(const DownloadSpec &spec, double speed, QString *error);

private:
    static QCoro::Task<> simulate(std::shared_ptr<RunContext> context, const Step *step,
                                  CodeLocation at, int lane, int depth);
    static QCoro::Task<> fetch(std::shared_ptr<RunContext> context, const Step *step,
                               CodeLocation at, int lane, int depth, int span);
    static QCoro::Task<QUrl> consume(std::shared_ptr<RunContext> context, const Step *step,
                                     HttpClientConnection &connection, CodeLocation at, int lane,
                                     int depth, int span);
    // `async for chunk in ...: await routine(chunk)`: the routine runs, then the loop waits for
    // the next chunk on the network again.
    static QCoro::Task<> playChunk(std::shared_ptr<RunContext> context, const Step *step,
                                   CodeLocation at, int lane, int depth);
    static void throwIfFailed(const HttpClientConnection &connection, const DownloadSpec &spec);
    static void throwIfRefused(const HttpResponseParser &response, const DownloadSpec &spec,
                               int span, RunContext &context);
    static void noteRedirect(RunContext &context, int lane, CodeLocation at, const QUrl &from,
                             const QUrl &to, int hop);
    static std::chrono::milliseconds wallTimeout(RunContext &context, const DownloadSpec &spec);
};

} // namespace ck
