#include "servecommand.h"

#include "loopbackconnection.h"
#include "loopbackserver.h"

#include <QDeadlineTimer>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace ck {

namespace {

// Set by the signal handler, polled by a timer on the event loop: the only thing a handler
// may safely do is store to a lock-free atomic.
std::atomic<int> g_stopSignal{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void requestStop(int signal)
{
    g_stopSignal.store(signal);
}

constexpr std::chrono::milliseconds kPollInterval{100};
// How long open connections get to wind down after a stop signal.
constexpr std::chrono::milliseconds kShutdownGrace{1000};

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// Installs the stop handlers for its lifetime and restores the previous ones after.
class StopSignals
{
public:
    StopSignals()
    {
        g_stopSignal.store(0);
        m_previousInt = std::signal(SIGINT, requestStop);
        m_previousTerm = std::signal(SIGTERM, requestStop);
    }
    ~StopSignals()
    {
        std::signal(SIGINT, m_previousInt);
        std::signal(SIGTERM, m_previousTerm);
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

private:
    void (*m_previousInt)(int) = SIG_DFL;
    void (*m_previousTerm)(int) = SIG_DFL;
};

} // namespace

int ServeCommand::run(quint16 port, QTextStream &out, QTextStream &err)
{
    if (!QCoreApplication::instance()) {
        err << tr("serve needs an application object") << Qt::endl;
        return 2;
    }
    LoopbackServer server;
    QString error;
    if (!server.listen(port, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    const QString base = server.baseUrl().toString();
    out << tr("Serving on %1 (Ctrl+C to stop)").arg(base) << Qt::endl;
    out << tr("try: curl %1")
               .arg(LoopbackServer::bytesUrl(server.baseUrl(), 100000, 50000).toString())
        << Qt::endl;
    QObject::connect(&server, &LoopbackServer::requestLogged, &server,
                     [&out](const QString &method, const QString &target, int status) {
                         out << status << ' ' << orDash(method) << ' ' << orDash(target)
                             << Qt::endl;
                     });

    StopSignals stopSignals;
    QDeadlineTimer shutdownDeadline(QDeadlineTimer::Forever);
    QTimer poll;
    poll.setInterval(kPollInterval);
    QObject::connect(&poll, &QTimer::timeout, &server, [&server, &shutdownDeadline] {
        if (g_stopSignal.load() == 0)
            return;
        if (server.isListening()) {
            server.close(); // aborts open connections; their coroutines end on the next turns
            shutdownDeadline.setRemainingTime(kShutdownGrace);
        }
        if (LoopbackConnection::instanceCount() == 0 || shutdownDeadline.hasExpired())
            QCoreApplication::quit();
    });
    poll.start();
    QCoreApplication::exec();
    out << tr("Stopped.") << Qt::endl;
    return 0;
}

} // namespace ck
