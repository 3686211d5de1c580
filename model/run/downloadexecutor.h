#pragma once

#include "runcontext.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QUrl>

#include <memory>

class QNetworkReply;

namespace ck {

// Runs a `download` step. On the real clock it fetches over HTTP with QNetworkAccessManager,
// awaited through QCoro chunk by chunk; on the virtual clock it simulates the embedded server's
// pacing from the same parameters. Every chunk that arrives is recorded as a Chunk span; with
// `each`, the routine is awaited for every chunk while the next ones keep arriving (async for).
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
    static QCoro::Task<> consume(std::shared_ptr<RunContext> context, const Step *step,
                                 QNetworkReply *reply, CodeLocation at, int lane, int depth,
                                 int span);
    // `async for chunk in ...: await routine(chunk)`: the routine runs, then the loop waits for
    // the next chunk on the network again.
    static QCoro::Task<> playChunk(std::shared_ptr<RunContext> context, const Step *step,
                                   CodeLocation at, int lane, int depth);
    static QString failureOf(const QNetworkReply &reply, const DownloadSpec &spec, qint64 received);
};

} // namespace ck
