#pragma once

#include "core/appevent.h"
#include "core/changeorder.h"
#include "core/chartmarker.h"
#include "core/severity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

/**
 * One line of an application's "What changed" timeline: a change order, a scaling step or a
 * Warning event, so that the on-call engineer sees what happened just before a spike. Repeated
 * events (a crash loop's BackOff every few minutes) are one entry with a count and the first and
 * last time they were seen.
 */
struct TimelineEntry
{
    Q_DECLARE_TR_FUNCTIONS(TimelineEntry)

public:
    enum class Kind
    {
        ChangeOrder, ///< deploy, rollback, restart, scale-out... (scaling orders too: they have an ID)
        Scaling,     ///< an autoscaler's or Kubernetes' scaling event
        Warning,     ///< a Warning event: BackOff, Unhealthy, FailedScheduling...
    };

    Kind kind = Kind::Warning;
    QDateTime time;      ///< when it happened: a change order's creation, an event's last sighting
    QDateTime firstTime; ///< an event's first sighting (equal to time when seen once)
    QDateTime endTime;   ///< a change order's end; invalid while it runs
    QString title;       ///< "Deploy · Failed", "Scaled replica set order-service to 4", "BackOff: …"
    QString detail;      ///< the rest: description and error, or the object and how often
    Severity severity = Severity::Normal;
    QString changeOrderId;  ///< ChangeOrder only
    QString changeTypeCode; ///< ChangeOrder only: CoDeploy, CoScaleOut...
    QString objectName;     ///< events: "Pod/order-service-7d9f-x2k4q"
    QString reason;         ///< events: BackOff, Unhealthy, ScalingReplicaSet...
    int count = 1;          ///< how often an event happened (summed over the collapsed ones)

    /// The timeline of an application, newest first: every change order at its creation, the
    /// scaling events, and the Warning events collapsed per reason and object. Normal events that
    /// are not scaling are left out: they are the routine of every deploy.
    static QList<TimelineEntry> merge(const QList<ChangeOrder> &changeOrders, const QList<AppEvent> &events);

    /// The flag on a chart's time axis: deployments and rollbacks, scaling, warnings, the rest.
    ChartMarker toMarker() const;
    /// "Deploy · Failed", "BackOff ×12": the short label for a chart's flag and tooltip.
    QString shortLabel() const;
    /// A key that names the entry across refreshes (change order ID, or kind, reason and object).
    QString key() const;

    /// What a change order means on a time axis (deployments and rollbacks, scaling, other).
    static ChartMarker::Kind markerKindOf(const QString &coTypeCode);
    /// The events that say the instance count changed: Kubernetes' and SAE's autoscaler reasons.
    static bool isScalingEvent(const AppEvent &event);

    friend bool operator==(const TimelineEntry &, const TimelineEntry &) = default;
};
