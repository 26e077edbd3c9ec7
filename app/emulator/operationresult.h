#pragma once

#include <QJsonObject>

/** What an operation answers: an HTTP status and a JSON body; the gateway adds the RequestId. */
struct OperationResult
{
    int httpStatus = 200;
    QJsonObject body;
};
