#include "cloudmonitoroperations.h"

#include "emulator/cloudmonitormetric.h"
#include "emulator/emulatorclock.h"
#include "emulator/errorbody.h"
#include "emulator/fleet.h"
#include "emulator/instancehistoryrecorder.h"
#include "emulator/metricseriesbuilder.h"
#include "emulator/operationcontext.h"
#include "emulator/operationregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace CloudMonitorOperations {

namespace {

using namespace Qt::StringLiterals;

/// The account the emulator's AccessKey belongs to, as CloudMonitor reports it in `userId`.
constexpr char16_t accountId[] = u"1827364554637281";

OperationResult failure(const QString &code, const QString &message)
{
    OperationResult result{400,
                           QJsonObject{{u"Code"_s, code}, {u"Message"_s, message}, {u"Success"_s, false}}};
    return result;
}

OperationResult invalid(const QString &name, const QString &why)
{
    return failure(u"InvalidParameter"_s, u"The parameter %1 is invalid: %2"_s.arg(name, why));
}

/// Epoch milliseconds, "yyyy-MM-dd HH:mm:ss" (China time, as CloudMonitor's console) or ISO 8601.
std::optional<QDateTime> parseTime(const QString &text)
{
    static const QRegularExpression digits(u"^\\d{1,15}$"_s);
    if (digits.match(text).hasMatch())
        return QDateTime::fromMSecsSinceEpoch(text.toLongLong(), Qt::UTC);
    QDateTime local = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    if (local.isValid()) {
        local.setTimeZone(QTimeZone(8 * 3600));
        return local.toUTC();
    }
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid() && (text.endsWith(u'Z') || text.contains(u'+') || text.lastIndexOf(u'-') > 9))
        return iso.toUTC();
    return std::nullopt;
}

struct DimensionFilter
{
    QString appId;
    QString instanceId;
};

/// `{"appId":"..."}` or `[{"appId":"..."},{"appId":"...","instanceId":"..."}]`.
std::variant<QList<DimensionFilter>, OperationResult> parseDimensions(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(u"Dimensions"_s, u"not JSON (%1)"_s.arg(error.errorString()));
    QJsonArray sets;
    if (document.isObject())
        sets.append(document.object());
    else
        sets = document.array();
    QList<DimensionFilter> filters;
    for (const QJsonValue &value : std::as_const(sets)) {
        if (!value.isObject())
            return invalid(u"Dimensions"_s, u"each dimension set must be a JSON object"_s);
        const QJsonObject object = value.toObject();
        DimensionFilter filter;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                return invalid(u"Dimensions"_s, u"the value of %1 must be a string"_s.arg(it.key()));
            if (it.key() == u"appId")
                filter.appId = it.value().toString();
            else if (it.key() == u"instanceId")
                filter.instanceId = it.value().toString();
            else if (it.key() != u"userId")
                return invalid(
                    u"Dimensions"_s,
                    u"unknown dimension %1 (acs_serverless has userId, appId, instanceId)"_s.arg(it.key()));
        }
        if (filter.appId.isEmpty() && filter.instanceId.isEmpty())
            return invalid(u"Dimensions"_s, u"name an appId or an instanceId"_s);
        filters.append(filter);
    }
    if (filters.isEmpty())
        return invalid(u"Dimensions"_s, u"name an appId or an instanceId"_s);
    return filters;
}

EmulatedApplication *applicationOfInstance(Fleet &fleet, const QString &instanceId)
{
    for (EmulatedApplication &application : fleet.applications) {
        for (const InstanceSpan &span : std::as_const(application.instanceHistory)) {
            if (span.instanceId == instanceId)
                return &application;
        }
        for (const Instance &instance : std::as_const(application.instances)) {
            if (instance.instanceId == instanceId)
                return &application;
        }
    }
    return nullptr;
}

double rounded(double value)
{
    return std::round(value * 100) / 100;
}

