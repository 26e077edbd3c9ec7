#pragma once

#include <QDateTime>
#include <QString>

/** The status of one task of a change order's stage (reference 6.2, DescribePipeline). */
enum class TaskStatus
{
    Preparing = 0,
    Executing = 1,
    Succeeded = 2,
    Failed = 3,
    PendingRetry = 5,
    Terminated = 6,
};

/**
 * One step of a batch's stage, as DescribePipeline lists it ("Initialize environment", "Deploy
 * instances"): its status, what it reported and, when it failed, SAE's error code and message.
 * Status numbers SAE may add later are kept as they came.
 */
struct Task
{
    QString taskId;
    QString name;
    QString stageId;
    TaskStatus status = TaskStatus::Preparing;
    QString message; ///< what the task reported last ("init Namespace success")
    QString errorCode;
    QString errorMessage;
    bool errorIgnored = false;        ///< ErrorIgnore 1: the next tasks ran despite a failure
    bool manualIgnoreAllowed = false; ///< ShowManualIgnore: a person may skip this running task
    QDateTime createdAt;              ///< [I] only older SDKs document the times of a task
    QDateTime startedAt;
    QDateTime updatedAt;

    /// Succeeded, failed or terminated: it will not change any more.
    bool isFinished() const;
    bool hasFailed() const { return status == TaskStatus::Failed; }
    /// What to show for a failed task: "code: message", whichever parts SAE gave; else the message.
    QString problem() const;

    friend bool operator==(const Task &, const Task &) = default;
};
