#include "changeorderfollower.h"

#include "platform/changeorderapi.h"
#include "platform/changeordertracker.h"

ChangeOrderFollower::ChangeOrderFollower(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
{}

void ChangeOrderFollower::follow(const QString &changeOrderId)
{
    if (changeOrderId.isEmpty())
        return;
    ++m_interest[changeOrderId];
    if (m_trackers.contains(changeOrderId))
        return;
    if (const auto known = m_last.constFind(changeOrderId);
        known != m_last.cend() && isTerminal(known->status)) {
        m_interest.remove(changeOrderId);
        return;
    }
    auto *tracker =
        new ChangeOrderTracker(m_scheduler, &ChangeOrderApi::describeChangeOrder, changeOrderId, this);
    tracker->setPriority(RequestScheduler::Priority::Visible);
    m_trackers.insert(changeOrderId, tracker);
    connect(tracker, &ChangeOrderTracker::progressed, this, [this](const ChangeOrder &order) {
        m_last.insert(order.changeOrderId, order);
        emit progressed(order);
    });
    connect(tracker, &ChangeOrderTracker::waiting, this, &ChangeOrderFollower::waiting);
    connect(tracker, &ChangeOrderTracker::finished, this,
            [this, tracker, changeOrderId](const ChangeOrder &order) {
                m_last.insert(changeOrderId, order);
                m_trackers.remove(changeOrderId);
                m_interest.remove(changeOrderId);
                tracker->deleteLater();
                emit finished(order);
            });
    connect(tracker, &ChangeOrderTracker::readFailed, this,
            [this, changeOrderId](const ApiError &error) { emit readFailed(changeOrderId, error); });
    tracker->start();
}

void ChangeOrderFollower::release(const QString &changeOrderId)
{
    auto interest = m_interest.find(changeOrderId);
    if (interest == m_interest.end() || --*interest > 0)
        return;
    m_interest.erase(interest);
    if (ChangeOrderTracker *tracker = m_trackers.take(changeOrderId)) {
        tracker->stop();
        tracker->deleteLater();
    }
}

void ChangeOrderFollower::pollNow(const QString &changeOrderId)
{
    if (ChangeOrderTracker *tracker = m_trackers.value(changeOrderId))
        tracker->pollNow();
}

std::optional<ChangeOrder> ChangeOrderFollower::last(const QString &changeOrderId) const
{
    if (const auto found = m_last.constFind(changeOrderId); found != m_last.cend())
        return *found;
    return std::nullopt;
}

void ChangeOrderFollower::note(const ChangeOrder &order)
{
    if (order.changeOrderId.isEmpty() || m_trackers.contains(order.changeOrderId))
        return; // the tracker's own reads are newer
    // A listing has no batches: it does not replace a record read with them.
    if (const auto known = m_last.constFind(order.changeOrderId);
        known != m_last.cend() && order.pipelines.isEmpty() && !known->pipelines.isEmpty()
        && known->status == order.status)
        return;
    m_last.insert(order.changeOrderId, order);
}
