#include "changeorderengine.h"

#include "core/releasebatchplan.h"
#include "emulator/fleet.h"
#include "emulator/instancefactory.h"

#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace {

using namespace Qt::StringLiterals;

void deploymentEvent(Fleet &fleet, const EmulatedApplication &application, const QDateTime &at,
                     const QString &reason, const QString &message, const QString &type = u"Normal"_s)
{
    fleet.recordEvent({application.application.appId,
                       application.application.namespaceId,
                       type,
                       u"Deployment"_s,
                       application.application.appName,
                       reason,
                       message,
                       {},
                       at,
                       at,
                       1});
}

/// The documented rule for an image that cannot be pulled: a tag that says so.
bool imageIsMissing(const QString &imageUrl)
{
    static const QRegularExpression missingTag(u":[^/:]*(missing|does-not-exist|not-found)[^/:]*$"_s);
    return missingTag.match(imageUrl).hasMatch();
}

bool isReady(const Instance &instance)
{
    return instance.status == InstanceStatus::Running && !isFailure(instance.health)
           && instance.health != InstanceHealth::NotCheckedYet;
}

Pipeline &currentPipeline(EmulatedChangeOrder &changeOrder)
{
    return changeOrder.order.pipelines[changeOrder.order.currentPipeline];
}

} // namespace

void ChangeOrderEngine::planPipelines(EmulatedChangeOrder &changeOrder, int instances, int grayInstances,
                                      int batches)
{
    changeOrder.order.pipelines.clear();
    int number = 0; // as the batches are named: the gray one has no number
    int index = 0;  // every batch's own, for its ID
    for (const ReleaseBatchPlan::Batch &batch : ReleaseBatchPlan::split(instances, grayInstances, batches)) {
        const int size = batch.instances;
        const bool gray = batch.gray;
        Pipeline pipeline;
        pipeline.pipelineId =
            QUuid::createUuidV5(QUuid(changeOrder.order.changeOrderId), QString::number(index++))
                .toString(QUuid::WithoutBraces);
        pipeline.name = gray ? u"Gray Batch Change"_s : u"Batch %1 Change"_s.arg(++number);
        pipeline.instanceCount = size;
        pipeline.gray = gray;
        changeOrder.order.pipelines.append(pipeline);
    }
    changeOrder.order.currentPipeline = 0;
}

void ChangeOrderEngine::advance(Fleet &fleet, const QDateTime &, const QDateTime &to)
{
    for (EmulatedChangeOrder &changeOrder : fleet.changeOrders) {
        if (!changeOrder.order.isRunning())
            continue;
        EmulatedApplication *application = fleet.findApplication(changeOrder.order.appId);
        if (!application) {
            changeOrder.order.status = ChangeOrderStatus::SystemFailure;
            changeOrder.order.errorMessage = u"The application no longer exists."_s;
            continue;
        }
        // Several transitions may be due within one slice (prepare, then start a batch ...).
        for (int guard = 0; guard < 16 && changeOrder.order.isRunning(); ++guard) {
            const ChangeOrderStatus before = changeOrder.order.status;
            const int pipelineBefore = changeOrder.order.currentPipeline;
            step(fleet, changeOrder, *application, to);
            if (changeOrder.order.status == before && changeOrder.order.currentPipeline == pipelineBefore)
                break;
        }
        application->updateCounts();
    }
}

