#include "scalingengine.h"

#include "core/scalingperiod.h"
#include "emulator/applicationmetricsource.h"
#include "emulator/emulatedapplication.h"
#include "emulator/fleet.h"
#include "emulator/instancefactory.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

using namespace Qt::StringLiterals;

QTimeZone zoneOf(const ScalingTimer &timer)
{
    const QTimeZone zone(timer.effectiveTimeZone().toLatin1());
    // Without the tz database the documented zone is still GMT+8.
    return zone.isValid() ? zone : QTimeZone(8 * 3600);
}

/// Whether the timer runs on `date` (a date in its own time zone).
bool runsOn(const ScalingTimer &timer, const QDate &date)
{
    const std::optional<ScalingPeriod> period = ScalingPeriod::parse(timer.period);
    return period && period->includes(date) && timer.isValidOn(date);
}

/// The schedule point of `timer` that is due exactly at `at`, if any.
const ScalingTimer::Schedule *scheduleDueAt(const ScalingTimer &timer, const QDateTime &at)
{
    const QDateTime local = at.toTimeZone(zoneOf(timer));
    if (local.time().second() != 0 || local.time().msec() != 0 || !runsOn(timer, local.date()))
        return nullptr;
    for (const ScalingTimer::Schedule &schedule : timer.schedules) {
        const QTime time = schedule.time();
        if (time.isValid() && time.hour() == local.time().hour() && time.minute() == local.time().minute())
            return &schedule;
    }
    return nullptr;
}

/// The latest schedule point at or before `at` on the same local day, if any.
const ScalingTimer::Schedule *latestScheduleOfTheDay(const ScalingTimer &timer, const QDateTime &at)
{
    const QDateTime local = at.toTimeZone(zoneOf(timer));
    if (!runsOn(timer, local.date()))
        return nullptr;
    const ScalingTimer::Schedule *latest = nullptr;
    for (const ScalingTimer::Schedule &schedule : timer.schedules) {
        const QTime time = schedule.time();
        if (time.isValid() && time <= local.time() && (!latest || time > latest->time()))
            latest = &schedule;
    }
    return latest;
}

QString recommendationKey(const EmulatedApplication &application, const ScalingRule &rule)
{
    return application.application.appId + u'/' + rule.name;
}

/// Kubernetes' wording of why the HPA scaled out on this metric.
QString aboveTargetReason(ScalingMetricType type)
{
    const QString name = currentMetricName(type);
    if (type == ScalingMetricType::Cpu || type == ScalingMetricType::Memory)
        return name + u" resource utilization (percentage of request) above target"_s;
    if (currentMetricKind(type) == u"Pods")
        return u"pods metric "_s + name + u" above target"_s;
    return u"external metric "_s + name + u" above target"_s;
}

/// Kubernetes' wording of why the HPA changed the replicas.
QString reasonText(const MetricAutoscaler::Decision &decision)
{
    switch (decision.reason) {
    case MetricAutoscaler::Reason::BelowMinimum:
        return u"Current number of replicas below Spec.MinReplicas"_s;
    case MetricAutoscaler::Reason::AboveMaximum:
        return u"Current number of replicas above Spec.MaxReplicas"_s;
    case MetricAutoscaler::Reason::MetricAboveTarget:
        return decision.firstAboveTarget ? aboveTargetReason(*decision.firstAboveTarget)
                                         : u"metrics above target"_s;
    case MetricAutoscaler::Reason::AllMetricsBelowTarget:
        return u"All metrics below target"_s;
    case MetricAutoscaler::Reason::Hold:
        break;
    }
    return {};
}

} // namespace

ScalingEngine::ScalingEngine(std::shared_ptr<const ApplicationMetricSource> metricSource)
    : m_metricSource(std::move(metricSource))
{}

void ScalingEngine::setMetricSource(std::shared_ptr<const ApplicationMetricSource> metricSource)
{
    m_metricSource = std::move(metricSource);
}

void ScalingEngine::advance(Fleet &fleet, const QDateTime &from, const QDateTime &to)
{
    const QDateTime replayFrom = std::max(from, to.addSecs(-maximumReplaySeconds));
    if (replayFrom > from) {
        for (EmulatedApplication &application : fleet.applications)
            catchUpTimers(fleet, application, from, replayFrom);
    }

    // Evaluations happen on the 15-second grid of the epoch; schedule points (whole minutes) lie on it.
    constexpr qint64 period = qint64(evaluationPeriodSeconds) * 1000;
    qint64 tick = (replayFrom.toMSecsSinceEpoch() / period + 1) * period;
    for (; tick <= to.toMSecsSinceEpoch(); tick += period) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(tick, Qt::UTC);
        for (EmulatedApplication &application : fleet.applications) {
            if (application.scalingRules.isEmpty())
                continue;
            fireTimers(fleet, application, at);
            // One HPA per application: the first enabled metric or mix rule drives it.
            for (ScalingRule &rule : application.scalingRules) {
                if (rule.enabled && rule.hasMetricPart()) {
                    evaluateMetricRule(fleet, application, rule, at);
                    break;
                }
            }
        }
    }
}

