#pragma once

#include <QDateTime>
#include <QString>

/**
 * A Kubernetes-style event of an application or one of its objects, as ListAppEvents reports it
 * (reference ListAppEvents: Data.AppEventEntity[]). Repeats of the same event on the same object
 * bump `count` and `lastSeen` instead of adding a row, as Kubernetes does.
 */
struct FleetEvent
{
    QString appId;
    QString namespaceId;
    QString eventType;  ///< Normal or Warning
    QString objectKind; ///< Deployment, Pod, Service, HorizontalPodAutoscaler or CloneSet
    QString objectName;
    QString reason; ///< e.g. Created, Started, Unhealthy, BackOff, ScalingReplicaSet
    QString message;
    QString causeAnalysis;
    QDateTime firstSeen;
    QDateTime lastSeen;
    int count = 1;
};