void ChangeOrderEngine::step(Fleet &fleet, EmulatedChangeOrder &changeOrder, EmulatedApplication &application,
                             const QDateTime &at)
{
    ChangeOrder &order = changeOrder.order;
    switch (order.status) {
    case ChangeOrderStatus::Preparing:
        if (at >= order.createdAt.addSecs(preparationSeconds)) {
            order.status = ChangeOrderStatus::Executing;
            startBatch(fleet, changeOrder, application, order.createdAt.addSecs(preparationSeconds));
        }
        return;
    case ChangeOrderStatus::WaitingForNextBatch:
        if (at >= changeOrder.phaseDue) {
            order.status = ChangeOrderStatus::Executing;
            ++order.currentPipeline;
            startBatch(fleet, changeOrder, application, changeOrder.phaseDue);
        }
        return;
    case ChangeOrderStatus::Executing: {
        const Pipeline &pipeline = currentPipeline(changeOrder);
        bool allReady = true;
        bool anyFailing = false;
        for (const QString &id : std::as_const(changeOrder.batchNewInstances)) {
            const auto found =
                std::find_if(application.instances.cbegin(), application.instances.cend(),
                             [&id](const Instance &instance) { return instance.instanceId == id; });
            if (found == application.instances.cend())
                continue; // deleted meanwhile
            allReady = allReady && isReady(*found);
            anyFailing = anyFailing || isFailure(found->status);
        }
        if (allReady)
            finishBatch(fleet, changeOrder, application, at);
        else if (at >= pipeline.startedAt.addSecs(batchTimeoutSeconds))
            failBatch(fleet, changeOrder, application, at,
                      anyFailing
                          ? u"New instances failed to start."_s
                          : u"New instances were not ready within %1 seconds."_s.arg(batchTimeoutSeconds));
        return;
    }
    default:
        return; // waiting for confirmation, or ended
    }
}

void ChangeOrderEngine::startBatch(Fleet &fleet, EmulatedChangeOrder &changeOrder,
                                   EmulatedApplication &application, const QDateTime &at)
{
    ChangeOrder &order = changeOrder.order;
    Pipeline &pipeline = currentPipeline(changeOrder);
    pipeline.status = ChangeOrderStatus::Executing;
    pipeline.startedAt = at;
    pipeline.updatedAt = at;
    changeOrder.batchNewInstances.clear();
    changeOrder.batchOldInstances.clear();

    const bool replaces = !changeOrder.targetVersion.isEmpty() || order.coTypeCode == u"CoRestartApplication"
                          || !changeOrder.targetInstances.isEmpty();
    QRandomGenerator random(InstanceFactory::seedFor(order.changeOrderId, at, order.currentPipeline));
    const QString templateHash = InstanceFactory::podToken(random, 10);

    if (replaces) {
        // The instances this batch replaces: the chosen ones (RestartInstances, DeleteInstances) or
        // those not yet replaced by this change order; the ones not on the target version first (a
        // roll-back replaces the new ones), the oldest first among equals.
        const auto atTarget = [&changeOrder](const Instance &instance) {
            return (changeOrder.targetImageUrl.isEmpty() || instance.imageUrl == changeOrder.targetImageUrl)
                   && (changeOrder.targetVersion.isEmpty()
                       || instance.packageVersion == changeOrder.targetVersion);
        };
        QList<Instance> candidates;
        for (const Instance &instance : std::as_const(application.instances)) {
            const bool chosen = changeOrder.targetInstances.isEmpty()
                                    ? instance.createdAt < order.createdAt
                                    : changeOrder.targetInstances.contains(instance.instanceId);
            if (chosen)
                candidates.append(instance);
        }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [&atTarget](const Instance &a, const Instance &b) {
                             if (atTarget(a) != atTarget(b))
                                 return !atTarget(a);
                             return a.createdAt < b.createdAt;
                         });
        const int count = qMin<int>(pipeline.instanceCount, int(candidates.size()));
        for (int i = 0; i < count; ++i) {
            Instance model = candidates.at(i);
            if (!changeOrder.targetImageUrl.isEmpty())
                model.imageUrl = changeOrder.targetImageUrl;
            if (!changeOrder.targetVersion.isEmpty())
                model.packageVersion = changeOrder.targetVersion;
            const Instance created = InstanceFactory::create(application, model, templateHash, at, random);
            if (imageIsMissing(created.imageUrl))
                application.instanceFates.insert(created.instanceId, InstanceFate::ImagePullFailure);
            changeOrder.batchOldInstances.append(candidates.at(i).instanceId);
            changeOrder.batchNewInstances.append(created.instanceId);
            application.instances.append(created);
        }
        pipeline.createdInstances = changeOrder.batchNewInstances;
        if (changeOrder.removeBeforeReplacing) {
            for (const QString &id : std::as_const(changeOrder.batchOldInstances)) {
                application.instances.removeIf(
                    [&id](const Instance &instance) { return instance.instanceId == id; });
                application.instanceFates.remove(id);
                application.lifecycleDue.remove(id);
            }
        }
        pipeline.message = u"Replacing %1 instance(s)"_s.arg(count);
        deploymentEvent(
            fleet, application, at, u"ScalingReplicaSet"_s,
            u"Scaled up replica set %1-%2 to %3"_s.arg(application.application.appName, templateHash)
                .arg(count));
        return;
    }

    // Rescale, stop and start change the number of instances.
    const int target = qMax(0, changeOrder.targetReplicas);
    if (target > application.instances.size()) {
        Instance model = application.instances.isEmpty() ? Instance() : application.instances.constLast();
        if (model.imageUrl.isEmpty()) {
            model.imageUrl = application.group.imageUrl;
            model.packageVersion = application.group.packageVersion;
        }
        while (application.instances.size() < target) {
            Instance created = InstanceFactory::create(application, model, templateHash, at, random);
            changeOrder.batchNewInstances.append(created.instanceId);
            application.instances.append(created);
        }
        pipeline.createdInstances = changeOrder.batchNewInstances;
        pipeline.createdInstances = changeOrder.batchNewInstances;
    } else {
        while (application.instances.size() > target) {
            const Instance removed = application.instances.takeLast();
            application.instanceFates.remove(removed.instanceId);
            application.lifecycleDue.remove(removed.instanceId);
        }
    }
    application.application.targetInstances = target;
    pipeline.message = u"Scaling to %1 instance(s)"_s.arg(target);
    deploymentEvent(fleet, application, at, u"ScalingReplicaSet"_s,
                    u"Scaled replica set %1 to %2"_s.arg(application.application.appName).arg(target));
}

