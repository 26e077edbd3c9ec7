#include "scalingrulesummary.h"

#include "core/scalingperiod.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// The schedules with a valid time, earliest first (several at one time: as listed).
QList<ScalingTimer::Schedule> byTime(const ScalingTimer &timer)
{
    QList<ScalingTimer::Schedule> schedules;
    for (const ScalingTimer::Schedule &schedule : timer.schedules) {
        if (schedule.time().isValid())
            schedules.append(schedule);
    }
    std::stable_sort(
        schedules.begin(), schedules.end(),
        [](const ScalingTimer::Schedule &a, const ScalingTimer::Schedule &b) { return a.time() < b.time(); });
    return schedules;
}

/// The metric part's bounds as the emulator's ScalingEngine takes them.
std::pair<int, int> boundsOf(const ScalingMetricPolicy &policy)
{
    const int minimum = policy.minReplicas.value_or(1);
    const int maximum = policy.maxReplicas.value_or(minimum);
    return {minimum, std::max(minimum, maximum)};
}

} // namespace

QString ScalingRuleSummary::of(const ScalingRule &rule)
{
    if (rule.type == ScalingRuleType::Timing) {
        if (!rule.timer)
            return {};
        const QString points = timingPoints(*rule.timer);
        //: a timing scaling rule: %1 is the days it runs ("Daily", "Mon–Fri"), %2 its points ("08:00 → 10,
        //: 20:00 → 3")
        return withValidity(tr("%1 %2", "schedule").arg(period(rule.timer->period), points), *rule.timer);
    }

    const ScalingMetricPolicy policy = rule.metric.value_or(ScalingMetricPolicy{});
    const auto [minimum, maximum] = boundsOf(policy);
    const bool scheduled = rule.type == ScalingRuleType::Mix && rule.timer && !byTime(*rule.timer).isEmpty();
    if (!scheduled) {
        //: a metric scaling rule: %1 its metrics ("CPU 60% · Memory 70%"), %2 its bounds ("2–10 instances")
        return tr("%1 / %2").arg(metrics(policy), instanceRange(minimum, maximum));
    }
    const ScalingTimer &timer = *rule.timer;
    const std::optional<ScalingPeriod> parsed = ScalingPeriod::parse(timer.period);
    QString points = mixPoints(timer, minimum, maximum);
    if (!parsed || parsed->kind() != ScalingPeriod::Kind::EveryDay)
        points = tr("%1 %2", "schedule").arg(period(timer.period), points);
    const QString bounds =
        minimum == maximum ? QString::number(minimum) : tr("%1–%2", "instances").arg(minimum).arg(maximum);
    //: a mix scaling rule: %1 its metrics, %2 the default bounds ("2–10"), %3 its schedule ("08:00 → 5–20,
    //: ...")
    return withValidity(tr("%1 / %2; %3").arg(metrics(policy), bounds, points), timer);
}

QString ScalingRuleSummary::metrics(const ScalingMetricPolicy &policy)
{
    QStringList parts;
    for (const ScalingMetricPolicy::Metric &metric : policy.metrics) {
        const std::optional<ScalingMetricType> type = metric.type();
        if (!type) {
            parts.append(metric.metricType + u' ' + QString::number(metric.targetAverageUtilization));
            continue;
        }
        const int target = metric.targetAverageUtilization;
        if (isPercentage(*type))
            //: a metric and its target in percent, e.g. "CPU 60%"
            parts.append(tr("%1 %2%").arg(metricName(*type)).arg(target));
        else if (*type == ScalingMetricType::Rt || *type == ScalingMetricType::SlbRt
                 || *type == ScalingMetricType::IntranetSlbRt)
            //: a response-time metric and its target in milliseconds, e.g. "RT 200 ms"
            parts.append(tr("%1 %2 ms").arg(metricName(*type)).arg(target));
        else
            //: a metric and its target per instance, e.g. "QPS 500"
            parts.append(tr("%1 %2").arg(metricName(*type)).arg(target));
    }
    if (parts.isEmpty())
        //: a metric scaling rule that watches nothing
        return tr("no metrics");
    return parts.join(u" · "_s);
}

QString ScalingRuleSummary::period(const QString &period)
{
    const std::optional<ScalingPeriod> parsed = ScalingPeriod::parse(period);
    if (!parsed)
        return period;
    const QList<int> &days = parsed->days();
    switch (parsed->kind()) {
    case ScalingPeriod::Kind::EveryDay:
        //: a scaling schedule that runs every day
        return tr("Daily");
    case ScalingPeriod::Kind::DaysOfWeek: {
        // Runs of three days or more read as ranges: "Mon–Fri", "Mon–Wed, Sat".
        QStringList parts;
        for (qsizetype i = 0; i < days.size();) {
            qsizetype last = i;
            while (last + 1 < days.size() && days.at(last + 1) == days.at(last) + 1)
                ++last;
            if (last - i >= 2) {
                //: a range of weekdays, e.g. "Mon–Fri"
                parts.append(
                    tr("%1–%2", "weekdays").arg(weekdayName(days.at(i)), weekdayName(days.at(last))));
            } else {
                for (qsizetype j = i; j <= last; ++j)
                    parts.append(weekdayName(days.at(j)));
            }
            i = last + 1;
        }
        return parts.join(u", "_s);
    }
    case ScalingPeriod::Kind::DaysOfMonth: {
        QStringList numbers;
        for (int day : days)
            numbers.append(QString::number(day));
        if (numbers.size() == 1)
            //: a scaling schedule that runs on one day of each month, e.g. "Day 1"
            return tr("Day %1").arg(numbers.constFirst());
        //: a scaling schedule that runs on these days of each month, e.g. "Days 1, 15"
        return tr("Days %1").arg(numbers.join(u", "_s));
    }
    }
    return period;
}

