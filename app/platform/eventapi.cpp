#include "eventapi.h"

#include "platform/eventjsonreader.h"

namespace EventApi {

namespace {

using namespace Qt::StringLiterals;

ApiRequest get(const QString &path, const QString &action)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = path;
    request.action = action;
    return request;
}

void addIfSet(ApiRequest &request, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        request.addQuery(name, value);
}

ApiRequest ranking(const QString &path, const QString &action, const RegionMetricQuery &query)
{
    ApiRequest request = get(path, action);
    request.addQuery(u"Limit"_s, query.limit);
    addIfSet(request, u"RegionId"_s, query.regionId);
    addIfSet(request, u"AppSource"_s, query.appSource);
    addIfSet(request, u"CpuStrategy"_s, query.cpuStrategy);
    return request;
}

} // namespace

ApiCall<Page<AppEvent>> listAppEvents(const AppEventQuery &query)
{
    ApiRequest request = get(u"/pop/v1/sam/app/listAppEvents"_s, u"ListAppEvents"_s);
    request.addQuery(u"Namespace"_s, query.namespaceId)
        .addQuery(u"CurrentPage"_s, query.currentPage)
        .addQuery(u"PageSize"_s, query.pageSize);
    addIfSet(request, u"AppId"_s, query.appId);
    if (query.eventType)
        addIfSet(request, u"EventType"_s, AppEvent::toWire(*query.eventType));
    addIfSet(request, u"ObjectKind"_s, query.objectKind);
    addIfSet(request, u"ObjectName"_s, query.objectName);
    addIfSet(request, u"Reason"_s, query.reason);
    return {request, &EventJsonReader::events};
}

ApiCall<QList<AvailabilityMetric>> getAvailabilityMetric(const RegionMetricQuery &query)
{
    return {ranking(u"/pop/v1/sam/getAvailabilityMetric"_s, u"GetAvailabilityMetric"_s, query),
            &EventJsonReader::availability};
}

ApiCall<QList<ScaleAppMetric>> getScaleAppMetric(const RegionMetricQuery &query)
{
    return {ranking(u"/pop/v1/sam/getScaleAppMetric"_s, u"GetScaleAppMetric"_s, query),
            &EventJsonReader::scaling};
}

ApiCall<QList<WarningEventMetric>> getWarningEventMetric(const RegionMetricQuery &query,
                                                         const QDateTime &start, const QDateTime &end)
{
    ApiRequest request = ranking(u"/pop/v1/sam/getWarningEventMetric"_s, u"GetWarningEventMetric"_s, query);
    request.addQuery(u"StartTime"_s, start.toMSecsSinceEpoch())
        .addQuery(u"EndTime"_s, end.toMSecsSinceEpoch());
    return {request, &EventJsonReader::warningEvents};
}

ApiCall<QList<ChangeOrderMetric>> getChangeOrderMetric(const ChangeOrderMetricQuery &query)
{
    ApiRequest request =
        ranking(u"/pop/v1/sam/getChangeOrderMetric"_s, u"GetChangeOrderMetric"_s, query.ranking);
    // CreateTime is an epoch-millisecond string (reference: GetChangeOrderMetric).
    request.addQuery(u"CreateTime"_s, QString::number(query.createdSince.toMSecsSinceEpoch()))
        .addQuery(u"OrderBy"_s, query.orderBy);
    addIfSet(request, u"AppId"_s, query.appId);
    addIfSet(request, u"CoType"_s, query.coType);
    return {request, &EventJsonReader::changeOrders};
}

} // namespace EventApi