void ScalingEngine::catchUpTimers(Fleet &fleet, EmulatedApplication &application, const QDateTime &after,
                                  const QDateTime &until)
{
    for (const ScalingRule &rule : std::as_const(application.scalingRules)) {
        if (!rule.enabled || rule.type != ScalingRuleType::Timing || !rule.timer)
            continue;
        const ScalingTimer &timer = *rule.timer;
        const QTimeZone zone = zoneOf(timer);
        const QDate firstDay = after.toTimeZone(zone).date();
        // The latest point in (after, until]; monthly periods may look back a month.
        std::optional<std::pair<QDateTime, int>> latest;
        for (QDate day = until.toTimeZone(zone).date();
             day >= firstDay && firstDay.daysTo(day) >= 0 && !latest; day = day.addDays(-1)) {
            if (day.daysTo(until.toTimeZone(zone).date()) > 62)
                break;
            if (!runsOn(timer, day))
                continue;
            for (const ScalingTimer::Schedule &schedule : timer.schedules) {
                const QDateTime point = QDateTime(day, schedule.time(), zone).toUTC();
                if (!schedule.time().isValid() || point <= after || point > until || !schedule.targetReplicas)
                    continue;
                if (!latest || point > latest->first)
                    latest = std::pair{point, *schedule.targetReplicas};
            }
        }
        if (latest && application.application.targetInstances > 0
            && application.application.targetInstances != latest->second) {
            resize(fleet, application, latest->second, latest->first, rule.name,
                   u"scheduled by rule %1 at %2"_s.arg(rule.name,
                                                       latest->first.toTimeZone(zone).toString(u"HH:mm"_s)));
        }
    }
}

void ScalingEngine::fireTimers(Fleet &fleet, EmulatedApplication &application, const QDateTime &at)
{
    for (const ScalingRule &rule : std::as_const(application.scalingRules)) {
        if (!rule.enabled || rule.type != ScalingRuleType::Timing || !rule.timer)
            continue;
        const ScalingTimer::Schedule *schedule = scheduleDueAt(*rule.timer, at);
        if (!schedule || !schedule->targetReplicas)
            continue;
        // A stopped application stays stopped; a timer does not start it.
        if (application.application.targetInstances <= 0)
            continue;
        const int target = std::clamp(*schedule->targetReplicas, 1, 50);
        if (target == application.application.targetInstances)
            continue;
        resize(fleet, application, target, at, rule.name,
               u"scheduled by rule %1 at %2"_s.arg(rule.name, schedule->atTime));
    }
}

std::pair<int, int> ScalingEngine::boundsAt(const ScalingRule &rule, const QDateTime &at)
{
    int minimum = rule.metric ? rule.metric->minReplicas.value_or(1) : 1;
    int maximum = rule.metric ? rule.metric->maxReplicas.value_or(minimum) : minimum;
    if (rule.type == ScalingRuleType::Mix && rule.timer) {
        if (const ScalingTimer::Schedule *schedule = latestScheduleOfTheDay(*rule.timer, at)) {
            minimum = schedule->minReplicas.value_or(minimum);
            maximum = schedule->maxReplicas.value_or(maximum);
        }
    }
    return {minimum, std::max(minimum, maximum)};
}

