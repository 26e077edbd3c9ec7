#pragma once

#include "core/changeorder.h"
#include "core/severity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

/**
 * How healthy one application is, for the fleet page (issue 8): a score from 0 (nothing serves)
 * to 100 (as intended), its colour, and the reasons in words, the heaviest first. It is made from
 * what the fleet's cheap reads tell — ListApplications' counts, the region rankings
 * (GetAvailabilityMetric's abnormal instances, GetWarningEventMetric, GetScaleAppMetric) and the
 * newest change order — and says nothing about what is not known yet (an unknown is not "fine").
 *
 * What costs what, out of 100:
 * - no instance runs of those wanted: 60; fewer run than wanted: 10 + 30 x the missing share, but
 *   nothing while a change order runs (a release replaces instances batch by batch);
 * - abnormal instances: 10 + 30 x their share;
 * - the newest change order failed in the last 24 hours, or any did (GetChangeOrderMetric): 20;
 *   the newest waits for a person: 5;
 * - restarts in the last hour: 2 each, at most 20; Warning events: 1 each, at most 15;
 * - running at the scaling rule's maximum: 10.
 * Below 50 is critical, below 85 a warning. A stopped application (nothing wanted) is inactive,
 * and one changing without more than a warning's worth wrong is in progress.
 */
struct FleetHealth
{
    Q_DECLARE_TR_FUNCTIONS(FleetHealth)

public:
    /// What the fleet's reads know of one application; unset: not known (yet).
    struct Input
    {
        int targetInstances = 0;
        int runningInstances = 0;
        std::optional<qint64> abnormalInstances;
        std::optional<qint64> restartsLastHour;
        std::optional<qint64> warningEvents;
        std::optional<qint64> scalingMaximum; ///< the enabled rule's maximum instances
        std::optional<qint64> failedChanges;  ///< change orders failed in the last 24 hours
        std::optional<ChangeOrder> lastChange;
    };

    static constexpr int criticalBelow = 50;
    static constexpr int warningBelow = 85;

    int score = 100;
    Severity severity = Severity::Normal;
    QStringList reasons; ///< translated, the heaviest first; empty when nothing is wrong

    static FleetHealth of(const Input &input, const QDateTime &now);

    /// Worst first: a lower score, then critical before warning before the rest.
    static bool isWorse(const FleetHealth &a, const FleetHealth &b);

    friend bool operator==(const FleetHealth &, const FleetHealth &) = default;
};
