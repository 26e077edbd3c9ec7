#include "ratelimiter.h"

RateLimiter::RateLimiter(int callsPerMinute)
    : m_callsPerMinute(qMax(0, callsPerMinute))
{}

void RateLimiter::setWindow(qint64 windowMs)
{
    m_windowMs = qMax<qint64>(1, windowMs);
    m_calls.clear();
}

void RateLimiter::setCallsPerMinute(int callsPerMinute)
{
    m_callsPerMinute = qMax(0, callsPerMinute);
    m_calls.clear();
}

bool RateLimiter::allow(const QString &accessKeyId, const QDateTime &now)
{
    if (m_callsPerMinute == 0)
        return true;
    QList<QDateTime> &calls = m_calls[accessKeyId];
    const QDateTime windowStart = now.addMSecs(-m_windowMs);
    qsizetype expired = 0;
    while (expired < calls.size() && calls.at(expired) <= windowStart)
        ++expired;
    calls.remove(0, expired);
    if (calls.size() >= m_callsPerMinute)
        return false;
    calls.append(now);
    return true;
}

qint64 RateLimiter::timeLeftMs(const QString &accessKeyId, const QDateTime &now) const
{
    const QList<QDateTime> calls = m_calls.value(accessKeyId);
    if (m_callsPerMinute == 0 || calls.size() < m_callsPerMinute)
        return 0;
    return qMax<qint64>(0, now.msecsTo(calls.first().addMSecs(m_windowMs)));
}