QString ScalingRuleSummary::validity(const ScalingTimer &timer)
{
    const QDate begin = timer.begin();
    const QDate end = timer.end();
    const QString beginText = begin.isValid() ? begin.toString(Qt::ISODate) : timer.beginDate;
    const QString endText = end.isValid() ? end.toString(Qt::ISODate) : timer.endDate;
    if (!beginText.isEmpty() && !endText.isEmpty())
        //: the dates a scaling rule is valid, both included, e.g. "2026-01-01 to 2026-12-31"
        return tr("%1 to %2").arg(beginText, endText);
    if (!endText.isEmpty())
        //: the last date a scaling rule is valid, e.g. "until 2026-12-31"
        return tr("until %1").arg(endText);
    if (!beginText.isEmpty())
        //: the first date a scaling rule is valid, e.g. "from 2026-01-01"
        return tr("from %1").arg(beginText);
    return {};
}

QString ScalingRuleSummary::metricName(ScalingMetricType type)
{
    switch (type) {
    case ScalingMetricType::Cpu:
        return tr("CPU");
    case ScalingMetricType::Memory:
        return tr("Memory");
    case ScalingMetricType::Qps:
        return tr("QPS");
    case ScalingMetricType::Rt:
        //: response time
        return tr("RT");
    case ScalingMetricType::TcpActiveConnections:
        //: active TCP connections per instance
        return tr("TCP connections");
    case ScalingMetricType::SlbQps:
        //: QPS of the Internet-facing load balancer
        return tr("SLB QPS");
    case ScalingMetricType::SlbRt:
        //: response time of the Internet-facing load balancer
        return tr("SLB RT");
    case ScalingMetricType::IntranetSlbQps:
        //: QPS of the internal-facing load balancer
        return tr("Intranet SLB QPS");
    case ScalingMetricType::IntranetSlbRt:
        //: response time of the internal-facing load balancer
        return tr("Intranet SLB RT");
    }
    return {};
}

QString ScalingRuleSummary::weekdayName(int day)
{
    switch (day) {
    case 1:
        //: Monday, short
        return tr("Mon");
    case 2:
        //: Tuesday, short
        return tr("Tue");
    case 3:
        //: Wednesday, short
        return tr("Wed");
    case 4:
        //: Thursday, short
        return tr("Thu");
    case 5:
        //: Friday, short
        return tr("Fri");
    case 6:
        //: Saturday, short
        return tr("Sat");
    case 7:
        //: Sunday, short
        return tr("Sun");
    }
    return {};
}

QString ScalingRuleSummary::instanceRange(int minimum, int maximum)
{
    if (minimum == maximum)
        //: a fixed number of instances of a scaling rule, e.g. "3 instances"
        return tr("%n instance(s)", nullptr, minimum);
    //: the bounds of a scaling rule, e.g. "2–10 instances"
    return tr("%1–%2 instances").arg(minimum).arg(maximum);
}

QString ScalingRuleSummary::timingPoints(const ScalingTimer &timer)
{
    QStringList points;
    for (const ScalingTimer::Schedule &schedule : byTime(timer)) {
        if (schedule.targetReplicas)
            //: a schedule point: at %1 ("08:00") set %2 instances
            points.append(tr("%1 → %2").arg(schedule.atTime).arg(*schedule.targetReplicas));
    }
    if (points.isEmpty())
        //: a scaling schedule without any time set
        return tr("no times");
    return points.join(u", "_s);
}

QString ScalingRuleSummary::mixPoints(const ScalingTimer &timer, int minimum, int maximum)
{
    QStringList points;
    for (const ScalingTimer::Schedule &schedule : byTime(timer)) {
        const int low = schedule.minReplicas.value_or(minimum);
        const int high = std::max(low, schedule.maxReplicas.value_or(maximum));
        const QString bounds =
            low == high ? QString::number(low) : tr("%1–%2", "instances").arg(low).arg(high);
        points.append(tr("%1 → %2").arg(schedule.atTime, bounds));
    }
    return points.join(u", "_s);
}

QString ScalingRuleSummary::withValidity(const QString &summary, const ScalingTimer &timer)
{
    const QString dates = validity(timer);
    if (dates.isEmpty())
        return summary;
    //: a scaling rule's summary (%1) and the dates it is valid (%2, "until 2026-12-31")
    return tr("%1 (%2)").arg(summary, dates);
}
