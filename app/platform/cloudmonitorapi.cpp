#include "cloudmonitorapi.h"

#include "platform/cloudmonitorjsonreader.h"

#include <QJsonDocument>
#include <QJsonObject>

MetricQuery MetricQuery::next(const MetricPage &page) const
{
    MetricQuery query = *this;
    query.nextToken = page.nextToken;
    return query;
}

namespace CloudMonitorApi {

using namespace Qt::StringLiterals;

ApiCall<MetricPage> describeMetricList(const MetricQuery &query)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = u"/"_s;
    request.action = u"DescribeMetricList"_s;
    request.version = QString::fromLatin1(apiVersion);

    QJsonObject dimensions;
    if (!query.appId.isEmpty())
        dimensions.insert(u"appId"_s, query.appId);
    if (!query.instanceId.isEmpty())
        dimensions.insert(u"instanceId"_s, query.instanceId);
    request.addQuery(u"Namespace"_s, QString::fromLatin1(serverlessNamespace))
        .addQuery(u"MetricName"_s, query.metricName)
        .addQuery(u"Dimensions"_s,
                  QString::fromUtf8(QJsonDocument(dimensions).toJson(QJsonDocument::Compact)))
        .addQuery(u"Period"_s, query.periodSeconds)
        .addQuery(u"Length"_s, query.length);
    if (query.start.isValid())
        request.addQuery(u"StartTime"_s, query.start.toMSecsSinceEpoch());
    if (query.end.isValid())
        request.addQuery(u"EndTime"_s, query.end.toMSecsSinceEpoch());
    if (!query.nextToken.isEmpty())
        request.addQuery(u"NextToken"_s, query.nextToken);
    return {request,
            [query](const QJsonObject &envelope) { return CloudMonitorJsonReader::page(envelope, query); }};
}

} // namespace CloudMonitorApi
