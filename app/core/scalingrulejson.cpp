#include "scalingrulejson.h"

#include <QJsonArray>

#include <cmath>

namespace ScalingRuleJson {

namespace {

using namespace Qt::StringLiterals;

/// The value of `key`, or of its PascalCase spelling when only that is present.
QJsonValue valueOf(const QJsonObject &json, const QString &key)
{
    const auto found = json.constFind(key);
    if (found != json.constEnd())
        return *found;
    QString pascal = key;
    pascal[0] = pascal.at(0).toUpper();
    return json.value(pascal);
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

ScalingRuleError malformed(const QString &parameter, const QString &path, const QString &why)
{
    return {u"InvalidParameter.WithMessage"_s,
            u"The parameter is invalid {%1}: %2 %3"_s.arg(parameter, path, why), parameter + u'.' + path};
}

/// An integer, from a JSON number or a decimal string; nullopt in *out when absent.
std::optional<ScalingRuleError> readInteger(const QJsonObject &json, const QString &key,
                                            const QString &parameter, const QString &path,
                                            std::optional<int> *out)
{
    const QJsonValue value = valueOf(json, key);
    if (isAbsent(value) || (value.isString() && value.toString().trimmed().isEmpty())) {
        *out = std::nullopt;
        return std::nullopt;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) <= 1e9) {
            *out = int(number);
            return std::nullopt;
        }
    } else if (value.isString()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (ok) {
            *out = number;
            return std::nullopt;
        }
    }
    return malformed(parameter, path, u"must be an integer"_s);
}

std::optional<ScalingRuleError> readBoolean(const QJsonObject &json, const QString &key,
                                            const QString &parameter, const QString &path, bool *out)
{
    const QJsonValue value = valueOf(json, key);
    if (isAbsent(value))
        return std::nullopt;
    if (value.isBool()) {
        *out = value.toBool();
        return std::nullopt;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(u"true", Qt::CaseInsensitive) == 0
            || text.compare(u"false", Qt::CaseInsensitive) == 0) {
            *out = text.compare(u"true", Qt::CaseInsensitive) == 0;
            return std::nullopt;
        }
    }
    return malformed(parameter, path, u"must be true or false"_s);
}

/// A string; numbers are taken as their decimal text (`"vport": 80`). Null and absent give "".
std::optional<ScalingRuleError> readString(const QJsonObject &json, const QString &key,
                                           const QString &parameter, const QString &path, QString *out)
{
    const QJsonValue value = valueOf(json, key);
    if (isAbsent(value)) {
        out->clear();
        return std::nullopt;
    }
    if (value.isString()) {
        *out = value.toString();
        return std::nullopt;
    }
    if (value.isDouble()) {
        *out = QString::number(value.toDouble(), 'g', 15);
        return std::nullopt;
    }
    return malformed(parameter, path, u"must be a string"_s);
}

std::optional<ScalingRuleError> readStepRule(const QJsonObject &json, const QString &key,
                                             ScalingMetricPolicy::StepRule *rule)
{
    static const QString parameter = u"ScalingRuleMetric"_s;
    const QJsonValue value = valueOf(json, key);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isObject())
        return malformed(parameter, key, u"must be an object"_s);
    const QJsonObject object = value.toObject();
    std::optional<int> step;
    std::optional<int> window;
    if (auto error = readInteger(object, u"step"_s, parameter, key + u".step"_s, &step))
        return error;
    if (auto error = readBoolean(object, u"disabled"_s, parameter, key + u".disabled"_s, &rule->disabled))
        return error;
    if (auto error = readInteger(object, u"stabilizationWindowSeconds"_s, parameter,
                                 key + u".stabilizationWindowSeconds"_s, &window))
        return error;
    rule->step = step.value_or(ScalingMetricPolicy::StepRule::defaultStep);
    rule->stabilizationWindowSeconds = window.value_or(0);
    return std::nullopt;
}

QJsonValue dateOrNull(const QString &date)
{
    return date.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(date);
}

