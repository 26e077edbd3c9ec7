#include "fleethealth.h"

#include "core/applicationtablemodel.h"

#include <algorithm>
#include <cmath>

namespace {

struct Penalty
{
    int points;
    QString reason;
};

int shareOf(qint64 part, qint64 whole, int points)
{
    return whole > 0 ? int(std::lround(double(points) * double(part) / double(whole))) : 0;
}

int severityRank(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Progress:
        return 2;
    case Severity::Normal:
        return 3;
    case Severity::Inactive:
        return 4;
    }
    return 5;
}

} // namespace

FleetHealth FleetHealth::of(const Input &input, const QDateTime &now)
{
    QList<Penalty> penalties;
    const int target = input.targetInstances;
    const int running = input.runningInstances;
    const bool changing = input.lastChange && !isTerminal(input.lastChange->status);
    if (target > 0 && running <= 0) {
        penalties.append({60, tr("No instance runs (0 of %n)", nullptr, target)});
    } else if (target > 0 && running < target && changing) {
        // A release replaces instances batch by batch: fewer running is what it does.
        //: %1 instances run of %2 wanted, while a deploy or restart replaces them
        penalties.append({0, tr("%1 of %2 instances run during the change").arg(running).arg(target)});
    } else if (target > 0 && running < target) {
        //: %1 instances run of %2 wanted
        penalties.append({10 + shareOf(target - running, target, 30),
                          tr("%1 of %2 instances run").arg(running).arg(target)});
    }
    if (input.abnormalInstances && *input.abnormalInstances > 0) {
        const qint64 abnormal = *input.abnormalInstances;
        penalties.append({10 + shareOf(abnormal, std::max<qint64>(target, abnormal), 30),
                          tr("%n instance(s) abnormal", nullptr, int(abnormal))});
    }
    bool failureCounted = false;
    if (const std::optional<ChangeOrder> &change = input.lastChange) {
        const bool failed =
            change->status == ChangeOrderStatus::Failed || change->status == ChangeOrderStatus::SystemFailure;
        const QDateTime when = change->finishedAt.isValid() ? change->finishedAt : change->createdAt;
        if (failed && (!when.isValid() || when.secsTo(now) <= 24 * 3600)) {
            //: %1 is the change's type ("Deploy")
            penalties.append({20, tr("The last change failed (%1)")
                                      .arg(ApplicationTableModel::changeTypeText(change->coTypeCode))});
            failureCounted = true;
        } else if (change->status == ChangeOrderStatus::WaitingForConfirmation
                   || change->status == ChangeOrderStatus::PendingApproval) {
            penalties.append({5, tr("A change waits for a person")});
        }
    }
    if (!failureCounted && input.failedChanges && *input.failedChanges > 0) {
        penalties.append(
            {20, tr("%n change(s) failed in the last 24 hours", nullptr, int(*input.failedChanges))});
    }
    if (input.restartsLastHour && *input.restartsLastHour > 0) {
        const qint64 restarts = *input.restartsLastHour;
        penalties.append({int(std::min<qint64>(20, 2 * restarts)),
                          tr("%n restart(s) in the last hour", nullptr, int(restarts))});
    }
    if (input.warningEvents && *input.warningEvents > 0) {
        const qint64 warnings = *input.warningEvents;
        penalties.append(
            {int(std::min<qint64>(15, warnings)), tr("%n Warning event(s)", nullptr, int(warnings))});
    }
    if (input.scalingMaximum && *input.scalingMaximum > 0 && running >= *input.scalingMaximum) {
        penalties.append({10, tr("At the scaling rule's maximum (%1 instances)").arg(*input.scalingMaximum)});
    }

    std::stable_sort(penalties.begin(), penalties.end(),
                     [](const Penalty &a, const Penalty &b) { return a.points > b.points; });
    FleetHealth health;
    int lost = 0;
    for (const Penalty &penalty : std::as_const(penalties)) {
        lost += penalty.points;
        health.reasons.append(penalty.reason);
    }
    health.score = std::max(0, 100 - lost);
    if (target <= 0 && running <= 0)
        health.severity = health.reasons.isEmpty() ? Severity::Inactive : Severity::Warning;
    else if (health.score < criticalBelow)
        health.severity = Severity::Critical;
    else if (health.score < warningBelow)
        health.severity = Severity::Warning;
    else if (changing && health.score >= warningBelow)
        health.severity = Severity::Progress;
    else
        health.severity = Severity::Normal;
    if (target <= 0 && running <= 0)
        health.reasons.prepend(tr("Stopped"));
    return health;
}

bool FleetHealth::isWorse(const FleetHealth &a, const FleetHealth &b)
{
    if (a.score != b.score)
        return a.score < b.score;
    return severityRank(a.severity) < severityRank(b.severity);
}
