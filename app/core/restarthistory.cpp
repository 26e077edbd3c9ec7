#include "restarthistory.h"

#include <QSet>

#include <algorithm>

namespace {

/// How long readings are kept: the largest window asked for in practice, and some margin.
constexpr qint64 keptSeconds = 2 * 3600;

} // namespace

void RestartHistory::record(const QString &appId, const QList<Instance> &instances, const QDateTime &at)
{
    ApplicationReadings &app = m_applications[appId];
    app.lastReadAt = at;
    QHash<QString, InstanceReadings> current;
    for (const Instance &instance : instances) {
        InstanceReadings readings = app.instances.value(instance.instanceId);
        readings.createdAt = instance.createdAt;
        // A reading older than the newest one at least keptSeconds old is never a baseline again.
        const QDateTime oldest = at.addSecs(-keptSeconds);
        while (readings.readings.size() > 1 && readings.readings.at(1).at <= oldest)
            readings.readings.removeFirst();
        readings.readings.append({at, instance.restarts});
        current.insert(instance.instanceId, readings);
    }
    app.instances = current; // instances gone (restarted, scaled in) took their restarts along
}

std::optional<qint64> RestartHistory::restartsWithin(const QString &appId, std::chrono::seconds window,
                                                     const QDateTime &now) const
{
    const auto app = m_applications.constFind(appId);
    if (app == m_applications.cend())
        return std::nullopt;
    const QDateTime windowStart = now.addSecs(-window.count());
    qint64 restarts = 0;
    for (const InstanceReadings &instance : app->instances) {
        if (instance.readings.isEmpty())
            continue;
        const qint64 latest = instance.readings.constLast().restarts;
        if (instance.createdAt.isValid() && instance.createdAt >= windowStart) {
            restarts += latest; // born within the window: every restart is recent
            continue;
        }
        // The newest reading at or before the window's start is the baseline; without one, the
        // oldest reading there is.
        qint64 baseline = instance.readings.constFirst().restarts;
        for (const Reading &reading : instance.readings) {
            if (reading.at > windowStart)
                break;
            baseline = reading.restarts;
        }
        restarts += std::max<qint64>(0, latest - baseline);
    }
    return restarts;
}

QDateTime RestartHistory::lastReadAt(const QString &appId) const
{
    return m_applications.value(appId).lastReadAt;
}

void RestartHistory::retainOnly(const QList<QString> &appIds)
{
    const QSet<QString> kept(appIds.cbegin(), appIds.cend());
    for (auto it = m_applications.begin(); it != m_applications.end();) {
        if (kept.contains(it.key()))
            ++it;
        else
            it = m_applications.erase(it);
    }
}
