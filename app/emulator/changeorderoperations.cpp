#include "changeorderoperations.h"

#include "emulator/changeorderengine.h"
#include "emulator/changeorderjson.h"
#include "emulator/emulatorclock.h"
#include "emulator/fleet.h"
#include "emulator/operationcontext.h"
#include "emulator/operationregistry.h"
#include "emulator/paging.h"
#include "emulator/saeresponse.h"

#include <QJsonArray>
#include <QUuid>

namespace ChangeOrderOperations {

namespace {

using namespace Qt::StringLiterals;

OperationResult changeOrderNotFound()
{
    return SaeResponse::error(400, u"InvalidChangeOrder.NotFound"_s,
                              u"The current change order does not exist."_s);
}

OperationResult listChangeOrders(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    QString appId;
    if (auto error = parameters.string(u"AppId"_s, &appId, true))
        return *error;
    if (!context.fleet->findApplication(appId))
        return SaeResponse::applicationNotFound();
    int currentPage = 1;
    int pageSize = 10;
    if (auto error = parameters.integer(u"CurrentPage"_s, &currentPage, {1, 1000000}))
        return *error;
    if (auto error = parameters.integer(u"PageSize"_s, &pageSize, {1, 10000}))
        return *error;
    const QString coType = parameters.value(u"CoType"_s).value_or(QString());
    const QString coStatus = parameters.value(u"CoStatus"_s).value_or(QString());
    const QString key = parameters.value(u"Key"_s).value_or(QString());

    QList<const EmulatedChangeOrder *> matching; // newest first
    for (auto it = context.fleet->changeOrders.crbegin(); it != context.fleet->changeOrders.crend(); ++it) {
        const ChangeOrder &order = it->order;
        if (order.appId != appId)
            continue;
        if (!coType.isEmpty() && order.coTypeCode != coType)
            continue;
        if (!coStatus.isEmpty() && QString::number(int(order.status)) != coStatus)
            continue;
        if (!key.isEmpty() && !order.description.contains(key, Qt::CaseInsensitive))
            continue;
        matching.append(&*it);
    }
    QJsonArray entries;
    for (const EmulatedChangeOrder *changeOrder : Paging::page(matching, currentPage, pageSize))
        entries.append(ChangeOrderJson::listEntry(*changeOrder));
    return SaeResponse::success(QJsonObject{
        {u"ChangeOrderList"_s, entries},
        {u"CurrentPage"_s, currentPage},
        {u"PageSize"_s, pageSize},
        {u"TotalSize"_s, int(matching.size())},
    });
}

OperationResult describeChangeOrder(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    QString changeOrderId;
    if (auto error = parameters.string(u"ChangeOrderId"_s, &changeOrderId, true))
        return *error;
    const EmulatedChangeOrder *changeOrder = context.fleet->findChangeOrder(changeOrderId);
    if (!changeOrder)
        return changeOrderNotFound();
    return SaeResponse::success(ChangeOrderJson::describeChangeOrder(*changeOrder));
}

int pipelineIndex(const EmulatedChangeOrder &changeOrder, const QString &pipelineId)
{
    for (qsizetype i = 0; i < changeOrder.order.pipelines.size(); ++i) {
        if (changeOrder.order.pipelines.at(i).pipelineId == pipelineId)
            return int(i);
    }
    return -1;
}

OperationResult pipelineNotFound()
{
    return SaeResponse::error(400, u"InvalidParameter.Obviously"_s,
                              u"The specified parameter is invalid {PipelineId}."_s);
}

OperationResult describePipeline(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    QString pipelineId;
    if (auto error = parameters.string(u"PipelineId"_s, &pipelineId, true))
        return *error;
    const EmulatedChangeOrder *changeOrder = context.fleet->findChangeOrderOfPipeline(pipelineId);
    if (!changeOrder)
        return pipelineNotFound();
    return SaeResponse::success(
        ChangeOrderJson::describePipeline(*changeOrder, pipelineIndex(*changeOrder, pipelineId)));
}

OperationResult confirmPipelineBatch(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    QString pipelineId;
    bool confirm = false;
    if (auto error = parameters.string(u"PipelineId"_s, &pipelineId, true))
        return *error;
    if (auto error = parameters.boolean(u"Confirm"_s, &confirm, true))
        return *error;
    EmulatedChangeOrder *changeOrder = context.fleet->findChangeOrderOfPipeline(pipelineId);
    if (!changeOrder)
        return pipelineNotFound();
    // Either the batch that just finished or the one that waits to start names the wait (6.2 [I]).
    const int index = pipelineIndex(*changeOrder, pipelineId);
    const int current = changeOrder->order.currentPipeline;
    if (changeOrder->order.status != ChangeOrderStatus::WaitingForConfirmation
        || (index != current && index != current + 1)) {
        return SaeResponse::error(
            400, u"InvalidParameter.WithMessage"_s,
            u"The parameter is invalid {PipelineId}: the change order is not waiting for "
            u"this batch to be confirmed"_s);
    }
    if (confirm)
        ChangeOrderEngine::confirm(*context.fleet, *changeOrder, context.clock->now());
    else
        ChangeOrderEngine::abort(*context.fleet, *changeOrder, context.clock->now());
    return SaeResponse::success(QJsonObject{{u"PipelineId"_s, pipelineId}});
}

/// The change order to abort, or the error to answer.
std::variant<EmulatedChangeOrder *, OperationResult> runningOrder(const OperationContext &context,
                                                                  const RequestParameters &parameters)
{
    QString changeOrderId;
    if (auto error = parameters.string(u"ChangeOrderId"_s, &changeOrderId, true))
        return *error;
    EmulatedChangeOrder *changeOrder = context.fleet->findChangeOrder(changeOrderId);
    if (!changeOrder)
        return changeOrderNotFound();
    if (!changeOrder->order.isRunning())
        return SaeResponse::error(400, u"InvalidParameter.WithMessage"_s,
                                  u"The parameter is invalid {ChangeOrderId}: the change order has ended"_s);
    return changeOrder;
}

/// Starts a single-batch change order that puts the application back on `imageUrl`/`version`.
QString rollBack(const OperationContext &context, const EmulatedChangeOrder &aborted)
{
    EmulatedApplication *application = context.fleet->findApplication(aborted.order.appId);
    if (!application)
        return {};
    EmulatedChangeOrder rollback;
    ChangeOrder &order = rollback.order;
    order.changeOrderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.appId = aborted.order.appId;
    order.appName = aborted.order.appName;
    order.coTypeCode = u"CoRollback"_s;
    order.description = u"Roll back change order %1"_s.arg(aborted.order.changeOrderId);
    order.createdAt = context.clock->now();
    rollback.targetImageUrl = aborted.previousImageUrl;
    rollback.targetVersion = aborted.previousVersion;
    rollback.previousImageUrl = application->application.imageUrl;
    rollback.previousVersion = application->group.packageVersion;
    // Only the instances the aborted order replaced need to go back.
    int replaced = 0;
    for (const Instance &instance : application->instances)
        replaced += instance.createdAt >= aborted.order.createdAt ? 1 : 0;
    ChangeOrderEngine::planPipelines(rollback, replaced, 0, 1);
    context.fleet->changeOrders.append(rollback);
    return order.changeOrderId;
}

OperationResult abortChangeOrder(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    auto found = runningOrder(context, parameters);
    if (auto *error = std::get_if<OperationResult>(&found))
        return *error;
    EmulatedChangeOrder &changeOrder = *std::get<EmulatedChangeOrder *>(found);
    bool rollback = false;
    if (auto error = parameters.boolean(u"Rollback"_s, &rollback))
        return *error;
    ChangeOrderEngine::abort(*context.fleet, changeOrder, context.clock->now());
    const QString abortedId = changeOrder.order.changeOrderId;
    if (rollback)
        rollBack(context, changeOrder);
    return SaeResponse::success(QJsonObject{{u"ChangeOrderId"_s, abortedId}});
}

OperationResult abortAndRollbackChangeOrder(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    auto found = runningOrder(context, parameters);
    if (auto *error = std::get_if<OperationResult>(&found))
        return *error;
    EmulatedChangeOrder &changeOrder = *std::get<EmulatedChangeOrder *>(found);
    ChangeOrderEngine::abort(*context.fleet, changeOrder, context.clock->now());
    const EmulatedChangeOrder aborted = changeOrder; // appending below may move it
    const QString rollbackId = rollBack(context, aborted);
    return SaeResponse::success(QJsonObject{{u"ChangeOrderId"_s, rollbackId}});
}

OperationResult describeApplicationStatus(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    QString appId;
    if (auto error = parameters.string(u"AppId"_s, &appId, true))
        return *error;
    const EmulatedApplication *application = std::as_const(*context.fleet).findApplication(appId);
    if (!application)
        return SaeResponse::applicationNotFound();
    const EmulatedChangeOrder *last = context.fleet->lastChangeOrder(appId);
    const Application &app = application->application;
    return SaeResponse::success(QJsonObject{
        {u"AppId"_s, app.appId},
        {u"ArmsAdvancedEnabled"_s, u"false"_s},
        {u"ArmsApmInfo"_s, QString()},
        {u"CreateTime"_s, QString::number(application->createdAt.toMSecsSinceEpoch())},
        {u"CurrentStatus"_s, app.targetInstances == 0 ? u"STOPPED"_s : u"RUNNING"_s},
        {u"EnableAgent"_s, false},
        {u"FileSizeLimit"_s, 10240},
        {u"LastChangeOrderId"_s, last ? last->order.changeOrderId : QString()},
        {u"LastChangeOrderRunning"_s, last && last->order.isRunning()},
        {u"LastChangeOrderStatus"_s, last ? lastChangeOrderStatusText(last->order.status) : QString()},
        {u"RunningInstances"_s, app.runningInstances},
        {u"SubStatus"_s, last && last->order.subStatus == 1 ? u"RUNNING_BUT_HAS_ERROR"_s : u"NORMAL"_s},
    });
}

} // namespace

void registerRoutes(OperationRegistry &registry, const OperationContext &context)
{
    registry.addRoa("GET", u"/pop/v1/sam/changeorder/ListChangeOrders"_s, u"ListChangeOrders"_s, context,
                    listChangeOrders);
    registry.addRoa("GET", u"/pop/v1/sam/changeorder/DescribeChangeOrder"_s, u"DescribeChangeOrder"_s,
                    context, describeChangeOrder);
    registry.addRoa("GET", u"/pop/v1/sam/changeorder/DescribePipeline"_s, u"DescribePipeline"_s, context,
                    describePipeline);
    registry.addRoa("GET", u"/pop/v1/sam/changeorder/ConfirmPipelineBatch"_s, u"ConfirmPipelineBatch"_s,
                    context, confirmPipelineBatch);
    registry.addRoa("PUT", u"/pop/v1/sam/changeorder/AbortChangeOrder"_s, u"AbortChangeOrder"_s, context,
                    abortChangeOrder);
    registry.addRoa("PUT", u"/pop/v1/sam/changeorder/AbortAndRollbackChangeOrder"_s,
                    u"AbortAndRollbackChangeOrder"_s, context, abortAndRollbackChangeOrder);
    registry.addRoa("GET", u"/pop/v1/sam/app/describeApplicationStatus"_s, u"DescribeApplicationStatus"_s,
                    context, describeApplicationStatus);
}

} // namespace ChangeOrderOperations
