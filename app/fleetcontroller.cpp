#include "fleetcontroller.h"

#include "core/fleettablemodel.h"
#include "platform/eventapi.h"
#include "platform/requestscheduler.h"
#include "platform/saeapi.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int applicationPageSize = 100;
constexpr int maximumApplicationPages = 100; ///< 10,000 applications, the largest fleet
/// How long a change order read as running is believed to run on without a newer read.
constexpr qint64 staleRunningChangeSeconds = 20 * 60;

template <typename Metric>
QHash<QString, Metric> byApplication(const std::optional<QList<Metric>> &ranking)
{
    QHash<QString, Metric> found;
    if (ranking) {
        for (const Metric &metric : *ranking)
            found.insert(metric.appId, metric);
    }
    return found;
}

} // namespace

FleetController::FleetController(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_model(new FleetTableModel(this))
    , m_timer(new QTimer(this))
    , m_ageTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &FleetController::refreshNow);
    // "Checked 40s ago" grows between refreshes, so that a stuck refresh shows.
    m_ageTimer->setInterval(5000);
    connect(m_ageTimer, &QTimer::timeout, this, [this] {
        if (m_model->rowCount() > 0)
            m_model->setReferenceTime(now());
    });
}

void FleetController::setCallsPerMinute(int calls)
{
    m_callsPerMinute = std::max(1, calls);
}

void FleetController::setMinimumInterval(int milliseconds)
{
    m_minimumInterval = std::max(0, milliseconds);
}

void FleetController::setRegions(const QList<Region> &regions)
{
    m_regions = regions;
    m_published = QList<Readings>(m_regions.size());
    m_regionOf.clear();
    ++m_generation; // what is under way was for other regions: its answers are dropped
    m_cycling = false;
    if (m_started)
        refreshNow(); // at once: the new regions, and a stopped cycle's timer is set again
}

void FleetController::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void FleetController::setDetailReadsPerCycle(int reads)
{
    m_detailReadsPerCycle = std::max(0, reads);
}

void FleetController::setVisibleApplications(const QList<QString> &appIds)
{
    m_visible = QSet<QString>(appIds.cbegin(), appIds.cend());
}

void FleetController::setNewestChange(const ChangeOrder &order)
{
    if (order.appId.isEmpty())
        return;
    const auto known = m_newestChanges.constFind(order.appId);
    if (known != m_newestChanges.cend() && known->changeOrderId != order.changeOrderId
        && known->createdAt > order.createdAt)
        return; // an older order than the one known
    if (known != m_newestChanges.cend() && *known == order)
        return;
    m_newestChanges.insert(order.appId, order);
    m_newestChangesAt.insert(order.appId, now());
    if (m_regionOf.contains(order.appId))
        publish(false);
}

void FleetController::start()
{
    m_started = true;
    m_ageTimer->start();
    refreshNow();
}

void FleetController::refreshNow()
{
    if (m_cycling)
        return;
    m_timer->stop();
    m_cycling = true;
    ++m_generation;
    m_calls = 0;
    m_cycleStart = QDateTime::currentDateTimeUtc();
    if (m_regions.isEmpty())
        m_regions.append(Region()); // the client's region, unnamed
    m_reading = QList<Readings>(m_regions.size());
    if (m_published.size() != m_regions.size())
        m_published = QList<Readings>(m_regions.size());
    // Each region's listing; the rankings join once it is known how many calls they take.
    m_pending = int(m_regions.size());
    for (int region = 0; region < m_regions.size(); ++region) {
        readRankings(m_generation, region);
        listApplications(m_generation, region, 1);
    }
}

template <typename T>
ApiCall<T> FleetController::inRegion(ApiCall<T> call, int region) const
{
    call.request.endpoint = m_regions.at(region).endpoint;
    return call;
}

RequestScheduler *FleetController::schedulerOf(int region) const
{
    RequestScheduler *own = m_regions.value(region).scheduler;
    return own ? own : m_scheduler;
}

