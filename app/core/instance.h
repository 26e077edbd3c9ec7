#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

/**
 * Container status of an instance, in the order SAE sorts them with `Reverse=true` (reference
 * section 6.4): failures first, Running last.
 */
enum class InstanceStatus
{
    Error,
    CrashLoopBackOff,
    ErrImagePull,
    ImagePullBackOff,
    Pending,
    Unknown,
    Terminating,
    NotFound,
    PodInitializing,
    Initializing, ///< `Init:0/1` on the wire
    Running,
};

/** Health-check status of an instance (reference section 6.4). */
enum class InstanceHealth
{
    WithoutHealthCheckConfig,
    WithoutLivenessConfig,
    WithoutReadinessConfig,
    NotCheckedYet,
    LivenessUnhealthy,
    ReadinessUnhealthy,
    Unhealthy,
    Healthy,
    Unrecognised, ///< a value this console does not know yet; the raw text is kept
};

/** One instance (pod) of an application, as DescribeApplicationInstances describes it. */
struct Instance
{
    QString instanceId;
    QString groupId;
    QString statusText; ///< the platform's own spelling, shown when the value is unknown to us
    InstanceStatus status = InstanceStatus::Unknown;
    QString healthText;
    InstanceHealth health = InstanceHealth::Unrecognised;
    QString unhealthyMessage;
    qint64 restarts = 0;
    QString ip;
    QString eip;
    QString vSwitchId;
    QString imageUrl;
    QString packageVersion;
    QDateTime createdAt;
    QDateTime readyAt;

    /// True when the instance needs someone's attention: a failed status or a failed health check.
    bool needsAttention() const;

    friend bool operator==(const Instance &, const Instance &) = default;
};

InstanceStatus instanceStatusFromWire(QStringView text);
QString toWire(InstanceStatus status);
/// True for the statuses that mean the container does not run as it should.
bool isFailure(InstanceStatus status);

InstanceHealth instanceHealthFromWire(QStringView text);
QString toWire(InstanceHealth health);
bool isFailure(InstanceHealth health);
