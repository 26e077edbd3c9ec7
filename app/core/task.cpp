#include "task.h"

using namespace Qt::StringLiterals;

bool Task::isFinished() const
{
    return status == TaskStatus::Succeeded || status == TaskStatus::Failed
           || status == TaskStatus::Terminated;
}

QString Task::problem() const
{
    if (!hasFailed())
        return message;
    const QString detail = errorMessage.isEmpty() ? message : errorMessage;
    if (errorCode.isEmpty() || errorCode == detail)
        return detail.isEmpty() ? errorCode : detail;
    if (detail.isEmpty())
        return errorCode;
    return errorCode + u": "_s + detail;
}
