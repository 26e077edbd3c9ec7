#pragma once

#include "core/changeorderstatus.h"
#include "core/stage.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/** One batch of a change order ("pipeline"): DescribeChangeOrder's entry, with DescribePipeline's detail. */
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
    // What DescribePipeline adds (reference 6.2); DescribeChangeOrder leaves these empty. (The
    // initializers keep brace-initialised Pipelines that stop before them free of warnings.)
    QList<Stage> stages = {};
    QString currentStageId = {};
    QString nextPipelineId = {};
    bool nextBatchReady = false; ///< ShowBatch: the next batch can be started now

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
