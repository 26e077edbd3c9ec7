#include "instancelifecycle.h"

#include "emulator/fleet.h"

#include <algorithm>

namespace {

using namespace Qt::StringLiterals;

constexpr int maximumTransitionsPerAdvance = 100000; // a guard, far above a week of crash loop

void setStatus(Instance &instance, InstanceStatus status, InstanceHealth health, const QString &message = {})
{
    instance.status = status;
    instance.statusText = toWire(status);
    instance.health = health;
    instance.healthText = toWire(health);
    instance.unhealthyMessage = message;
}

/// Dev namespaces run without probes; new instances follow the application's existing ones.
bool hasProbes(const EmulatedApplication &application, const Instance &except)
{
    return std::none_of(application.instances.cbegin(), application.instances.cend(),
                        [&](const Instance &other) {
                            return other.instanceId != except.instanceId
                                   && other.health == InstanceHealth::WithoutHealthCheckConfig;
                        });
}

void podEvent(Fleet &fleet, const EmulatedApplication &application, const Instance &instance,
              const QDateTime &at, const QString &type, const QString &reason, const QString &message)
{
    fleet.recordEvent({application.application.appId,
                       application.application.namespaceId,
                       type,
                       u"Pod"_s,
                       instance.instanceId,
                       reason,
                       message,
                       {},
                       at,
                       at,
                       1});
}

QString livenessMessage(const Instance &instance)
{
    return u"Liveness probe failed: Get \"http://%1:8080/actuator/health/liveness\": context deadline exceeded"_s
        .arg(instance.ip);
}

} // namespace

int InstanceLifecycle::backOffSeconds(qint64 restarts)
{
    const qint64 doublings = std::clamp<qint64>(restarts, 0, 16);
    return int(qMin<qint64>(qint64(initialBackOffSeconds) << doublings, maximumBackOffSeconds));
}

void InstanceLifecycle::advance(Fleet &fleet, const QDateTime &from, const QDateTime &to)
{
    for (EmulatedApplication &application : fleet.applications) {
        bool changed = false;
        for (Instance &instance : application.instances) {
            QDateTime due = application.lifecycleDue.value(instance.instanceId);
            if (!due.isValid())
                due = firstDue(application, instance, from);
            int transitions = 0;
            while (due.isValid() && due <= to && transitions++ < maximumTransitionsPerAdvance) {
                due = transition(fleet, application, instance, due);
                changed = true;
            }
            if (due.isValid())
                application.lifecycleDue.insert(instance.instanceId, due);
            else
                application.lifecycleDue.remove(instance.instanceId);
        }
        if (changed)
            application.updateCounts();
    }
}

QDateTime InstanceLifecycle::firstDue(const EmulatedApplication &application, const Instance &instance,
                                      const QDateTime &from)
{
    const QDateTime readyAt = instance.readyAt.isValid() ? instance.readyAt : instance.createdAt.addSecs(30);
    switch (application.fateOf(instance.instanceId)) {
    case InstanceFate::Healthy:
    case InstanceFate::ReadinessFailure:
        if (instance.status == InstanceStatus::Pending || instance.status == InstanceStatus::PodInitializing)
            return qMax(readyAt, from);
        return instance.health == InstanceHealth::ReadinessUnhealthy ? from.addSecs(repeatedEventSeconds)
                                                                     : QDateTime();
    case InstanceFate::CrashLoop:
        if (instance.status == InstanceStatus::Running)
            return from.addSecs(crashLoopRunSeconds);
        return from.addSecs(backOffSeconds(instance.restarts));
    case InstanceFate::ImagePullFailure:
        if (instance.status == InstanceStatus::ImagePullBackOff)
            return from.addSecs(repeatedEventSeconds);
        return qMax(instance.createdAt.addSecs(5), from);
    case InstanceFate::Unschedulable:
        return qMax(instance.createdAt, from);
    }
    return {};
}

