#include "scalingrulediff.h"

#include "core/scalingrulesummary.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

/// The order of the lines.
enum class Section
{
    Type,
    State,
    MinReadyInstances,
    MinReadyInstanceRatio,
    IdleMode,
    BeginDate,
    EndDate,
    Days,
    TimeZone,
    Schedule,
    MinimumInstances,
    MaximumInstances,
    Metric,
    ScaleOutStep,
    ScaleOut,
    ScaleOutWindow,
    ScaleInStep,
    ScaleIn,
    ScaleInWindow,
};

/**
 * Where a fact sorts and how the facts of two rules are matched: by section, then by item (a
 * schedule point's time, a metric's type), then by the occurrence of that item, so that
 * duplicates (which the validator rejects) are matched in order.
 */
struct FactKey
{
    Section section = Section::Type;
    QString item;
    int occurrence = 0;

    friend bool operator==(const FactKey &, const FactKey &) = default;
    friend bool operator<(const FactKey &a, const FactKey &b)
    {
        return std::tie(a.section, a.item, a.occurrence) < std::tie(b.section, b.item, b.occurrence);
    }
};

/**
 * One thing a rule sets, as read: "Schedule | 08:00 → 10". A schedule point or a metric also has
 * details, its own fields, which are what a change shows ("Schedule 08:00: target | 10 | 12");
 * the details of two matched facts line up one for one.
 */
struct Fact
{
    FactKey key;
    QString field;
    QString value;
    QList<Fact> details;
};

/// A fact that is one value: "Type | Timing".
Fact plain(Section section, const QString &field, const QString &value)
{
    return {{section, {}, 0}, field, value, {}};
}

QString notSet()
{
    //: a value that a scaling rule leaves unset, in a list of changes
    return ScalingRuleDiff::tr("not set");
}

QString number(std::optional<int> value)
{
    return value ? QString::number(*value) : notSet();
}

QString onOff(bool on)
{
    if (on)
        //: a switch of a scaling rule that is on (the rule, scale-out, scale-in, idle mode)
        return ScalingRuleDiff::tr("Enabled");
    //: a switch of a scaling rule that is off (the rule, scale-out, scale-in, idle mode)
    return ScalingRuleDiff::tr("Disabled");
}

QString typeName(ScalingRuleType type)
{
    switch (type) {
    case ScalingRuleType::Timing:
        //: the type of a scaling rule that follows a schedule
        return ScalingRuleDiff::tr("Timing", "rule type");
    case ScalingRuleType::Metric:
        //: the type of a scaling rule that follows metrics (CPU, QPS…)
        return ScalingRuleDiff::tr("Metric", "rule type");
    case ScalingRuleType::Mix:
        //: the type of a scaling rule that follows metrics within bounds that follow a schedule
        return ScalingRuleDiff::tr("Mix", "rule type");
    }
    return {};
}

QString seconds(int value)
{
    //: a stabilization window of a scaling rule in seconds, e.g. "300 s"
    return ScalingRuleDiff::tr("%1 s").arg(value);
}

/// What a schedule point sets: "10", "5–20", "min 5", "10, 5–20".
QString pointValue(const ScalingTimer::Schedule &schedule)
{
    QStringList parts;
    if (schedule.targetReplicas)
        parts.append(QString::number(*schedule.targetReplicas));
    if (schedule.minReplicas && schedule.maxReplicas) {
        if (*schedule.minReplicas == *schedule.maxReplicas)
            parts.append(QString::number(*schedule.minReplicas));
        else
            //: a schedule point's instance bounds, e.g. "5–20"
            parts.append(ScalingRuleDiff::tr("%1–%2").arg(*schedule.minReplicas).arg(*schedule.maxReplicas));
    } else if (schedule.minReplicas) {
        //: a schedule point's lower instance bound without an upper one, e.g. "min 5"
        parts.append(ScalingRuleDiff::tr("min %1").arg(*schedule.minReplicas));
    } else if (schedule.maxReplicas) {
        //: a schedule point's upper instance bound without a lower one, e.g. "max 20"
        parts.append(ScalingRuleDiff::tr("max %1").arg(*schedule.maxReplicas));
    }
    if (parts.isEmpty())
        return notSet();
    return parts.join(u", "_s);
}

