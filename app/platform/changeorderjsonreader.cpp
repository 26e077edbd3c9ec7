#include "changeorderjsonreader.h"

#include "platform/saejsonreader.h"

#include <QJsonArray>
#include <QTimeZone>

#include <optional>

namespace ChangeOrderJsonReader {

namespace {

using namespace Qt::StringLiterals;
using namespace SaeJsonReader;

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

/// A status code at `object[key]`: absent gives `fallback` (or, when required, a problem), a value
/// that is not a whole number is a problem. SAE's statuses are int32 ("2" is read as 2).
std::optional<QString> readStatus(const QJsonObject &object, QStringView key, const QString &path,
                                  bool required, int *status)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return required ? std::optional(missing(path)) : std::nullopt;
    if (!isInteger(value))
        return notANumber(path);
    *status = int32(value, *status);
    return std::nullopt;
}

/// A list at `object[key]`, plain or wrapped; absent is empty. Nullopt (with *problem) when it is
/// something else.
std::optional<QJsonArray> readList(const QJsonObject &object, QStringView key, const QString &path,
                                   QString *problem)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return QJsonArray();
    if (std::optional<QJsonArray> entries = array(value))
        return entries;
    *problem = notAList(path);
    return std::nullopt;
}

/// SubStatus: 0 normal, 1 abnormal; DescribeApplicationStatus spells it NORMAL /
/// RUNNING_BUT_HAS_ERROR, Terraform runningButHasError (reference 6.1 [U]).
int subStatusOf(const QJsonValue &value)
{
    if (isInteger(value))
        return int32(value);
    QString spelled = text(value);
    spelled.remove(u'_');
    return spelled.compare(u"runningbuthaserror", Qt::CaseInsensitive) == 0 ? 1 : 0;
}

ApiResult<Pipeline> readBatch(const QJsonObject &envelope, const QJsonObject &object, const QString &path)
{
    Pipeline pipeline;
    pipeline.pipelineId = text(object.value(u"PipelineId"));
    if (pipeline.pipelineId.isEmpty())
        return parseError(envelope, missing(path + u".PipelineId"_s));
    pipeline.name = text(object.value(u"PipelineName"));
    int status = int(ChangeOrderStatus::Preparing);
    if (auto problem = readStatus(object, u"Status", path + u".Status"_s, false, &status))
        return parseError(envelope, *problem);
    pipeline.status = ChangeOrderStatus(status);
    pipeline.startedAt = changeOrderTime(object.value(u"StartTime"));
    pipeline.updatedAt = changeOrderTime(object.value(u"UpdateTime"));
    // ParallelCount: the instances the batch acts on side by side, i.e. its size (reference 6.2).
    pipeline.instanceCount = int32(object.value(u"ParallelCount"));
    return pipeline;
}

ApiResult<Task> readTask(const QJsonObject &envelope, const QJsonObject &object, const QString &path)
{
    Task task;
    task.taskId = text(object.value(u"TaskId"));
    task.name = text(object.value(u"TaskName"));
    task.stageId = text(object.value(u"StageId"));
    int status = int(TaskStatus::Preparing);
    if (auto problem = readStatus(object, u"Status", path + u".Status"_s, false, &status))
        return parseError(envelope, *problem);
    task.status = TaskStatus(status);
    task.message = text(object.value(u"Message"));
    task.errorCode = text(object.value(u"ErrorCode"));
    task.errorMessage = text(object.value(u"ErrorMessage"));
    const QJsonValue ignore = object.value(u"ErrorIgnore"); // 0/1, sometimes a bool
    task.errorIgnored = isInteger(ignore) ? integer(ignore) != 0 : boolean(ignore);
    task.manualIgnoreAllowed = boolean(object.value(u"ShowManualIgnore"));
    task.createdAt = changeOrderTime(object.value(u"CreateTime"));
    task.startedAt = changeOrderTime(object.value(u"StartTime"));
    task.updatedAt = changeOrderTime(object.value(u"UpdateTime"));
    return task;
}

