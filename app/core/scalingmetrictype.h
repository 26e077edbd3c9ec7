#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/**
 * What a metric scaling rule watches (reference 7.4, `metrics[].metricType`). The unit of the
 * rule's target depends on it: percent for CPU and memory, requests/s per instance for the QPS
 * metrics, milliseconds for the RT metrics, connections per instance for tcpActiveConn.
 */
enum class ScalingMetricType
{
    Cpu,
    Memory,
    Qps,
    Rt,
    TcpActiveConnections,
    SlbQps,
    SlbRt,
    IntranetSlbQps,
    IntranetSlbRt,
};

/// The request spelling (`CPU`, `tcpActiveConn`, `SLB_QPS`...); letter case is not significant.
std::optional<ScalingMetricType> scalingMetricTypeFromWire(QStringView text);
QString toWire(ScalingMetricType type);
QList<ScalingMetricType> allScalingMetricTypes();

/// The name MetricsStatus.CurrentMetrics[] reports it under (`cpu`, `arms_incall_qps_v2`...).
QString currentMetricName(ScalingMetricType type);
/// The kind MetricsStatus reports: `Resource` (cpu, memory), `Pods` (tcpActiveConn), `External`.
QString currentMetricKind(ScalingMetricType type);
/// CPU and memory targets are percentages.
bool isPercentage(ScalingMetricType type);
/// The SLB metrics also need slbId, slbProject, slbLogstore and vport.
bool needsSlb(ScalingMetricType type);
