#pragma once

#include "core/apierror.h"
#include "core/changeorder.h"
#include "platform/apicall.h"
#include "platform/requestscheduler.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

class QTimer;

/**
 * Follows one change order to a state that needs nobody or somebody: it ends (succeeded, failed,
 * aborted) or waits (for a batch confirmation, for the next automatic batch, for approval).
 * It asks DescribeChangeOrder through the RequestScheduler, adaptively inside the call budget:
 * every 3 s while batches run, every 15 s while a person must act, sooner after a user action
 * (pollNow). A failed read keeps the last good state and tries again later.
 */
class ChangeOrderTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeOrderTracker)

public:
    using DescribeCall = std::function<ApiCall<ChangeOrder>(const QString &changeOrderId)>;

    struct Intervals
    {
        std::chrono::milliseconds running{3000};
        std::chrono::milliseconds waitingForNextBatch{5000};
        std::chrono::milliseconds waitingForPerson{15000};
        std::chrono::milliseconds afterError{10000}; ///< doubled per failure, up to a minute
    };

    ChangeOrderTracker(RequestScheduler *scheduler, DescribeCall describe, const QString &changeOrderId,
                       QObject *parent = nullptr);

    QString changeOrderId() const { return m_changeOrderId; }
    void setIntervals(const Intervals &intervals) { m_intervals = intervals; }
    /// Visible while somebody watches, Background otherwise.
    void setPriority(RequestScheduler::Priority priority) { m_priority = priority; }

    /// Starts following; the first read goes out at once.
    void start();
    /// Reads now, e.g. right after the user confirmed a batch; when a read is under way, once more
    /// after it, since that one may have left before the user acted.
    void pollNow();
    void stop();

    /// The last state read; nullopt before the first answer.
    const std::optional<ChangeOrder> &changeOrder() const { return m_last; }
    bool isFinished() const { return m_finished; }

signals:
    /// A new state (status, batch, message or any other field changed).
    void progressed(const ChangeOrder &changeOrder);
    /// It entered a waiting status (emitted once per wait).
    void waiting(const ChangeOrder &changeOrder);
    /// It reached a terminal status; tracking has stopped.
    void finished(const ChangeOrder &changeOrder);
    /// A read failed after the scheduler's retries; the last state stays, tracking goes on.
    void readFailed(const ApiError &error);

private:
    void poll();
    void onAnswer(const ApiResult<ChangeOrder> &result);
    void scheduleNext(std::chrono::milliseconds delay);

    RequestScheduler *m_scheduler;
    DescribeCall m_describe;
    QString m_changeOrderId;
    Intervals m_intervals;
    RequestScheduler::Priority m_priority = RequestScheduler::Priority::Visible;
    QTimer *m_timer;
    std::optional<ChangeOrder> m_last;
    bool m_reading = false;
    bool m_pollAgain = false; ///< pollNow() came while a read was under way
    bool m_finished = false;
    bool m_stopped = true;
    int m_failures = 0;
    quint64 m_ticket = 0;
};
