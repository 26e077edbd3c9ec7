#pragma once

#include "core/apiresult.h"
#include "core/metricpage.h"

#include <QJsonObject>

struct MetricQuery;

/**
 * Reads DescribeMetricList's answer into one MetricPage. `Datapoints` is a JSON string of
 * `[{timestamp, appId, instanceId, Average, Maximum, Minimum}]` (also read when it comes as the
 * array itself); `Period` a string or a number. Points are grouped into one series per instance.
 */
namespace CloudMonitorJsonReader {

/// `query` names the metric and the application the points belong to when they do not say.
ApiResult<MetricPage> page(const QJsonObject &envelope, const MetricQuery &query);

} // namespace CloudMonitorJsonReader
