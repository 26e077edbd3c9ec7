#include "applicationoperations.h"

#include "emulator/fleet.h"
#include "emulator/fleetjson.h"
#include "emulator/operationcontext.h"
#include "emulator/operationregistry.h"
#include "emulator/paging.h"
#include "emulator/saeresponse.h"

#include <QJsonArray>

#include <algorithm>

namespace ApplicationOperations {

namespace {

using namespace Qt::StringLiterals;

// Instance order for Reverse=true is SAE's status order (failures first), then the instance ID.
bool failuresFirst(const Instance &a, const Instance &b)
{
    if (a.status != b.status)
        return int(a.status) < int(b.status);
    return a.instanceId < b.instanceId;
}

OperationResult listApplications(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    int currentPage = 1;
    int pageSize = 20;
    if (auto error = parameters.integer(u"CurrentPage"_s, &currentPage, {1, 1000000}))
        return *error;
    if (auto error = parameters.integer(u"PageSize"_s, &pageSize, {0, 10000}))
        return *error;

    const QString namespaceId = parameters.value(u"NamespaceId"_s).value_or(QString());
    const QString appName = parameters.value(u"AppName"_s).value_or(QString());
    const QString fieldType = parameters.value(u"FieldType"_s).value_or(QString());
    const QString fieldValue = parameters.value(u"FieldValue"_s).value_or(QString());
    const QStringList appIds =
        fieldType == u"appIds" ? fieldValue.split(u',', Qt::SkipEmptyParts) : QStringList();

    QList<const EmulatedApplication *> matching;
    for (const EmulatedApplication &emulated : std::as_const(context.fleet->applications)) {
        const Application &app = emulated.application;
        if (!namespaceId.isEmpty() && app.namespaceId != namespaceId)
            continue;
        if (!appName.isEmpty() && !app.appName.contains(appName, Qt::CaseInsensitive))
            continue;
        if (!fieldValue.isEmpty()) {
            if (fieldType == u"appName" && !app.appName.contains(fieldValue, Qt::CaseInsensitive))
                continue;
            if (fieldType == u"appIds" && !appIds.contains(app.appId))
                continue;
            if (fieldType == u"instanceIps"
                && std::none_of(emulated.instances.cbegin(), emulated.instances.cend(),
                                [&](const Instance &instance) { return instance.ip == fieldValue; }))
                continue;
            if (fieldType == u"slbIps")
                continue; // the emulated fleet has no SLBs bound
        }
        matching.append(&emulated);
    }

    // OrderBy: runnings (running instances) or instances (target); Reverse=true ascending.
    const QString orderBy = parameters.value(u"OrderBy"_s).value_or(QString());
    if (!orderBy.isEmpty() && orderBy != u"runnings" && orderBy != u"instances")
        return SaeResponse::invalidParameter(u"OrderBy"_s, u"must be runnings or instances"_s);
    if (!orderBy.isEmpty()) {
        bool ascending = false;
        if (auto error = parameters.boolean(u"Reverse"_s, &ascending))
            return *error;
        const bool byRunning = orderBy == u"runnings";
        std::stable_sort(matching.begin(), matching.end(),
                         [byRunning, ascending](const EmulatedApplication *a, const EmulatedApplication *b) {
                             const int left =
                                 byRunning ? a->application.runningInstances : a->application.targetInstances;
                             const int right =
                                 byRunning ? b->application.runningInstances : b->application.targetInstances;
                             return ascending ? left < right : left > right;
                         });
    }

    QJsonArray applications;
    for (const EmulatedApplication *emulated : Paging::page(matching, currentPage, pageSize))
        applications.append(FleetJson::applicationEntry(*emulated));
    const int totalSize = int(matching.size());

    // ListApplications repeats the paging counters at the top level and has no TraceId.
    OperationResult result = SaeResponse::successWithoutTraceId(QJsonObject{
        {u"Applications"_s, applications},
        {u"CurrentPage"_s, currentPage},
        {u"PageSize"_s, pageSize},
        {u"TotalSize"_s, totalSize},
    });
    result.body.insert(u"CurrentPage"_s, currentPage);
    result.body.insert(u"PageSize"_s, pageSize);
    result.body.insert(u"TotalSize"_s, totalSize);
    return result;
}

OperationResult describeApplicationGroups(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    QString appId;
    if (auto error = parameters.string(u"AppId"_s, &appId, true))
        return *error;
    const EmulatedApplication *emulated = std::as_const(*context.fleet).findApplication(appId);
    if (!emulated)
        return SaeResponse::applicationNotFound();
    return SaeResponse::success(QJsonArray{FleetJson::groupEntry(*emulated)});
}

OperationResult describeApplicationInstances(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    QString appId;
    QString groupId;
    if (auto error = parameters.string(u"AppId"_s, &appId, true))
        return *error;
    if (auto error = parameters.string(u"GroupId"_s, &groupId, true))
        return *error;
    int currentPage = 1;
    int pageSize = 10;
    if (auto error = parameters.integer(u"CurrentPage"_s, &currentPage, {1, 1000000}))
        return *error;
    if (auto error = parameters.integer(u"PageSize"_s, &pageSize, {1, 1000000000 - 1}))
        return *error;

    const EmulatedApplication *emulated = std::as_const(*context.fleet).findApplication(appId);
    if (!emulated)
        return SaeResponse::applicationNotFound();
    if (emulated->group.groupId != groupId)
        return SaeResponse::error(400, u"InvalidParameter.Obviously"_s,
                                  u"The specified parameter is invalid {GroupId}."_s);

    const QString instanceId = parameters.value(u"InstanceId"_s).value_or(QString());
    // PipelineId: only the instances that batch of a change order started.
    const QString pipelineId = parameters.value(u"PipelineId"_s).value_or(QString());
    QStringList fromPipeline;
    if (!pipelineId.isEmpty()) {
        const EmulatedChangeOrder *changeOrder = context.fleet->findChangeOrderOfPipeline(pipelineId);
        if (!changeOrder || changeOrder->order.appId != appId)
            return SaeResponse::error(400, u"InvalidParameter.Obviously"_s,
                                      u"The specified parameter is invalid {PipelineId}."_s);
        for (const Pipeline &pipeline : changeOrder->order.pipelines) {
            if (pipeline.pipelineId == pipelineId)
                fromPipeline = pipeline.createdInstances;
        }
    }
    QList<Instance> instances;
    for (const Instance &instance : emulated->instances) {
        if ((instanceId.isEmpty() || instance.instanceId == instanceId)
            && (pipelineId.isEmpty() || fromPipeline.contains(instance.instanceId)))
            instances.append(instance);
    }
    if (const std::optional<QString> reverse = parameters.value(u"Reverse"_s)) {
        std::sort(instances.begin(), instances.end(), failuresFirst);
        if (reverse->compare(u"true", Qt::CaseInsensitive) != 0)
            std::reverse(instances.begin(), instances.end());
    }

    QJsonArray entries;
    for (const Instance &instance : Paging::page(instances, currentPage, pageSize))
        entries.append(FleetJson::instanceEntry(instance));
    return SaeResponse::success(QJsonObject{
        {u"CurrentPage"_s, currentPage},
        {u"PageSize"_s, pageSize},
        {u"TotalSize"_s, int(instances.size())},
        {u"Instances"_s, entries},
    });
}

OperationResult describeApplicationConfig(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    QString appId;
    if (auto error = parameters.string(u"AppId"_s, &appId, true))
        return *error;
    const EmulatedApplication *emulated = std::as_const(*context.fleet).findApplication(appId);
    if (!emulated)
        return SaeResponse::applicationNotFound();
    // VersionId: the configuration as it was deployed then (image or package of that version).
    EmulatedAppVersion version =
        emulated->versions.isEmpty() ? EmulatedAppVersion() : emulated->versions.constLast();
    if (const QString versionId = parameters.value(u"VersionId"_s).value_or(QString());
        !versionId.isEmpty()) {
        const auto found =
            std::find_if(emulated->versions.cbegin(), emulated->versions.cend(),
                         [&versionId](const EmulatedAppVersion &v) { return v.versionId == versionId; });
        if (found == emulated->versions.cend())
            return SaeResponse::error(400, u"InvalidParameter.Obviously"_s,
                                      u"The specified parameter is invalid {VersionId}."_s);
        version = *found;
    }
    const Application &app = emulated->application;
    const EmulatedChangeOrder *lastDeploy = nullptr;
    for (const EmulatedChangeOrder &changeOrder : context.fleet->changeOrders) {
        if (changeOrder.order.appId == appId && changeOrder.order.coTypeCode == u"CoDeploy")
            lastDeploy = &changeOrder;
    }
    const bool probed =
        std::none_of(emulated->instances.cbegin(), emulated->instances.cend(),
                     [](const Instance &i) { return i.health == InstanceHealth::WithoutHealthCheckConfig; });
    const QString probe =
        probed ? u"{\"httpGet\":{\"path\":\"/actuator/health\",\"port\":8080},\"initialDelaySeconds\":20,"
                 u"\"periodSeconds\":10,\"timeoutSeconds\":3}"_s
               : QString();
    const QString vSwitchId =
        emulated->instances.isEmpty() ? QString() : emulated->instances.constFirst().vSwitchId;
    return SaeResponse::success(QJsonObject{
        {u"AppId"_s, app.appId},
        {u"AppName"_s, app.appName},
        {u"AppDescription"_s, app.description},
        {u"NamespaceId"_s, app.namespaceId},
        {u"RegionId"_s, app.regionId.isEmpty() ? context.fleet->regionId : app.regionId},
        {u"PackageType"_s, app.appType},
        {u"ImageUrl"_s, version.imageUrl.isEmpty() ? app.imageUrl : version.imageUrl},
        {u"PackageUrl"_s, version.packageUrl.isEmpty() ? app.packageUrl : version.packageUrl},
        {u"PackageVersion"_s, version.version.isEmpty() ? emulated->group.packageVersion : version.version},
        {u"ProgrammingLanguage"_s, app.programmingLanguage},
        {u"Jdk"_s, emulated->group.jdk},
        {u"WebContainer"_s, emulated->group.webContainer},
        {u"Cpu"_s, app.cpuMillicores},
        {u"Memory"_s, app.memoryMb},
        {u"Replicas"_s, app.targetInstances},
        {u"MinReadyInstances"_s, lastDeploy ? lastDeploy->minReady : 1},
        {u"MinReadyInstanceRatio"_s, -1},
        {u"BatchWaitTime"_s, lastDeploy ? lastDeploy->order.batchWaitMinutes : 0},
        {u"UpdateStrategy"_s, lastDeploy ? lastDeploy->order.updateStrategyJson : QString()},
        {u"Envs"_s, u"[]"_s},
        {u"Liveness"_s, probe},
        {u"Readiness"_s, probe},
        {u"VSwitchId"_s, vSwitchId},
        {u"VpcId"_s, u"vpc-wz9opsconsole"_s},
        {u"Timezone"_s, u"Asia/Shanghai"_s},
    });
}

OperationResult listAppVersions(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    QString appId;
    if (auto error = parameters.string(u"AppId"_s, &appId, true))
        return *error;
    const EmulatedApplication *emulated = std::as_const(*context.fleet).findApplication(appId);
    if (!emulated)
        return SaeResponse::applicationNotFound();
    QJsonArray versions; // newest first
    for (auto it = emulated->versions.crbegin(); it != emulated->versions.crend(); ++it) {
        versions.append(QJsonObject{
            {u"BuildPackageUrl"_s, it->packageUrl},
            {u"CreateTime"_s, QString::number(it->createdAt.toMSecsSinceEpoch())},
            {u"Id"_s, it->versionId},
            {u"Type"_s, it->type()},
            {u"WarUrl"_s, it->packageUrl.endsWith(u".war"_s) ? it->packageUrl : QString()},
        });
    }
    return SaeResponse::successWithoutTraceId(versions);
}

} // namespace

void registerRoutes(OperationRegistry &registry, const OperationContext &context)
{
    registry.addRoa("GET", u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s, context,
                    listApplications);
    registry.addRoa("GET", u"/pop/v1/sam/app/describeApplicationConfig"_s, u"DescribeApplicationConfig"_s,
                    context, describeApplicationConfig);
    registry.addRoa("GET", u"/pop/v1/sam/app/listAppVersions"_s, u"ListAppVersions"_s, context,
                    listAppVersions);
    registry.addRoa("GET", u"/pop/v1/sam/app/describeApplicationGroups"_s, u"DescribeApplicationGroups"_s,
                    context, describeApplicationGroups);
    registry.addRoa("GET", u"/pop/v1/sam/app/describeApplicationInstances"_s,
                    u"DescribeApplicationInstances"_s, context, describeApplicationInstances);
}

} // namespace ApplicationOperations
