#include "batchcomparison.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView cpuMetric = u"cpu";
constexpr QStringView memoryMetric = u"memoryPercent";
constexpr QStringView rtMetric = u"rt";

double roundedToTenth(double value)
{
    return std::round(value * 10) / 10;
}

/// The mean over the instances of each instance's mean within [fromMs, toMs].
std::optional<double> meanOf(const QList<MetricSeries> &series, QStringView metric,
                             const QSet<QString> &instanceIds, qint64 fromMs, qint64 toMs)
{
    QHash<QString, std::pair<double, int>> perInstance; // sum, count
    for (const MetricSeries &one : series) {
        if (one.metricName != metric || !instanceIds.contains(one.instanceId))
            continue;
        for (const MetricPoint &point : one.points) {
            if (point.timeMs < fromMs || point.timeMs > toMs)
                continue;
            auto &[sum, count] = perInstance[one.instanceId];
            sum += point.average;
            ++count;
        }
    }
    if (perInstance.isEmpty())
        return std::nullopt;
    double total = 0;
    for (const auto &[sum, count] : std::as_const(perInstance))
        total += sum / count;
    return roundedToTenth(total / double(perInstance.size()));
}

BatchComparison::Side sideOf(const QList<Instance> &instances, const QList<MetricSeries> &series,
                             qint64 fromMs, qint64 toMs)
{
    BatchComparison::Side side;
    QSet<QString> ids;
    for (const Instance &instance : instances) {
        side.instanceIds.append(instance.instanceId);
        ids.insert(instance.instanceId);
        ++side.instances;
        if (BatchComparison::isReady(instance))
            ++side.ready;
        side.restarts += instance.restarts;
    }
    side.cpuPercent = meanOf(series, cpuMetric, ids, fromMs, toMs);
    side.memoryPercent = meanOf(series, memoryMetric, ids, fromMs, toMs);
    side.rtMs = meanOf(series, rtMetric, ids, fromMs, toMs);
    return side;
}

bool standsOut(const std::optional<double> &batch, const std::optional<double> &rest, double floor)
{
    return batch && rest && *batch > floor && *batch >= BatchComparison::standOutFactor * *rest;
}

QString timeText(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QJsonObject sideJson(const BatchComparison::Side &side)
{
    QJsonObject json{{u"instanceIds"_s, QJsonArray::fromStringList(side.instanceIds)},
                     {u"instances"_s, side.instances},
                     {u"ready"_s, side.ready},
                     {u"restarts"_s, side.restarts}};
    if (side.cpuPercent)
        json.insert(u"cpuPercent"_s, *side.cpuPercent);
    if (side.memoryPercent)
        json.insert(u"memoryPercent"_s, *side.memoryPercent);
    if (side.rtMs)
        json.insert(u"rtMs"_s, *side.rtMs);
    return json;
}

std::optional<double> optionalNumber(const QJsonObject &json, const QString &key, bool *ok)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble())
        *ok = false;
    return value.toDouble();
}

std::optional<BatchComparison::Side> sideFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject json = value.toObject();
    const QJsonValue ids = json.value(u"instanceIds");
    if (!ids.isArray() || !json.value(u"instances").isDouble() || !json.value(u"ready").isDouble()
        || !json.value(u"restarts").isDouble())
        return std::nullopt;
    BatchComparison::Side side;
    for (const QJsonValue &id : ids.toArray()) {
        if (!id.isString())
            return std::nullopt;
        side.instanceIds.append(id.toString());
    }
    side.instances = json.value(u"instances").toInt();
    side.ready = json.value(u"ready").toInt();
    side.restarts = json.value(u"restarts").toInteger();
    bool ok = true;
    side.cpuPercent = optionalNumber(json, u"cpuPercent"_s, &ok);
    side.memoryPercent = optionalNumber(json, u"memoryPercent"_s, &ok);
    side.rtMs = optionalNumber(json, u"rtMs"_s, &ok);
    if (!ok)
        return std::nullopt;
    return side;
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

