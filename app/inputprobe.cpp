#include "inputprobe.h"

#include <QCoreApplication>
#include <QEvent>

namespace ck {

namespace {

const QEvent::Type kProbeEvent = QEvent::Type(QEvent::registerEventType());

} // namespace

InputProbe::InputProbe(std::chrono::milliseconds period, QObject *parent)
    : QObject(parent), m_period(period)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &InputProbe::beat);
}

void InputProbe::start()
{
    m_due = Clock::now() + m_period;
    m_timer.start(m_period);
}

void InputProbe::stop()
{
    m_timer.stop();
}

std::vector<InputProbe::Wait> InputProbe::takeWaits()
{
    return std::exchange(m_waits, {});
}

void InputProbe::countPaintsOf(QObject *widget)
{
    widget->installEventFilter(this);
}

void InputProbe::beat()
{
    m_posted.push_back(m_due);
    QCoreApplication::postEvent(this, new QEvent(kProbeEvent));
    // The next beat is due a period after this one fired, as a heartbeat's next sleep is.
    m_due = Clock::now() + m_period;
    m_timer.start(m_period);
}

bool InputProbe::event(QEvent *event)
{
    if (event->type() != kProbeEvent || m_posted.empty())
        return QObject::event(event);
    const Clock::time_point due = m_posted.front();
    m_posted.pop_front();
    m_waits.push_back(
        Wait{due, std::chrono::duration<double, std::milli>(Clock::now() - due).count()});
    return true;
}

bool InputProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint)
        ++m_paints;
    return QObject::eventFilter(watched, event);
}

} // namespace ck
