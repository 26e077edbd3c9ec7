#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

/**
 * SAE's flow control: at most `callsPerMinute` calls per AccessKey in any rolling minute, shared
 * by every API (reference 4.5: 60 by default). 0 turns it off. Times come from the caller, so
 * tests drive it with a manual clock.
 */
class RateLimiter
{
public:
    explicit RateLimiter(int callsPerMinute = 60);

    void setCallsPerMinute(int callsPerMinute);
    int callsPerMinute() const { return m_callsPerMinute; }
    /// The rolling window the limit applies to: a minute, as SAE's; tests shorten it so that a
    /// budget can be exhausted and refilled within seconds.
    void setWindow(qint64 windowMs);
    qint64 windowMs() const { return m_windowMs; }

    /// Counts a call at `now` and says whether it is allowed; refused calls do not count.
    bool allow(const QString &accessKeyId, const QDateTime &now);
    /// Milliseconds until the key may call again (0 when it may now).
    qint64 timeLeftMs(const QString &accessKeyId, const QDateTime &now) const;

private:
    int m_callsPerMinute;
    qint64 m_windowMs = 60 * 1000;
    QHash<QString, QList<QDateTime>> m_calls; ///< per key, the allowed calls of the last minute
};