QJsonObject stepRuleRequest(const ScalingMetricPolicy::StepRule &rule)
{
    return {{u"step"_s, rule.step},
            {u"disabled"_s, rule.disabled},
            {u"stabilizationWindowSeconds"_s, rule.stabilizationWindowSeconds}};
}

QJsonObject stepRuleResponse(const ScalingMetricPolicy::StepRule &rule)
{
    return {{u"Step"_s, rule.step},
            {u"Disabled"_s, rule.disabled},
            {u"StabilizationWindowSeconds"_s, rule.stabilizationWindowSeconds}};
}

/// Response reading: a number that may be sent as a string.
qint64 integerOf(const QJsonValue &value, qint64 fallback = 0)
{
    if (value.isDouble()) {
        // Converting a double outside qint64's range is undefined behaviour (a 1e300 from a broken
        // answer must not be); NaN fails both comparisons.
        const double number = value.toDouble();
        return (number >= -9.2e18 && number <= 9.2e18) ? qint64(number) : fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        return ok ? number : fallback;
    }
    return fallback;
}

std::optional<int> optionalIntegerOf(const QJsonValue &value)
{
    if (value.isDouble() || value.isString()) {
        const qint64 number = integerOf(value, -1);
        if (number > 0)
            return int(number);
    }
    return std::nullopt;
}

bool booleanOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().compare(u"true", Qt::CaseInsensitive) == 0;
    return value.toBool();
}

QString stringOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

QDateTime millisecondsOf(const QJsonValue &value)
{
    const qint64 milliseconds = integerOf(value);
    return milliseconds > 0 ? QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC) : QDateTime();
}

ScalingMetricPolicy::StepRule stepRuleFromResponse(const QJsonObject &json)
{
    ScalingMetricPolicy::StepRule rule;
    if (json.contains(u"Step"))
        rule.step = int(integerOf(json.value(u"Step"), rule.step));
    rule.disabled = booleanOf(json.value(u"Disabled"));
    rule.stabilizationWindowSeconds = int(integerOf(json.value(u"StabilizationWindowSeconds")));
    return rule;
}

} // namespace

std::optional<ScalingRuleError> readTimerRequest(const QJsonObject &json, ScalingTimer *timer)
{
    static const QString parameter = u"ScalingRuleTimer"_s;
    ScalingTimer read;
    if (auto error = readString(json, u"beginDate"_s, parameter, u"beginDate"_s, &read.beginDate))
        return error;
    if (auto error = readString(json, u"endDate"_s, parameter, u"endDate"_s, &read.endDate))
        return error;
    QString period;
    if (auto error = readString(json, u"period"_s, parameter, u"period"_s, &period))
        return error;
    if (!period.isEmpty())
        read.period = period;
    if (auto error = readString(json, u"timeZone"_s, parameter, u"timeZone"_s, &read.timeZone))
        return error;

    const QJsonValue schedules = valueOf(json, u"schedules"_s);
    if (!isAbsent(schedules) && !schedules.isArray())
        return malformed(parameter, u"schedules"_s, u"must be an array"_s);
    const QJsonArray entries = schedules.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = u"schedules[%1]"_s.arg(i);
        if (!entries.at(i).isObject())
            return malformed(parameter, path, u"must be an object"_s);
        const QJsonObject entry = entries.at(i).toObject();
        ScalingTimer::Schedule schedule;
        if (auto error = readString(entry, u"atTime"_s, parameter, path + u".atTime"_s, &schedule.atTime))
            return error;
        if (auto error = readInteger(entry, u"targetReplicas"_s, parameter, path + u".targetReplicas"_s,
                                     &schedule.targetReplicas))
            return error;
        if (auto error = readInteger(entry, u"minReplicas"_s, parameter, path + u".minReplicas"_s,
                                     &schedule.minReplicas))
            return error;
        if (auto error = readInteger(entry, u"maxReplicas"_s, parameter, path + u".maxReplicas"_s,
                                     &schedule.maxReplicas))
            return error;
        read.schedules.append(schedule);
    }
    *timer = read;
    return std::nullopt;
}