void ChangeOrderEngine::finishBatch(Fleet &fleet, EmulatedChangeOrder &changeOrder,
                                    EmulatedApplication &application, const QDateTime &at)
{
    ChangeOrder &order = changeOrder.order;
    for (const QString &id : std::as_const(changeOrder.batchOldInstances)) {
        application.instances.removeIf([&id](const Instance &instance) { return instance.instanceId == id; });
        application.instanceFates.remove(id);
        application.lifecycleDue.remove(id);
        fleet.recordEvent({application.application.appId,
                           application.application.namespaceId,
                           u"Normal"_s,
                           u"Pod"_s,
                           id,
                           u"Killing"_s,
                           u"Stopping container main"_s,
                           {},
                           at,
                           at,
                           1});
    }
    Pipeline &pipeline = currentPipeline(changeOrder);
    pipeline.status = ChangeOrderStatus::Succeeded;
    pipeline.updatedAt = at;
    pipeline.message = u"Batch completed"_s;
    changeOrder.batchNewInstances.clear();
    changeOrder.batchOldInstances.clear();

    if (order.currentPipeline + 1 >= order.pipelines.size()) {
        order.status = ChangeOrderStatus::Succeeded;
        order.finishedAt = at;
        if (!changeOrder.targetImageUrl.isEmpty()) {
            application.application.imageUrl = changeOrder.targetImageUrl;
            application.group.imageUrl = changeOrder.targetImageUrl;
        }
        if (!changeOrder.targetVersion.isEmpty())
            application.group.packageVersion = changeOrder.targetVersion;
        if (order.coTypeCode == u"CoDeploy") {
            EmulatedAppVersion version;
            version.versionId =
                QUuid::createUuidV5(QUuid(order.changeOrderId), u"version"_s).toString(QUuid::WithoutBraces);
            version.createdAt = at;
            version.imageUrl = changeOrder.targetImageUrl;
            version.packageUrl =
                changeOrder.targetImageUrl.isEmpty() ? application.application.packageUrl : QString();
            version.version = changeOrder.targetVersion;
            application.versions.append(version);
        }
        deploymentEvent(fleet, application, at, u"DeploymentComplete"_s,
                        u"Change order %1 completed"_s.arg(order.changeOrderId));
        return;
    }
    Pipeline &next = order.pipelines[order.currentPipeline + 1];
    if (!order.autoRelease || pipeline.gray) {
        // Manual releases, and every gray batch, wait for the release manager.
        order.status = ChangeOrderStatus::WaitingForConfirmation;
        next.status = ChangeOrderStatus::WaitingForConfirmation;
        next.updatedAt = at;
    } else {
        order.status = ChangeOrderStatus::WaitingForNextBatch;
        next.status = ChangeOrderStatus::WaitingForNextBatch;
        next.updatedAt = at;
        changeOrder.phaseDue = at.addSecs(qint64(order.batchWaitMinutes) * 60);
    }
}