ApiResult<Stage> readStage(const QJsonObject &envelope, const QJsonObject &object, const QString &path)
{
    Stage stage;
    stage.stageId = text(object.value(u"StageId"));
    stage.name = text(object.value(u"StageName"));
    stage.executor =
        int32(object.value(u"ExecutorType")) == 1 ? Stage::Executor::Parallel : Stage::Executor::Serial;
    int status = int(ChangeOrderStatus::Preparing);
    if (auto problem = readStatus(object, u"Status", path + u".Status"_s, false, &status))
        return parseError(envelope, *problem);
    stage.status = ChangeOrderStatus(status);
    QString problem;
    const std::optional<QJsonArray> tasks = readList(object, u"TaskList", path + u".TaskList"_s, &problem);
    if (!tasks)
        return parseError(envelope, problem);
    for (qsizetype i = 0; i < tasks->size(); ++i) {
        const QString taskPath = path + u".TaskList[%1]"_s.arg(i);
        if (!tasks->at(i).isObject())
            return parseError(envelope, notAnObject(taskPath));
        ApiResult<Task> task = readTask(envelope, tasks->at(i).toObject(), taskPath);
        if (!task)
            return task.error();
        if (task.value().stageId.isEmpty())
            task.value().stageId = stage.stageId;
        stage.tasks.append(std::move(task).value());
    }
    return stage;
}

ApiResult<ChangeOrder> readChangeOrder(const QJsonObject &envelope, const QJsonObject &object,
                                       const QString &path)
{
    ChangeOrder order;
    order.changeOrderId = text(object.value(u"ChangeOrderId"));
    if (order.changeOrderId.isEmpty())
        return parseError(envelope, missing(path + u".ChangeOrderId"_s));
    int status = 0;
    if (auto problem = readStatus(object, u"Status", path + u".Status"_s, true, &status))
        return parseError(envelope, *problem);
    order.status = ChangeOrderStatus(status);
    order.appId = text(object.value(u"AppId"));
    order.appName = text(object.value(u"AppName"));
    order.coTypeCode = text(object.value(u"CoTypeCode"));
    order.description = text(object.value(u"Description"));
    order.subStatus = subStatusOf(object.value(u"SubStatus"));
    if (object.contains(u"Auto"))
        order.autoRelease = boolean(object.value(u"Auto"), true);
    else
        order.autoRelease = text(object.value(u"BatchType")).compare(u"manual", Qt::CaseInsensitive) != 0;
    order.batchWaitMinutes = int32(object.value(u"BatchWaitTime"));
    order.updateStrategyJson = text(object.value(u"ApplicationUpdateStrategy"));
    order.errorMessage = text(object.value(u"ErrorMessage"));
    if (order.errorMessage.compare(u"success", Qt::CaseInsensitive) == 0)
        order.errorMessage.clear(); // SAE says "success" where there is no error
    order.supportRollback = boolean(object.value(u"SupportRollback"));
    order.createdAt = changeOrderTime(object.value(u"CreateTime"));
    order.finishedAt = changeOrderTime(object.value(u"FinishTime"));

    // ListNamespaceChangeOrders documents `Pipelines` as a string; only a list holds batches.
    if (!object.value(u"Pipelines").isString()) {
        QString problem;
        const std::optional<QJsonArray> pipelines =
            readList(object, u"Pipelines", path + u".Pipelines"_s, &problem);
        if (!pipelines)
            return parseError(envelope, problem);
        for (qsizetype i = 0; i < pipelines->size(); ++i) {
            const QString pipelinePath = path + u".Pipelines[%1]"_s.arg(i);
            if (!pipelines->at(i).isObject())
                return parseError(envelope, notAnObject(pipelinePath));
            ApiResult<Pipeline> pipeline = readBatch(envelope, pipelines->at(i).toObject(), pipelinePath);
            if (!pipeline)
                return pipeline.error();
            order.pipelines.append(std::move(pipeline).value());
        }
    }
    const QString current = text(object.value(u"CurrentPipelineId"));
    for (qsizetype i = 0; i < order.pipelines.size(); ++i) {
        if (order.pipelines.at(i).pipelineId == current)
            order.currentPipeline = int(i);
    }
    return order;
}

/// `Data` as an object, or the Parse error.
ApiResult<QJsonObject> dataOf(const QJsonObject &envelope)
{
    const QJsonValue data = envelope.value(u"Data");
    if (isAbsent(data))
        return parseError(envelope, missing(u"Data"_s));
    if (!data.isObject())
        return parseError(envelope, notAnObject(u"Data"_s));
    return data.toObject();
}

} // namespace

