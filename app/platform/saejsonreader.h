#pragma once

#include "core/apiresult.h"
#include "core/application.h"
#include "core/applicationgroup.h"
#include "core/instance.h"
#include "core/namespace.h"
#include "core/page.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

/**
 * Reads SAE's JSON into domain values, tolerantly (reference 1.4, appendix B): numbers may come
 * as strings and strings as numbers, arrays may be wrapped (`{"Region": [...]}`), unknown fields
 * are ignored, missing optional fields become defaults. What cannot be read becomes a Parse error
 * that names the field, with the response's RequestId; nothing here can crash on bad input.
 */
namespace SaeJsonReader {

ApiResult<Page<Namespace>> namespaces(const QJsonObject &envelope);
ApiResult<Page<Application>> applications(const QJsonObject &envelope);
ApiResult<QList<ApplicationGroup>> applicationGroups(const QJsonObject &envelope);
ApiResult<Page<Instance>> instances(const QJsonObject &envelope);

// Building blocks, public for their tests.
QString text(const QJsonValue &value);
qint64 integer(const QJsonValue &value, qint64 fallback = 0);
/// integer() for counters held in an int; values outside int's range give `fallback`.
int int32(const QJsonValue &value, int fallback = 0);
bool boolean(const QJsonValue &value, bool fallback = false);
/// A plain array, or the array inside a one-key wrapper object such as `{"Region": [...]}`.
std::optional<QJsonArray> array(const QJsonValue &value);
QDateTime epochMilliseconds(const QJsonValue &value);

} // namespace SaeJsonReader