BatchComparison BatchComparison::of(const QList<Instance> &instances, const QStringList &batchInstanceIds,
                                    const QList<MetricSeries> &series, const QDateTime &from,
                                    const QDateTime &to)
{
    const QSet<QString> batchIds(batchInstanceIds.cbegin(), batchInstanceIds.cend());
    QList<Instance> batchInstances;
    QList<Instance> restInstances;
    for (const Instance &instance : instances)
        (batchIds.contains(instance.instanceId) ? batchInstances : restInstances).append(instance);

    BatchComparison comparison;
    comparison.from = from.toUTC();
    comparison.to = to.toUTC();
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    comparison.batch = sideOf(batchInstances, series, fromMs, toMs);
    comparison.rest = sideOf(restInstances, series, fromMs, toMs);
    return comparison;
}

bool BatchComparison::isReady(const Instance &instance)
{
    if (instance.status != InstanceStatus::Running)
        return false;
    switch (instance.health) {
    case InstanceHealth::Healthy:
    case InstanceHealth::WithoutHealthCheckConfig:
    case InstanceHealth::WithoutLivenessConfig:
    case InstanceHealth::WithoutReadinessConfig:
        return true;
    case InstanceHealth::NotCheckedYet:
    case InstanceHealth::LivenessUnhealthy:
    case InstanceHealth::ReadinessUnhealthy:
    case InstanceHealth::Unhealthy:
    case InstanceHealth::Unrecognised:
        return false;
    }
    return false;
}

int BatchComparison::windowMinutes() const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    return int(std::lround(double(from.secsTo(to)) / 60));
}

bool BatchComparison::cpuStandsOut() const
{
    return standsOut(batch.cpuPercent, rest.cpuPercent, cpuFloorPercent);
}

bool BatchComparison::memoryStandsOut() const
{
    return standsOut(batch.memoryPercent, rest.memoryPercent, memoryFloorPercent);
}

bool BatchComparison::rtStandsOut() const
{
    return standsOut(batch.rtMs, rest.rtMs, rtFloorMs);
}

QStringList BatchComparison::concerns() const
{
    QStringList lines;
    if (batch.instances == 0)
        lines.append(tr("None of the batch's instances is listed: there is nothing to compare."));
    if (batch.ready < batch.instances)
        //: %1: instances of the batch not ready; %2: instances of the batch
        lines.append(tr("Not ready in the batch: %1 of %2 instances.")
                         .arg(batch.instances - batch.ready)
                         .arg(batch.instances));
    if (batch.restarts > 0)
        //: %1: the sum of the batch's container restarts
        lines.append(tr("Container restarts in the batch: %1.").arg(batch.restarts));
    if (cpuStandsOut())
        //: %1, %2: mean CPU use in percent, "45.0"
        lines.append(tr("CPU %1 % in the batch against %2 % in the rest.")
                         .arg(number(*batch.cpuPercent), number(*rest.cpuPercent)));
    if (memoryStandsOut())
        //: %1, %2: mean memory use in percent, "45.0"
        lines.append(tr("Memory %1 % in the batch against %2 % in the rest.")
                         .arg(number(*batch.memoryPercent), number(*rest.memoryPercent)));
    if (rtStandsOut())
        //: %1, %2: mean response time in milliseconds, "120.3"
        lines.append(tr("Response time %1 ms in the batch against %2 ms in the rest.")
                         .arg(number(*batch.rtMs), number(*rest.rtMs)));
    return lines;
}

QJsonObject BatchComparison::toJson() const
{
    return QJsonObject{{u"windowMinutes"_s, windowMinutes()},
                       {u"from"_s, timeText(from)},
                       {u"to"_s, timeText(to)},
                       {u"batch"_s, sideJson(batch)},
                       {u"rest"_s, sideJson(rest)}};
}

std::optional<BatchComparison> BatchComparison::fromJson(const QJsonObject &json)
{
    BatchComparison comparison;
    comparison.from = QDateTime::fromString(json.value(u"from").toString(), Qt::ISODateWithMs).toUTC();
    comparison.to = QDateTime::fromString(json.value(u"to").toString(), Qt::ISODateWithMs).toUTC();
    if (!comparison.from.isValid() || !comparison.to.isValid())
        return std::nullopt;
    const std::optional<Side> batch = sideFromJson(json.value(u"batch"));
    const std::optional<Side> rest = sideFromJson(json.value(u"rest"));
    if (!batch || !rest)
        return std::nullopt;
    comparison.batch = *batch;
    comparison.rest = *rest;
    return comparison;
}
