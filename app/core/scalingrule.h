#pragma once

#include "core/scalingmetricpolicy.h"
#include "core/scalingmetricsstatus.h"
#include "core/scalingtimer.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

/** The type of a scaling rule (reference 7.2). */
enum class ScalingRuleType
{
    Timing, ///< scheduled: ScalingRuleTimer
    Metric, ///< HPA-like: ScalingRuleMetric
    Mix,    ///< metric-based, with min/max varying by a schedule: ScalingRuleMetric (+ ScalingRuleTimer)
};

std::optional<ScalingRuleType> scalingRuleTypeFromWire(QStringView text);
QString toWire(ScalingRuleType type);

/**
 * An application's auto-scaling rule ("scaling policy", reference section 7), identified by its
 * application and name. Timing rules carry a timer; metric rules a metric policy; mix rules a
 * metric policy and optionally a timer. `metricsStatus` is the live state of the metric part.
 */
struct ScalingRule
{
    QString appId;
    QString name;
    ScalingRuleType type = ScalingRuleType::Timing;
    bool enabled = true;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastDisabledAt; ///< invalid: never disabled
    int minReadyInstances = 1;
    int minReadyInstanceRatio = -1;
    bool enableIdle = false;
    std::optional<ScalingTimer> timer;
    std::optional<ScalingMetricPolicy> metric;
    std::optional<ScalingMetricsStatus> metricsStatus;

    bool hasMetricPart() const { return type != ScalingRuleType::Timing && metric.has_value(); }

    friend bool operator==(const ScalingRule &, const ScalingRule &) = default;
};
