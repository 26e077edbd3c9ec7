#include "healthprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

/// A JSON integer, also in a string ("8080"); `fallback` for anything else.
int integerOf(const QJsonValue &value, int fallback)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return (std::abs(number) < 1e9 && number == std::floor(number)) ? int(number) : fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const int parsed = value.toString().trimmed().toInt(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

std::optional<QJsonObject> objectOf(QStringView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

HealthProbe HealthProbe::parse(QStringView json)
{
    HealthProbe probe;
    probe.json = json.toString();
    if (json.trimmed().isEmpty())
        return probe;
    const std::optional<QJsonObject> object = objectOf(json);
    if (!object) {
        probe.type = Type::Unrecognised;
        return probe;
    }
    if (object->isEmpty())
        return probe; // "{}" clears a probe (reference: TomcatConfig and probes alike)

    if (const QJsonValue httpGet = object->value(u"httpGet"_s); httpGet.isObject()) {
        probe.type = Type::HttpGet;
        probe.path = httpGet[u"path"_s].toString();
        probe.scheme = httpGet[u"scheme"_s].toString();
        probe.port = integerOf(httpGet[u"port"_s], 0);
    } else if (const QJsonValue tcpSocket = object->value(u"tcpSocket"_s); tcpSocket.isObject()) {
        probe.type = Type::TcpSocket;
        probe.port = integerOf(tcpSocket[u"port"_s], 0);
    } else if (const QJsonValue exec = object->value(u"exec"_s); exec.isObject()) {
        probe.type = Type::Exec;
        for (const QJsonValue &part : exec[u"command"_s].toArray())
            probe.command.append(part.toString());
    } else {
        probe.type = Type::Unrecognised;
    }
    probe.initialDelaySeconds =
        integerOf(object->value(u"initialDelaySeconds"_s), defaultInitialDelaySeconds);
    probe.periodSeconds = integerOf(object->value(u"periodSeconds"_s), defaultPeriodSeconds);
    // "If this parameter is set to 0 or is not set, the default timeout period is 1 second."
    probe.timeoutSeconds = integerOf(object->value(u"timeoutSeconds"_s), 0);
    if (probe.timeoutSeconds <= 0)
        probe.timeoutSeconds = defaultTimeoutSeconds;
    return probe;
}

QString HealthProbe::canonicalJson() const
{
    if (json.trimmed().isEmpty())
        return {};
    const std::optional<QJsonObject> object = objectOf(json);
    if (!object)
        return json.trimmed();
    if (object->isEmpty())
        return {}; // "{}" and "" both mean no probe
    return QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Compact));
}
