#include "saejsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace SaeJsonReader {

namespace {

using namespace Qt::StringLiterals;

Application readApplication(const QJsonObject &object)
{
    Application app;
    app.appId = text(object.value(u"AppId"));
    app.appName = text(object.value(u"AppName"));
    app.description = text(object.value(u"AppDescription"));
    app.namespaceId = text(object.value(u"NamespaceId"));
    app.namespaceName = text(object.value(u"NamespaceName"));
    app.regionId = text(object.value(u"RegionId"));
    app.appType = text(object.value(u"AppType"));
    app.programmingLanguage = text(object.value(u"ProgrammingLanguage"));
    app.imageUrl = text(object.value(u"ImageUrl"));
    app.packageUrl = text(object.value(u"PackageUrl"));
    app.baseAppId = text(object.value(u"BaseAppId"));
    app.cpuMillicores = int32(object.value(u"Cpu"));
    // ListApplications says Mem, DescribeApplicationConfig says Memory.
    app.memoryMb = int32(object.contains(u"Mem") ? object.value(u"Mem") : object.value(u"Memory"));
    app.targetInstances = int32(object.value(u"Instances"));
    app.runningInstances = int32(object.value(u"RunningInstances"));
    app.deleting = boolean(object.value(u"AppDeletingStatus"));
    app.tags = tags(object.value(u"Tags"));
    return app;
}

Instance readInstance(const QJsonObject &object)
{
    Instance instance;
    instance.instanceId = text(object.value(u"InstanceId"));
    instance.groupId = text(object.value(u"GroupId"));
    instance.statusText = text(object.value(u"InstanceContainerStatus"));
    if (instance.statusText.isEmpty())
        instance.statusText = text(object.value(u"MainContainerStatus"));
    instance.status = instanceStatusFromWire(instance.statusText);
    instance.healthText = text(object.value(u"InstanceHealthStatus"));
    instance.health = instanceHealthFromWire(instance.healthText);
    instance.unhealthyMessage = text(object.value(u"UnhealthyMessage"));
    instance.restarts = integer(object.value(u"InstanceContainerRestarts"));
    instance.ip = text(object.value(u"InstanceContainerIp"));
    instance.eip = text(object.value(u"Eip"));
    instance.vSwitchId = text(object.value(u"VSwitchId"));
    instance.imageUrl = text(object.value(u"ImageUrl"));
    instance.packageVersion = text(object.value(u"PackageVersion"));
    instance.createdAt = epochMilliseconds(object.value(u"CreateTimeStamp"));
    instance.readyAt = epochMilliseconds(object.value(u"FinishTimeStamp"));
    return instance;
}

ApplicationGroup readGroup(const QJsonObject &object)
{
    ApplicationGroup group;
    group.groupId = text(object.value(u"GroupId"));
    group.groupName = text(object.value(u"GroupName"));
    group.groupType = int32(object.value(u"GroupType"));
    group.packageType = text(object.value(u"PackageType"));
    group.imageUrl = text(object.value(u"ImageUrl"));
    group.packageUrl = text(object.value(u"PackageUrl"));
    group.packageVersion = text(object.value(u"PackageVersion"));
    group.jdk = text(object.value(u"Jdk"));
    group.webContainer = text(object.value(u"WebContainer"));
    group.replicas = int32(object.value(u"Replicas"));
    group.runningInstances = int32(object.value(u"RunningInstances"));
    return group;
}

} // namespace

ApiError parseError(const QJsonObject &envelope, const QString &what)
{
    //: %1 names the part of the platform's answer that could not be read, e.g. "Data.Applications[3].AppId"
    return ApiError::parse(
        QCoreApplication::translate("SaeJsonReader", "Unexpected answer from the platform: %1").arg(what),
        200, requestId(envelope));
}

QString requestId(const QJsonObject &envelope)
{
    for (QStringView key : {u"RequestId", u"requestId", u"requestid"}) {
        const QString id = text(envelope.value(key));
        if (!id.isEmpty())
            return id;
    }
    return {};
}

QString missing(const QString &path)
{
    return QCoreApplication::translate("SaeJsonReader", "%1 is missing").arg(path);
}

QString notAList(const QString &path)
{
    return QCoreApplication::translate("SaeJsonReader", "%1 is not a list").arg(path);
}

QString notAnObject(const QString &path)
{
    return QCoreApplication::translate("SaeJsonReader", "%1 is not an object").arg(path);
}

QString wrongType(const QString &path)
{
    //: %1 names a field of the platform's answer that holds another kind of value than it should
    return QCoreApplication::translate("SaeJsonReader", "%1 has the wrong type").arg(path);
}

QString notANumber(const QString &path)
{
    return QCoreApplication::translate("SaeJsonReader", "%1 is not a number").arg(path);
}

bool isInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return std::isfinite(number) && number == std::trunc(number) && std::abs(number) <= 9.2e18;
    }
    if (value.isString()) {
        bool ok = false;
        value.toString().trimmed().toLongLong(&ok);
        return ok;
    }
    return false;
}

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Integral values within 2^53 print without exponent; the cast is in range there.
        if (std::abs(number) <= 9007199254740992.0 && number == std::trunc(number))
            return QString::number(qint64(number));
        return QString::number(number);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

