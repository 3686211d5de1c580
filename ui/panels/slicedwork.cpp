#include "slicedwork.h"

#include <QElapsedTimer>

namespace ck {

SlicedWork::SlicedWork(std::function<bool()> step, std::function<void()> slicedOff, QObject *parent)
    : QObject(parent), m_step(std::move(step)), m_slicedOff(std::move(slicedOff))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] { slice(kBudget); });
}

void SlicedWork::start()
{
    if (!m_timer.isActive())
        slice(kFirstBudget);
}

void SlicedWork::finish()
{
    m_timer.stop();
    while (m_step()) {
    }
    if (m_slicedOff)
        m_slicedOff();
}

void SlicedWork::slice(std::chrono::microseconds budget)
{
    QElapsedTimer clock;
    clock.start();
    while (m_step()) {
        if (clock.nsecsElapsed() >= std::chrono::nanoseconds(budget).count()) {
            m_timer.start();
            break;
        }
    }
    if (m_slicedOff)
        m_slicedOff();
}

} // namespace ck
