#include "instance.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<InstanceStatus, QStringView>, 11> s_statusNames{{
    {InstanceStatus::Error, u"Error"},
    {InstanceStatus::CrashLoopBackOff, u"CrashLoopBackOff"},
    {InstanceStatus::ErrImagePull, u"ErrImagePull"},
    {InstanceStatus::ImagePullBackOff, u"ImagePullBackOff"},
    {InstanceStatus::Pending, u"Pending"},
    {InstanceStatus::Unknown, u"Unknown"},
    {InstanceStatus::Terminating, u"Terminating"},
    {InstanceStatus::NotFound, u"NotFound"},
    {InstanceStatus::PodInitializing, u"PodInitializing"},
    {InstanceStatus::Initializing, u"Init:0/1"},
    {InstanceStatus::Running, u"Running"},
}};

constexpr std::array<std::pair<InstanceHealth, QStringView>, 8> s_healthNames{{
    {InstanceHealth::WithoutHealthCheckConfig, u"WithoutHealthCheckConfig"},
    {InstanceHealth::WithoutLivenessConfig, u"WithoutLivenessConfig"},
    {InstanceHealth::WithoutReadinessConfig, u"WithoutReadinessConfig"},
    {InstanceHealth::NotCheckedYet, u"NotCheckedYet"},
    {InstanceHealth::LivenessUnhealthy, u"LivenessUnhealthy"},
    {InstanceHealth::ReadinessUnhealthy, u"ReadinessUnhealthy"},
    {InstanceHealth::Unhealthy, u"Unhealthy"},
    {InstanceHealth::Healthy, u"Healthy"},
}};

} // namespace

bool Instance::needsAttention() const
{
    return isFailure(status) || isFailure(health);
}

InstanceStatus instanceStatusFromWire(QStringView text)
{
    for (const auto &[status, name] : s_statusNames) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return status;
    }
    // Kubernetes writes init progress as Init:N/M; SAE documents only Init:0/1.
    if (text.startsWith(u"Init:"))
        return InstanceStatus::Initializing;
    return InstanceStatus::Unknown;
}

QString toWire(InstanceStatus status)
{
    for (const auto &[candidate, name] : s_statusNames) {
        if (candidate == status)
            return name.toString();
    }
    return QStringLiteral("Unknown");
}

bool isFailure(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Error:
    case InstanceStatus::CrashLoopBackOff:
    case InstanceStatus::ErrImagePull:
    case InstanceStatus::ImagePullBackOff:
    case InstanceStatus::NotFound:
        return true;
    case InstanceStatus::Pending:
    case InstanceStatus::Unknown:
    case InstanceStatus::Terminating:
    case InstanceStatus::PodInitializing:
    case InstanceStatus::Initializing:
    case InstanceStatus::Running:
        return false;
    }
    return false;
}

InstanceHealth instanceHealthFromWire(QStringView text)
{
    for (const auto &[health, name] : s_healthNames) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return health;
    }
    return InstanceHealth::Unrecognised;
}

QString toWire(InstanceHealth health)
{
    for (const auto &[candidate, name] : s_healthNames) {
        if (candidate == health)
            return name.toString();
    }
    return {};
}

bool isFailure(InstanceHealth health)
{
    return health == InstanceHealth::LivenessUnhealthy || health == InstanceHealth::ReadinessUnhealthy
           || health == InstanceHealth::Unhealthy;
}
