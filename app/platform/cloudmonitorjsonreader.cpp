#include "cloudmonitorjsonreader.h"

#include "platform/cloudmonitorapi.h"
#include "platform/saejsonreader.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace CloudMonitorJsonReader {

using namespace Qt::StringLiterals;
using namespace SaeJsonReader;

ApiResult<MetricPage> page(const QJsonObject &envelope, const MetricQuery &query)
{
    const ApiResult<QJsonArray> datapoints =
        embeddedList(envelope, envelope.value(u"Datapoints"), u"Datapoints"_s);
    if (!datapoints)
        return datapoints.error();

    MetricPage read;
    read.nextToken = text(envelope.value(u"NextToken"));
    read.periodSeconds = int32(envelope.value(u"Period"), query.periodSeconds);

    QHash<std::pair<QString, QString>, QList<MetricPoint>> pointsBySource; // by (appId, instanceId)
    for (qsizetype i = 0; i < datapoints.value().size(); ++i) {
        const QString path = u"Datapoints[%1]"_s.arg(i);
        const QJsonValue entry = datapoints.value().at(i);
        if (!entry.isObject())
            return parseError(envelope, wrongType(path));
        const QJsonObject object = entry.toObject();
        MetricPoint point;
        point.timeMs = integer(object.value(u"timestamp"), -1);
        if (point.timeMs < 0)
            return parseError(envelope, missing(path + u".timestamp"_s));
        // Most acs_* metrics give Average/Maximum/Minimum; some give only Value.
        const QJsonValue average =
            object.contains(u"Average") ? object.value(u"Average") : object.value(u"Value");
        point.average = number(average, std::nan(""));
        if (std::isnan(point.average))
            return parseError(envelope, missing(path + u".Average"_s));
        point.maximum = number(object.value(u"Maximum"), point.average);
        point.minimum = number(object.value(u"Minimum"), point.average);
        QString appId = text(object.value(u"appId"));
        if (appId.isEmpty())
            appId = query.appId;
        pointsBySource[{appId, text(object.value(u"instanceId"))}].append(point);
    }

    for (auto it = pointsBySource.cbegin(); it != pointsBySource.cend(); ++it) {
        MetricSeries series;
        series.metricName = query.metricName;
        series.appId = it.key().first;
        series.instanceId = it.key().second;
        series.periodSeconds = read.periodSeconds;
        series.addPoints(it.value());
        read.series.append(series);
    }
    std::sort(read.series.begin(), read.series.end(), [](const MetricSeries &a, const MetricSeries &b) {
        return std::tie(a.appId, a.instanceId) < std::tie(b.appId, b.instanceId);
    });
    return read;
}

} // namespace CloudMonitorJsonReader
