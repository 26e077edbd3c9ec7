#pragma once

#include "emulator/operationresult.h"

#include <QJsonValue>
#include <QString>

/** The success and business-error envelopes SAE operations answer with (reference 1.4, 4.2). */
namespace SaeResponse {

/// `{Code: "200", Message: "success", Success: true, TraceId, Data}`.
OperationResult success(const QJsonValue &data);
/// The same without TraceId, for the operations whose reference examples have none.
OperationResult successWithoutTraceId(const QJsonValue &data);
/// A business error (`Code`, `ErrorCode`, `Message`, `Success: false`, `TraceId`).
OperationResult error(int httpStatus, const QString &code, const QString &message);
/// `InvalidAppId.NotFound` (404).
OperationResult applicationNotFound();
/// `InvalidParameter.WithMessage` (400) naming the parameter and why.
OperationResult invalidParameter(const QString &name, const QString &why);

} // namespace SaeResponse
