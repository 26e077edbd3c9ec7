#include "emulatorclock.h"

QDateTime EmulatorClock::now() const
{
    if (m_manualNow.isValid())
        return m_manualNow;
    const QDateTime real = QDateTime::currentDateTimeUtc();
    if (m_scale == 1.0 || !m_scaledFromReal.isValid())
        return real;
    const qint64 elapsed = m_scaledFromReal.msecsTo(real);
    return m_scaledFromSimulated.addMSecs(qint64(double(elapsed) * m_scale));
}

QDateTime EmulatorClock::wallNow() const
{
    return m_manualNow.isValid() ? m_manualNow : QDateTime::currentDateTimeUtc();
}

void EmulatorClock::setTimeScale(double scale)
{
    const QDateTime simulated = now();
    m_scale = scale > 0 ? scale : 1.0;
    m_scaledFromReal = QDateTime::currentDateTimeUtc();
    m_scaledFromSimulated = simulated;
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
