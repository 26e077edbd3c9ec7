#include "emulatorclock.h"

QDateTime EmulatorClock::now() const
{
    return m_manualNow.isValid() ? m_manualNow : QDateTime::currentDateTimeUtc();
}

void EmulatorClock::setManual(const QDateTime &now)
{
    m_manualNow = now.toUTC();
}

void EmulatorClock::advance(qint64 milliseconds)
{
    if (!m_manualNow.isValid())
        m_manualNow = QDateTime::currentDateTimeUtc();
    m_manualNow = m_manualNow.addMSecs(milliseconds);
}