QList<Fact> scheduleFacts(const ScalingTimer &timer)
{
    QList<Fact> facts;
    QHash<QString, int> occurrences;
    for (const ScalingTimer::Schedule &schedule : timer.schedules) {
        const QString &time = schedule.atTime;
        const FactKey key{Section::Schedule, time, occurrences[time]++};
        //: a schedule point of a scaling rule: at %1 ("08:00") it sets %2 ("10", "5–20")
        const QString value = ScalingRuleDiff::tr("%1 → %2").arg(time, pointValue(schedule));
        //: a schedule point's target instances; %1 is its time ("08:00")
        const QString target = ScalingRuleDiff::tr("Schedule %1: target").arg(time);
        //: a schedule point's lower instance bound (mix rules); %1 is its time ("08:00")
        const QString minimum = ScalingRuleDiff::tr("Schedule %1: minimum").arg(time);
        //: a schedule point's upper instance bound (mix rules); %1 is its time ("08:00")
        const QString maximum = ScalingRuleDiff::tr("Schedule %1: maximum").arg(time);
        //: a point of a scaling rule's schedule, as a line of a list of changes
        facts.append({key, ScalingRuleDiff::tr("Schedule"), value,
                      QList<Fact>{
                          {key, target, number(schedule.targetReplicas), {}},
                          {key, minimum, number(schedule.minReplicas), {}},
                          {key, maximum, number(schedule.maxReplicas), {}},
                      }});
    }
    return facts;
}

QList<Fact> timerFacts(const ScalingTimer &timer)
{
    const QString period = ScalingRuleSummary::period(timer.period);
    QList<Fact> facts{
        //: the first date a scaling schedule is valid
        plain(Section::BeginDate, ScalingRuleDiff::tr("Begin date"),
              //: a scaling schedule without a first date: valid from now
              timer.beginDate.isEmpty() ? ScalingRuleDiff::tr("no start") : timer.beginDate),
        //: the last date a scaling schedule is valid
        plain(Section::EndDate, ScalingRuleDiff::tr("End date"),
              //: a scaling schedule without a last date: valid for ever
              timer.endDate.isEmpty() ? ScalingRuleDiff::tr("no end") : timer.endDate),
        //: the days a scaling schedule runs on ("Daily", "Mon–Fri")
        plain(Section::Days, ScalingRuleDiff::tr("Days"), period.isEmpty() ? notSet() : period),
        //: the time zone of a scaling schedule's times ("Asia/Shanghai")
        plain(Section::TimeZone, ScalingRuleDiff::tr("Time zone"), timer.effectiveTimeZone()),
    };
    facts.append(scheduleFacts(timer));
    return facts;
}

/// The metric's place in allScalingMetricTypes(), so that metrics list as in the editor; unknown
/// types (kept as sent) come last, by their text.
QString metricItem(const ScalingMetricPolicy::Metric &metric)
{
    const std::optional<ScalingMetricType> type = metric.type();
    if (!type)
        return u'~' + metric.metricType;
    return QString::number(allScalingMetricTypes().indexOf(*type)).rightJustified(2, u'0');
}

QList<Fact> metricFacts(const QList<ScalingMetricPolicy::Metric> &metrics)
{
    QList<Fact> facts;
    QHash<QString, int> occurrences;
    for (const ScalingMetricPolicy::Metric &metric : metrics) {
        const QString item = metricItem(metric);
        const FactKey key{Section::Metric, item, occurrences[item]++};
        ScalingMetricPolicy single;
        single.metrics = {metric};
        const QString target = ScalingRuleSummary::metrics(single);
        const std::optional<ScalingMetricType> type = metric.type();
        const QString name = type ? ScalingRuleSummary::metricName(*type) : metric.metricType;
        const auto orNotSet = [](const QString &text) { return text.isEmpty() ? notSet() : text; };
        QString value = target;
        if (!metric.slbId.isEmpty() || !metric.vport.isEmpty())
            //: an SLB metric of a scaling rule: %1 its target ("SLB QPS 100"), %2 the load balancer, %3
            //: its listener port
            value = ScalingRuleDiff::tr("%1 (SLB %2, port %3)")
                        .arg(target, orNotSet(metric.slbId), orNotSet(metric.vport));
        //: a metric a scaling rule watches, with its target ("CPU 60%")
        const QString field = ScalingRuleDiff::tr("Metric");
        facts.append(
            {key,
             field,
             value,
             {
                 {key, field, target, {}},
                 //: the load balancer of an SLB metric; %1 is the metric ("SLB QPS")
                 {key, ScalingRuleDiff::tr("%1: SLB ID").arg(name), orNotSet(metric.slbId), {}},
                 //: the Log Service project holding an SLB's access logs; %1 is the metric
                 {key, ScalingRuleDiff::tr("%1: SLS project").arg(name), orNotSet(metric.slbProject), {}},
                 //: the Log Service logstore holding an SLB's access logs; %1 is the metric
                 {key, ScalingRuleDiff::tr("%1: Logstore").arg(name), orNotSet(metric.slbLogstore), {}},
                 //: the SLB listener port of an SLB metric; %1 is the metric
                 {key, ScalingRuleDiff::tr("%1: port").arg(name), orNotSet(metric.vport), {}},
             }});
    }
    return facts;
}

