#include "scalingrulevalidator.h"

#include "core/scalingperiod.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>

namespace ScalingRuleValidator {

namespace {

using namespace Qt::StringLiterals;

const QString s_timer = u"ScalingRuleTimer"_s;
const QString s_metric = u"ScalingRuleMetric"_s;

using Reason = ScalingRuleError::Reason;

ScalingRuleError because(ScalingRuleError error, Reason reason, std::optional<int> minimum = std::nullopt,
                         std::optional<int> maximum = std::nullopt)
{
    error.reason = reason;
    error.minimum = minimum;
    error.maximum = maximum;
    return error;
}

ScalingRuleError dateFormat(const QString &field)
{
    return {u"InvalidScalingRuleDate.Format"_s, u"The specified date is invalid."_s, field, Reason::Format};
}

ScalingRuleError timeFormat(const QString &field)
{
    return {u"InvalidScalingRuleTime.Format"_s, u"The specified time is invalid."_s, field, Reason::Format};
}

ScalingRuleError timeConflict(const QString &field)
{
    return {u"InvalidScalingRuleTime.Conflict"_s,
            u"The specified scaling rule time is invalid. Another schedule has been set for the specified "
            "time range. Please set a different time."_s,
            field, Reason::TimeConflict};
}

ScalingRuleError quotaOfInstances(const QString &field)
{
    return {
        u"NoComputeResourceQuota.App.Exceed"_s,
        u"You can create %1 instances for each application. Please submit a ticket to raise the quota."_s.arg(
            maximumReplicas),
        field,
        Reason::QuotaInstances,
        std::nullopt,
        maximumReplicas};
}

/// A replica count within 1..50: below is invalid, above needs the allow-list.
void checkReplicas(QList<ScalingRuleError> &problems, const QString &parameter, const QString &field,
                   const std::optional<int> &replicas)
{
    const QString fullField = parameter + u'.' + field;
    if (!replicas)
        problems.append(notEmpty(fullField));
    else if (*replicas < minimumReplicas)
        problems.append(
            because(invalidParameter(parameter, field,
                                     u"must be from %1 to %2"_s.arg(minimumReplicas).arg(maximumReplicas)),
                    Reason::OutOfRange, minimumReplicas, maximumReplicas));
    else if (*replicas > maximumReplicas)
        problems.append(quotaOfInstances(fullField));
}

void checkBounds(QList<ScalingRuleError> &problems, const QString &parameter, const QString &prefix,
                 const std::optional<int> &minimum, const std::optional<int> &maximum)
{
    checkReplicas(problems, parameter, prefix + u"minReplicas"_s, minimum);
    checkReplicas(problems, parameter, prefix + u"maxReplicas"_s, maximum);
    if (minimum && maximum && *minimum > *maximum) {
        problems.append(because(
            invalidParameter(parameter, prefix + u"minReplicas"_s, u"must not be greater than maxReplicas"_s),
            Reason::MinAboveMax));
    }
}

void checkTimer(QList<ScalingRuleError> &problems, const ScalingTimer &timer, ScalingRuleType type)
{
    const QDate begin = timer.begin();
    const QDate end = timer.end();
    // Both dates or neither (reference 7.3); a lone date is as malformed as a wrong one.
    if ((!timer.beginDate.isEmpty() && !begin.isValid())
        || (timer.beginDate.isEmpty() && !timer.endDate.isEmpty()))
        problems.append(dateFormat(s_timer + u".beginDate"_s));
    if ((!timer.endDate.isEmpty() && !end.isValid())
        || (timer.endDate.isEmpty() && !timer.beginDate.isEmpty()))
        problems.append(dateFormat(s_timer + u".endDate"_s));
    if (begin.isValid() && end.isValid() && begin > end) {
        problems.append({u"InvalidScalingRuleDate.BeginAfterEnd"_s,
                         u"The specified beginning time is later than the ending time."_s,
                         s_timer + u".beginDate"_s, Reason::BeginAfterEnd});
    }
    if (!ScalingPeriod::parse(timer.period)) {
        problems.append(
            because(invalidParameter(s_timer, u"period"_s,
                                     u"must be \"* * *\", days of the week such as \"* * Mon,Fri\" or days "
                                     "of the month such as \"1,15 * *\""_s),
                    Reason::PeriodFormat));
    }

    if (timer.schedules.isEmpty())
        problems.append(notEmpty(s_timer + u".schedules"_s));
    if (timer.schedules.size() > maximumSchedules) {
        problems.append({u"QuotaExceeded.ScalingRuleTime"_s,
                         u"The maximum number of scaling policy trigger time is exceeded."_s,
                         s_timer + u".schedules"_s, Reason::QuotaSchedules, std::nullopt, maximumSchedules});
    }
    QSet<QTime> times;
    for (qsizetype i = 0; i < timer.schedules.size(); ++i) {
        const ScalingTimer::Schedule &schedule = timer.schedules.at(i);
        const QString prefix = u"schedules[%1]."_s.arg(i);
        const QTime time = schedule.time();
        if (!time.isValid())
            problems.append(timeFormat(s_timer + u'.' + prefix + u"atTime"_s));
        else if (times.contains(time))
            problems.append(timeConflict(s_timer + u'.' + prefix + u"atTime"_s));
        else
            times.insert(time);
        if (type == ScalingRuleType::Mix)
            checkBounds(problems, s_timer, prefix, schedule.minReplicas, schedule.maxReplicas);
        else
            checkReplicas(problems, s_timer, prefix + u"targetReplicas"_s, schedule.targetReplicas);
    }
}

void checkStepRule(QList<ScalingRuleError> &problems, const QString &name,
                   const ScalingMetricPolicy::StepRule &rule)
{
    if (rule.step < 1)
        problems.append(because(invalidParameter(s_metric, name + u".step"_s, u"must be at least 1"_s),
                                Reason::OutOfRange, 1));
    if (rule.stabilizationWindowSeconds < 0
        || rule.stabilizationWindowSeconds > maximumStabilizationWindowSeconds) {
        problems.append(
            because(invalidParameter(s_metric, name + u".stabilizationWindowSeconds"_s,
                                     u"must be from 0 to %1"_s.arg(maximumStabilizationWindowSeconds)),
                    Reason::OutOfRange, 0, maximumStabilizationWindowSeconds));
    }
}

void checkMetric(QList<ScalingRuleError> &problems, const ScalingMetricPolicy &metric)
{
    checkBounds(problems, s_metric, QString(), metric.minReplicas, metric.maxReplicas);
    if (metric.metrics.isEmpty())
        problems.append(notEmpty(s_metric + u".metrics"_s));
    QSet<ScalingMetricType> seen;
    for (qsizetype i = 0; i < metric.metrics.size(); ++i) {
        const ScalingMetricPolicy::Metric &item = metric.metrics.at(i);
        const QString prefix = u"metrics[%1]."_s.arg(i);
        const std::optional<ScalingMetricType> type = item.type();
        if (item.metricType.isEmpty()) {
            problems.append(notEmpty(s_metric + u'.' + prefix + u"metricType"_s));
            continue;
        }
        if (!type) {
            QStringList names;
            for (ScalingMetricType known : allScalingMetricTypes())
                names.append(toWire(known));
            problems.append(because(invalidParameter(s_metric, prefix + u"metricType"_s,
                                                     u"must be one of "_s + names.join(u", "_s)),
                                    Reason::UnknownMetricType));
            continue;
        }
        if (seen.contains(*type)) {
            problems.append(because(invalidParameter(s_metric, prefix + u"metricType"_s,
                                                     toWire(*type) + u" is given more than once"_s),
                                    Reason::Duplicate));
        }
        seen.insert(*type);
        // [I] The reference gives units, not limits: a percentage is at most 100, and a target of
        // zero would scale out for ever.
        const int target = item.targetAverageUtilization;
        if (isPercentage(*type) && (target < 1 || target > 100)) {
            problems.append(
                because(invalidParameter(s_metric, prefix + u"metricTargetAverageUtilization"_s,
                                         u"must be from 1 to 100 (percent) for "_s + toWire(*type)),
                        Reason::OutOfRange, 1, 100));
        } else if (!isPercentage(*type) && target < 1) {
            problems.append(because(invalidParameter(s_metric, prefix + u"metricTargetAverageUtilization"_s,
                                                     u"must be at least 1 for "_s + toWire(*type)),
                                    Reason::OutOfRange, 1));
        }
        if (needsSlb(*type)) {
            const std::array<std::pair<QStringView, const QString *>, 4> slbFields{{
                {u"slbId", &item.slbId},
                {u"slbProject", &item.slbProject},
                {u"slbLogstore", &item.slbLogstore},
                {u"vport", &item.vport},
            }};
            for (const auto &[name, value] : slbFields) {
                if (value->isEmpty())
                    problems.append(notEmpty(s_metric + u'.' + prefix + name.toString()));
            }
        }
    }
    checkStepRule(problems, u"scaleUpRules"_s, metric.scaleUp);
    checkStepRule(problems, u"scaleDownRules"_s, metric.scaleDown);
}

bool dateRangesOverlap(const ScalingTimer &a, const ScalingTimer &b)
{
    const QDate aBegin = a.begin();
    const QDate aEnd = a.end();
    const QDate bBegin = b.begin();
    const QDate bEnd = b.end();
    if (aEnd.isValid() && bBegin.isValid() && aEnd < bBegin)
        return false;
    if (bEnd.isValid() && aBegin.isValid() && bEnd < aBegin)
        return false;
    return true;
}

/// A schedule point of another rule at the same time on a day both rules run.
void checkConflicts(QList<ScalingRuleError> &problems, const ScalingRule &rule,
                    const QList<ScalingRule> &others)
{
    if (!rule.timer || rule.type == ScalingRuleType::Metric)
        return;
    const std::optional<ScalingPeriod> period = ScalingPeriod::parse(rule.timer->period);
    if (!period)
        return;
    for (const ScalingRule &other : others) {
        if (other.name == rule.name || !other.timer || other.type == ScalingRuleType::Metric)
            continue;
        const std::optional<ScalingPeriod> otherPeriod = ScalingPeriod::parse(other.timer->period);
        if (!otherPeriod || !period->overlaps(*otherPeriod) || !dateRangesOverlap(*rule.timer, *other.timer))
            continue;
        for (qsizetype i = 0; i < rule.timer->schedules.size(); ++i) {
            const QTime time = rule.timer->schedules.at(i).time();
            for (const ScalingTimer::Schedule &otherSchedule : other.timer->schedules) {
                if (time.isValid() && otherSchedule.time() == time) {
                    problems.append(timeConflict(s_timer + u".schedules[%1].atTime"_s.arg(i)));
                    return;
                }
            }
        }
    }
}

} // namespace

ScalingRuleError notEmpty(const QString &field)
{
    const QString name = field.section(u'.', -1);
    return {u"InvalidParameter.NotEmpty"_s, u"You must specify the parameter %1."_s.arg(name), field,
            Reason::Required};
}

ScalingRuleError invalidParameter(const QString &parameter, const QString &field, const QString &why)
{
    const QString fullField = field.isEmpty() ? parameter : parameter + u'.' + field;
    const QString detail = field.isEmpty() ? why : field + u' ' + why;
    return {u"InvalidParameter.WithMessage"_s, u"The parameter is invalid {%1}: %2"_s.arg(parameter, detail),
            fullField};
}

std::optional<ScalingRuleError> checkName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9-]*$"_s);
    if (name.isEmpty())
        return notEmpty(u"ScalingRuleName"_s);
    if (name.size() > maximumNameLength || !pattern.match(name).hasMatch()) {
        return because(invalidParameter(
                           u"ScalingRuleName"_s, QString(),
                           u"must start with a lower-case letter, contain only lower-case letters, "
                           "digits and hyphens, and be at most %1 characters long"_s.arg(maximumNameLength)),
                       Reason::NamePattern, std::nullopt, maximumNameLength);
    }
    return std::nullopt;
}

