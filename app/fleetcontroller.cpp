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
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &FleetController::refreshNow);
}

void FleetController::setCallsPerMinute(int calls)
{
    m_callsPerMinute = std::max(1, calls);
}

void FleetController::setMinimumInterval(int milliseconds)
{
    m_minimumInterval = std::max(0, milliseconds);
}

void FleetController::start()
{
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
    m_pending = 1; // the listing; the rankings join once it is known how many calls it takes
    m_cycleStart = QDateTime::currentDateTimeUtc();
    m_applications.clear();
    m_availability.reset();
    m_warnings.reset();
    m_scaling.reset();
    m_changes.reset();
    readRankings(m_generation);
    listApplications(m_generation, 1);
}

void FleetController::listApplications(int generation, int page)
{
    ApplicationQuery query; // every namespace of the region
    query.currentPage = page;
    query.pageSize = applicationPageSize;
    ++m_calls;
    m_scheduler->schedule(SaeApi::listApplications(query), RequestScheduler::Priority::Background, this,
                          [this, generation, page](const ApiResult<Page<Application>> &result) {
                              if (generation != m_generation)
                                  return;
                              if (!result.isOk()) {
                                  emit readFailed(tr("the applications"), result.error());
                                  settle(generation);
                                  return;
                              }
                              m_applications.append(result.value().items);
                              if (result.value().items.size() >= applicationPageSize
                                  && page < maximumApplicationPages) {
                                  listApplications(generation, page + 1);
                                  return;
                              }
                              settle(generation);
                          });
}

void FleetController::readRankings(int generation)
{
    RegionMetricQuery ranking;
    ranking.limit = rankingLimit;
    ranking.regionId = m_regionId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_pending += 4;
    m_calls += 4;
    const auto failed = [this, generation](const QString &what, const ApiError &error) {
        if (generation == m_generation)
            emit readFailed(what, error);
    };
    m_scheduler->schedule(EventApi::getAvailabilityMetric(ranking), RequestScheduler::Priority::Background,
                          this,
                          [this, generation, failed](const ApiResult<QList<AvailabilityMetric>> &result) {
                              if (generation != m_generation)
                                  return;
                              if (result.isOk())
                                  m_availability = result.value();
                              else
                                  failed(tr("the abnormal instances"), result.error());
                              settle(generation);
                          });
    m_scheduler->schedule(EventApi::getWarningEventMetric(ranking, now.addSecs(-3600), now),
                          RequestScheduler::Priority::Background, this,
                          [this, generation, failed](const ApiResult<QList<WarningEventMetric>> &result) {
                              if (generation != m_generation)
                                  return;
                              if (result.isOk())
                                  m_warnings = result.value();
                              else
                                  failed(tr("the Warning events"), result.error());
                              settle(generation);
                          });
    m_scheduler->schedule(EventApi::getScaleAppMetric(ranking), RequestScheduler::Priority::Background, this,
                          [this, generation, failed](const ApiResult<QList<ScaleAppMetric>> &result) {
                              if (generation != m_generation)
                                  return;
                              if (result.isOk())
                                  m_scaling = result.value();
                              else
                                  failed(tr("the scaling"), result.error());
                              settle(generation);
                          });
    ChangeOrderMetricQuery changes;
    changes.ranking = ranking;
    changes.createdSince = now.addDays(-1);
    m_scheduler->schedule(EventApi::getChangeOrderMetric(changes), RequestScheduler::Priority::Background,
                          this,
                          [this, generation, failed](const ApiResult<QList<ChangeOrderMetric>> &result) {
                              if (generation != m_generation)
                                  return;
                              if (result.isOk())
                                  m_changes = result.value();
                              else
                                  failed(tr("the change orders"), result.error());
                              settle(generation);
                          });
}

void FleetController::settle(int generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    publish();
    m_cycling = false;
    m_lastCycleCalls = m_calls;
    m_lastCycleEnd = QDateTime::currentDateTimeUtc();
    emit cycleFinished();
    scheduleNext();
}

void FleetController::publish()
{
    if (m_applications.isEmpty())
        return; // the listing failed: the last rows stay, with their times
    const QHash<QString, AvailabilityMetric> availability = byApplication(m_availability);
    const QHash<QString, WarningEventMetric> warnings = byApplication(m_warnings);
    const QHash<QString, ScaleAppMetric> scaling = byApplication(m_scaling);
    const QHash<QString, ChangeOrderMetric> changes = byApplication(m_changes);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<FleetRow> rows;
    rows.reserve(m_applications.size());
    for (const Application &app : std::as_const(m_applications)) {
        FleetHealth::Input input;
        input.targetInstances = app.targetInstances;
        input.runningInstances = app.runningInstances;
        // Not in a ranking that was read: none of what it ranks (it lists the worst first).
        if (m_availability)
            input.abnormalInstances =
                availability.contains(app.appId) ? availability.value(app.appId).errorInstances : 0;
        if (m_warnings)
            input.warningEvents = warnings.contains(app.appId) ? warnings.value(app.appId).warningCount : 0;
        if (m_scaling && scaling.contains(app.appId))
            input.scalingMaximum = scaling.value(app.appId).maxReplicas;
        if (m_changes)
            input.failedChanges = changes.contains(app.appId) ? changes.value(app.appId).failed : 0;
        FleetRow row;
        row.application = app;
        row.health = FleetHealth::of(input, now);
        row.checkedAt = now;
        rows.append(row);
    }
    m_model->setReferenceTime(now);
    m_model->setFleet(rows);
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
