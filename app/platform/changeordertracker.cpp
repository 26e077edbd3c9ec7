#include "changeordertracker.h"

#include <QTimer>

#include <algorithm>
#include <utility>

using namespace std::chrono_literals;

ChangeOrderTracker::ChangeOrderTracker(RequestScheduler *scheduler, DescribeCall describe,
                                       const QString &changeOrderId, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_describe(std::move(describe))
    , m_changeOrderId(changeOrderId)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ChangeOrderTracker::poll);
}

void ChangeOrderTracker::start()
{
    if (m_finished)
        return;
    m_stopped = false;
    poll();
}

void ChangeOrderTracker::pollNow()
{
    if (m_finished)
        return;
    m_stopped = false;
    m_timer->stop();
    if (m_reading) {
        // The read under way may have left before the user acted: read once more after it.
        m_pollAgain = true;
        return;
    }
    poll();
}

void ChangeOrderTracker::stop()
{
    m_stopped = true;
    m_timer->stop();
    if (m_reading)
        m_scheduler->cancel(m_ticket);
    m_reading = false;
}

void ChangeOrderTracker::poll()
{
    if (m_stopped || m_finished || m_reading)
        return;
    m_reading = true;
    m_ticket = m_scheduler->schedule(m_describe(m_changeOrderId), m_priority, this,
                                     [this](const ApiResult<ChangeOrder> &result) { onAnswer(result); });
}

void ChangeOrderTracker::onAnswer(const ApiResult<ChangeOrder> &result)
{
    m_reading = false;
    const bool pollAgain = std::exchange(m_pollAgain, false);
    if (!result.isOk()) {
        ++m_failures;
        emit readFailed(result.error());
        const auto backOff = m_intervals.afterError * (1 << std::min(m_failures - 1, 3));
        scheduleNext(std::min<std::chrono::milliseconds>(backOff, 60s));
        return;
    }
    m_failures = 0;
    const ChangeOrder &order = result.value();
    const bool changed = !m_last || !(*m_last == order);
    // A new wait: it starts waiting, or waits at another batch.
    const bool newWait =
        isWaiting(order.status)
        && (!m_last || m_last->status != order.status || m_last->currentPipeline != order.currentPipeline);
    m_last = order;
    if (changed)
        emit progressed(order);
    if (isTerminal(order.status)) {
        m_finished = true;
        m_timer->stop();
        emit finished(order);
        return;
    }
    if (pollAgain) {
        poll();
        return;
    }
    if (isWaiting(order.status)) {
        if (newWait)
            emit waiting(order);
        const bool person = order.status != ChangeOrderStatus::WaitingForNextBatch;
        scheduleNext(person ? m_intervals.waitingForPerson : m_intervals.waitingForNextBatch);
        return;
    }
    scheduleNext(m_intervals.running);
}

void ChangeOrderTracker::scheduleNext(std::chrono::milliseconds delay)
{
    if (!m_stopped && !m_finished)
        m_timer->start(delay);
}
