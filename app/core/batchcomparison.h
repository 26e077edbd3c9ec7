#pragma once

#include "core/instance.h"
#include "core/metricseries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

/** A released batch's instances against the rest of the application, over the last N minutes,
 *  for the sign-off at a batch gate (DESIGN.md section 5). Built from what the lead reads
 *  (DescribeApplicationInstances, DescribeMetricList); journalled with each sign-off as the
 *  evidence the release manager saw, and read back by the release record. */
struct BatchComparison
{
    Q_DECLARE_TR_FUNCTIONS(BatchComparison)

public:
    /// One side of the comparison: the batch's instances, or all the others.
    struct Side
    {
        QStringList instanceIds;
        int instances = 0;
        int ready = 0;       ///< Running and not failing a health check (Healthy or without checks)
        qint64 restarts = 0; ///< sum of the instances' container restarts
        std::optional<double> cpuPercent; ///< mean over the side's instances and the window
        std::optional<double> memoryPercent;
        std::optional<double> rtMs;

        friend bool operator==(const Side &, const Side &) = default;
    };

    /// concerns(): a metric stands out at this many times the rest's value ...
    static constexpr double standOutFactor = 1.5;
    /// ... and above these floors, below which a difference is noise.
    static constexpr double cpuFloorPercent = 20;
    static constexpr double memoryFloorPercent = 20;
    static constexpr double rtFloorMs = 100;

    Side batch;
    Side rest;
    QDateTime from;
    QDateTime to;

    /// `series`: CloudMonitor series of metric names "cpu", "memoryPercent", "rt" (any mix, one per
    /// instance), as DescribeMetricList returns them; points outside [from, to] are ignored.
    /// The batch side is the listed instances whose ID is in `batchInstanceIds`, the rest all other
    /// listed instances. A metric's mean weighs each instance with points in the window equally
    /// (the mean of each instance's mean of its points' averages), rounded to 0.1; an instance
    /// without points adds nothing, and a side none of whose instances has points has no value.
    static BatchComparison of(const QList<Instance> &instances, const QStringList &batchInstanceIds,
                              const QList<MetricSeries> &series, const QDateTime &from, const QDateTime &to);
    /// Whether an instance counts as ready: Running, and Healthy or without health checks.
    static bool isReady(const Instance &instance);

    int windowMinutes() const;
    /// Translated lines on where the batch does worse than the rest (a metric 1.5x and above a
    /// floor, any restart, an instance not ready); empty when nothing stands out.
    QStringList concerns() const;
    /// Whether the batch's CPU, memory or RT stands out against the rest's (the rule of concerns()).
    bool cpuStandsOut() const;
    bool memoryStandsOut() const;
    bool rtStandsOut() const;

    /// The evidence a sign-off journals (exact schema, also read by the release record):
    /// {"windowMinutes":10,"from":ISO-8601 UTC,"to":...,"batch":{"instanceIds":[...],"instances":2,
    ///  "ready":2,"restarts":0,"cpuPercent":31.5,"memoryPercent":40.1,"rtMs":120.3},"rest":{...}}
    /// — a metric with no value is left out.
    QJsonObject toJson() const;
    /// Reads toJson()'s schema; nullopt when a time or a side is missing or malformed.
    static std::optional<BatchComparison> fromJson(const QJsonObject &json);

    friend bool operator==(const BatchComparison &, const BatchComparison &) = default;
};
