#pragma once

#include "core/scalingrule.h"
#include "core/scalingruleerror.h"

#include <QJsonObject>

#include <optional>

/**
 * Scaling rules on the wire. Requests carry the timer and metric parts as JSON with lower camelCase
 * keys (`ScalingRuleTimer`, `ScalingRuleMetric`, reference 7.3 and 7.4); responses describe the
 * whole rule with PascalCase keys (reference 7.5).
 *
 * Reading is tolerant where the reference is unsure: numbers may come as strings (Terraform sends
 * `"step": "100"`), keys may be PascalCase (`MetricTargetAverageUtilization`), unset dates may be
 * null or "". Writing is conservative: only the documented keys, numbers as numbers.
 */
namespace ScalingRuleJson {

/// Reads a `ScalingRuleTimer` value; an error names the field that is not of the expected type.
std::optional<ScalingRuleError> readTimerRequest(const QJsonObject &json, ScalingTimer *timer);
/// Reads a `ScalingRuleMetric` value.
std::optional<ScalingRuleError> readMetricRequest(const QJsonObject &json, ScalingMetricPolicy *metric);

QJsonObject timerRequest(const ScalingTimer &timer);
QJsonObject metricRequest(const ScalingMetricPolicy &metric);

/// The rule as Describe/Create/Update return it; `MetricsStatus` only for Describe.
QJsonObject ruleResponse(const ScalingRule &rule, bool withMetricsStatus);
QJsonObject metricsStatusResponse(const ScalingMetricsStatus &status);
/// Reads a rule from a response entry, tolerating missing fields and numbers sent as strings.
ScalingRule ruleFromResponse(const QJsonObject &json);

} // namespace ScalingRuleJson