std::optional<ScalingRuleError> readMetricRequest(const QJsonObject &json, ScalingMetricPolicy *metric)
{
    static const QString parameter = u"ScalingRuleMetric"_s;
    ScalingMetricPolicy read;
    if (auto error = readInteger(json, u"minReplicas"_s, parameter, u"minReplicas"_s, &read.minReplicas))
        return error;
    if (auto error = readInteger(json, u"maxReplicas"_s, parameter, u"maxReplicas"_s, &read.maxReplicas))
        return error;
    const QJsonValue metrics = valueOf(json, u"metrics"_s);
    if (!isAbsent(metrics) && !metrics.isArray())
        return malformed(parameter, u"metrics"_s, u"must be an array"_s);
    const QJsonArray entries = metrics.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = u"metrics[%1]"_s.arg(i);
        if (!entries.at(i).isObject())
            return malformed(parameter, path, u"must be an object"_s);
        const QJsonObject entry = entries.at(i).toObject();
        ScalingMetricPolicy::Metric item;
        std::optional<int> target;
        if (auto error =
                readString(entry, u"metricType"_s, parameter, path + u".metricType"_s, &item.metricType))
            return error;
        if (auto error = readInteger(entry, u"metricTargetAverageUtilization"_s, parameter,
                                     path + u".metricTargetAverageUtilization"_s, &target))
            return error;
        item.targetAverageUtilization = target.value_or(0);
        if (auto error = readString(entry, u"slbId"_s, parameter, path + u".slbId"_s, &item.slbId))
            return error;
        if (auto error =
                readString(entry, u"slbProject"_s, parameter, path + u".slbProject"_s, &item.slbProject))
            return error;
        if (auto error =
                readString(entry, u"slbLogstore"_s, parameter, path + u".slbLogstore"_s, &item.slbLogstore))
            return error;
        if (auto error = readString(entry, u"vport"_s, parameter, path + u".vport"_s, &item.vport))
            return error;
        read.metrics.append(item);
    }
    if (auto error = readStepRule(json, u"scaleUpRules"_s, &read.scaleUp))
        return error;
    if (auto error = readStepRule(json, u"scaleDownRules"_s, &read.scaleDown))
        return error;
    // Prometheus keys are [U] (only the response names are documented); read the likely spellings.
    if (auto error = readString(json, u"metricSource"_s, parameter, u"metricSource"_s, &read.metricSource))
        return error;
    if (auto error = readString(json, u"prometheusUrl"_s, parameter, u"prometheusUrl"_s, &read.prometheusUrl))
        return error;
    if (auto error =
            readString(json, u"prometheusToken"_s, parameter, u"prometheusToken"_s, &read.prometheusToken))
        return error;
    const QJsonArray prometheus = valueOf(json, u"prometheusMetrics"_s).toArray();
    for (const QJsonValue &entry : prometheus) {
        const QJsonObject object = entry.toObject();
        read.prometheusMetrics.append({stringOf(valueOf(object, u"prometheusQuery"_s)),
                                       stringOf(valueOf(object, u"targetMetricValue"_s))});
    }
    *metric = read;
    return std::nullopt;
}

QJsonObject timerRequest(const ScalingTimer &timer)
{
    QJsonArray schedules;
    for (const ScalingTimer::Schedule &schedule : timer.schedules) {
        QJsonObject entry{{u"atTime"_s, schedule.atTime}};
        if (schedule.targetReplicas)
            entry.insert(u"targetReplicas"_s, *schedule.targetReplicas);
        if (schedule.minReplicas)
            entry.insert(u"minReplicas"_s, *schedule.minReplicas);
        if (schedule.maxReplicas)
            entry.insert(u"maxReplicas"_s, *schedule.maxReplicas);
        schedules.append(entry);
    }
    return {{u"beginDate"_s, dateOrNull(timer.beginDate)},
            {u"endDate"_s, dateOrNull(timer.endDate)},
            {u"period"_s, timer.period},
            {u"schedules"_s, schedules}};
}

