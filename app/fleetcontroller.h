#pragma once

#include "core/apierror.h"
#include "core/application.h"
#include "core/applicationgroup.h"
#include "core/availabilitymetric.h"
#include "core/changeorder.h"
#include "core/changeordermetric.h"
#include "core/restarthistory.h"
#include "core/scaleappmetric.h"
#include "core/warningeventmetric.h"
#include "platform/apicall.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QSet>
#include <QUrl>

#include <functional>

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
 *
 * Details only where they matter: after the rankings, a cycle reads the instances of at most
 * setDetailReadsPerCycle() applications that need someone (on screen first, then the longest
 * unread), for their restarts of the last hour (RestartHistory) and their unhealthy instances now.
 * The newest change order of each application comes from the sign-off inbox's rounds
 * (setNewestChange), at no cost here. Each cycle adds a point to every row's health trend.
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

    /// Where an application list and the rankings are read: a region, and its endpoint when it is
    /// not the client's (the profile's other regions, within the same call budget).
    struct Region
    {
        Region() = default;
        Region(QString region, QUrl at = {}, RequestScheduler *through = nullptr, QString ofProfile = {})
            : regionId(std::move(region))
            , endpoint(std::move(at))
            , scheduler(through)
            , profile(std::move(ofProfile))
        {}

        QString regionId;
        QUrl endpoint; ///< empty: the client's
        /// Another profile's AccessKey and budget (the fleet of all profiles); null: this one's.
        RequestScheduler *scheduler = nullptr;
        QString profile; ///< that other profile's name; empty: this profile
    };

    /// The region of the client's endpoint (the usual case).
    void setRegion(const QString &regionId) { setRegions({{regionId, {}}}); }
    /// Every region of the profile: each costs its own listing and rankings per cycle.
    void setRegions(const QList<Region> &regions);
    QList<Region> regions() const { return m_regions; }
    /// What "now" is (tests follow the emulator's clock); the system clock by default.
    void setClock(std::function<QDateTime()> clock);
    /// At most this many applications' instances are read per cycle (default 3; 0: none).
    void setDetailReadsPerCycle(int reads);
    /// The applications on screen: their details are read first.
    void setVisibleApplications(const QList<QString> &appIds);
    /// The application's newest change order as read elsewhere (sign-off inbox, a followed order).
    void setNewestChange(const ChangeOrder &order);

    /// The share of the call budget the fleet may use, in calls a minute (default 15).
    void setCallsPerMinute(int calls);
    /// The shortest pause between cycles (default 30 s; 0: cycles only on refreshNow()).
    void setMinimumInterval(int milliseconds);

    void start();
    void refreshNow();

    /// Calls the last cycle sent.
    int lastCycleCalls() const { return m_lastCycleCalls; }
    QDateTime lastCycleEnd() const { return m_lastCycleEnd; }
    /// When the next cycle starts, in ms from now; -1: none planned (a cycle runs, or no timer).
    int nextCycleIn() const;

signals:
    void cycleFinished();
    /// A read of the cycle failed; what it would have told stays unknown until the next cycle.
    void readFailed(const QString &what, const ApiError &error);

private:
    void listApplications(int generation, int region, int page);
    void readRankings(int generation, int region);
    /// The call, sent to the region's endpoint.
    template <typename T>
    ApiCall<T> inRegion(ApiCall<T> call, int region) const;
    RequestScheduler *schedulerOf(int region) const;
    /// "the Warning events", with the region when there are several.
    QString describe(const QString &what, int region) const;
    void settle(int generation);
    /// The cheap part of the cycle is in: keeps it, publishes it, then reads the details.
    void acceptCycle();
    void readDetails(int generation);
    void readInstances(int generation, const QString &appId, const QList<ApplicationGroup> &groups);
    void detailSettled(int generation);
    void endCycle();
    /// Rebuilds the rows from what is known; `addTrendPoint` at the end of a cycle's cheap part.
    void publish(bool addTrendPoint);
    void scheduleNext();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    /// What one cycle's cheap reads returned; a ranking not read is unset.
    struct Readings
    {
        QList<Application> applications;
        bool listed = false; ///< every page of the listing arrived
        std::optional<QList<AvailabilityMetric>> availability;
        std::optional<QList<WarningEventMetric>> warnings;
        std::optional<QList<ScaleAppMetric>> scaling;
        std::optional<QList<ChangeOrderMetric>> changes;
        QDateTime at;         ///< when the listing arrived
        QDateTime rankingsAt; ///< the oldest ranking used (a failed one keeps the last read)
    };
    /// What a details read found of one application's instances.
    struct InstanceDetail
    {
        qint64 abnormal = 0;
        QDateTime at;
    };

    RequestScheduler *m_scheduler;
    FleetTableModel *m_model;
    QTimer *m_timer;
    QTimer *m_ageTimer;

    int m_callsPerMinute = 15;
    int m_minimumInterval = 30000;
    bool m_cycling = false;
    bool m_started = false;
    int m_generation = 0;
    int m_pending = 0;
    int m_calls = 0;
    int m_lastCycleCalls = 0;
    int m_detailReadsPerCycle = 3;
    QDateTime m_cycleStart;
    QDateTime m_lastCycleEnd;
    std::function<QDateTime()> m_clock;
    QList<Region> m_regions;
    QList<Readings> m_reading;      ///< the cycle under way, by region
    QList<Readings> m_published;    ///< by region: the last cycle whose listing arrived
    QHash<QString, int> m_regionOf; ///< by appId: the index of its region
    QSet<QString> m_visible;
    QHash<QString, ChangeOrder> m_newestChanges;
    QHash<QString, QDateTime> m_newestChangesAt;      ///< when each was read
    QHash<QString, QList<ApplicationGroup>> m_groups; ///< groups rarely change: read once
    QHash<QString, InstanceDetail> m_details;
    QHash<QString, QList<QPointF>> m_trends;
    RestartHistory m_restarts;
};
