#include "fleetjson.h"

#include <QJsonArray>

namespace FleetJson {

using namespace Qt::StringLiterals;

QJsonObject namespaceEntry(const Namespace &ns)
{
    return QJsonObject{
        {u"NamespaceId"_s, ns.id},
        {u"NamespaceName"_s, ns.name},
        {u"NameSpaceShortId"_s, ns.shortId},
        {u"NamespaceDescription"_s, ns.description},
        {u"RegionId"_s, ns.regionId},
        {u"AddressServerHost"_s, u"addr-%1-internal.edas.aliyun.com"_s.arg(ns.regionId)},
    };
}

QJsonObject applicationEntry(const EmulatedApplication &emulated)
{
    const Application &app = emulated.application;
    QJsonArray tags;
    for (const auto &[key, value] : app.tags)
        tags.append(QJsonObject{{u"Key"_s, key}, {u"Value"_s, value}});
    return QJsonObject{
        {u"AppDeletingStatus"_s, app.deleting},
        {u"AppDescription"_s, app.description},
        {u"AppId"_s, app.appId},
        {u"AppName"_s, app.appName},
        {u"AppType"_s, app.appType},
        {u"Cpu"_s, app.cpuMillicores},
        {u"DiskSize"_s, 20},
        {u"EnableIdle"_s, u"false"_s},
        {u"ImageUrl"_s, app.imageUrl},
        {u"Instances"_s, app.targetInstances},
        {u"IsStateful"_s, false},
        {u"Labels"_s, QJsonObject{}},
        {u"Mem"_s, app.memoryMb},
        {u"MseEnabled"_s, false},
        {u"NamespaceId"_s, app.namespaceId},
        {u"NamespaceName"_s, app.namespaceName},
        {u"NewSaeVersion"_s, u"std"_s},
        {u"PackageUrl"_s, app.packageUrl},
        {u"ProgrammingLanguage"_s, app.programmingLanguage},
        {u"RaspEnabled"_s, false},
        {u"RegionId"_s, app.regionId},
        {u"ResourceType"_s, QString()},
        {u"RunningInstances"_s, app.runningInstances},
        {u"Tags"_s, tags},
        {u"VpcId"_s, u"vpc-wz9retail0platform01"_s},
    };
}

QJsonObject groupEntry(const EmulatedApplication &emulated)
{
    const ApplicationGroup &group = emulated.group;
    QJsonObject entry{
        {u"GroupId"_s, group.groupId},
        {u"GroupName"_s, group.groupName},
        {u"GroupType"_s, group.groupType},
        {u"PackageType"_s, group.packageType},
        {u"PackageVersion"_s, group.packageVersion},
        {u"PackageVersionId"_s, QString()},
        {u"Replicas"_s, group.replicas},
        {u"RunningInstances"_s, group.runningInstances},
    };
    if (!group.imageUrl.isEmpty())
        entry.insert(u"ImageUrl"_s, group.imageUrl);
    if (!group.packageUrl.isEmpty())
        entry.insert(u"PackageUrl"_s, group.packageUrl);
    if (!group.jdk.isEmpty())
        entry.insert(u"Jdk"_s, group.jdk);
    if (!group.webContainer.isEmpty())
        entry.insert(u"WebContainer"_s, group.webContainer);
    return entry;
}

QJsonObject instanceEntry(const Instance &instance)
{
    QJsonObject entry{
        {u"CreateTimeStamp"_s, instance.createdAt.toMSecsSinceEpoch()},
        {u"DebugStatus"_s, false},
        {u"Eip"_s, instance.eip},
        {u"GroupId"_s, instance.groupId},
        {u"ImageUrl"_s, instance.imageUrl},
        {u"InstanceContainerIp"_s, instance.ip},
        {u"InstanceContainerRestarts"_s, instance.restarts},
        {u"InstanceContainerStatus"_s, instance.statusText},
        {u"InstanceHealthStatus"_s, instance.healthText},
        {u"InstanceId"_s, instance.instanceId},
        {u"MainContainerStatus"_s, instance.statusText},
        {u"PackageVersion"_s, instance.packageVersion},
        {u"SidecarContainersStatus"_s, QJsonArray{}},
        {u"TrafficStatus"_s, QString()},
        {u"UnhealthyMessage"_s, instance.unhealthyMessage},
        {u"VSwitchId"_s, instance.vSwitchId},
    };
    if (instance.readyAt.isValid())
        entry.insert(u"FinishTimeStamp"_s, instance.readyAt.toMSecsSinceEpoch());
    return entry;
}

} // namespace FleetJson