QJsonObject metricRequest(const ScalingMetricPolicy &metric)
{
    QJsonArray metrics;
    for (const ScalingMetricPolicy::Metric &item : metric.metrics) {
        QJsonObject entry{{u"metricType"_s, item.metricType},
                          {u"metricTargetAverageUtilization"_s, item.targetAverageUtilization}};
        if (!item.slbId.isEmpty()) {
            entry.insert(u"slbId"_s, item.slbId);
            entry.insert(u"slbProject"_s, item.slbProject);
            entry.insert(u"slbLogstore"_s, item.slbLogstore);
            entry.insert(u"vport"_s, item.vport);
        }
        metrics.append(entry);
    }
    QJsonObject json{{u"metrics"_s, metrics},
                     {u"scaleUpRules"_s, stepRuleRequest(metric.scaleUp)},
                     {u"scaleDownRules"_s, stepRuleRequest(metric.scaleDown)}};
    if (metric.minReplicas)
        json.insert(u"minReplicas"_s, *metric.minReplicas);
    if (metric.maxReplicas)
        json.insert(u"maxReplicas"_s, *metric.maxReplicas);
    return json;
}

QJsonObject metricsStatusResponse(const ScalingMetricsStatus &status)
{
    QJsonArray current;
    for (const ScalingMetricsStatus::CurrentMetric &metric : status.currentMetrics) {
        current.append(QJsonObject{
            {u"Name"_s, metric.name}, {u"Type"_s, metric.type}, {u"CurrentValue"_s, metric.currentValue}});
    }
    QJsonArray next;
    for (const ScalingMetricsStatus::NextScaleMetric &metric : status.nextScaleMetrics) {
        next.append(QJsonObject{{u"Name"_s, metric.name},
                                {u"NextScaleOutAverageUtilization"_s, metric.nextScaleOutAverageUtilization},
                                {u"NextScaleInAverageUtilization"_s, metric.nextScaleInAverageUtilization}});
    }
    QJsonObject json{{u"CurrentReplicas"_s, status.currentReplicas},
                     {u"DesiredReplicas"_s, status.desiredReplicas},
                     {u"MinReplicas"_s, status.minReplicas},
                     {u"MaxReplicas"_s, status.maxReplicas},
                     {u"NextScaleTimePeriod"_s, status.nextScaleTimePeriod},
                     {u"CurrentMetrics"_s, current},
                     {u"NextScaleMetrics"_s, next}};
    if (status.lastScaleTime.isValid())
        json.insert(u"LastScaleTime"_s, status.lastScaleTime.toUTC().toString(Qt::ISODate));
    return json;
}

