#pragma once

#include "core/apiresult.h"
#include "core/appevent.h"
#include "core/availabilitymetric.h"
#include "core/changeordermetric.h"
#include "core/page.h"
#include "core/scaleappmetric.h"
#include "core/warningeventmetric.h"

#include <QJsonObject>
#include <QList>

/**
 * Reads ListAppEvents and the four region overviews (reference 9.6) into domain values, with
 * SaeJsonReader's tolerance: what cannot be read is a Parse error naming the field.
 */
namespace EventJsonReader {

ApiResult<Page<AppEvent>> events(const QJsonObject &envelope);
ApiResult<QList<AvailabilityMetric>> availability(const QJsonObject &envelope);
ApiResult<QList<ScaleAppMetric>> scaling(const QJsonObject &envelope);
ApiResult<QList<WarningEventMetric>> warningEvents(const QJsonObject &envelope);
ApiResult<QList<ChangeOrderMetric>> changeOrders(const QJsonObject &envelope);

} // namespace EventJsonReader
