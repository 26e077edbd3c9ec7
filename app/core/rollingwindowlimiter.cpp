#include "rollingwindowlimiter.h"

#include <algorithm>

RollingWindowLimiter::RollingWindowLimiter(int calls, qint64 windowMs)
    : m_calls(std::max(1, calls))
    , m_windowMs(std::max<qint64>(1, windowMs))
{}

void RollingWindowLimiter::setLimit(int calls, qint64 windowMs)
{
    m_calls = std::max(1, calls);
    m_windowMs = std::max<qint64>(1, windowMs);
}

void RollingWindowLimiter::forget(qint64 nowMs)
{
    const qint64 oldest = nowMs - m_windowMs;
    qsizetype expired = 0;
    while (expired < m_sent.size() && m_sent.at(expired) <= oldest)
        ++expired;
    m_sent.remove(0, expired);
}

bool RollingWindowLimiter::canSend(qint64 nowMs)
{
    return nextSendAt(nowMs) <= nowMs;
}

void RollingWindowLimiter::recordSend(qint64 nowMs)
{
    forget(nowMs);
    m_sent.append(nowMs);
}

qint64 RollingWindowLimiter::nextSendAt(qint64 nowMs)
{
    forget(nowMs);
    qint64 next = std::max(nowMs, m_heldUntil);
    if (m_sent.size() >= m_calls) {
        // The call that leaves the window first makes room, one millisecond after its minute.
        next = std::max(next, m_sent.at(m_sent.size() - m_calls) + m_windowMs + 1);
    }
    return next;
}

int RollingWindowLimiter::used(qint64 nowMs)
{
    forget(nowMs);
    return int(m_sent.size());
}

void RollingWindowLimiter::holdUntil(qint64 untilMs)
{
    m_heldUntil = std::max(m_heldUntil, untilMs);
}
