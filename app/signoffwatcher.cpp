#include "signoffwatcher.h"

#include "changeorderfollower.h"
#include "core/signoffinboxmodel.h"
#include "platform/changeorderapi.h"
#include "platform/requestscheduler.h"
#include "platform/saeapi.h"

#include <QTimer>

SignOffWatcher::SignOffWatcher(RequestScheduler *scheduler, ChangeOrderFollower *follower, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_follower(follower)
    , m_model(new SignOffInboxModel(this))
    , m_cycleTimer(new QTimer(this))
    , m_paceTimer(new QTimer(this))
    , m_clockTimer(new QTimer(this))
{
    m_cycleTimer->setSingleShot(true);
    connect(m_cycleTimer, &QTimer::timeout, this, &SignOffWatcher::refreshNow);
    m_paceTimer->setSingleShot(true);
    connect(m_paceTimer, &QTimer::timeout, this, &SignOffWatcher::readNext);
    // "Waiting 12 min" moves on by itself.
    m_clockTimer->setInterval(30000);
    connect(m_clockTimer, &QTimer::timeout, this,
            [this] { m_model->setReferenceTime(QDateTime::currentDateTimeUtc()); });
    // What the console follows is newer than any cycle's reading.
    if (m_follower) {
        connect(m_follower, &ChangeOrderFollower::progressed, this, &SignOffWatcher::consider);
        connect(m_follower, &ChangeOrderFollower::finished, this, &SignOffWatcher::consider);
    }
}

int SignOffWatcher::count() const
{
    return m_model->rowCount();
}

void SignOffWatcher::setCallsPerMinute(int calls)
{
    m_callsPerMinute = qMax(0, calls);
}

void SignOffWatcher::setCycleInterval(int milliseconds)
{
    m_cycleInterval = qMax(0, milliseconds);
}

void SignOffWatcher::start()
{
    m_model->setReferenceTime(QDateTime::currentDateTimeUtc());
    m_clockTimer->start();
    refreshNow();
}

void SignOffWatcher::refreshNow()
{
    if (m_cycling)
        return;
    m_cycleTimer->stop();
    m_cycling = true;
    m_appNames.clear();
    m_toRead.clear();
    listApplications(1);
}

void SignOffWatcher::listApplications(int page)
{
    constexpr int pageSize = 100;
    ApplicationQuery query; // every namespace of the region
    query.currentPage = page;
    query.pageSize = pageSize;
    m_scheduler->schedule(SaeApi::listApplications(query), RequestScheduler::Priority::Background, this,
                          [this, page, pageSize](const ApiResult<Page<Application>> &result) {
                              if (!result.isOk()) {
                                  emit readFailed(result.error());
                                  endCycle();
                                  return;
                              }
                              const Page<Application> &received = result.value();
                              for (const Application &app : received.items) {
                                  if (!m_appNames.contains(app.appId))
                                      m_toRead.append(app.appId);
                                  m_appNames.insert(app.appId, app.appName);
                              }
                              // A page of the size asked for may have more after it; 50 pages
                              // (5,000 applications) is where a cycle stops listing.
                              if (received.items.size() >= pageSize && page < 50) {
                                  listApplications(page + 1);
                                  return;
                              }
                              // Applications gone from the listing are no longer waited on.
                              const QList<QString> known = m_waiting.keys();
                              for (const QString &appId : known) {
                                  if (!m_appNames.contains(appId))
                                      forget(appId);
                              }
                              publish();
                              readNext();
                          });
}

void SignOffWatcher::readNext()
{
    if (m_toRead.isEmpty()) {
        endCycle();
        return;
    }
    const QString appId = m_toRead.takeFirst();
    ChangeOrderQuery query;
    query.appId = appId;
    query.pageSize = 1; // the newest: only one runs per application at a time
    m_scheduler->schedule(ChangeOrderApi::listChangeOrders(query), RequestScheduler::Priority::Background,
                          this, [this, appId](const ApiResult<Page<ChangeOrder>> &result) {
                              if (!result.isOk()) {
                                  emit readFailed(result.error());
                              } else if (result.value().items.isEmpty()) {
                                  forget(appId);
                              } else {
                                  ChangeOrder order = result.value().items.constFirst();
                                  if (order.appId.isEmpty())
                                      order.appId = appId;
                                  if (SignOffInboxModel::waitsForPerson(order) && order.pipelines.isEmpty()) {
                                      // The listing has no batches: which one waits, and since
                                      // when, is in the order's own record (one more call, rare).
                                      describe(order);
                                      return;
                                  }
                                  consider(order);
                              }
                              paceNext();
                          });
}

void SignOffWatcher::describe(const ChangeOrder &listed)
{
    m_scheduler->schedule(ChangeOrderApi::describeChangeOrder(listed.changeOrderId),
                          RequestScheduler::Priority::Background, this,
                          [this, listed](const ApiResult<ChangeOrder> &result) {
                              ChangeOrder order = result.isOk() ? result.value() : listed;
                              if (order.appId.isEmpty())
                                  order.appId = listed.appId;
                              consider(order);
                              paceNext();
                          });
}

void SignOffWatcher::paceNext()
{
    if (m_callsPerMinute > 0)
        m_paceTimer->start(60000 / m_callsPerMinute);
    else
        readNext();
}

void SignOffWatcher::consider(const ChangeOrder &order)
{
    if (order.appId.isEmpty())
        return;
    emit newestChangeRead(order);
    if (!SignOffInboxModel::waitsForPerson(order)) {
        // The waiting order went on or ended, or a newer order of the application replaced it.
        const auto known = m_waiting.constFind(order.appId);
        if (known != m_waiting.cend()
            && (known->changeOrderId == order.changeOrderId || order.createdAt > known->createdAt))
            forget(order.appId);
        return;
    }
    ChangeOrder shown = order;
    if (shown.appName.isEmpty())
        shown.appName = m_appNames.value(order.appId, m_waiting.value(order.appId).appName);
    m_waiting.insert(order.appId, shown);
    publish();
}

void SignOffWatcher::forget(const QString &appId)
{
    if (m_waiting.remove(appId) > 0)
        publish();
}

void SignOffWatcher::publish()
{
    m_model->setChangeOrders(m_waiting.values());
    if (const int now = count(); now != m_lastCount) {
        m_lastCount = now;
        emit countChanged(now);
    }
}

void SignOffWatcher::endCycle()
{
    m_cycling = false;
    m_lastCycleEnd = QDateTime::currentDateTimeUtc();
    m_model->setReferenceTime(m_lastCycleEnd);
    emit cycleFinished();
    if (m_cycleInterval > 0)
        m_cycleTimer->start(m_cycleInterval);
}
