#pragma once

#include "core/acknowledgement.h"
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
#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

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
/// What a mutating call without data answers: only its RequestId.
ApiResult<Acknowledgement> acknowledgement(const QJsonObject &envelope);

// Building blocks, public for their tests.
QString text(const QJsonValue &value);
qint64 integer(const QJsonValue &value, qint64 fallback = 0);
/// integer() for counters held in an int; values outside int's range give `fallback`.
int int32(const QJsonValue &value, int fallback = 0);
bool boolean(const QJsonValue &value, bool fallback = false);
/// A plain array, or the array inside a one-key wrapper object such as `{"Region": [...]}`.
std::optional<QJsonArray> array(const QJsonValue &value);
QDateTime epochMilliseconds(const QJsonValue &value);
/// `[{"Key": "k", "Value": "v"}]` (either case of the keys); entries without a key are skipped.
QList<std::pair<QString, QString>> tags(const QJsonValue &value);
/// A number, also when sent as a string; NaN, infinities and anything else give `fallback`.
double number(const QJsonValue &value, double fallback = 0);
/// ISO 8601 with its offset (`2020-02-19T05:01:28Z`) or epoch milliseconds; invalid when neither.
QDateTime timestamp(const QJsonValue &value);

// For the readers of each API group (changeorderjsonreader.h, ...): errors that name the field.
/// The envelope's RequestId, in any of its spellings.
QString requestId(const QJsonObject &envelope);
/// A Parse error for `what` ("Data.Pipelines[2].PipelineId is missing") with the RequestId.
ApiError parseError(const QJsonObject &envelope, const QString &what);
QString missing(const QString &path);
QString notAList(const QString &path);
QString notAnObject(const QString &path);
QString notANumber(const QString &path);
QString wrongType(const QString &path);

/// The envelope's `Data` object, or a Parse error naming it.
ApiResult<QJsonObject> dataObject(const QJsonObject &envelope);
/// The entries of the list at `path`: a plain or wrapped array; absent or null is an empty list.
ApiResult<QJsonArray> list(const QJsonObject &envelope, const QJsonValue &value, const QString &path);
/**
 * A list sent as a JSON string (reference 1.2: `Envs`, `CommandArgs`, CloudMonitor's
 * `Datapoints`), or as the array itself; "" or absent is an empty list.
 */
ApiResult<QJsonArray> embeddedList(const QJsonObject &envelope, const QJsonValue &value, const QString &path);
/// A JSON setting sent as a string (reference 1.2), as text: a string as is, an object or array
/// compact, anything else as text().
QString jsonText(const QJsonValue &value);
/// True for a JSON number without a fraction, or a string holding one ("200").
bool isInteger(const QJsonValue &value);

/// CurrentPage / PageSize / TotalSize of `data` into `page`.
template <typename T>
void readPaging(const QJsonObject &data, Page<T> *page)
{
    page->currentPage = int32(data.value(u"CurrentPage"), 1);
    page->pageSize = int32(data.value(u"PageSize"), 0);
    page->totalSize = int32(data.value(u"TotalSize"), int(page->items.size()));
}

/// Reads `Data.<listKey>[]` entries with `read`, requiring `idKey` on each. `read` returns a T, or
/// an ApiResult<T> when an entry can itself be malformed.
template <typename T, typename Reader>
ApiResult<Page<T>> readPage(const QJsonObject &envelope, QStringView listKey, QStringView idKey, Reader read)
{
    const QJsonValue dataValue = envelope.value(u"Data");
    if (!dataValue.isObject())
        return parseError(envelope, missing(QStringLiteral("Data")));
    const QJsonObject data = dataValue.toObject();
    const QString listPath = QStringLiteral("Data.") + listKey;
    const QJsonValue listValue = data.value(listKey);
    Page<T> page;
    if (!listValue.isUndefined() && !listValue.isNull()) {
        const std::optional<QJsonArray> entries = array(listValue);
        if (!entries)
            return parseError(envelope, notAList(listPath));
        page.items.reserve(entries->size());
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const QJsonObject entry = entries->at(i).toObject();
            const QString entryPath = listPath + u'[' + QString::number(i) + u']';
            if (text(entry.value(idKey)).isEmpty())
                return parseError(envelope, missing(entryPath + u'.' + idKey));
            if constexpr (std::is_invocable_r_v<T, Reader, const QJsonObject &>) {
                page.items.append(read(entry));
            } else {
                ApiResult<T> item = read(entry, entryPath);
                if (!item)
                    return item.error();
                page.items.append(std::move(item).value());
            }
        }
    }
    readPaging(data, &page);
    return page;
}

} // namespace SaeJsonReader
