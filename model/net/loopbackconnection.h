#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include "loopbackserver.h"

#include <QCoroTask>
#include <chrono>

class QTcpSocket;

namespace ck {

class HttpRequest;

// One accepted connection of the LoopbackServer, served by one coroutine: read the request
// head, answer, close. It owns its socket and its pacing timer and deletes itself (deleteLater)
// when the coroutine ends; nothing else deletes it, so everything the coroutine awaits outlives
// every suspension. It never calls the server: it only emits finished().
class LoopbackConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `socket`.
    LoopbackConnection(QTcpSocket *socket, std::chrono::milliseconds headTimeout);
    ~LoopbackConnection() override;

    // Starts the coroutine (runs until its first suspension).
    void start();
    // Closes the socket at once; the coroutine wakes on a later turn of the event loop and ends.
    void abort();

    // Connection objects alive in the process, that is coroutines not yet ended (tests, shutdown).
    static int instanceCount();

Q_SIGNALS:
    // Once, when the coroutine ends; `status` is 0 if no response was sent.
    void finished(const QString &method, const QString &target, int status);

private:
    using Clock = std::chrono::steady_clock;
    enum class HeadOutcome { Complete, Closed, TimedOut, TooLarge };

    QCoro::Task<> run();
    QCoro::Task<> serve();
    QCoro::Task<HeadOutcome> readHead();
    QCoro::Task<> respond(HttpRequest request);
    QCoro::Task<> streamBytes(LoopbackServer::BytesRoute route);
    QCoro::Task<> sendText(int status, QString reason, QByteArray extraHeaders = {});
    QCoro::Task<bool> sleepUntil(Clock::time_point deadline);
    QCoro::Task<bool> drain(qint64 maxQueued);
    void writeHead(int status, const QByteArray &contentType, qint64 length,
                   const QByteArray &extraHeaders = {});
    void wakePacer();
    void finish();
    bool isOpen() const;

    QTcpSocket *m_socket;
    QTimer m_pacer;
    QByteArray m_head;
    QString m_method;
    QString m_target;
    int m_status = 0;
    Clock::time_point m_acceptedAt;
    std::chrono::milliseconds m_headTimeout;
};

} // namespace ck