QDateTime InstanceLifecycle::transition(Fleet &fleet, EmulatedApplication &application, Instance &instance,
                                        const QDateTime &at)
{
    const bool probed = hasProbes(application, instance);
    const InstanceHealth healthy =
        probed ? InstanceHealth::Healthy : InstanceHealth::WithoutHealthCheckConfig;
    switch (application.fateOf(instance.instanceId)) {
    case InstanceFate::Healthy:
    case InstanceFate::ReadinessFailure: {
        const bool failsReadiness = application.fateOf(instance.instanceId) == InstanceFate::ReadinessFailure;
        if (instance.status != InstanceStatus::Running) {
            podEvent(fleet, application, instance, at, u"Normal"_s, u"Pulled"_s,
                     u"Container image \"%1\" already present on machine"_s.arg(instance.imageUrl));
            podEvent(fleet, application, instance, at, u"Normal"_s, u"Created"_s,
                     u"Created container main"_s);
            podEvent(fleet, application, instance, at, u"Normal"_s, u"Started"_s,
                     u"Started container main"_s);
            if (failsReadiness) {
                setStatus(instance, InstanceStatus::Running, InstanceHealth::ReadinessUnhealthy,
                          u"Readiness probe failed: HTTP probe failed with statuscode: 503"_s);
                instance.readyAt = QDateTime();
            } else {
                setStatus(instance, InstanceStatus::Running, healthy);
                instance.readyAt = at;
                return {};
            }
        }
        podEvent(fleet, application, instance, at, u"Warning"_s, u"Unhealthy"_s, instance.unhealthyMessage);
        return at.addSecs(repeatedEventSeconds);
    }
    case InstanceFate::CrashLoop:
        if (instance.status == InstanceStatus::Running) {
            // The liveness probe gives up: the kubelet kills the container and backs off.
            podEvent(fleet, application, instance, at, u"Warning"_s, u"Unhealthy"_s,
                     livenessMessage(instance));
            podEvent(fleet, application, instance, at, u"Warning"_s, u"BackOff"_s,
                     u"Back-off restarting failed container main in pod %1"_s.arg(instance.instanceId));
            setStatus(instance, InstanceStatus::CrashLoopBackOff, InstanceHealth::LivenessUnhealthy,
                      livenessMessage(instance));
            instance.readyAt = QDateTime();
            return at.addSecs(backOffSeconds(instance.restarts));
        }
        ++instance.restarts;
        podEvent(fleet, application, instance, at, u"Normal"_s, u"Started"_s, u"Started container main"_s);
        setStatus(instance, InstanceStatus::Running, InstanceHealth::NotCheckedYet);
        return at.addSecs(crashLoopRunSeconds);
    case InstanceFate::ImagePullFailure:
        if (instance.status != InstanceStatus::ErrImagePull
            && instance.status != InstanceStatus::ImagePullBackOff) {
            const QString message =
                u"Failed to pull image \"%1\": rpc error: code = NotFound desc = failed to pull "
                u"and unpack image \"%1\": not found"_s.arg(instance.imageUrl);
            podEvent(fleet, application, instance, at, u"Warning"_s, u"Failed"_s, message);
            setStatus(instance, InstanceStatus::ErrImagePull, InstanceHealth::NotCheckedYet, message);
            return at.addSecs(imagePullRetrySeconds);
        }
        setStatus(instance, InstanceStatus::ImagePullBackOff, InstanceHealth::NotCheckedYet,
                  u"Back-off pulling image \"%1\""_s.arg(instance.imageUrl));
        podEvent(fleet, application, instance, at, u"Normal"_s, u"BackOff"_s, instance.unhealthyMessage);
        return at.addSecs(repeatedEventSeconds);
    case InstanceFate::Unschedulable:
        setStatus(instance, InstanceStatus::Pending, InstanceHealth::NotCheckedYet,
                  u"0/12 nodes are available: 12 Insufficient cpu."_s);
        podEvent(fleet, application, instance, at, u"Warning"_s, u"FailedScheduling"_s,
                 instance.unhealthyMessage);
        return at.addSecs(repeatedEventSeconds);
    }
    return {};
}