QDateTime changeOrderTime(const QJsonValue &value)
{
    if (isInteger(value))
        return epochMilliseconds(value);
    const QString spelled = text(value).trimmed();
    if (spelled.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(spelled, u"yyyy-MM-dd HH:mm:ss"_s);
    if (time.isValid()) {
        time.setTimeZone(QTimeZone(8 * 3600));
        return time.toUTC();
    }
    time = QDateTime::fromString(spelled, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone(8 * 3600)); // no offset: the region's time, as above
    return time.isValid() ? time.toUTC() : QDateTime();
}

ApiResult<Page<ChangeOrder>> changeOrders(const QJsonObject &envelope)
{
    return readPage<ChangeOrder>(envelope, u"ChangeOrderList", u"ChangeOrderId",
                                 [&envelope](const QJsonObject &entry, const QString &path) {
                                     return readChangeOrder(envelope, entry, path);
                                 });
}

ApiResult<ChangeOrder> changeOrder(const QJsonObject &envelope)
{
    return dataOf(envelope).andThen(
        [&envelope](const QJsonObject &data) { return readChangeOrder(envelope, data, u"Data"_s); });
}

ApiResult<Pipeline> pipeline(const QJsonObject &envelope)
{
    const ApiResult<QJsonObject> dataResult = dataOf(envelope);
    if (!dataResult)
        return dataResult.error();
    const QJsonObject &data = dataResult.value();
    Pipeline pipeline;
    pipeline.pipelineId = text(data.value(u"PipelineId"));
    if (pipeline.pipelineId.isEmpty())
        return parseError(envelope, missing(u"Data.PipelineId"_s));
    pipeline.name = text(data.value(u"PipelineName"));
    int status = int(ChangeOrderStatus::Preparing);
    if (auto problem = readStatus(data, u"PipelineStatus", u"Data.PipelineStatus"_s, false, &status))
        return parseError(envelope, *problem);
    pipeline.status = ChangeOrderStatus(status);
    pipeline.currentStageId = text(data.value(u"CurrentStageId"));
    pipeline.nextPipelineId = text(data.value(u"NextPipelineId"));
    pipeline.nextBatchReady = boolean(data.value(u"ShowBatch"));

    QString problem;
    const std::optional<QJsonArray> stages = readList(data, u"StageList", u"Data.StageList"_s, &problem);
    if (!stages)
        return parseError(envelope, problem);
    for (qsizetype i = 0; i < stages->size(); ++i) {
        const QString stagePath = u"Data.StageList[%1]"_s.arg(i);
        if (!stages->at(i).isObject())
            return parseError(envelope, notAnObject(stagePath));
        ApiResult<Stage> stage = readStage(envelope, stages->at(i).toObject(), stagePath);
        if (!stage)
            return stage.error();
        pipeline.stages.append(std::move(stage).value());
    }
    // What the batch is doing: its current stage's last word, else the last stage that said something.
    for (const Stage &stage : std::as_const(pipeline.stages)) {
        if (stage.stageId == pipeline.currentStageId)
            pipeline.message = stage.lastMessage();
    }
    for (auto stage = pipeline.stages.crbegin();
         pipeline.message.isEmpty() && stage != pipeline.stages.crend(); ++stage)
        pipeline.message = stage->lastMessage();
    return pipeline;
}

ApiResult<ChangeOrderTicket> ticket(const QJsonObject &envelope)
{
    const ApiResult<QJsonObject> dataResult = dataOf(envelope);
    if (!dataResult)
        return dataResult.error();
    const QJsonObject &data = dataResult.value();
    ChangeOrderTicket ticket;
    ticket.changeOrderId = text(data.value(u"ChangeOrderId"));
    if (ticket.changeOrderId.isEmpty())
        return parseError(envelope, missing(u"Data.ChangeOrderId"_s));
    ticket.appId = text(data.value(u"AppId"));
    const QJsonValue approval = data.value(u"IsNeedApproval");
    if (approval.isBool() || approval.isString()) {
        const QString spelled = text(approval).trimmed();
        if (spelled.compare(u"true", Qt::CaseInsensitive) == 0
            || spelled.compare(u"false", Qt::CaseInsensitive) == 0)
            ticket.needsApproval = boolean(approval);
    }
    ticket.requestId = requestId(envelope);
    return ticket;
}

} // namespace ChangeOrderJsonReader