OperationResult describeMetricList(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    QString ns;
    QString metricName;
    if (auto error = parameters.string(u"Namespace"_s, &ns, true))
        return *error;
    if (auto error = parameters.string(u"MetricName"_s, &metricName, true))
        return *error;
    if (ns != QLatin1StringView(CloudMonitorMetrics::namespaceName))
        return failure(u"ResourceNotFound"_s,
                       u"The namespace %1 is not served here; use acs_serverless."_s.arg(ns));
    const std::optional<CloudMonitorMetric> metric = CloudMonitorMetrics::fromName(metricName);
    if (!metric) {
        return failure(u"MetricNotFound"_s,
                       u"The metric %1 does not exist in acs_serverless (metrics: %2)."_s.arg(
                           metricName, CloudMonitorMetrics::names().join(u", "_s)));
    }

    QString dimensionsText;
    if (auto error = parameters.string(u"Dimensions"_s, &dimensionsText))
        return *error;
    if (dimensionsText.isEmpty())
        return invalid(u"Dimensions"_s, u"name an appId or an instanceId"_s);
    auto dimensions = parseDimensions(dimensionsText);
    if (auto *error = std::get_if<OperationResult>(&dimensions))
        return *error;

    int period = 60;
    QString periodText;
    if (auto error = parameters.string(u"Period"_s, &periodText))
        return *error;
    if (!periodText.isEmpty()) {
        bool ok = false;
        period = periodText.toInt(&ok);
        if (!ok || period < 60 || period % 60 != 0 || period > 86400)
            return invalid(u"Period"_s, u"must be a multiple of 60 seconds up to 86400"_s);
    }
    int length = defaultLength;
    if (auto error = parameters.integer(u"Length"_s, &length, {1, maximumLength}))
        return *error;

    const QDateTime now = context.clock->now();
    QDateTime end = now;
    QDateTime start;
    QString text;
    if (auto error = parameters.string(u"EndTime"_s, &text))
        return *error;
    if (!text.isEmpty()) {
        const std::optional<QDateTime> parsed = parseTime(text);
        if (!parsed)
            return invalid(u"EndTime"_s, u"use milliseconds since 1970 or yyyy-MM-dd HH:mm:ss"_s);
        end = *parsed;
    }
    text.clear();
    if (auto error = parameters.string(u"StartTime"_s, &text))
        return *error;
    if (!text.isEmpty()) {
        const std::optional<QDateTime> parsed = parseTime(text);
        if (!parsed)
            return invalid(u"StartTime"_s, u"use milliseconds since 1970 or yyyy-MM-dd HH:mm:ss"_s);
        start = *parsed;
    } else {
        start = end.addSecs(-3600);
    }
    if (start >= end)
        return invalid(u"StartTime"_s, u"must be before EndTime"_s);
    // Nothing is kept beyond the retention, and nothing is known of the future.
    start = std::max(start, now.addDays(-retentionDays));
    end = std::min(end, now);

    qsizetype offset = 0;
    QString token;
    if (auto error = parameters.string(u"NextToken"_s, &token))
        return *error;
    if (!token.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
        bool ok = decoded.startsWith("offset:");
        offset = ok ? decoded.mid(7).toLongLong(&ok) : 0;
        if (!ok || offset < 0)
            return invalid(u"NextToken"_s, u"not a token this API returned"_s);
    }

    QList<MetricDatapoint> points;
    if (start < end) {
        for (const DimensionFilter &filter : std::get<QList<DimensionFilter>>(dimensions)) {
            EmulatedApplication *application = filter.appId.isEmpty()
                                                   ? applicationOfInstance(*context.fleet, filter.instanceId)
                                                   : context.fleet->findApplication(filter.appId);
            if (!application)
                continue; // CloudMonitor answers an unknown resource with no datapoints
            InstanceHistoryRecorder::record(*application, now);
            points += MetricSeriesBuilder::build(*context.load, *application, *metric, filter.instanceId,
                                                 start, end, period, now);
        }
    }
    std::stable_sort(points.begin(), points.end(), [](const MetricDatapoint &a, const MetricDatapoint &b) {
        return a.timestampMs != b.timestampMs ? a.timestampMs < b.timestampMs : a.instanceId < b.instanceId;
    });

    QJsonArray datapoints;
    const qsizetype last = std::min(points.size(), offset + length);
    for (qsizetype i = offset; i < last; ++i) {
        const MetricDatapoint &point = points.at(i);
        datapoints.append(QJsonObject{
            {u"timestamp"_s, point.timestampMs},
            {u"userId"_s, QString::fromUtf16(accountId)},
            {u"appId"_s, point.appId},
            {u"instanceId"_s, point.instanceId},
            {u"Average"_s, rounded(point.average)},
            {u"Maximum"_s, rounded(point.maximum)},
            {u"Minimum"_s, rounded(point.minimum)},
        });
    }
    QJsonObject body{
        {u"Code"_s, u"200"_s},
        {u"Success"_s, true},
        {u"Period"_s, QString::number(period)},
        {u"Datapoints"_s, QString::fromUtf8(QJsonDocument(datapoints).toJson(QJsonDocument::Compact))},
    };
    if (last < points.size()) {
        body.insert(
            u"NextToken"_s,
            QString::fromLatin1(
                QByteArray("offset:" + QByteArray::number(last)).toBase64(QByteArray::Base64UrlEncoding)));
    }
    return {200, body};
}

} // namespace

void registerRoutes(OperationRegistry &registry, const OperationContext &context)
{
    registry.addRpc(
        u"DescribeMetricList"_s, QString::fromLatin1(apiVersion),
        [context](const GatewayRequest &request) { return describeMetricList(context, request); });
}

} // namespace CloudMonitorOperations
