#pragma once

#include "emulator/emulatedchangeorder.h"

#include <QJsonObject>

/** Change orders and their batches in SAE's JSON (DescribeChangeOrder, ListChangeOrders, DescribePipeline).
 */
namespace ChangeOrderJson {

/// `yyyy-MM-dd HH:mm:ss` in the region's time (GMT+8), as change orders write times; "" if unset.
QString timeText(const QDateTime &time);
QJsonObject describeChangeOrder(const EmulatedChangeOrder &changeOrder);
QJsonObject listEntry(const EmulatedChangeOrder &changeOrder);
QJsonObject describePipeline(const EmulatedChangeOrder &changeOrder, int pipelineIndex);

} // namespace ChangeOrderJson
