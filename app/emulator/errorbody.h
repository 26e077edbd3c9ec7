#pragma once

#include <QJsonObject>
#include <QString>

/** The error bodies of reference section 4.2; the gateway adds the RequestId to each. */
namespace ErrorBody {

/// The API gateway's shape: Code, Message, HostId, Recommend.
QJsonObject gateway(const QString &code, const QString &message, const QString &hostId);
/// An SAE business error: Code, ErrorCode, Message, Success=false, TraceId.
QJsonObject business(const QString &code, const QString &message);
/// A fresh trace ID in SAE's format (30 hex digits).
QString newTraceId();

} // namespace ErrorBody
