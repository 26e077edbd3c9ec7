#pragma once

#include "core/changeorderstatus.h"
#include "core/task.h"

#include <QList>
#include <QString>

#include <optional>

/**
 * One stage of a change order's batch, as DescribePipeline lists it ("Deployment application"):
 * its tasks, run one after another or side by side. Its status uses the change order's codes
 * (0, 1, 2, 3, 6 are documented).
 */
struct Stage
{
    enum class Executor
    {
        Serial = 0,
        Parallel = 1,
    };

    QString stageId;
    QString name;
    Executor executor = Executor::Serial;
    ChangeOrderStatus status = ChangeOrderStatus::Preparing;
    QList<Task> tasks;

    int finishedTaskCount() const;
    /// The first task that failed, for the progress view's message.
    std::optional<Task> firstFailedTask() const;
    /// The message of the last task that reported one; what the stage is doing or did last.
    QString lastMessage() const;

    friend bool operator==(const Stage &, const Stage &) = default;
};
