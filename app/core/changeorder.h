#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/** Status codes of change orders and their batches (reference 6.1, 6.2). */
enum class ChangeOrderStatus
{
    Preparing = 0,
    Executing = 1,
    Succeeded = 2,
    Failed = 3,
    Aborted = 6,
    WaitingForConfirmation = 8,
    WaitingForNextBatch = 9,
    SystemFailure = 10,
};

/// True for the statuses a change order never leaves.
bool isTerminal(ChangeOrderStatus status);
/// DescribeApplicationStatus' LastChangeOrderStatus spelling (READY, RUNNING, SUCCESS, ...).
QString lastChangeOrderStatusText(ChangeOrderStatus status);

/** One batch of a change order ("pipeline"). */
struct Pipeline
{
    QString pipelineId;
    QString name; ///< "Batch 1 Change"
    ChangeOrderStatus status = ChangeOrderStatus::Preparing;
    int instanceCount = 0; ///< how many instances this batch replaces or acts on
    bool gray = false;
    QDateTime startedAt;
    QDateTime updatedAt;
    QString message; ///< what the batch's task reported last
    QStringList
        createdInstances; ///< the instances this batch started (DescribeApplicationInstances' PipelineId)

    friend bool operator==(const Pipeline &, const Pipeline &) = default;
};

/**
 * A change order: SAE's record of one change to an application (deploy, restart, rescale...),
 * run batch by batch. Only one runs per application at a time.
 */
struct ChangeOrder
{
    QString changeOrderId;
    QString appId;
    QString appName;
    QString coTypeCode; ///< CoDeploy, CoRestartApplication, CoRollback ...
    QString description;
    ChangeOrderStatus status = ChangeOrderStatus::Preparing;
    int subStatus = 0; ///< 1: a batch went wrong
    bool autoRelease = true;
    int batchWaitMinutes = 0;
    QString updateStrategyJson;
    QString errorMessage;
    bool supportRollback = false;
    QDateTime createdAt;
    QDateTime finishedAt;
    QList<Pipeline> pipelines;
    int currentPipeline = 0;

    /// CoType: the readable text of coTypeCode.
    QString coType() const;
    bool isRunning() const { return !isTerminal(status); }

    friend bool operator==(const ChangeOrder &, const ChangeOrder &) = default;
};