qint64 integer(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble()) {
        // Converting a double outside qint64's range is undefined behaviour; such a number is
        // as useless as a missing one.
        const double number = value.toDouble();
        constexpr double limit = 9.2e18;
        return (number >= -limit && number <= limit) ? qint64(number) : fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

int int32(const QJsonValue &value, int fallback)
{
    const qint64 number = integer(value, fallback);
    return (number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max())
               ? int(number)
               : fallback;
}

bool boolean(const QJsonValue &value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString textValue = value.toString().trimmed();
        if (textValue.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (textValue.compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
    }
    if (value.isDouble())
        return value.toDouble() != 0;
    return fallback;
}

std::optional<QJsonArray> array(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject()) {
        const QJsonObject wrapper = value.toObject();
        if (wrapper.size() == 1 && wrapper.begin().value().isArray())
            return wrapper.begin().value().toArray();
    }
    return std::nullopt;
}

QDateTime epochMilliseconds(const QJsonValue &value)
{
    const qint64 milliseconds = integer(value, 0);
    if (milliseconds <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
}

ApiResult<Page<Namespace>> namespaces(const QJsonObject &envelope)
{
    return readPage<Namespace>(envelope, u"Namespaces", u"NamespaceId", [](const QJsonObject &object) {
        Namespace ns;
        ns.id = text(object.value(u"NamespaceId"));
        ns.name = text(object.value(u"NamespaceName"));
        ns.shortId = text(object.value(u"NameSpaceShortId"));
        ns.regionId = text(object.value(u"RegionId"));
        ns.description = text(object.value(u"NamespaceDescription"));
        return ns;
    });
}

ApiResult<Page<Application>> applications(const QJsonObject &envelope)
{
    return readPage<Application>(envelope, u"Applications", u"AppId", readApplication);
}

ApiResult<QList<ApplicationGroup>> applicationGroups(const QJsonObject &envelope)
{
    const std::optional<QJsonArray> entries = array(envelope.value(u"Data"));
    if (!entries)
        return parseError(envelope, notAList(u"Data"_s));
    QList<ApplicationGroup> groups;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QJsonObject entry = entries->at(i).toObject();
        if (text(entry.value(u"GroupId")).isEmpty())
            return parseError(envelope, missing(u"Data[%1].GroupId"_s.arg(i)));
        groups.append(readGroup(entry));
    }
    return groups;
}

ApiResult<Page<Instance>> instances(const QJsonObject &envelope)
{
    return readPage<Instance>(envelope, u"Instances", u"InstanceId", readInstance);
}

ApiResult<Acknowledgement> acknowledgement(const QJsonObject &envelope)
{
    return Acknowledgement{requestId(envelope)};
}

QList<std::pair<QString, QString>> tags(const QJsonValue &value)
{
    QList<std::pair<QString, QString>> pairs;
    if (const std::optional<QJsonArray> entries = array(value)) {
        for (const QJsonValue &entry : *entries) {
            const QJsonObject pair = entry.toObject();
            const QString key = text(pair.contains(u"Key") ? pair.value(u"Key") : pair.value(u"key"));
            if (!key.isEmpty())
                pairs.append(
                    {key, text(pair.contains(u"Value") ? pair.value(u"Value") : pair.value(u"value"))});
        }
    }
    return pairs;
}

double number(const QJsonValue &value, double fallback)
{
    double parsed = fallback;
    if (value.isDouble()) {
        parsed = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        parsed = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return fallback;
    }
    return std::isfinite(parsed) ? parsed : fallback;
}

QDateTime timestamp(const QJsonValue &value)
{
    if (value.isString()) {
        const QString textValue = value.toString().trimmed();
        // Without an offset the time zone is unknown: such a time is not read as local time.
        const QDateTime iso = QDateTime::fromString(textValue, Qt::ISODateWithMs);
        if (iso.isValid() && iso.timeSpec() != Qt::LocalTime)
            return iso.toUTC();
    }
    return epochMilliseconds(value);
}

ApiResult<QJsonObject> dataObject(const QJsonObject &envelope)
{
    const QJsonValue data = envelope.value(u"Data");
    if (data.isUndefined() || data.isNull())
        return parseError(envelope, missing(u"Data"_s));
    if (!data.isObject())
        return parseError(envelope, wrongType(u"Data"_s));
    return data.toObject();
}

ApiResult<QJsonArray> list(const QJsonObject &envelope, const QJsonValue &value, const QString &path)
{
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (const std::optional<QJsonArray> entries = array(value))
        return *entries;
    return parseError(envelope, notAList(path));
}

ApiResult<QJsonArray> embeddedList(const QJsonObject &envelope, const QJsonValue &value, const QString &path)
{
    if (!value.isString())
        return list(envelope, value, path);
    const QString textValue = value.toString().trimmed();
    if (textValue.isEmpty() || textValue == u"null")
        return QJsonArray();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(textValue.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return parseError(envelope, notAList(path));
    return document.array();
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return text(value);
}

} // namespace SaeJsonReader
