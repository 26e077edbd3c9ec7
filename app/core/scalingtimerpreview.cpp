#include "scalingtimerpreview.h"

#include "core/scalingperiod.h"

#include <algorithm>

namespace {

QTimeZone zoneOf(const ScalingRule &rule)
{
    if (!rule.timer)
        return QTimeZone(8 * 3600);
    const QTimeZone zone(rule.timer->effectiveTimeZone().toLatin1());
    // Without the tz database the documented zone is still GMT+8.
    return zone.isValid() ? zone : QTimeZone(8 * 3600);
}

/// The first of the points at or before `at` with the latest time (several schedules at one time:
/// the first listed wins, as in the emulator).
const ScalingTimerPreview::Step *latestAtOrBefore(const QList<QDateTime> &instants,
                                                  const QList<ScalingTimerPreview::Step> &values,
                                                  const QDateTime &at)
{
    const auto after = std::upper_bound(instants.cbegin(), instants.cend(), at);
    if (after == instants.cbegin())
        return nullptr;
    const auto last = std::lower_bound(instants.cbegin(), after, *(after - 1));
    return &values.at(last - instants.cbegin());
}

} // namespace

ScalingTimerPreview::ScalingTimerPreview(const ScalingRule &rule)
    : m_rule(rule)
    , m_zone(zoneOf(rule))
{}

bool ScalingTimerPreview::isApplicable() const
{
    return m_rule.timer && (m_rule.type == ScalingRuleType::Timing || m_rule.type == ScalingRuleType::Mix);
}

bool ScalingTimerPreview::runsOn(const QDate &date) const
{
    const std::optional<ScalingPeriod> period = ScalingPeriod::parse(m_rule.timer->period);
    return period && period->includes(date) && m_rule.timer->isValidOn(date);
}

QList<ScalingTimerPreview::Point> ScalingTimerPreview::pointsBetween(const QDate &first,
                                                                     const QDate &last) const
{
    QList<Point> points;
    const bool timing = m_rule.type == ScalingRuleType::Timing;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (!runsOn(day))
            continue;
        for (const ScalingTimer::Schedule &schedule : m_rule.timer->schedules) {
            const QTime time = schedule.time();
            if (!time.isValid() || (timing && !schedule.targetReplicas))
                continue;
            Point point;
            point.at = QDateTime(day, time, m_zone).toUTC();
            point.value.at = point.at;
            point.value.atTime = schedule.atTime;
            if (timing) {
                point.value.targetReplicas = std::clamp(*schedule.targetReplicas, 1, 50);
            } else {
                const Step bounds = metricBounds(point.at);
                const int minimum = schedule.minReplicas.value_or(*bounds.minReplicas);
                const int maximum = schedule.maxReplicas.value_or(*bounds.maxReplicas);
                point.value.minReplicas = minimum;
                point.value.maxReplicas = std::max(minimum, maximum);
            }
            points.append(point);
        }
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const Point &a, const Point &b) { return a.at < b.at; });
    return points;
}

ScalingTimerPreview::Step ScalingTimerPreview::metricBounds(const QDateTime &at) const
{
    const std::optional<ScalingMetricPolicy> &metric = m_rule.metric;
    const int minimum = metric ? metric->minReplicas.value_or(1) : 1;
    const int maximum = metric ? metric->maxReplicas.value_or(minimum) : minimum;
    Step bounds;
    bounds.at = at;
    bounds.minReplicas = minimum;
    bounds.maxReplicas = std::max(minimum, maximum);
    return bounds;
}

std::optional<ScalingTimerPreview::Step> ScalingTimerPreview::valueAt(const QDateTime &at) const
{
    if (!isApplicable())
        return std::nullopt;
    const QDateTime utc = at.toUTC();
    const QDate day = utc.toTimeZone(m_zone).date();
    const bool timing = m_rule.type == ScalingRuleType::Timing;
    // Mix rules only look at the same local day; timing values last until the next point.
    const QList<Point> points = pointsBetween(timing ? day.addDays(-lookBackDays) : day, day);
    QList<QDateTime> instants;
    QList<Step> values;
    for (const Point &point : points) {
        instants.append(point.at);
        values.append(point.value);
    }
    const Step *latest = latestAtOrBefore(instants, values, utc);
    if (!latest)
        return timing ? std::nullopt : std::optional<Step>(metricBounds(utc));
    Step value = *latest;
    value.at = utc;
    return value;
}

QList<ScalingTimerPreview::Step> ScalingTimerPreview::steps(const QDateTime &start, int days) const
{
    QList<Step> steps;
    if (!isApplicable() || days <= 0)
        return steps;
    const QDateTime from = start.toUTC();
    const QDateTime until = from.addDays(days);
    const QDate firstDay = from.toTimeZone(m_zone).date();
    const QDate lastDay = until.toTimeZone(m_zone).date();
    const bool timing = m_rule.type == ScalingRuleType::Timing;

    const QList<Point> points = pointsBetween(firstDay.addDays(timing ? -lookBackDays : 0), lastDay);
    QList<QDateTime> instants;
    QList<Step> values;
    for (const Point &point : points) {
        instants.append(point.at);
        values.append(point.value);
    }
    // Where the value may change: the start, every point and, for mix rules, every local midnight.
    QList<QDateTime> candidates{from};
    for (const QDateTime &instant : std::as_const(instants)) {
        if (instant > from && instant < until)
            candidates.append(instant);
    }
    if (!timing) {
        for (QDate day = firstDay.addDays(1); day <= lastDay; day = day.addDays(1)) {
            const QDateTime midnight = QDateTime(day, QTime(0, 0), m_zone).toUTC();
            if (midnight < until)
                candidates.append(midnight);
        }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    for (const QDateTime &candidate : std::as_const(candidates)) {
        Step value;
        const Step *latest = latestAtOrBefore(instants, values, candidate);
        if (latest && (timing || latest->at.toTimeZone(m_zone).date() == candidate.toTimeZone(m_zone).date()))
            value = *latest;
        else if (!timing)
            value = metricBounds(candidate);
        else
            continue;
        value.at = candidate;
        if (steps.isEmpty() || !steps.constLast().sameValueAs(value))
            steps.append(value);
    }
    return steps;
}
