#include "scalingrulejsonreader.h"

#include "core/scalingrulejson.h"
#include "platform/saejsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>
#include <variant>

namespace ScalingRuleJsonReader {

namespace {

using namespace Qt::StringLiterals;
using namespace SaeJsonReader;

/// A shape problem, or the object with its wrapped lists unwrapped.
using Checked = std::variant<QJsonObject, QString>;

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

/// Unwraps the list at `object[key]` in place; a list of objects or nothing is fine.
std::optional<QString> checkList(QJsonObject *object, const QString &key, const QString &path)
{
    const QJsonValue value = object->value(key);
    if (isAbsent(value))
        return std::nullopt;
    const std::optional<QJsonArray> entries = array(value);
    if (!entries)
        return notAList(path + u'.' + key);
    for (qsizetype i = 0; i < entries->size(); ++i) {
        if (!entries->at(i).isObject())
            return notAnObject(u"%1.%2[%3]"_s.arg(path, key).arg(i));
    }
    object->insert(key, *entries);
    return std::nullopt;
}

/// Checks that `object[key]` is an object (or absent) and lets `check` look inside it.
template <typename Check>
std::optional<QString> checkObject(QJsonObject *object, const QString &key, const QString &path, Check check)
{
    const QJsonValue value = object->value(key);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isObject())
        return notAnObject(path + u'.' + key);
    QJsonObject inner = value.toObject();
    if (auto problem = check(&inner, path + u'.' + key))
        return problem;
    object->insert(key, inner);
    return std::nullopt;
}

std::optional<QString> checkNothing(QJsonObject *, const QString &)
{
    return std::nullopt;
}

std::optional<QString> checkMetricsStatus(QJsonObject *status, const QString &path)
{
    if (auto problem = checkList(status, u"CurrentMetrics"_s, path))
        return problem;
    return checkList(status, u"NextScaleMetrics"_s, path);
}

std::optional<QString> checkMetric(QJsonObject *metric, const QString &path)
{
    for (const QString &list : {u"Metrics"_s, u"PrometheusMetrics"_s}) {
        if (auto problem = checkList(metric, list, path))
            return problem;
    }
    for (const QString &rules : {u"ScaleUpRules"_s, u"ScaleDownRules"_s}) {
        if (auto problem = checkObject(metric, rules, path, checkNothing))
            return problem;
    }
    return checkObject(metric, u"MetricsStatus"_s, path, checkMetricsStatus);
}

std::optional<QString> checkTimer(QJsonObject *timer, const QString &path)
{
    return checkList(timer, u"Schedules"_s, path);
}

Checked checkRule(QJsonObject rule, const QString &path)
{
    if (text(rule.value(u"ScaleRuleName")).isEmpty())
        return missing(path + u".ScaleRuleName"_s);
    const QString type = text(rule.value(u"ScaleRuleType"));
    if (!type.isEmpty() && !scalingRuleTypeFromWire(type)) {
        //: %1 names a field of the platform's answer, %2 the value it holds
        return QCoreApplication::translate("ScalingRuleJsonReader", "%1 has the unknown value %2")
            .arg(path + u".ScaleRuleType"_s, type);
    }
    if (auto problem = checkObject(&rule, u"Timer"_s, path, checkTimer))
        return *problem;
    if (auto problem = checkObject(&rule, u"Metric"_s, path, checkMetric))
        return *problem;
    return rule;
}

} // namespace

ApiResult<QList<ScalingRule>> rules(const QJsonObject &envelope)
{
    const QJsonValue data = envelope.value(u"Data");
    if (isAbsent(data))
        return parseError(envelope, missing(u"Data"_s));
    // Data.ApplicationScalingRules, tolerating a bare (or wrapped) list in Data.
    QJsonValue list;
    QString path = u"Data"_s;
    if (data.isObject() && data.toObject().contains(u"ApplicationScalingRules")) {
        list = data.toObject().value(u"ApplicationScalingRules");
        path = u"Data.ApplicationScalingRules"_s;
    } else if (data.isArray() || array(data)) {
        list = data;
    }
    QList<ScalingRule> read;
    if (isAbsent(list)) {
        if (!data.isObject() && !data.isArray())
            return parseError(envelope, notAnObject(u"Data"_s));
        return read; // paging counters and no rules
    }
    const std::optional<QJsonArray> entries = array(list);
    if (!entries)
        return parseError(envelope, notAList(path));
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QString entryPath = u"%1[%2]"_s.arg(path).arg(i);
        if (!entries->at(i).isObject())
            return parseError(envelope, notAnObject(entryPath));
        const Checked checked = checkRule(entries->at(i).toObject(), entryPath);
        if (const QString *problem = std::get_if<QString>(&checked))
            return parseError(envelope, *problem);
        read.append(ScalingRuleJson::ruleFromResponse(std::get<QJsonObject>(checked)));
    }
    return read;
}

ApiResult<ScalingRule> rule(const QJsonObject &envelope)
{
    const QJsonValue data = envelope.value(u"Data");
    if (isAbsent(data))
        return parseError(envelope, missing(u"Data"_s));
    if (!data.isObject())
        return parseError(envelope, notAnObject(u"Data"_s));
    const Checked checked = checkRule(data.toObject(), u"Data"_s);
    if (const QString *problem = std::get_if<QString>(&checked))
        return parseError(envelope, *problem);
    return ScalingRuleJson::ruleFromResponse(std::get<QJsonObject>(checked));
}

} // namespace ScalingRuleJsonReader
