#pragma once

#include "core/apierror.h"
#include "core/application.h"
#include "core/availabilitymetric.h"
#include "core/changeordermetric.h"
#include "core/scaleappmetric.h"
#include "core/warningeventmetric.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class FleetTableModel;
class QTimer;
class RequestScheduler;

/**
 * Keeps the fleet page (issue 8) fresh from the cheapest reads there are: the region's
 * applications (ListApplications, every namespace, 100 a page) and its four rankings
 * (GetAvailabilityMetric, GetWarningEventMetric over the last hour, GetScaleAppMetric,
 * GetChangeOrderMetric over the last day), one call each whatever the fleet's size. A cycle of a
 * 200-application region costs 6 calls; cycles follow each other so that the fleet never uses
 * more than its share of the call budget, and every row says when it was read.
 *
 * A ranking lists at most 100 applications, the worst first: an application it does not list has
 * none of what it ranks. A ranking that could not be read leaves that part unknown (not "none")
 * and the cycle says so.
 */
class FleetController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetController)

public:
    /// The rankings' largest page (reference 9.6: Limit 0-100).
    static constexpr int rankingLimit = 100;

    explicit FleetController(RequestScheduler *scheduler, QObject *parent = nullptr);

    FleetTableModel *model() const { return m_model; }

    void setRegion(const QString &regionId) { m_regionId = regionId; }
    /// The share of the call budget the fleet may use, in calls a minute (default 12).
    void setCallsPerMinute(int calls);
    /// The shortest pause between cycles (default 30 s; 0: cycles only on refreshNow()).
    void setMinimumInterval(int milliseconds);

    void start();
    void refreshNow();

    /// Calls the last cycle sent.
    int lastCycleCalls() const { return m_lastCycleCalls; }
    QDateTime lastCycleEnd() const { return m_lastCycleEnd; }

signals:
    void cycleFinished();
    /// A read of the cycle failed; what it would have told stays unknown until the next cycle.
    void readFailed(const QString &what, const ApiError &error);

private:
    void listApplications(int generation, int page);
    void readRankings(int generation);
    void settle(int generation);
    void publish();
    void scheduleNext();

    RequestScheduler *m_scheduler;
    FleetTableModel *m_model;
    QTimer *m_timer;
    QString m_regionId;
    int m_callsPerMinute = 12;
    int m_minimumInterval = 30000;
    bool m_cycling = false;
    int m_generation = 0;
    int m_pending = 0;
    int m_calls = 0;
    int m_lastCycleCalls = 0;
    QDateTime m_cycleStart;
    QDateTime m_lastCycleEnd;
    QList<Application> m_applications;
    std::optional<QList<AvailabilityMetric>> m_availability;
    std::optional<QList<WarningEventMetric>> m_warnings;
    std::optional<QList<ScaleAppMetric>> m_scaling;
    std::optional<QList<ChangeOrderMetric>> m_changes;
};