QList<Fact> policyFacts(const ScalingMetricPolicy &policy)
{
    QList<Fact> facts{
        //: the least instances a metric scaling rule keeps
        plain(Section::MinimumInstances, ScalingRuleDiff::tr("Minimum instances"),
              number(policy.minReplicas)),
        //: the most instances a metric scaling rule scales out to
        plain(Section::MaximumInstances, ScalingRuleDiff::tr("Maximum instances"),
              number(policy.maxReplicas)),
    };
    facts.append(metricFacts(policy.metrics));
    facts.append({
        //: the most instances one scale-out step adds
        plain(Section::ScaleOutStep, ScalingRuleDiff::tr("Scale-out step"),
              QString::number(policy.scaleUp.step)),
        //: whether a metric scaling rule may scale out
        plain(Section::ScaleOut, ScalingRuleDiff::tr("Scale-out"), onOff(!policy.scaleUp.disabled)),
        //: the cool-down after a scale-out
        plain(Section::ScaleOutWindow, ScalingRuleDiff::tr("Scale-out stabilization window"),
              seconds(policy.scaleUp.stabilizationWindowSeconds)),
        //: the most instances one scale-in step removes
        plain(Section::ScaleInStep, ScalingRuleDiff::tr("Scale-in step"),
              QString::number(policy.scaleDown.step)),
        //: whether a metric scaling rule may scale in
        plain(Section::ScaleIn, ScalingRuleDiff::tr("Scale-in"), onOff(!policy.scaleDown.disabled)),
        //: the cool-down after a scale-in
        plain(Section::ScaleInWindow, ScalingRuleDiff::tr("Scale-in stabilization window"),
              seconds(policy.scaleDown.stabilizationWindowSeconds)),
    });
    return facts;
}

/// Everything the rule sets, sorted by key.
QList<Fact> factsOf(const ScalingRule &rule)
{
    const int ratio = rule.minReadyInstanceRatio;
    QList<Fact> facts{
        //: the type of a scaling rule (timing, metric, mix)
        plain(Section::Type, ScalingRuleDiff::tr("Type"), typeName(rule.type)),
        //: whether a scaling rule is enabled
        plain(Section::State, ScalingRuleDiff::tr("State"), onOff(rule.enabled)),
        //: the least instances that stay ready while a scaling rule scales
        plain(Section::MinReadyInstances, ScalingRuleDiff::tr("Minimum ready instances"),
              QString::number(rule.minReadyInstances)),
        //: the least share of instances that stay ready while a scaling rule scales; when set it wins
        //: over the minimum ready instances
        plain(Section::MinReadyInstanceRatio, ScalingRuleDiff::tr("Minimum ready ratio"),
              //: a percentage, e.g. "50%"
              ratio < 0 ? notSet() : ScalingRuleDiff::tr("%1%").arg(ratio)),
        //: whether a scaling rule uses SAE's idle mode
        plain(Section::IdleMode, ScalingRuleDiff::tr("Idle mode"), onOff(rule.enableIdle)),
    };
    if (rule.type != ScalingRuleType::Metric && rule.timer)
        facts.append(timerFacts(*rule.timer));
    if (rule.hasMetricPart())
        facts.append(policyFacts(*rule.metric));
    std::stable_sort(facts.begin(), facts.end(), [](const Fact &a, const Fact &b) { return a.key < b.key; });
    return facts;
}

QList<ConfirmationChange> changesBetween(const Fact &before, const Fact &after)
{
    QList<ConfirmationChange> changes;
    const qsizetype details = std::min(before.details.size(), after.details.size());
    for (qsizetype i = 0; i < details; ++i) {
        const Fact &from = before.details.at(i);
        const Fact &to = after.details.at(i);
        if (from.value != to.value)
            changes.append({to.field, from.value, to.value});
    }
    // A whole value that changed without a detail saying so still shows.
    if (changes.isEmpty() && before.value != after.value)
        changes.append({after.field, before.value, after.value});
    return changes;
}

} // namespace

QList<ConfirmationChange> ScalingRuleDiff::between(const ScalingRule &before, const ScalingRule &after)
{
    const QList<Fact> from = factsOf(before);
    const QList<Fact> to = factsOf(after);
    QList<ConfirmationChange> changes;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < from.size() || j < to.size()) {
        if (j == to.size() || (i < from.size() && from.at(i).key < to.at(j).key)) {
            changes.append({from.at(i).field, from.at(i).value, {}});
            ++i;
        } else if (i == from.size() || to.at(j).key < from.at(i).key) {
            changes.append({to.at(j).field, {}, to.at(j).value});
            ++j;
        } else {
            changes.append(changesBetween(from.at(i), to.at(j)));
            ++i;
            ++j;
        }
    }
    return changes;
}

QList<ConfirmationChange> ScalingRuleDiff::ofNewRule(const ScalingRule &rule)
{
    QList<ConfirmationChange> changes;
    for (const Fact &fact : factsOf(rule))
        changes.append({fact.field, {}, fact.value});
    return changes;
}
