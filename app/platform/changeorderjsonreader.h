#pragma once

#include "core/apiresult.h"
#include "core/changeorder.h"
#include "core/changeorderticket.h"
#include "core/page.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

/**
 * Reads change orders, their batches with stages and tasks, and the tickets of mutating calls
 * (reference 6.1, 6.2, 9.4) with SaeJsonReader's tolerant building blocks. What a tracker depends
 * on is checked: `Data`, the IDs, the statuses and the lists; a missing or mistyped one is a Parse
 * error naming the field, with the RequestId. Descriptive fields (names, messages, times) fall back
 * to empty when they are missing or odd.
 */
namespace ChangeOrderJsonReader {

/// ListChangeOrders: `Data.ChangeOrderList[]` with paging (entries have no pipelines).
ApiResult<Page<ChangeOrder>> changeOrders(const QJsonObject &envelope);
/// DescribeChangeOrder: the order with its pipelines (batches) and the current one.
ApiResult<ChangeOrder> changeOrder(const QJsonObject &envelope);
/// DescribePipeline: one batch with its stages and their tasks.
ApiResult<Pipeline> pipeline(const QJsonObject &envelope);
/// `Data.ChangeOrderId` (required), `Data.AppId` and `Data.IsNeedApproval` when present, and the
/// RequestId: what Deploy, Rescale, Restart, Abort ... answer.
ApiResult<ChangeOrderTicket> ticket(const QJsonObject &envelope);

/// A change order's time: `yyyy-MM-dd HH:mm:ss` in the region's time (GMT+8, [I]), or epoch
/// milliseconds as a number or a string, or ISO 8601. Invalid when none of these.
QDateTime changeOrderTime(const QJsonValue &value);

} // namespace ChangeOrderJsonReader
