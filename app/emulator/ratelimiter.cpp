#include "ratelimiter.h"

namespace {

constexpr qint64 windowMs = 60 * 1000;

} // namespace

RateLimiter::RateLimiter(int callsPerMinute)
    : m_callsPerMinute(qMax(0, callsPerMinute))
{}

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
    const QDateTime windowStart = now.addMSecs(-windowMs);
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
    return qMax<qint64>(0, now.msecsTo(calls.first().addMSecs(windowMs)));
}
