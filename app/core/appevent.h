#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

/**
 * A Kubernetes-style event of an application or one of its objects (pods, services, autoscalers),
 * as ListAppEvents reports it (reference 9.6): OOM kills, failed probes, scheduling, scaling.
 */
struct AppEvent
{
    enum class Type
    {
        Normal,
        Warning,
        Unrecognised, ///< see typeText
    };

    Type type = Type::Unrecognised;
    QString typeText;
    QString reason; ///< Created, Started, Unhealthy, BackOff, ScalingReplicaSet...
    QString message;
    QString objectKind; ///< Deployment, Pod, Service, HorizontalPodAutoscaler or CloneSet
    QString objectName;
    QString causeAnalysis;
    QDateTime firstSeen;
    QDateTime lastSeen;
    int count = 0; ///< how often it happened, when the platform says (`Count`); 0 when it does not

    static Type typeFromWire(QStringView text);
    /// The wire spelling for a filter: `Normal` or `Warning`; empty for Unrecognised.
    static QString toWire(Type type);

    friend bool operator==(const AppEvent &, const AppEvent &) = default;
};
