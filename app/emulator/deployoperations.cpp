#include "deployoperations.h"

#include "core/updatestrategy.h"
#include "emulator/changeorderengine.h"
#include "emulator/emulatorclock.h"
#include "emulator/fleet.h"
#include "emulator/operationcontext.h"
#include "emulator/operationregistry.h"
#include "emulator/saeresponse.h"

#include <QUuid>

#include <algorithm>

namespace DeployOperations {

namespace {

using namespace Qt::StringLiterals;

OperationResult changeOrderRunning()
{
    return SaeResponse::error(400, u"Application.ChangerOrderRunning"_s,
                              u"An application change process is in progress. Please try again later."_s);
}

/// The application to change, or the error to answer: unknown, or a change order already runs.
std::variant<EmulatedApplication *, OperationResult>
changeableApplication(const OperationContext &context, const RequestParameters &parameters)
{
    QString appId;
    if (auto error = parameters.string(u"AppId"_s, &appId, true))
        return *error;
    EmulatedApplication *application = context.fleet->findApplication(appId);
    if (!application)
        return SaeResponse::applicationNotFound();
    if (context.fleet->runningChangeOrder(appId))
        return changeOrderRunning();
    return application;
}

struct ReleaseParameters
{
    int minReady = 1;
    UpdateStrategy strategy;
};

std::variant<ReleaseParameters, OperationResult> readRelease(const RequestParameters &parameters,
                                                             int replicas)
{
    int minReadyInstances = 1;
    int minReadyRatio = -1;
    if (auto error = parameters.integer(u"MinReadyInstances"_s, &minReadyInstances, {-1, 1000}))
        return *error;
    if (auto error = parameters.integer(u"MinReadyInstanceRatio"_s, &minReadyRatio, {-1, 100}))
        return *error;
    int batchWaitTime = 0;
    if (auto error =
            parameters.integer(u"BatchWaitTime"_s, &batchWaitTime, {std::numeric_limits<int>::min(), 86400}))
        return *error;
    if (batchWaitTime < 0)
        return SaeResponse::error(400, u"BatchWaitTime.Not.Smaller.Zero"_s,
                                  u"BatchWaitTime must not be smaller than zero."_s);
    ReleaseParameters release;
    release.minReady = minimumReadyInstances(minReadyInstances, minReadyRatio, replicas);
    if (replicas > 1 && release.minReady >= replicas) {
        return SaeResponse::error(
            400, u"MinReadyInstances.Not.Smaller.Replicas"_s,
            u"The minimum number of available instances must be less than the number of "
            u"application instances."_s);
    }
    const std::variant<UpdateStrategy, ReleaseError> strategy =
        UpdateStrategy::parse(parameters.value(u"UpdateStrategy"_s).value_or(QString()));
    if (const ReleaseError *error = std::get_if<ReleaseError>(&strategy))
        return SaeResponse::error(400, error->code, error->message);
    release.strategy = std::get<UpdateStrategy>(strategy);
    return release;
}

EmulatedChangeOrder &openChangeOrder(const OperationContext &context, EmulatedApplication &application,
                                     const QString &coTypeCode, const QString &description)
{
    EmulatedChangeOrder changeOrder;
    ChangeOrder &order = changeOrder.order;
    order.changeOrderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.appId = application.application.appId;
    order.appName = application.application.appName;
    order.coTypeCode = coTypeCode;
    order.description = description;
    order.createdAt = context.clock->now();
    // Package applications have no image of their own; their instances run the built image.
    changeOrder.previousImageUrl = application.application.imageUrl;
    if (changeOrder.previousImageUrl.isEmpty() && !application.instances.isEmpty())
        changeOrder.previousImageUrl = application.instances.constFirst().imageUrl;
    changeOrder.previousVersion = application.group.packageVersion;
    context.fleet->changeOrders.append(changeOrder);
    return context.fleet->changeOrders.last();
}

OperationResult changeOrderAnswer(const EmulatedChangeOrder &changeOrder, bool withApproval = false)
{
    QJsonObject data{{u"AppId"_s, changeOrder.order.appId},
                     {u"ChangeOrderId"_s, changeOrder.order.changeOrderId}};
    if (withApproval)
        data.insert(u"IsNeedApproval"_s, false);
    return SaeResponse::success(data);
}

OperationResult deployApplication(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    auto found = changeableApplication(context, parameters);
    if (auto *error = std::get_if<OperationResult>(&found))
        return *error;
    EmulatedApplication &application = *std::get<EmulatedApplication *>(found);

    QString packageType =
        application.application.appType.isEmpty() ? u"Image"_s : application.application.appType;
    if (auto error = parameters.string(u"PackageType"_s, &packageType))
        return *error;
    if (packageType != u"Image" && packageType != u"FatJar" && packageType != u"War"
        && packageType != u"PhpZip" && packageType != u"PythonCode") {
        return SaeResponse::error(400, u"InvalidPackageType.NotFound"_s,
                                  u"The package type must be War, FatJar, or Image."_s);
    }
    QString imageUrl;
    QString packageUrl;
    QString packageVersion;
    if (auto error = parameters.string(u"ImageUrl"_s, &imageUrl))
        return *error;
    if (auto error = parameters.string(u"PackageUrl"_s, &packageUrl))
        return *error;
    if (auto error = parameters.string(u"PackageVersion"_s, &packageVersion))
        return *error;
    if (packageType == u"Image" && imageUrl.isEmpty())
        return SaeResponse::error(400, u"InvalidParameter.NotEmpty"_s,
                                  u"You must specify the parameter ImageUrl."_s);
    if (packageType != u"Image" && packageUrl.isEmpty())
        return SaeResponse::error(400, u"InvalidParameter.NotEmpty"_s,
                                  u"You must specify the parameter PackageUrl."_s);

    const int replicas = application.application.targetInstances;
    auto release = readRelease(parameters, replicas);
    if (auto *error = std::get_if<OperationResult>(&release))
        return *error;
    const ReleaseParameters &plan = std::get<ReleaseParameters>(release);

    QString description;
    (void)parameters.string(u"ChangeOrderDesc"_s, &description);
    const QString version = packageType == u"Image"
                                ? imageUrl.section(u':', -1)
                                : (packageVersion.isEmpty() ? packageUrl.section(u'/', -1) : packageVersion);
    EmulatedChangeOrder &changeOrder =
        openChangeOrder(context, application, u"CoDeploy"_s,
                        description.isEmpty() ? u"Version: %1"_s.arg(version) : description);
    changeOrder.targetImageUrl = packageType == u"Image" ? imageUrl : QString();
    changeOrder.targetVersion = version;
    changeOrder.minReady = plan.minReady;
    changeOrder.order.autoRelease = plan.strategy.release == UpdateStrategy::Release::Auto;
    changeOrder.order.batchWaitMinutes = plan.strategy.batchWaitMinutes;
    changeOrder.order.updateStrategyJson = plan.strategy.toJson();
    changeOrder.order.supportRollback = true;
    ChangeOrderEngine::planPipelines(changeOrder, replicas, plan.strategy.grayInstances,
                                     plan.strategy.batches);
    if (packageType != u"Image") {
        application.application.packageUrl = packageUrl;
        application.group.packageUrl = packageUrl;
    }
    return changeOrderAnswer(changeOrder, true);
}

OperationResult rollbackApplication(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    auto found = changeableApplication(context, parameters);
    if (auto *error = std::get_if<OperationResult>(&found))
        return *error;
    EmulatedApplication &application = *std::get<EmulatedApplication *>(found);
    QString versionId;
    if (auto error = parameters.string(u"VersionId"_s, &versionId, true))
        return *error;
    const auto version =
        std::find_if(application.versions.cbegin(), application.versions.cend(),
                     [&versionId](const EmulatedAppVersion &v) { return v.versionId == versionId; });
    if (version == application.versions.cend())
        return SaeResponse::error(400, u"InvalidParameter.Obviously"_s,
                                  u"The specified parameter is invalid {VersionId}."_s);
    const int replicas = application.application.targetInstances;
    auto release = readRelease(parameters, replicas);
    if (auto *error = std::get_if<OperationResult>(&release))
        return *error;
    const ReleaseParameters &plan = std::get<ReleaseParameters>(release);
    EmulatedChangeOrder &changeOrder = openChangeOrder(context, application, u"CoRollback"_s,
                                                       u"Roll back to version %1"_s.arg(version->version));
    changeOrder.targetImageUrl = version->imageUrl;
    changeOrder.targetVersion = version->version;
    changeOrder.minReady = plan.minReady;
    changeOrder.order.autoRelease = plan.strategy.release == UpdateStrategy::Release::Auto;
    changeOrder.order.batchWaitMinutes = plan.strategy.batchWaitMinutes;
    changeOrder.order.updateStrategyJson = plan.strategy.toJson();
    ChangeOrderEngine::planPipelines(changeOrder, replicas, plan.strategy.grayInstances,
                                     plan.strategy.batches);
    return changeOrderAnswer(changeOrder, true);
}

OperationResult rescaleApplication(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    auto found = changeableApplication(context, parameters);
    if (auto *error = std::get_if<OperationResult>(&found))
        return *error;
    EmulatedApplication &application = *std::get<EmulatedApplication *>(found);
    int replicas = 0;
    if (auto error = parameters.integer(u"Replicas"_s, &replicas, {0, 50, true}))
        return *error;
    const int current = application.application.targetInstances;
    EmulatedChangeOrder &changeOrder =
        openChangeOrder(context, application, replicas >= current ? u"CoScaleOut"_s : u"CoScaleIn"_s,
                        u"Replicas: %1 -> %2"_s.arg(current).arg(replicas));
    changeOrder.targetReplicas = replicas;
    ChangeOrderEngine::planPipelines(changeOrder, qAbs(replicas - current), 0, 1);
    return changeOrderAnswer(changeOrder);
}

OperationResult restartApplication(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    auto found = changeableApplication(context, parameters);
    if (auto *error = std::get_if<OperationResult>(&found))
        return *error;
    EmulatedApplication &application = *std::get<EmulatedApplication *>(found);
    const int replicas = application.application.targetInstances;
    if (replicas == 0)
        return SaeResponse::error(
            400, u"Application.NoInstanceAvailable"_s,
            u"No instance is available for the application. Please scale out and try again."_s);
    auto release = readRelease(parameters, replicas);
    if (auto *error = std::get_if<OperationResult>(&release))
        return *error;
    // Instances are replaced in batches small enough to keep the ready minimum serving.
    const int minReady = std::get<ReleaseParameters>(release).minReady;
    const int perBatch = qMax(1, replicas - minReady);
    EmulatedChangeOrder &changeOrder =
        openChangeOrder(context, application, u"CoRestartApplication"_s, u"Restart application"_s);
    changeOrder.minReady = minReady;
    ChangeOrderEngine::planPipelines(changeOrder, replicas, 0, (replicas + perBatch - 1) / perBatch);
    return changeOrderAnswer(changeOrder);
}

OperationResult stopApplication(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    auto found = changeableApplication(context, parameters);
    if (auto *error = std::get_if<OperationResult>(&found))
        return *error;
    EmulatedApplication &application = *std::get<EmulatedApplication *>(found);
    application.replicasBeforeStop =
        qMax(application.replicasBeforeStop, application.application.targetInstances);
    EmulatedChangeOrder &changeOrder =
        openChangeOrder(context, application, u"CoStopApplication"_s, u"Stop application"_s);
    changeOrder.targetReplicas = 0;
    ChangeOrderEngine::planPipelines(changeOrder, application.application.targetInstances, 0, 1);
    return changeOrderAnswer(changeOrder);
}

OperationResult startApplication(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    auto found = changeableApplication(context, parameters);
    if (auto *error = std::get_if<OperationResult>(&found))
        return *error;
    EmulatedApplication &application = *std::get<EmulatedApplication *>(found);
    if (application.application.targetInstances > 0)
        return SaeResponse::error(400, u"Application.InvalidStatus"_s,
                                  u"The application status is abnormal. Please try again later."_s);
    const int replicas = qMax(1, application.replicasBeforeStop);
    EmulatedChangeOrder &changeOrder =
        openChangeOrder(context, application, u"CoStartApplication"_s, u"Start application"_s);
    changeOrder.targetReplicas = replicas;
    ChangeOrderEngine::planPipelines(changeOrder, replicas, 0, 1);
    return changeOrderAnswer(changeOrder);
}

/// RestartInstances and DeleteInstances: a change order that replaces the listed instances.
OperationResult replaceInstances(const OperationContext &context, const GatewayRequest &request,
                                 const QString &coTypeCode, bool removeFirst)
{
    const RequestParameters parameters = context.parameters(request);
    auto found = changeableApplication(context, parameters);
    if (auto *error = std::get_if<OperationResult>(&found))
        return *error;
    EmulatedApplication &application = *std::get<EmulatedApplication *>(found);
    QString list;
    if (auto error = parameters.string(u"InstanceIds"_s, &list, true))
        return *error;
    QStringList instanceIds = list.split(u',', Qt::SkipEmptyParts);
    for (QString &id : instanceIds)
        id = id.trimmed();
    instanceIds.removeDuplicates();
    for (const QString &id : std::as_const(instanceIds)) {
        const bool known = std::any_of(application.instances.cbegin(), application.instances.cend(),
                                       [&id](const Instance &instance) { return instance.instanceId == id; });
        if (!known)
            return SaeResponse::error(400, u"InvalidParameter.Obviously"_s,
                                      u"The specified parameter is invalid {InstanceIds}."_s);
    }
    EmulatedChangeOrder &changeOrder =
        openChangeOrder(context, application, coTypeCode,
                        (removeFirst ? u"Delete instances: %1"_s : u"Restart instances: %1"_s)
                            .arg(instanceIds.join(u", "_s)));
    changeOrder.targetInstances = instanceIds;
    changeOrder.removeBeforeReplacing = removeFirst;
    ChangeOrderEngine::planPipelines(changeOrder, int(instanceIds.size()), 0, 1);
    return changeOrderAnswer(changeOrder);
}

OperationResult restartInstances(const OperationContext &context, const GatewayRequest &request)
{
    return replaceInstances(context, request, u"CoRestartInstances"_s, false);
}

OperationResult deleteInstances(const OperationContext &context, const GatewayRequest &request)
{
    // SAE recreates deleted instances to keep the replica count (reference: DeleteInstances [I]).
    return replaceInstances(context, request, u"CoDeleteInstances"_s, true);
}

} // namespace

void registerRoutes(OperationRegistry &registry, const OperationContext &context)
{
    registry.addRoa("POST", u"/pop/v1/sam/app/deployApplication"_s, u"DeployApplication"_s, context,
                    deployApplication);
    registry.addRoa("PUT", u"/pop/v1/sam/app/rollbackApplication"_s, u"RollbackApplication"_s, context,
                    rollbackApplication);
    registry.addRoa("PUT", u"/pop/v1/sam/app/rescaleApplication"_s, u"RescaleApplication"_s, context,
                    rescaleApplication);
    registry.addRoa("PUT", u"/pop/v1/sam/app/restartApplication"_s, u"RestartApplication"_s, context,
                    restartApplication);
    registry.addRoa("PUT", u"/pop/v1/sam/app/stopApplication"_s, u"StopApplication"_s, context,
                    stopApplication);
    registry.addRoa("PUT", u"/pop/v1/sam/app/startApplication"_s, u"StartApplication"_s, context,
                    startApplication);
    registry.addRoa("PUT", u"/pop/v1/sam/app/restartInstances"_s, u"RestartInstances"_s, context,
                    restartInstances);
    registry.addRoa("PUT", u"/pop/v1/sam/app/deleteInstances"_s, u"DeleteInstances"_s, context,
                    deleteInstances);
}

} // namespace DeployOperations
