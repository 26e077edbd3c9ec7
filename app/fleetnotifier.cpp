#include "fleetnotifier.h"

#include "core/fleettablemodel.h"

FleetNotifier::FleetNotifier(const FleetTableModel *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
{}

void FleetNotifier::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void FleetNotifier::setSignOffThreshold(std::chrono::minutes threshold)
{
    m_tracker.setSignOffThreshold(threshold);
}

void FleetNotifier::setMuted(const QString &namespaceId, bool muted)
{
    if (namespaceId.isEmpty() || m_tracker.isMuted(namespaceId) == muted)
        return;
    m_tracker.setMuted(namespaceId, muted);
    if (muted)
        m_muted.append(namespaceId);
    else
        m_muted.removeAll(namespaceId);
    emit mutedChanged(m_muted);
}

void FleetNotifier::observe()
{
    const QList<FleetRow> &rows = m_fleet->rows();
    if (rows.isEmpty())
        return; // nothing read yet: not "everything recovered"
    QList<FleetAlertTracker::Observation> observations;
    observations.reserve(rows.size());
    for (const FleetRow &row : rows) {
        FleetAlertTracker::Observation observation;
        observation.appId = row.application.appId;
        observation.appName = row.application.appName;
        observation.namespaceId = row.application.namespaceId;
        observation.namespaceName = row.application.namespaceName;
        observation.unhealthy = FleetTableModel::needsAttention(row);
        observation.unhealthyReason = row.health.reasons.value(0);
        observation.lastChange = row.lastChange;
        observations.append(observation);
    }
    const QDateTime at = now();
    QList<FleetAlert> alerts = m_tracker.observe(observations, at);
    if (alerts.isEmpty())
        return;
    for (FleetAlert &alert : alerts)
        alert.raisedAt = at;
    m_history.append(alerts);
    if (m_history.size() > keptAlerts)
        m_history.remove(0, m_history.size() - keptAlerts);
    emit alertsRaised(alerts);
}
