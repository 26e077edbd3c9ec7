#include "stage.h"

#include <algorithm>

int Stage::finishedTaskCount() const
{
    return int(
        std::count_if(tasks.cbegin(), tasks.cend(), [](const Task &task) { return task.isFinished(); }));
}

std::optional<Task> Stage::firstFailedTask() const
{
    const auto failed =
        std::find_if(tasks.cbegin(), tasks.cend(), [](const Task &task) { return task.hasFailed(); });
    if (failed == tasks.cend())
        return std::nullopt;
    return *failed;
}

QString Stage::lastMessage() const
{
    for (auto task = tasks.crbegin(); task != tasks.crend(); ++task) {
        const QString text = task->hasFailed() ? task->problem() : task->message;
        if (!text.isEmpty())
            return text;
    }
    return {};
}
