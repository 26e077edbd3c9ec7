#pragma once

#include "core/scalingmetrictype.h"

#include <QList>
#include <QString>

#include <optional>

/**
 * The metric part of a metric or mix scaling rule (reference 7.4): replica bounds, the metrics
 * with their targets, and how fast to scale out and in. The application scales out when any
 * metric is above its target and in only when all are below, like a Kubernetes HPA.
 */
struct ScalingMetricPolicy
{
    struct Metric
    {
        QString metricType; ///< as sent; see type()
        int targetAverageUtilization = 0;
        QString slbId;
        QString slbProject;
        QString slbLogstore;
        QString vport;

        std::optional<ScalingMetricType> type() const { return scalingMetricTypeFromWire(metricType); }

        friend bool operator==(const Metric &, const Metric &) = default;
    };

    /// `scaleUpRules` / `scaleDownRules`.
    struct StepRule
    {
        /// [I] SAE's default is not documented; the reference examples use 100.
        static constexpr int defaultStep = 100;

        int step = defaultStep;
        bool disabled = false;
        int stabilizationWindowSeconds = 0;

        friend bool operator==(const StepRule &, const StepRule &) = default;
    };

    /// Newer, response-only Prometheus fields (reference 7.4, [U]); kept so they survive a round trip.
    struct PrometheusMetric
    {
        QString query;
        QString targetMetricValue;

        friend bool operator==(const PrometheusMetric &, const PrometheusMetric &) = default;
    };

    std::optional<int> minReplicas;
    std::optional<int> maxReplicas;
    QList<Metric> metrics;
    StepRule scaleUp;
    StepRule scaleDown;
    QString metricSource;
    QString prometheusUrl;
    QString prometheusToken;
    QList<PrometheusMetric> prometheusMetrics;

    friend bool operator==(const ScalingMetricPolicy &, const ScalingMetricPolicy &) = default;
};
