#pragma once

#include "core/scalingrule.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

/**
 * What a timing or mix rule's schedule (reference 7.3) will do over the next days, as a step
 * series for a chart: each step is the instant (UTC) from which a value holds, up to the next step.
 *
 * It follows the emulator's ScalingEngine, which acts like SAE's controllers:
 * - timing rules set the target replicas (clamped to 1..50) at each schedule point, on the days of
 *   the period within beginDate..endDate (inclusive, in the rule's time zone, GMT+8 by default);
 *   a value stays in force until the next point, across days, and after endDate;
 * - mix rules take min/max from the latest point of the same local day, and the metric part's
 *   bounds before the first point of a day and on days the schedule does not run.
 * A month day the month lacks (31 in April) is skipped, as cron does.
 */
class ScalingTimerPreview final
{
public:
    static constexpr int defaultDays = 7;
    /// How far back a timing rule's value in force is looked for: two months, so that a monthly
    /// period (`31 * *`) still finds its last point.
    static constexpr int lookBackDays = 62;

    struct Step
    {
        QDateTime at; ///< UTC
        /// The schedule's `HH:mm` that set the value (for the first step, possibly on an earlier
        /// day); empty for a mix rule's metric bounds (before a day's first point, at midnight).
        QString atTime;
        std::optional<int> targetReplicas; ///< timing rules
        std::optional<int> minReplicas;    ///< mix rules
        std::optional<int> maxReplicas;    ///< mix rules

        bool sameValueAs(const Step &other) const
        {
            return targetReplicas == other.targetReplicas && minReplicas == other.minReplicas
                   && maxReplicas == other.maxReplicas;
        }
        friend bool operator==(const Step &, const Step &) = default;
    };

    explicit ScalingTimerPreview(const ScalingRule &rule);

    /// True for a timing rule with a timer and a mix rule; other rules preview no steps.
    bool isApplicable() const;
    /// The zone the schedule's times and dates are in (GMT+8 when the zone is unknown here).
    QTimeZone timeZone() const { return m_zone; }

    /**
     * The steps from `start` over `days` days ([start, start + days)). The first step is at `start`
     * with the value in force then, when there is one (a timing rule none of whose points has passed
     * in the last lookBackDays has none: the application keeps whatever it has). Later steps are the
     * instants the value changes; a point that sets the value already in force makes no step.
     *
     * The emulator does not apply a timing rule's value when the rule is created or
     * enabled, only at its next point: until then the replicas may differ from the first step.
     */
    QList<Step> steps(const QDateTime &start, int days = defaultDays) const;
    /// The value in force at `at` (a point exactly at `at` counts), as a step at `at`.
    std::optional<Step> valueAt(const QDateTime &at) const;

private:
    struct Point
    {
        QDateTime at;
        Step value;
    };

    bool runsOn(const QDate &date) const;
    /// The schedule points on the local days first..last, in time order.
    QList<Point> pointsBetween(const QDate &first, const QDate &last) const;
    Step metricBounds(const QDateTime &at) const;

    ScalingRule m_rule;
    QTimeZone m_zone;
};
