#pragma once

#include "core/appevent.h"
#include "core/availabilitymetric.h"
#include "core/changeordermetric.h"
#include "core/page.h"
#include "core/scaleappmetric.h"
#include "core/warningeventmetric.h"
#include "platform/apicall.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/** Which events ListAppEvents should return. */
struct AppEventQuery
{
    QString namespaceId; ///< required: a namespace ID, or the region ID for all its namespaces
    QString appId;       ///< empty: every application
    std::optional<AppEvent::Type> eventType;
    QString objectKind; ///< Deployment, Pod, Service, HorizontalPodAutoscaler or CloneSet
    QString objectName; ///< a prefix
    QString reason;     ///< a prefix
    int currentPage = 1;
    int pageSize = 50;
};

/** Which applications a region overview ranks (GetAvailabilityMetric and its siblings). */
struct RegionMetricQuery
{
    int limit = 10;      ///< 0 to 100 entries
    QString regionId;    ///< required by GetWarningEventMetric, optional elsewhere
    QString appSource;   ///< micro_service, web or job; empty: all
    QString cpuStrategy; ///< request or always; empty: all
};

/** What GetChangeOrderMetric should sum up, beyond the ranking's scope. */
struct ChangeOrderMetricQuery
{
    RegionMetricQuery ranking;
    QDateTime createdSince; ///< required: change orders created since then count
    QString orderBy = QStringLiteral("errorPercent");
    QString appId;  ///< empty: every application
    QString coType; ///< a change-order type code (CoDeploy...); empty: all
};

/**
 * Events and the region overviews (reference 9.6): what happened to applications, and a region's
 * top offenders in one call each (DESIGN 4: the cheapest way to find trouble). Read with
 * EventJsonReader.
 */
namespace EventApi {

ApiCall<Page<AppEvent>> listAppEvents(const AppEventQuery &query);
/// Applications with abnormal instances, most first.
ApiCall<QList<AvailabilityMetric>> getAvailabilityMetric(const RegionMetricQuery &query);
/// Applications that auto-scale, closest to their ceiling first.
ApiCall<QList<ScaleAppMetric>> getScaleAppMetric(const RegionMetricQuery &query);
/// Applications by Warning events in [start, end]; the query's regionId is required.
ApiCall<QList<WarningEventMetric>> getWarningEventMetric(const RegionMetricQuery &query,
                                                         const QDateTime &start, const QDateTime &end);
/// Applications by how their change orders went since `createdSince`.
ApiCall<QList<ChangeOrderMetric>> getChangeOrderMetric(const ChangeOrderMetricQuery &query);

} // namespace EventApi
