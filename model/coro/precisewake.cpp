#include "precisewake.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstdint>
#include <sys/timerfd.h>
#include <unistd.h>

namespace ck {

namespace {

timespec timespecOf(std::chrono::nanoseconds sinceEpoch)
{
    const auto seconds = std::chrono::floor<std::chrono::seconds>(sinceEpoch);
    return timespec{time_t(seconds.count()), long((sinceEpoch - seconds).count())};
}

} // namespace

PreciseWake::PreciseWake(QObject *parent) : QObject(parent) {}

PreciseWake::~PreciseWake()
{
    m_notifier.reset();
    if (m_fd >= 0)
        ::close(m_fd);
}

bool PreciseWake::open()
{
    static_assert(std::chrono::steady_clock::is_steady);
    m_fd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_fd < 0)
        return false;
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PreciseWake::onReadable);
    return true;
}

bool PreciseWake::arm(SteadyTime at)
{
    if (m_fd < 0 && !open())
        return false;
    // An instant already past still arms: the kernel fires at once (a zero it_value disarms).
    const auto since = std::max(at.time_since_epoch(), std::chrono::nanoseconds(1));
    itimerspec spec{};
    spec.it_value = timespecOf(since);
    m_armed = ::timerfd_settime(m_fd, TFD_TIMER_ABSTIME, &spec, nullptr) == 0;
    return m_armed;
}

void PreciseWake::disarm()
{
    if (m_fd < 0 || !m_armed)
        return;
    const itimerspec none{};
    ::timerfd_settime(m_fd, 0, &none, nullptr);
    m_armed = false;
}

void PreciseWake::onReadable()
{
    std::uint64_t expirations = 0;
    if (::read(m_fd, &expirations, sizeof expirations) != sizeof expirations)
        return; // disarmed or re-armed since it fired: nothing to wake for
    m_armed = false;
    Q_EMIT woken();
}

} // namespace ck