QJsonObject ruleResponse(const ScalingRule &rule, bool withMetricsStatus)
{
    QJsonObject json{{u"AppId"_s, rule.appId},
                     {u"ScaleRuleName"_s, rule.name},
                     {u"ScaleRuleType"_s, toWire(rule.type)},
                     {u"ScaleRuleEnabled"_s, rule.enabled},
                     {u"CreateTime"_s, rule.createdAt.toMSecsSinceEpoch()},
                     {u"UpdateTime"_s, rule.updatedAt.toMSecsSinceEpoch()},
                     {u"MinReadyInstances"_s, rule.minReadyInstances},
                     {u"MinReadyInstanceRatio"_s, rule.minReadyInstanceRatio},
                     {u"EnableIdle"_s, rule.enableIdle}};
    if (rule.lastDisabledAt.isValid())
        json.insert(u"LastDisableTime"_s, rule.lastDisabledAt.toMSecsSinceEpoch());

    if (rule.timer) {
        const ScalingTimer &timer = *rule.timer;
        QJsonArray schedules;
        for (const ScalingTimer::Schedule &schedule : timer.schedules) {
            QJsonObject entry{{u"AtTime"_s, schedule.atTime}};
            if (schedule.targetReplicas)
                entry.insert(u"TargetReplicas"_s, *schedule.targetReplicas);
            if (schedule.minReplicas)
                entry.insert(u"MinReplicas"_s, *schedule.minReplicas);
            if (schedule.maxReplicas)
                entry.insert(u"MaxReplicas"_s, *schedule.maxReplicas);
            schedules.append(entry);
        }
        json.insert(u"Timer"_s, QJsonObject{{u"BeginDate"_s, dateOrNull(timer.beginDate)},
                                            {u"EndDate"_s, dateOrNull(timer.endDate)},
                                            {u"Period"_s, timer.period},
                                            {u"TimeZone"_s, timer.effectiveTimeZone()},
                                            {u"Schedules"_s, schedules}});
    }

    if (rule.metric) {
        const ScalingMetricPolicy &metric = *rule.metric;
        QJsonArray metrics;
        for (const ScalingMetricPolicy::Metric &item : metric.metrics) {
            QJsonObject entry{{u"MetricType"_s, item.type() ? toWire(*item.type()) : item.metricType},
                              {u"MetricTargetAverageUtilization"_s, item.targetAverageUtilization}};
            if (!item.slbId.isEmpty()) {
                entry.insert(u"SlbId"_s, item.slbId);
                entry.insert(u"SlbProject"_s, item.slbProject);
                entry.insert(u"SlbLogstore"_s, item.slbLogstore);
                entry.insert(u"Vport"_s, item.vport);
            }
            metrics.append(entry);
        }
        QJsonObject metricJson{{u"MinReplicas"_s, metric.minReplicas.value_or(0)},
                               {u"MaxReplicas"_s, metric.maxReplicas.value_or(0)},
                               {u"MetricSource"_s, metric.metricSource},
                               {u"Metrics"_s, metrics},
                               {u"ScaleUpRules"_s, stepRuleResponse(metric.scaleUp)},
                               {u"ScaleDownRules"_s, stepRuleResponse(metric.scaleDown)}};
        if (!metric.prometheusUrl.isEmpty() || !metric.prometheusMetrics.isEmpty()) {
            QJsonArray prometheus;
            for (const ScalingMetricPolicy::PrometheusMetric &item : metric.prometheusMetrics) {
                prometheus.append(QJsonObject{{u"PrometheusQuery"_s, item.query},
                                              {u"TargetMetricValue"_s, item.targetMetricValue}});
            }
            metricJson.insert(u"PrometheusUrl"_s, metric.prometheusUrl);
            metricJson.insert(u"PrometheusToken"_s, metric.prometheusToken);
            metricJson.insert(u"PrometheusMetrics"_s, prometheus);
        }
        if (withMetricsStatus && rule.metricsStatus)
            metricJson.insert(u"MetricsStatus"_s, metricsStatusResponse(*rule.metricsStatus));
        json.insert(u"Metric"_s, metricJson);
    }
    return json;
}

