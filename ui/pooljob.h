#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace ck {

// Work the window hands to a pool thread, whose result comes back on the window's thread
// (ScenarioBuild, PitfallSearch). start() runs `work(promise)` there (it may ask
// promise.isCanceled() on the way) and calls `done(result)` on the owner's thread; a job
// dropped first (drop()) calls nothing, and what it made is let go on the pool thread.
template <typename T> class PoolJob
{
public:
    template <typename Work, typename Done>
    static QFutureWatcher<T> *start(QObject *owner, Work work, Done done)
    {
        // The promise is shared with the pool's job: a job must be copyable.
        auto promise = std::make_shared<QPromise<T>>();
        auto *watcher = new QFutureWatcher<T>(owner);
        QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, done] {
            watcher->deleteLater();
            if (watcher->future().resultCount() > 0)
                done(watcher->future().result());
        });
        watcher->setFuture(promise->future());
        QThreadPool::globalInstance()->start([promise, work]() mutable {
            promise->start();
            if (!promise->isCanceled())
                promise->addResult(work(*promise)); // ignored once dropped
            promise->finish();
        });
        return watcher;
    }

    static void drop(QFutureWatcher<T> *watcher)
    {
        if (!watcher)
            return;
        watcher->disconnect();
        watcher->future().cancel();
        watcher->deleteLater();
    }
};

} // namespace ck