void ScalingEngine::evaluateMetricRule(Fleet &fleet, EmulatedApplication &application, ScalingRule &rule,
                                       const QDateTime &at)
{
    const ScalingMetricPolicy &policy = *rule.metric;
    const auto [minimum, maximum] = boundsAt(rule, at);
    const int current = application.application.targetInstances;
    ScalingMetricsStatus status = rule.metricsStatus.value_or(ScalingMetricsStatus{});
    status.minReplicas = minimum;
    status.maxReplicas = maximum;
    status.currentMetrics.clear();
    status.nextScaleMetrics.clear();

    if (current <= 0) { // stopped: the autoscaler leaves it alone
        status.currentReplicas = 0;
        status.desiredReplicas = 0;
        rule.metricsStatus = status;
        return;
    }

    QMap<ScalingMetricType, double> values;
    for (const ScalingMetricPolicy::Metric &metric : policy.metrics) {
        const std::optional<ScalingMetricType> type = metric.type();
        if (!type || metric.targetAverageUtilization <= 0)
            continue;
        const int target = metric.targetAverageUtilization;
        status.nextScaleMetrics.append(
            {currentMetricName(*type), target + 1, int(double(target) * (current - 1) / current)});
        const std::optional<double> value =
            m_metricSource ? m_metricSource->averageValue(application, *type, at) : std::nullopt;
        if (!value)
            continue;
        status.currentMetrics.append(
            {currentMetricName(*type), currentMetricKind(*type), qint64(std::llround(*value))});
        values.insert(*type, *value);
    }

    const MetricAutoscaler::Decision decision = m_autoscalers[recommendationKey(application, rule)].evaluate(
        policy, minimum, maximum, current, values, at.toMSecsSinceEpoch());
    if (decision.replicas != current) {
        resize(fleet, application, decision.replicas, at, rule.name, reasonText(decision));
        status.lastScaleTime = at;
    }
    status.currentReplicas = application.application.runningInstances;
    status.desiredReplicas = application.application.targetInstances;
    rule.metricsStatus = status;
}

ScalingMetricsStatus ScalingEngine::metricsStatusAt(const EmulatedApplication &application,
                                                    const ScalingRule &rule, const QDateTime &now)
{
    ScalingMetricsStatus status = rule.metricsStatus.value_or(ScalingMetricsStatus{});
    if (!rule.metricsStatus) {
        const auto [minimum, maximum] = boundsAt(rule, now);
        status.minReplicas = minimum;
        status.maxReplicas = maximum;
    }
    status.currentReplicas = application.application.runningInstances;
    status.desiredReplicas = application.application.targetInstances;
    const qint64 intoPeriod = (now.toMSecsSinceEpoch() / 1000) % evaluationPeriodSeconds;
    status.nextScaleTimePeriod = int(evaluationPeriodSeconds - intoPeriod);
    return status;
}

void ScalingEngine::resize(Fleet &fleet, EmulatedApplication &application, int replicas, const QDateTime &at,
                           const QString &objectName, const QString &reason)
{
    Application &app = application.application;
    const int previous = app.targetInstances;
    if (replicas == previous)
        return;
    QRandomGenerator random(InstanceFactory::seedFor(app.appId, at, application.instances.size()));

    // New instances follow the newest existing one (its version, group and network).
    const auto newestFirst = [](const Instance &a, const Instance &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.instanceId > b.instanceId;
    };
    std::sort(application.instances.begin(), application.instances.end(), newestFirst);
    QString templateHash;
    if (!application.instances.isEmpty())
        templateHash = InstanceFactory::templateHashOf(application, application.instances.constFirst());
    if (templateHash.isEmpty())
        templateHash = InstanceFactory::podToken(random, 10);

    if (replicas > previous) {
        Instance model;
        if (!application.instances.isEmpty()) {
            model = application.instances.constFirst();
        } else {
            model.groupId = application.group.groupId;
            model.imageUrl = application.group.imageUrl;
            model.packageVersion = application.group.packageVersion;
        }
        for (int i = int(application.instances.size()); i < replicas; ++i)
            application.instances.prepend(
                InstanceFactory::create(application, model, templateHash, at, random));
    } else {
        while (application.instances.size() > replicas) {
            application.instanceFates.remove(application.instances.constFirst().instanceId);
            application.instances.removeFirst();
        }
    }
    std::sort(
        application.instances.begin(), application.instances.end(), [](const Instance &a, const Instance &b) {
            return a.createdAt < b.createdAt || (a.createdAt == b.createdAt && a.instanceId < b.instanceId);
        });
    app.targetInstances = replicas;
    application.updateCounts();

    FleetEvent rescale;
    rescale.appId = app.appId;
    rescale.namespaceId = app.namespaceId;
    rescale.eventType = u"Normal"_s;
    rescale.objectKind = u"HorizontalPodAutoscaler"_s;
    rescale.objectName = objectName;
    rescale.reason = u"SuccessfulRescale"_s;
    rescale.message = u"New size: %1; reason: %2"_s.arg(replicas).arg(reason);
    rescale.firstSeen = at;
    fleet.recordEvent(rescale);

    FleetEvent scaled = rescale;
    scaled.objectKind = u"Deployment"_s;
    scaled.objectName = app.appName;
    scaled.reason = u"ScalingReplicaSet"_s;
    scaled.message = u"Scaled %1 replica set %2-%3 to %4"_s
                         .arg(replicas > previous ? u"up"_s : u"down"_s, app.appName, templateHash)
                         .arg(replicas);
    fleet.recordEvent(scaled);
}
