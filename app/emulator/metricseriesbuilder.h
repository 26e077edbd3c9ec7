#pragma once

#include "emulator/cloudmonitormetric.h"

#include <QDateTime>
#include <QList>
#include <QString>

class LoadModel;
struct EmulatedApplication;

/** One aggregated point of one instance's series, as DescribeMetricList lists it. */
struct MetricDatapoint
{
    qint64 timestampMs = 0; ///< the end of its period
    QString appId;
    QString instanceId;
    double average = 0;
    double maximum = 0;
    double minimum = 0;
};

/**
 * The series of an application's instances over a window, from the load model: one sample per
 * minute per instance that existed then (see InstanceHistoryRecorder), aggregated to the period.
 */
namespace MetricSeriesBuilder {

/// The native resolution: one sample a minute, as CloudMonitor's 60-second metrics.
inline constexpr int sampleSeconds = 60;

/**
 * Points with a period start in (start, end], ordered by time then instance ID. An empty
 * `instanceId` takes every instance. `now` is the emulator's time (restart counts are known
 * for now and counted back).
 */
QList<MetricDatapoint> build(const LoadModel &model, const EmulatedApplication &application,
                             CloudMonitorMetric metric, const QString &instanceId, const QDateTime &start,
                             const QDateTime &end, int periodSeconds, const QDateTime &now);

} // namespace MetricSeriesBuilder