QString FleetController::describe(const QString &what, int region) const
{
    if (m_regions.size() < 2)
        return what;
    const Region &where = m_regions.at(region);
    if (!where.profile.isEmpty())
        //: what could not be read, where: "the Warning events in cn-hangzhou of profile staging-account"
        return tr("%1 in %2 of profile %3").arg(what, where.regionId, where.profile);
    //: what could not be read, in which region: "the Warning events in cn-hangzhou"
    return tr("%1 in %2").arg(what, where.regionId);
}
void FleetController::listApplications(int generation, int region, int page)
{
    ApplicationQuery query; // every namespace of the region
    query.currentPage = page;
    query.pageSize = applicationPageSize;
    ++m_calls;
    schedulerOf(region)->schedule(
        inRegion(SaeApi::listApplications(query), region), RequestScheduler::Priority::Background, this,
        [this, generation, region, page](const ApiResult<Page<Application>> &result) {
            if (generation != m_generation)
                return;
            if (!result.isOk()) {
                emit readFailed(describe(tr("the applications"), region), result.error());
                settle(generation);
                return;
            }
            for (Application app : result.value().items) {
                if (app.regionId.isEmpty())
                    app.regionId = m_regions.at(region).regionId;
                m_reading[region].applications.append(app);
            }
            if (result.value().items.size() >= applicationPageSize && page < maximumApplicationPages) {
                listApplications(generation, region, page + 1);
                return;
            }
            m_reading[region].listed = true;
            settle(generation);
        });
}

void FleetController::readRankings(int generation, int region)
{
    RegionMetricQuery ranking;
    ranking.limit = rankingLimit;
    ranking.regionId = m_regions.at(region).regionId;
    const QDateTime now = this->now();
    m_pending += 4;
    m_calls += 4;
    const auto failed = [this, generation, region](const QString &what, const ApiError &error) {
        if (generation == m_generation)
            emit readFailed(describe(what, region), error);
    };

    schedulerOf(region)->schedule(
        inRegion(EventApi::getAvailabilityMetric(ranking), region), RequestScheduler::Priority::Background,
        this, [this, generation, region, failed](const ApiResult<QList<AvailabilityMetric>> &result) {
            if (generation != m_generation)
                return;
            if (result.isOk())
                m_reading[region].availability = result.value();
            else
                failed(tr("the abnormal instances"), result.error());
            settle(generation);
        });
    schedulerOf(region)->schedule(
        inRegion(EventApi::getWarningEventMetric(ranking, now.addSecs(-3600), now), region),
        RequestScheduler::Priority::Background, this,
        [this, generation, region, failed](const ApiResult<QList<WarningEventMetric>> &result) {
            if (generation != m_generation)
                return;
            if (result.isOk())
                m_reading[region].warnings = result.value();
            else
                failed(tr("the Warning events"), result.error());
            settle(generation);
        });
    schedulerOf(region)->schedule(
        inRegion(EventApi::getScaleAppMetric(ranking), region), RequestScheduler::Priority::Background, this,
        [this, generation, region, failed](const ApiResult<QList<ScaleAppMetric>> &result) {
            if (generation != m_generation)
                return;
            if (result.isOk())
                m_reading[region].scaling = result.value();
            else
                failed(tr("the scaling"), result.error());
            settle(generation);
        });
    ChangeOrderMetricQuery changes;
    changes.ranking = ranking;
    changes.createdSince = now.addDays(-1);
    schedulerOf(region)->schedule(
        inRegion(EventApi::getChangeOrderMetric(changes), region), RequestScheduler::Priority::Background,
        this, [this, generation, region, failed](const ApiResult<QList<ChangeOrderMetric>> &result) {
            if (generation != m_generation)
                return;
            if (result.isOk())
                m_reading[region].changes = result.value();
            else
                failed(tr("the change orders"), result.error());
            settle(generation);
        });
}

void FleetController::settle(int generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    acceptCycle();
}

void FleetController::acceptCycle()
{
    const QDateTime at = now();
    bool listed = false;
    for (int region = 0; region < m_regions.size(); ++region) {
        Readings &fresh = m_reading[region];
        const Readings &last = m_published.at(region);
        // A ranking that could not be read keeps the last one read (and the row says how old it
        // is): dropping it would turn "failed change" into "nothing wrong", a false recovery.
        fresh.rankingsAt = at;
        const auto keepLast = [&fresh, &last](auto &ranking, const auto &lastRanking) {
            if (!ranking && lastRanking) {
                ranking = lastRanking;
                fresh.rankingsAt = std::min(fresh.rankingsAt, last.rankingsAt);
            }
        };
        keepLast(fresh.availability, last.availability);
        keepLast(fresh.warnings, last.warnings);
        keepLast(fresh.scaling, last.scaling);
        keepLast(fresh.changes, last.changes);
        // A listing cut short (a page failed) is not the region: its last whole listing stays.
        if (!fresh.listed)
            continue;
        fresh.at = at;
        m_published[region] = fresh;
        listed = true;
    }
    if (listed) {
        QSet<QString> present;
        m_regionOf.clear();
        for (int region = 0; region < m_published.size(); ++region) {
            for (const Application &app : std::as_const(m_published.at(region).applications)) {
                present.insert(app.appId);
                m_regionOf.insert(app.appId, region);
            }
        }
        // Applications gone from the listing are forgotten.
        m_restarts.retainOnly(QList<QString>(present.cbegin(), present.cend()));
        m_details.removeIf([&present](const auto &it) { return !present.contains(it.key()); });
        m_trends.removeIf([&present](const auto &it) { return !present.contains(it.key()); });
        m_groups.removeIf([&present](const auto &it) { return !present.contains(it.key()); });
        m_newestChanges.removeIf([&present](const auto &it) { return !present.contains(it.key()); });
        m_newestChangesAt.removeIf([&present](const auto &it) { return !present.contains(it.key()); });
        publish(true);
    }
    readDetails(m_generation);
}

