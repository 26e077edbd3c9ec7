#include "applicationjsonreader.h"

#include "platform/saejsonreader.h"

#include <QJsonArray>

#include <variant>

namespace ApplicationJsonReader {

namespace {

using namespace Qt::StringLiterals;
using namespace SaeJsonReader;

/// `[{"name":"A","value":"1"},{"name":"B","valueFrom":{"configMapRef":{"configMapId":3,"key":"k"}}}]`.
ApiResult<QList<EnvironmentVariable>> readEnvs(const QJsonObject &envelope, const QJsonValue &value)
{
    const QString path = u"Data.Envs"_s;
    const ApiResult<QJsonArray> entries = embeddedList(envelope, value, path);
    if (!entries)
        return entries.error();
    QList<EnvironmentVariable> envs;
    envs.reserve(entries.value().size());
    for (qsizetype i = 0; i < entries.value().size(); ++i) {
        const QJsonValue entry = entries.value().at(i);
        if (!entry.isObject())
            return parseError(envelope, wrongType(u"%1[%2]"_s.arg(path).arg(i)));
        const std::optional<EnvironmentVariable> env = EnvironmentVariable::fromJson(entry.toObject());
        if (!env)
            return parseError(envelope, missing(u"%1[%2].name"_s.arg(path).arg(i)));
        envs.append(*env);
    }
    return envs;
}

/// `["a","b"]`, as a JSON string or an array.
ApiResult<QStringList> readCommandArgs(const QJsonObject &envelope, const QJsonValue &value)
{
    const ApiResult<QJsonArray> entries = embeddedList(envelope, value, u"Data.CommandArgs"_s);
    if (!entries)
        return entries.error();
    QStringList args;
    for (const QJsonValue &entry : entries.value())
        args.append(text(entry));
    return args;
}

ApplicationStatus readStatus(const QJsonObject &data)
{
    ApplicationStatus status;
    status.appId = text(data.value(u"AppId"));
    status.currentStatusText = text(data.value(u"CurrentStatus"));
    status.currentStatus = ApplicationStatus::stateFromWire(status.currentStatusText);
    status.runningInstances = int32(data.value(u"RunningInstances"));
    status.createdAt = epochMilliseconds(data.value(u"CreateTime"));
    status.lastChangeOrderId = text(data.value(u"LastChangeOrderId"));
    status.lastChangeOrderRunning = boolean(data.value(u"LastChangeOrderRunning"));
    status.lastChangeOrderStatusText = text(data.value(u"LastChangeOrderStatus"));
    status.lastChangeOrderStatus =
        ApplicationStatus::changeOrderStatusFromWire(status.lastChangeOrderStatusText);
    status.subStatusText = text(data.value(u"SubStatus"));
    status.subStatus = ApplicationStatus::releaseHealthFromWire(status.subStatusText);
    status.enableAgent = boolean(data.value(u"EnableAgent"));
    status.armsAdvancedEnabled = boolean(data.value(u"ArmsAdvancedEnabled"));
    status.fileSizeLimitKb = integer(data.value(u"FileSizeLimit"));
    return status;
}

} // namespace

ApiResult<ApplicationConfig> config(const QJsonObject &envelope)
{
    const ApiResult<QJsonObject> dataRead = dataObject(envelope);
    if (!dataRead)
        return dataRead.error();
    const QJsonObject &data = dataRead.value();
    ApplicationConfig read;
    read.appId = text(data.value(u"AppId"));
    if (read.appId.isEmpty())
        return parseError(envelope, missing(u"Data.AppId"_s));
    read.appName = text(data.value(u"AppName"));
    read.description = text(data.value(u"AppDescription"));
    read.namespaceId = text(data.value(u"NamespaceId"));
    read.regionId = text(data.value(u"RegionId"));
    read.appSource = text(data.value(u"AppSource"));
    read.programmingLanguage = text(data.value(u"ProgrammingLanguage"));

    read.packageType = text(data.value(u"PackageType"));
    read.packageUrl = text(data.value(u"PackageUrl"));
    read.packageVersion = text(data.value(u"PackageVersion"));
    read.imageUrl = text(data.value(u"ImageUrl"));
    read.jdk = text(data.value(u"Jdk"));
    read.webContainer = text(data.value(u"WebContainer"));
    read.edasContainerVersion = text(data.value(u"EdasContainerVersion"));
    read.php = text(data.value(u"Php"));
    read.python = text(data.value(u"Python"));
    read.dotnet = text(data.value(u"Dotnet"));
    read.timezone = text(data.value(u"Timezone"));

    read.cpuMillicores = int32(data.value(u"Cpu"));
    // DescribeApplicationConfig says Memory; ListApplications' Mem is accepted too.
    read.memoryMb = int32(data.contains(u"Memory") ? data.value(u"Memory") : data.value(u"Mem"));
    read.replicas = int32(data.value(u"Replicas"));

    read.command = text(data.value(u"Command"));
    ApiResult<QStringList> args = readCommandArgs(envelope, data.value(u"CommandArgs"));
    if (!args)
        return args.error();
    read.commandArgs = std::move(args).value();
    read.jarStartOptions = text(data.value(u"JarStartOptions"));
    read.jarStartArgs = text(data.value(u"JarStartArgs"));
    read.warStartOptions = text(data.value(u"WarStartOptions"));
    ApiResult<QList<EnvironmentVariable>> envs = readEnvs(envelope, data.value(u"Envs"));
    if (!envs)
        return envs.error();
    read.envs = std::move(envs).value();
    read.liveness = HealthProbe::parse(jsonText(data.value(u"Liveness")));
    read.readiness = HealthProbe::parse(jsonText(data.value(u"Readiness")));
    read.startupProbe = HealthProbe::parse(jsonText(data.value(u"StartupProbe")));
    read.preStopJson = jsonText(data.value(u"PreStop"));
    read.postStartJson = jsonText(data.value(u"PostStart"));
    read.terminationGracePeriodSeconds = int32(data.value(u"TerminationGracePeriodSeconds"));

    read.updateStrategyJson = jsonText(data.value(u"UpdateStrategy"));
    auto strategy = UpdateStrategy::parse(read.updateStrategyJson);
    if (const auto *parsed = std::get_if<UpdateStrategy>(&strategy))
        read.updateStrategy = *parsed;
    read.minReadyInstances = int32(data.value(u"MinReadyInstances"), 1);
    read.minReadyInstanceRatio = int32(data.value(u"MinReadyInstanceRatio"), -1);
    read.maxSurgeInstances = int32(data.value(u"MaxSurgeInstances"));
    read.maxSurgeInstanceRatio = int32(data.value(u"MaxSurgeInstanceRatio"));
    read.batchWaitTime = int32(data.value(u"BatchWaitTime"));

    read.vpcId = text(data.value(u"VpcId"));
    read.vSwitchId = text(data.value(u"VSwitchId"));
    read.securityGroupId = text(data.value(u"SecurityGroupId"));
    read.associateEip = boolean(data.value(u"AssociateEip"));
    read.acrInstanceId = text(data.value(u"AcrInstanceId"));
    read.imagePullSecrets = text(data.value(u"ImagePullSecrets"));
    // An array of {Key, Value}; DeployApplication sends it as a JSON string, which is read too.
    const ApiResult<QJsonArray> tagEntries = embeddedList(envelope, data.value(u"Tags"), u"Data.Tags"_s);
    if (!tagEntries)
        return tagEntries.error();
    read.tags = tags(tagEntries.value());

    read.slsConfigsJson = jsonText(data.value(u"SlsConfigs"));
    read.nasConfigsJson = jsonText(data.value(u"NasConfigs"));
    read.tomcatConfigJson = jsonText(data.value(u"TomcatConfig"));
    read.customHostAliasJson = jsonText(data.value(u"CustomHostAlias"));
    return read;
}

ApiResult<ApplicationStatus> status(const QJsonObject &envelope)
{
    const ApiResult<QJsonObject> read = dataObject(envelope);
    if (!read)
        return read.error();
    if (text(read.value().value(u"CurrentStatus")).isEmpty())
        return parseError(envelope, missing(u"Data.CurrentStatus"_s));
    return readStatus(read.value());
}

ApiResult<QList<AppVersion>> versions(const QJsonObject &envelope)
{
    if (!envelope.contains(u"Data"))
        return parseError(envelope, missing(u"Data"_s));
    const ApiResult<QJsonArray> entries = list(envelope, envelope.value(u"Data"), u"Data"_s);
    if (!entries)
        return entries.error();
    QList<AppVersion> read;
    read.reserve(entries.value().size());
    for (qsizetype i = 0; i < entries.value().size(); ++i) {
        const QJsonObject entry = entries.value().at(i).toObject();
        AppVersion version;
        version.versionId = text(entry.value(u"Id"));
        if (version.versionId.isEmpty())
            return parseError(envelope, missing(u"Data[%1].Id"_s.arg(i)));
        version.typeText = text(entry.value(u"Type"));
        version.type = AppVersion::typeFromWire(version.typeText);
        version.createdAt = epochMilliseconds(entry.value(u"CreateTime"));
        version.buildPackageUrl = text(entry.value(u"BuildPackageUrl"));
        version.warUrl = text(entry.value(u"WarUrl"));
        read.append(version);
    }
    return read;
}

} // namespace ApplicationJsonReader
