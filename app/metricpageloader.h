#pragma once

#include "core/apiresult.h"
#include "core/metricpage.h"
#include "platform/cloudmonitorapi.h"
#include "platform/requestscheduler.h"

#include <QObject>

#include <functional>

/**
 * Reads every page of a CloudMonitor query and hands back the series put together: the Monitoring
 * tab and the scaling replay both want whole ranges, not pages. Each call it sends is reported
 * through `ticketIssued`, so that the caller can cancel what it no longer wants; after a cancel,
 * `done` is not called.
 */
namespace MetricPageLoader {

inline constexpr int pageLength = 1440; ///< CloudMonitor's largest page
inline constexpr int maximumPages = 10; ///< beyond this, the range is shown as far as it was read

void loadAll(RequestScheduler *scheduler, MetricQuery query, RequestScheduler::Priority priority,
             QObject *context, const std::function<void(quint64)> &ticketIssued,
             const std::function<void(const ApiResult<MetricPage> &)> &done);

} // namespace MetricPageLoader
