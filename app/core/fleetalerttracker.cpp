#include "fleetalerttracker.h"

#include "core/batchgate.h"
#include "core/signoffinboxmodel.h"

namespace {

qint64 milliseconds(std::chrono::minutes duration)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(duration).count();
}

bool isFailure(ChangeOrderStatus status)
{
    return status == ChangeOrderStatus::Failed || status == ChangeOrderStatus::SystemFailure;
}

/// Which batch of `order` waits for the confirmation: the gate's, else SAE's current one.
int waitingBatchOf(const ChangeOrder &order)
{
    if (const std::optional<BatchGate> gate = BatchGate::of(order); gate && gate->waitingBatch >= 0)
        return gate->waitingBatch;
    return order.currentPipeline;
}

} // namespace

void FleetAlertTracker::setSignOffThreshold(std::chrono::minutes threshold)
{
    m_signOffThreshold = threshold;
}

void FleetAlertTracker::setMuted(const QString &namespaceId, bool muted)
{
    if (muted)
        m_mutedNamespaces.insert(namespaceId);
    else
        m_mutedNamespaces.remove(namespaceId);
}

bool FleetAlertTracker::isMuted(const QString &namespaceId) const
{
    return m_mutedNamespaces.contains(namespaceId);
}

QList<FleetAlert> FleetAlertTracker::observe(const QList<Observation> &observations, const QDateTime &now)
{
    QList<FleetAlert> alerts;
    QHash<QString, ApplicationState> seen;
    seen.reserve(observations.size());
    for (const Observation &observation : observations) {
        if (seen.contains(observation.appId))
            continue;
        const auto previous = m_applications.constFind(observation.appId);
        const bool firstLook = previous == m_applications.cend();
        ApplicationState state = firstLook ? ApplicationState{} : *previous;
        // The state moves on while muted too, so that unmuting replays nothing.
        QList<FleetAlert> raised;
        observeHealth(observation, state, firstLook, now, raised);
        observeChange(observation, state, now, raised);
        if (!isMuted(observation.namespaceId))
            alerts.append(raised);
        seen.insert(observation.appId, std::move(state));
    }
    // What was not observed is forgotten: its return is a first look again.
    m_applications = std::move(seen);
    return alerts;
}

void FleetAlertTracker::observeHealth(const Observation &observation, ApplicationState &state, bool firstLook,
                                      const QDateTime &now, QList<FleetAlert> &alerts) const
{
    const auto raise = [&](FleetAlert::Kind kind, const QString &detail, const QDateTime &since) {
        FleetAlert alert = alertFor(observation, kind);
        alert.detail = detail;
        alert.since = since;
        alerts.append(alert);
    };
    if (observation.unhealthy) {
        const bool turned = firstLook || !state.unhealthy;
        const bool flapping = !firstLook && state.recoveredAt.isValid()
                              && state.recoveredAt.msecsTo(now) < milliseconds(flapQuietPeriod);
        state.unhealthy = true;
        state.unhealthyReason = observation.unhealthyReason;
        if (turned && !flapping) {
            state.unhealthySince = now;
            state.recoverySaid = false;
            raise(FleetAlert::Kind::TurnedUnhealthy, state.unhealthyReason, state.unhealthySince);
        }
        return;
    }
    if (firstLook || !state.unhealthy)
        return;
    state.unhealthy = false;
    state.recoveredAt = now;
    if (!state.recoverySaid) {
        state.recoverySaid = true;
        raise(FleetAlert::Kind::Recovered, state.unhealthyReason, now);
    }
}

void FleetAlertTracker::observeChange(const Observation &observation, ApplicationState &state,
                                      const QDateTime &now, QList<FleetAlert> &alerts) const
{
    if (!observation.lastChange)
        return; // unknown this time: neither news nor a new baseline
    const ChangeOrder &order = *observation.lastChange;
    if (isFailure(order.status)) {
        // The first look that knows the order is the baseline: a failure then is history. An order
        // known failed (at the previous look or any before) was said, or was history, already.
        if (state.changeKnown && !state.failuresKnown.contains(order.changeOrderId)) {
            FleetAlert alert = alertFor(observation, FleetAlert::Kind::ChangeOrderFailed);
            alert.changeOrderId = order.changeOrderId;
            alert.changeTypeCode = order.coTypeCode;
            alert.detail = order.errorMessage;
            alert.since = order.finishedAt.isValid() ? order.finishedAt : now;
            alerts.append(alert);
        }
        state.failuresKnown.insert(order.changeOrderId);
    }
    if (order.status == ChangeOrderStatus::WaitingForConfirmation) {
        const QDateTime since = SignOffInboxModel::waitingSince(order);
        if (since.isValid() && since.msecsTo(now) > milliseconds(m_signOffThreshold)) {
            const QString key = order.changeOrderId + u'/' + QString::number(waitingBatchOf(order));
            if (!state.overdueSaid.contains(key)) {
                state.overdueSaid.insert(key);
                FleetAlert alert = alertFor(observation, FleetAlert::Kind::SignOffOverdue);
                alert.changeOrderId = order.changeOrderId;
                alert.changeTypeCode = order.coTypeCode;
                alert.detail = SignOffInboxModel::waitingForText(order);
                alert.since = since;
                alerts.append(alert);
            }
        }
    }
    state.changeKnown = true;
}

FleetAlert FleetAlertTracker::alertFor(const Observation &observation, FleetAlert::Kind kind)
{
    FleetAlert alert;
    alert.kind = kind;
    alert.appId = observation.appId;
    alert.appName = observation.appName;
    alert.namespaceId = observation.namespaceId;
    alert.namespaceName = observation.namespaceName;
    return alert;
}