void FleetController::readDetails(int generation)
{
    // Those that need someone, on screen first, then the longest unread, then the worst.
    QList<const FleetRow *> candidates;
    for (const FleetRow &row : m_model->rows()) {
        if (FleetTableModel::needsAttention(row) && row.application.targetInstances > 0)
            candidates.append(&row);
    }
    std::sort(candidates.begin(), candidates.end(), [this](const FleetRow *a, const FleetRow *b) {
        const bool aVisible = m_visible.contains(a->application.appId);
        const bool bVisible = m_visible.contains(b->application.appId);
        if (aVisible != bVisible)
            return aVisible;
        const QDateTime aRead = m_restarts.lastReadAt(a->application.appId);
        const QDateTime bRead = m_restarts.lastReadAt(b->application.appId);
        if (aRead != bRead)
            return !aRead.isValid() || (bRead.isValid() && aRead < bRead);
        return a->health.score < b->health.score;
    });
    QList<QString> chosen;
    for (const FleetRow *row : std::as_const(candidates)) {
        if (chosen.size() >= m_detailReadsPerCycle)
            break;
        chosen.append(row->application.appId);
    }
    if (chosen.isEmpty()) {
        endCycle();
        return;
    }
    m_pending = int(chosen.size());
    for (const QString &appId : std::as_const(chosen)) {
        if (const auto groups = m_groups.constFind(appId); groups != m_groups.cend()) {
            readInstances(generation, appId, *groups);
            continue;
        }
        ++m_calls;
        schedulerOf(m_regionOf.value(appId))
            ->schedule(inRegion(SaeApi::describeApplicationGroups(appId), m_regionOf.value(appId)),
                       RequestScheduler::Priority::Background, this,
                       [this, generation, appId](const ApiResult<QList<ApplicationGroup>> &result) {
                           if (generation != m_generation)
                               return;
                           if (!result.isOk()) {
                               emit readFailed(describe(tr("the instances"), m_regionOf.value(appId)),
                                               result.error());
                               detailSettled(generation);
                               return;
                           }
                           m_groups.insert(appId, result.value());
                           readInstances(generation, appId, result.value());
                       });
    }
}

void FleetController::readInstances(int generation, const QString &appId,
                                    const QList<ApplicationGroup> &groups)
{
    if (groups.isEmpty()) {
        detailSettled(generation);
        return;
    }
    // Every group's instances, then one reading of the application.
    auto instances = std::make_shared<QList<Instance>>();
    auto remaining = std::make_shared<int>(int(groups.size()));
    auto failed = std::make_shared<bool>(false);
    for (const ApplicationGroup &group : groups) {
        InstanceQuery query;
        query.appId = appId;
        query.groupId = group.groupId;
        ++m_calls;
        schedulerOf(m_regionOf.value(appId))
            ->schedule(inRegion(SaeApi::describeApplicationInstances(query), m_regionOf.value(appId)),
                       RequestScheduler::Priority::Background, this,
                       [this, generation, appId, instances, remaining,
                        failed](const ApiResult<Page<Instance>> &result) {
                           if (generation != m_generation)
                               return;
                           if (result.isOk()) {
                               instances->append(result.value().items);
                           } else if (!*failed) {
                               *failed = true;
                               m_groups.remove(appId); // a group may be gone: read them again next time
                               emit readFailed(describe(tr("the instances"), m_regionOf.value(appId)),
                                               result.error());
                           }
                           if (--*remaining > 0)
                               return;
                           if (!*failed) {
                               const QDateTime at = now();
                               m_restarts.record(appId, *instances, at);
                               InstanceDetail detail;
                               detail.abnormal = std::count_if(
                                   instances->cbegin(), instances->cend(),
                                   [](const Instance &instance) { return instance.needsAttention(); });
                               detail.at = at;
                               m_details.insert(appId, detail);
                           }
                           detailSettled(generation);
                       });
    }
}

