#include "eventjsonreader.h"

#include "platform/saejsonreader.h"

#include <QJsonArray>

namespace EventJsonReader {

namespace {

using namespace Qt::StringLiterals;
using namespace SaeJsonReader;

AppEvent readEvent(const QJsonObject &object)
{
    AppEvent event;
    event.typeText = text(object.value(u"EventType"));
    event.type = AppEvent::typeFromWire(event.typeText);
    event.reason = text(object.value(u"Reason"));
    event.message = text(object.value(u"Message"));
    event.objectKind = text(object.value(u"ObjectKind"));
    event.objectName = text(object.value(u"ObjectName"));
    event.causeAnalysis = text(object.value(u"CauseAnalysis"));
    event.firstSeen = timestamp(object.value(u"FirstTimestamp"));
    event.lastSeen = timestamp(object.value(u"LastTimestamp"));
    event.count = int32(object.value(u"Count"));
    return event;
}

/**
 * A region overview's `Data[]`: one entry per application, each an object with an AppId, read
 * by `read` after the name and namespace every overview has.
 */
template <typename T, typename Reader>
ApiResult<QList<T>> readRanking(const QJsonObject &envelope, Reader read)
{
    if (!envelope.contains(u"Data"))
        return parseError(envelope, missing(u"Data"_s));
    const ApiResult<QJsonArray> entries = list(envelope, envelope.value(u"Data"), u"Data"_s);
    if (!entries)
        return entries.error();
    QList<T> ranking;
    ranking.reserve(entries.value().size());
    for (qsizetype i = 0; i < entries.value().size(); ++i) {
        const QJsonValue entry = entries.value().at(i);
        if (!entry.isObject())
            return parseError(envelope, wrongType(u"Data[%1]"_s.arg(i)));
        const QJsonObject object = entry.toObject();
        T line;
        line.appId = text(object.value(u"AppId"));
        if (line.appId.isEmpty())
            return parseError(envelope, missing(u"Data[%1].AppId"_s.arg(i)));
        line.appName = text(object.value(u"Name"));
        line.namespaceId = text(object.value(u"RegionId"));
        read(object, line);
        ranking.append(line);
    }
    return ranking;
}

} // namespace

ApiResult<Page<AppEvent>> events(const QJsonObject &envelope)
{
    const ApiResult<QJsonObject> data = dataObject(envelope);
    if (!data)
        return data.error();
    const QString path = u"Data.AppEventEntity"_s;
    const ApiResult<QJsonArray> entries = list(envelope, data.value().value(u"AppEventEntity"), path);
    if (!entries)
        return entries.error();
    Page<AppEvent> page;
    page.items.reserve(entries.value().size());
    for (qsizetype i = 0; i < entries.value().size(); ++i) {
        const QJsonValue entry = entries.value().at(i);
        if (!entry.isObject())
            return parseError(envelope, wrongType(u"%1[%2]"_s.arg(path).arg(i)));
        page.items.append(readEvent(entry.toObject()));
    }
    readPaging(data.value(), &page);
    return page;
}

ApiResult<QList<AvailabilityMetric>> availability(const QJsonObject &envelope)
{
    return readRanking<AvailabilityMetric>(envelope, [](const QJsonObject &object, AvailabilityMetric &line) {
        line.errorInstances = integer(object.value(u"ErrorInstances"));
        line.targetInstances = integer(object.value(u"Instances"));
        line.runningInstances = integer(object.value(u"Runnings"));
        line.autoscaleEnabled = boolean(object.value(u"EnableAutoscale"));
    });
}

ApiResult<QList<ScaleAppMetric>> scaling(const QJsonObject &envelope)
{
    return readRanking<ScaleAppMetric>(envelope, [](const QJsonObject &object, ScaleAppMetric &line) {
        line.runningInstances = integer(object.value(u"Runnings"));
        line.maxReplicas = integer(object.value(u"MaxReplicas"));
    });
}

ApiResult<QList<WarningEventMetric>> warningEvents(const QJsonObject &envelope)
{
    return readRanking<WarningEventMetric>(envelope, [](const QJsonObject &object, WarningEventMetric &line) {
        line.warningCount = integer(object.value(u"WarningCount"));
    });
}

ApiResult<QList<ChangeOrderMetric>> changeOrders(const QJsonObject &envelope)
{
    return readRanking<ChangeOrderMetric>(envelope, [](const QJsonObject &object, ChangeOrderMetric &line) {
        line.total = integer(object.value(u"Total"));
        line.failed = integer(object.value(u"Error"));
        line.errorRatio = number(object.value(u"ErrorPercent"));
        line.averageTimeCostMs = number(object.value(u"AvgTimeCostMs"));
        line.maximumTimeCostMs = number(object.value(u"MaxTimeCostMs"));
        const double noTaskTime = -1;
        const double taskTime = number(object.value(u"TaskTimeCostMsAvg"), noTaskTime);
        if (taskTime >= 0)
            line.averageTaskTimeCostMs = taskTime;
        line.optimizeSuggestions = text(object.value(u"OptimizeSuggestions"));
    });
}

} // namespace EventJsonReader
