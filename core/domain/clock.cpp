#include "clock.h"

namespace rd {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ShiftedClock::ShiftedClock(const QDateTime &start)
    : m_offsetMs(m_system.now().msecsTo(start))
{
}

QDateTime ShiftedClock::now() const
{
    return m_system.now().addMSecs(m_offsetMs);
}

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC())
{
}

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::setNow(const QDateTime &instant)
{
    m_now = instant.toUTC();
}

void ManualClock::advance(qint64 milliseconds)
{
    m_now = m_now.addMSecs(milliseconds);
}

} // namespace rd