void FleetController::detailSettled(int generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    publish(false);
    endCycle();
}

void FleetController::endCycle()
{
    m_cycling = false;
    m_lastCycleCalls = m_calls;
    m_lastCycleEnd = QDateTime::currentDateTimeUtc();
    emit cycleFinished();
    scheduleNext();
}

void FleetController::publish(bool addTrendPoint)
{
    const QDateTime at = now();
    const QDateTime trendStart = at.addSecs(-3600);
    QList<FleetRow> rows;
    for (int region = 0; region < m_published.size(); ++region) {
        const Readings &readings = m_published.at(region);
        const QHash<QString, AvailabilityMetric> availability = byApplication(readings.availability);
        const QHash<QString, WarningEventMetric> warnings = byApplication(readings.warnings);
        const QHash<QString, ScaleAppMetric> scaling = byApplication(readings.scaling);
        const QHash<QString, ChangeOrderMetric> changes = byApplication(readings.changes);
        for (const Application &app : readings.applications) {
            FleetHealth::Input input;
            input.targetInstances = app.targetInstances;
            input.runningInstances = app.runningInstances;
            // Not in a ranking that was read: none of what it ranks (it lists the worst first).
            if (readings.availability)
                input.abnormalInstances =
                    availability.contains(app.appId) ? availability.value(app.appId).errorInstances : 0;
            if (readings.warnings)
                input.warningEvents =
                    warnings.contains(app.appId) ? warnings.value(app.appId).warningCount : 0;
            if (readings.scaling && scaling.contains(app.appId))
                input.scalingMaximum = scaling.value(app.appId).maxReplicas;
            if (readings.changes)
                input.failedChanges = changes.contains(app.appId) ? changes.value(app.appId).failed : 0;
            // As old as the oldest of its reads.
            QDateTime checkedAt =
                readings.rankingsAt.isValid() ? std::min(readings.at, readings.rankingsAt) : readings.at;
            // A read of the instances newer than the ranking says how many are unhealthy now.
            if (const auto detail = m_details.constFind(app.appId);
                detail != m_details.cend() && detail->at >= readings.at) {
                input.abnormalInstances = detail->abnormal;
                checkedAt = detail->at;
            }
            input.restartsLastHour = m_restarts.restartsWithin(app.appId, RestartHistory::defaultWindow, at);
            FleetRow row;
            row.application = app;
            row.profile = m_regions.value(region).profile;
            if (const auto change = m_newestChanges.constFind(app.appId); change != m_newestChanges.cend()) {
                // A change read as running long ago may have ended since: not known any more, so that it
                // excuses no missing instances.
                const bool stale =
                    change->isRunning()
                    && m_newestChangesAt.value(app.appId).secsTo(at) > staleRunningChangeSeconds;
                if (!stale) {
                    input.lastChange = *change;
                    row.lastChange = *change;
                }
            }
            row.health = FleetHealth::of(input, at);
            row.checkedAt = checkedAt;
            QList<QPointF> &trend = m_trends[app.appId];
            if (addTrendPoint)
                trend.append(QPointF(double(at.toMSecsSinceEpoch()), row.health.score));
            else if (!trend.isEmpty())
                trend.last().setY(row.health.score); // the same moment, better known
            while (!trend.isEmpty() && trend.constFirst().x() < double(trendStart.toMSecsSinceEpoch()))
                trend.removeFirst();
            row.trend = trend;
            rows.append(row);
        }
    }
    if (std::none_of(m_published.cbegin(), m_published.cend(), [](const Readings &r) { return r.listed; }))
        return; // nothing listed yet: no rows is not "no applications"
    m_model->setReferenceTime(at);
    m_model->setFleet(rows);
}

int FleetController::nextCycleIn() const
{
    return m_timer->isActive() ? m_timer->remainingTime() : -1;
}

void FleetController::scheduleNext()
{
    if (m_minimumInterval <= 0)
        return;
    // Never more than the fleet's share of the budget: a cycle of N calls waits N / share minutes.
    const qint64 budgetMs = qint64(m_lastCycleCalls) * 60000 / m_callsPerMinute;
    const qint64 spentMs = m_cycleStart.msecsTo(m_lastCycleEnd);
    m_timer->start(int(std::max<qint64>(m_minimumInterval, budgetMs - spentMs)));
}