void ChangeOrderEngine::failBatch(Fleet &fleet, EmulatedChangeOrder &changeOrder,
                                  EmulatedApplication &application, const QDateTime &at,
                                  const QString &reason)
{
    ChangeOrder &order = changeOrder.order;
    // Roll the batch back: the new instances go, the old ones (never removed) keep serving.
    for (const QString &id : std::as_const(changeOrder.batchNewInstances)) {
        application.instances.removeIf([&id](const Instance &instance) { return instance.instanceId == id; });
        application.instanceFates.remove(id);
        application.lifecycleDue.remove(id);
    }
    Pipeline &pipeline = currentPipeline(changeOrder);
    pipeline.status = ChangeOrderStatus::Failed;
    pipeline.updatedAt = at;
    pipeline.message = reason;
    order.status = ChangeOrderStatus::Failed;
    order.subStatus = 1;
    order.errorMessage = reason + u" The batch was rolled back."_s;
    order.finishedAt = at;
    changeOrder.batchNewInstances.clear();
    changeOrder.batchOldInstances.clear();
    deploymentEvent(fleet, application, at, u"ProgressDeadlineExceeded"_s, order.errorMessage, u"Warning"_s);
}

void ChangeOrderEngine::confirm(Fleet &fleet, EmulatedChangeOrder &changeOrder, const QDateTime &at)
{
    EmulatedApplication *application = fleet.findApplication(changeOrder.order.appId);
    if (!application || changeOrder.order.status != ChangeOrderStatus::WaitingForConfirmation)
        return;
    changeOrder.order.status = ChangeOrderStatus::Executing;
    ++changeOrder.order.currentPipeline;
    startBatch(fleet, changeOrder, *application, at);
    application->updateCounts();
}

void ChangeOrderEngine::abort(Fleet &fleet, EmulatedChangeOrder &changeOrder, const QDateTime &at)
{
    ChangeOrder &order = changeOrder.order;
    if (!order.isRunning())
        return;
    for (Pipeline &pipeline : order.pipelines) {
        if (!isTerminal(pipeline.status)
            && (pipeline.startedAt.isValid() || pipeline.status != ChangeOrderStatus::Preparing)) {
            pipeline.status = ChangeOrderStatus::Aborted;
            pipeline.updatedAt = at;
        }
    }
    order.status = ChangeOrderStatus::Aborted;
    order.finishedAt = at;
    changeOrder.batchNewInstances.clear();
    changeOrder.batchOldInstances.clear();
    if (EmulatedApplication *application = fleet.findApplication(order.appId))
        deploymentEvent(fleet, *application, at, u"ChangeOrderAborted"_s,
                        u"Change order %1 was aborted"_s.arg(order.changeOrderId), u"Warning"_s);
}