ScalingRule ruleFromResponse(const QJsonObject &json)
{
    ScalingRule rule;
    rule.appId = stringOf(json.value(u"AppId"));
    rule.name = stringOf(json.value(u"ScaleRuleName"));
    rule.type =
        scalingRuleTypeFromWire(stringOf(json.value(u"ScaleRuleType"))).value_or(ScalingRuleType::Timing);
    rule.enabled = booleanOf(json.value(u"ScaleRuleEnabled"));
    rule.createdAt = millisecondsOf(json.value(u"CreateTime"));
    rule.updatedAt = millisecondsOf(json.value(u"UpdateTime"));
    rule.lastDisabledAt = millisecondsOf(json.value(u"LastDisableTime"));
    rule.minReadyInstances = int(integerOf(json.value(u"MinReadyInstances"), rule.minReadyInstances));
    rule.minReadyInstanceRatio =
        int(integerOf(json.value(u"MinReadyInstanceRatio"), rule.minReadyInstanceRatio));
    rule.enableIdle = booleanOf(json.value(u"EnableIdle"));

    const QJsonObject timerJson = json.value(u"Timer").toObject();
    if (!timerJson.isEmpty()) {
        ScalingTimer timer;
        timer.beginDate = stringOf(timerJson.value(u"BeginDate"));
        timer.endDate = stringOf(timerJson.value(u"EndDate"));
        if (const QString period = stringOf(timerJson.value(u"Period")); !period.isEmpty())
            timer.period = period;
        timer.timeZone = stringOf(timerJson.value(u"TimeZone"));
        for (const QJsonValue &entry : timerJson.value(u"Schedules").toArray()) {
            const QJsonObject object = entry.toObject();
            timer.schedules.append({stringOf(object.value(u"AtTime")),
                                    optionalIntegerOf(object.value(u"TargetReplicas")),
                                    optionalIntegerOf(object.value(u"MinReplicas")),
                                    optionalIntegerOf(object.value(u"MaxReplicas"))});
        }
        rule.timer = timer;
    }

    const QJsonObject metricJson = json.value(u"Metric").toObject();
    if (!metricJson.isEmpty()) {
        ScalingMetricPolicy metric;
        metric.minReplicas = optionalIntegerOf(metricJson.value(u"MinReplicas"));
        metric.maxReplicas = optionalIntegerOf(metricJson.value(u"MaxReplicas"));
        metric.metricSource = stringOf(metricJson.value(u"MetricSource"));
        for (const QJsonValue &entry : metricJson.value(u"Metrics").toArray()) {
            const QJsonObject object = entry.toObject();
            metric.metrics.append({stringOf(object.value(u"MetricType")),
                                   int(integerOf(object.value(u"MetricTargetAverageUtilization"))),
                                   stringOf(object.value(u"SlbId")), stringOf(object.value(u"SlbProject")),
                                   stringOf(object.value(u"SlbLogstore")), stringOf(object.value(u"Vport"))});
        }
        metric.scaleUp = stepRuleFromResponse(metricJson.value(u"ScaleUpRules").toObject());
        metric.scaleDown = stepRuleFromResponse(metricJson.value(u"ScaleDownRules").toObject());
        metric.prometheusUrl = stringOf(metricJson.value(u"PrometheusUrl"));
        metric.prometheusToken = stringOf(metricJson.value(u"PrometheusToken"));
        for (const QJsonValue &entry : metricJson.value(u"PrometheusMetrics").toArray()) {
            const QJsonObject object = entry.toObject();
            metric.prometheusMetrics.append(
                {stringOf(object.value(u"PrometheusQuery")), stringOf(object.value(u"TargetMetricValue"))});
        }
        rule.metric = metric;

        const QJsonObject statusJson = metricJson.value(u"MetricsStatus").toObject();
        if (!statusJson.isEmpty()) {
            ScalingMetricsStatus status;
            status.currentReplicas = integerOf(statusJson.value(u"CurrentReplicas"));
            status.desiredReplicas = integerOf(statusJson.value(u"DesiredReplicas"));
            status.minReplicas = integerOf(statusJson.value(u"MinReplicas"));
            status.maxReplicas = integerOf(statusJson.value(u"MaxReplicas"));
            status.nextScaleTimePeriod = int(integerOf(statusJson.value(u"NextScaleTimePeriod")));
            status.lastScaleTime =
                QDateTime::fromString(stringOf(statusJson.value(u"LastScaleTime")), Qt::ISODate).toUTC();
            for (const QJsonValue &entry : statusJson.value(u"CurrentMetrics").toArray()) {
                const QJsonObject object = entry.toObject();
                status.currentMetrics.append({stringOf(object.value(u"Name")),
                                              stringOf(object.value(u"Type")),
                                              integerOf(object.value(u"CurrentValue"))});
            }
            for (const QJsonValue &entry : statusJson.value(u"NextScaleMetrics").toArray()) {
                const QJsonObject object = entry.toObject();
                status.nextScaleMetrics.append(
                    {stringOf(object.value(u"Name")),
                     int(integerOf(object.value(u"NextScaleOutAverageUtilization"))),
                     int(integerOf(object.value(u"NextScaleInAverageUtilization")))});
            }
            rule.metricsStatus = status;
        }
    }
    return rule;
}

} // namespace ScalingRuleJson