QList<ScalingRuleError> problemsOf(const ScalingRule &rule, const QList<ScalingRule> &others)
{
    QList<ScalingRuleError> problems;
    if (auto error = checkName(rule.name))
        problems.append(*error);
    if (rule.type == ScalingRuleType::Timing && !rule.timer)
        problems.append(notEmpty(s_timer));
    if (rule.type != ScalingRuleType::Timing && !rule.metric)
        problems.append(notEmpty(s_metric));
    if (rule.minReadyInstances < -1)
        problems.append(because(invalidParameter(u"MinReadyInstances"_s, QString(), u"must be -1 or more"_s),
                                Reason::OutOfRange, -1));
    if (rule.minReadyInstanceRatio < -1 || rule.minReadyInstanceRatio > 100)
        problems.append(
            because(invalidParameter(u"MinReadyInstanceRatio"_s, QString(), u"must be -1 or from 0 to 100"_s),
                    Reason::OutOfRange, -1, 100));
    if (rule.timer && rule.type != ScalingRuleType::Metric)
        checkTimer(problems, *rule.timer, rule.type);
    if (rule.metric && rule.type != ScalingRuleType::Timing)
        checkMetric(problems, *rule.metric);
    checkConflicts(problems, rule, others);
    return problems;
}

QList<ScalingRuleError> creationProblems(const ScalingRule &rule, const QList<ScalingRule> &existing)
{
    QList<ScalingRuleError> problems;
    const bool taken = std::any_of(existing.cbegin(), existing.cend(),
                                   [&rule](const ScalingRule &other) { return other.name == rule.name; });
    if (taken) {
        problems.append({u"InstanceExist.ScalingRuleName"_s,
                         u"The specified ScalingRuleName already exists."_s, u"ScalingRuleName"_s,
                         Reason::NameTaken});
    }
    if (existing.size() >= maximumRulesPerApplication) {
        problems.append({u"QuotaExceeded.ScalingRule"_s,
                         u"The maximum number of application scaling rules is exceeded."_s, QString(),
                         Reason::QuotaRules, std::nullopt, maximumRulesPerApplication});
    }
    return problems;
}

std::optional<ScalingRuleError> checkCreate(const ScalingRule &rule, const QList<ScalingRule> &existing)
{
    if (auto error = checkName(rule.name))
        return error;
    if (const QList<ScalingRuleError> problems = creationProblems(rule, existing); !problems.isEmpty())
        return problems.first();
    return checkUpdate(rule, existing);
}

std::optional<ScalingRuleError> checkUpdate(const ScalingRule &rule, const QList<ScalingRule> &existing)
{
    const QList<ScalingRuleError> problems = problemsOf(rule, existing);
    if (problems.isEmpty())
        return std::nullopt;
    return problems.first();
}

} // namespace ScalingRuleValidator
