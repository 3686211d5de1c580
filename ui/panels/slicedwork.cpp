#include "slicedwork.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <deque>

namespace ck {

namespace {

// The works with slices left, the next to take a slice first.
std::deque<SlicedWork *> &waiting()
{
    static std::deque<SlicedWork *> works;
    return works;
}

// Since the event loop last went to wait for events (or woke): how long this turn has been busy,
// at most (the wait itself counts too when the loop had to wait).
QElapsedTimer &turnClock()
{
    static QElapsedTimer clock;
    return clock;
}

// One turn of the event loop for every work: a zero timer, made with the application.
QTimer *turn(void (*takeTurn)())
{
    static QPointer<QTimer> timer;
    if (!timer) {
        timer = new QTimer(QCoreApplication::instance());
        timer->setSingleShot(true);
        timer->setInterval(0);
        QObject::connect(timer, &QTimer::timeout, timer, takeTurn);
        if (QAbstractEventDispatcher *loop = QAbstractEventDispatcher::instance()) {
            const auto restart = [] { turnClock().start(); };
            QObject::connect(loop, &QAbstractEventDispatcher::aboutToBlock, timer, restart);
            QObject::connect(loop, &QAbstractEventDispatcher::awake, timer, restart);
        }
    }
    return timer;
}

} // namespace

SlicedWork::SlicedWork(std::function<bool()> step, std::function<void()> slicedOff, QObject *parent)
    : QObject(parent), m_step(std::move(step)), m_slicedOff(std::move(slicedOff))
{}

SlicedWork::~SlicedWork()
{
    std::erase(waiting(), this);
}

void SlicedWork::start()
{
    if (!isBusy() && slice(kFirstBudget))
        wait();
}

void SlicedWork::finish()
{
    std::erase(waiting(), this);
    while (m_step()) {
    }
    if (m_slicedOff)
        m_slicedOff();
}

bool SlicedWork::isBusy() const
{
    return std::find(waiting().begin(), waiting().end(), this) != waiting().end();
}

bool SlicedWork::slice(std::chrono::microseconds budget)
{
    QElapsedTimer clock;
    clock.start();
    bool more = false;
    while ((more = m_step())) {
        if (clock.nsecsElapsed() >= std::chrono::nanoseconds(budget).count())
            break;
    }
    if (m_slicedOff)
        m_slicedOff();
    return more;
}

void SlicedWork::wait()
{
    if (!isBusy())
        waiting().push_back(this);
    turn(&SlicedWork::takeTurn)->start();
}

void SlicedWork::takeTurn()
{
    // The timers due at one moment fire in one go: when those before it (a run's frame) have
    // already held this turn for a slice's time, the slice waits for the next turn, once, so that
    // input waiting meanwhile is handled first.
    static bool postponed = false;
    const bool busyTurn = turnClock().isValid() &&
                          turnClock().nsecsElapsed() > std::chrono::nanoseconds(kBudget).count();
    if (busyTurn && !postponed) {
        postponed = true;
        turn(&SlicedWork::takeTurn)->start();
        return;
    }
    postponed = false;
    if (waiting().empty())
        return;
    SlicedWork *work = waiting().front();
    waiting().pop_front();
    if (work->slice(kBudget))
        waiting().push_back(work);
    if (!waiting().empty())
        turn(&SlicedWork::takeTurn)->start();
}

} // namespace ck
