#include "changeorderjson.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

namespace ChangeOrderJson {

using namespace Qt::StringLiterals;

namespace {

qint64 millis(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QString statusText(ChangeOrderStatus status)
{
    switch (status) {
    case ChangeOrderStatus::Preparing:
        return u"Preparing"_s;
    case ChangeOrderStatus::Executing:
        return u"Executing"_s;
    case ChangeOrderStatus::Succeeded:
        return u"Execution succeeded"_s;
    case ChangeOrderStatus::Failed:
        return u"Execution failed"_s;
    case ChangeOrderStatus::Aborted:
        return u"Terminated"_s;
    case ChangeOrderStatus::WaitingForConfirmation:
        return u"Waiting for manual confirmation"_s;
    case ChangeOrderStatus::WaitingForNextBatch:
        return u"Waiting for the next batch"_s;
    case ChangeOrderStatus::SystemFailure:
        return u"System error"_s;
    case ChangeOrderStatus::PendingApproval:
        return u"Pending approval"_s;
    case ChangeOrderStatus::Approved:
        return u"Approved"_s;
    }
    return {};
}

QString derivedId(const QString &pipelineId, const QString &what)
{
    return QUuid::createUuidV5(QUuid(pipelineId), what).toString(QUuid::WithoutBraces);
}

} // namespace

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QJsonObject describeChangeOrder(const EmulatedChangeOrder &changeOrder)
{
    const ChangeOrder &order = changeOrder.order;
    QJsonArray pipelines;
    for (const Pipeline &pipeline : order.pipelines) {
        pipelines.append(QJsonObject{
            {u"PipelineId"_s, pipeline.pipelineId},
            {u"PipelineName"_s, pipeline.name},
            {u"Status"_s, int(pipeline.status)},
            {u"StartTime"_s, millis(pipeline.startedAt)},
            {u"UpdateTime"_s, millis(pipeline.updatedAt)},
            {u"BatchType"_s, pipeline.gray ? 1 : 0},
            {u"ParallelCount"_s, pipeline.instanceCount},
        });
    }
    const QString current =
        order.pipelines.isEmpty() ? QString() : order.pipelines.at(order.currentPipeline).pipelineId;
    return {
        {u"AppId"_s, order.appId},
        {u"AppName"_s, order.appName},
        {u"ApplicationEnableGreyTagRoute"_s, false},
        {u"ApplicationUpdateStrategy"_s, order.updateStrategyJson},
        {u"ApprovalId"_s, QString()},
        {u"Auto"_s, order.autoRelease},
        {u"BatchCount"_s, int(order.pipelines.size())},
        {u"BatchType"_s, order.autoRelease ? u"auto"_s : u"manual"_s},
        {u"BatchWaitTime"_s, order.batchWaitMinutes},
        {u"ChangeOrderId"_s, order.changeOrderId},
        {u"CoType"_s, order.coType()},
        {u"CoTypeCode"_s, order.coTypeCode},
        {u"CreateTime"_s, timeText(order.createdAt)},
        {u"CurrentPipelineId"_s, current},
        {u"Description"_s, order.description},
        {u"ErrorMessage"_s, order.errorMessage.isEmpty() ? u"success"_s : order.errorMessage},
        {u"Pipelines"_s, pipelines},
        {u"Status"_s, int(order.status)},
        {u"SubStatus"_s, order.subStatus},
        {u"SupportRollback"_s, order.supportRollback},
    };
}

QJsonObject listEntry(const EmulatedChangeOrder &changeOrder)
{
    const ChangeOrder &order = changeOrder.order;
    return {
        {u"AppId"_s, order.appId},
        {u"BatchCount"_s, int(order.pipelines.size())},
        {u"BatchType"_s, order.autoRelease ? u"auto"_s : u"manual"_s},
        {u"ChangeOrderId"_s, order.changeOrderId},
        {u"CoType"_s, order.coType()},
        {u"CoTypeCode"_s, order.coTypeCode},
        {u"CreateTime"_s, timeText(order.createdAt)},
        {u"CreateUserId"_s, u"ops-console"_s},
        {u"Description"_s, order.description},
        {u"FinishTime"_s, timeText(order.finishedAt)},
        {u"GroupId"_s, QString()},
        {u"Source"_s, u"openapi"_s},
        {u"Status"_s, int(order.status)},
        {u"UserId"_s, u"ops-console"_s},
    };
}

QJsonObject describePipeline(const EmulatedChangeOrder &changeOrder, int pipelineIndex)
{
    const ChangeOrder &order = changeOrder.order;
    const Pipeline &pipeline = order.pipelines.at(pipelineIndex);
    const QString stageId = derivedId(pipeline.pipelineId, u"stage"_s);
    const bool started = pipeline.startedAt.isValid();
    const ChangeOrderStatus taskStatus = started ? pipeline.status : ChangeOrderStatus::Preparing;
    const QJsonArray tasks{QJsonObject{
        {u"TaskId"_s, derivedId(pipeline.pipelineId, u"task"_s)},
        {u"TaskName"_s, pipeline.gray ? u"Deploy gray instances"_s : u"Deploy instances"_s},
        {u"StageId"_s, stageId},
        {u"Status"_s, taskStatus == ChangeOrderStatus::WaitingForConfirmation
                              || taskStatus == ChangeOrderStatus::WaitingForNextBatch
                          ? 0
                          : int(taskStatus)},
        {u"Message"_s, pipeline.message},
        {u"ErrorCode"_s, pipeline.status == ChangeOrderStatus::Failed ? u"BatchFailed"_s : QString()},
        {u"ErrorMessage"_s, pipeline.status == ChangeOrderStatus::Failed ? pipeline.message : QString()},
        {u"ErrorIgnore"_s, 0},
        {u"ShowManualIgnore"_s, false},
    }};
    const QString next = pipelineIndex + 1 < order.pipelines.size()
                             ? order.pipelines.at(pipelineIndex + 1).pipelineId
                             : QString();
    return {
        {u"PipelineId"_s, pipeline.pipelineId},
        {u"PipelineName"_s, pipeline.name},
        {u"PipelineStatus"_s, int(pipeline.status)},
        {u"CoStatus"_s, statusText(order.status)},
        {u"CurrentStageId"_s, stageId},
        {u"NextPipelineId"_s, next},
        {u"ShowBatch"_s, order.status == ChangeOrderStatus::WaitingForConfirmation},
        {u"StageList"_s, QJsonArray{QJsonObject{
                             {u"StageId"_s, stageId},
                             {u"StageName"_s, u"Deployment application"_s},
                             {u"ExecutorType"_s, 0},
                             {u"Status"_s, int(taskStatus)},
                             {u"TaskList"_s, tasks},
                         }}},
    };
}

} // namespace ChangeOrderJson
