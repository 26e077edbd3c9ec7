#pragma once

#include <QList>

/**
 * At most `calls` calls in any window of `windowMs` milliseconds: SAE's flow control seen from the
 * client (60 per rolling minute per AccessKey). Times are the caller's monotonic milliseconds, so
 * tests drive it by hand.
 */
class RollingWindowLimiter
{
public:
    RollingWindowLimiter(int calls = 60, qint64 windowMs = 60000);

    void setLimit(int calls, qint64 windowMs);
    int calls() const { return m_calls; }
    qint64 windowMs() const { return m_windowMs; }

    /// Whether a call may go out at `nowMs`.
    bool canSend(qint64 nowMs);
    /// Counts a call made at `nowMs`.
    void recordSend(qint64 nowMs);
    /// The earliest time a call may go out (nowMs when it may now).
    qint64 nextSendAt(qint64 nowMs);
    /// Calls counted in the window that ends at `nowMs`.
    int used(qint64 nowMs);
    /// No call before `untilMs` (the platform said to slow down): the window is treated as full.
    void holdUntil(qint64 untilMs);
    qint64 heldUntil() const { return m_heldUntil; }

private:
    void forget(qint64 nowMs);

    int m_calls;
    qint64 m_windowMs;
    qint64 m_heldUntil = 0;
    QList<qint64> m_sent; ///< oldest first
};
