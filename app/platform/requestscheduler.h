#pragma once

#include "core/retrypolicy.h"
#include "core/rollingwindowlimiter.h"
#include "platform/apicall.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <chrono>
#include <functional>
#include <list>

class ApiClient;
class ApiReply;
class QTimer;

/**
 * The call budget of one AccessKey (DESIGN.md §4): every platform call goes through here.
 *
 * - A rolling-window limiter keeps the calls sent under the platform's limit (SAE: 60 per
 *   minute per AccessKey) with headroom, so that throttling is the exception, not the rhythm.
 * - Three priorities: user actions before what is on screen before background refresh; first
 *   come, first served within one.
 * - Identical reads waiting or in flight are coalesced: one call, every caller gets the answer.
 * - A caller that goes away (its context object is destroyed) takes its calls with it.
 * - Retries with exponential back-off and jitter (RetryPolicy): reads on throttling, server
 *   errors, timeouts and broken answers; mutations only when the gateway throttled them, so a
 *   mutation that may have been carried out is never sent twice. Throttling also holds every
 *   call back for a while.
 */
class RequestScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestScheduler)

public:
    enum class Priority
    {
        UserAction, ///< mutations and what the user just asked for
        Visible,    ///< what is on screen
        Background, ///< fleet-wide refresh
    };
    Q_ENUM(Priority)

    /** What the status bar shows. */
    struct Budget
    {
        int usedInWindow = 0; ///< calls sent in the current window
        int limit = 0;        ///< the platform's limit for the window
        int queued = 0;       ///< calls waiting for their turn
        int inFlight = 0;
        qint64 holdMs = 0; ///< how long every call is held back after throttling (0: not held)
    };

    explicit RequestScheduler(ApiClient *client, QObject *parent = nullptr);
    ~RequestScheduler() override;

    ApiClient *client() const { return m_client; }

    /// The platform's limit: `calls` per `window`. The scheduler sends at most 90 % of it.
    void setLimit(int calls, std::chrono::milliseconds window = std::chrono::minutes(1));
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    /// At most this many calls at once (default 4).
    void setMaximumInFlight(int calls);
    /// Seeds the jitter, for repeatable tests.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    /**
     * Queues a typed call; `handler(const ApiResult<T> &)` runs on the scheduler's thread once the
     * call has an answer (after any retries), unless `context` is destroyed first. Returns a
     * ticket for cancel().
     */
    template <typename T, typename Handler>
    quint64 schedule(const ApiCall<T> &call, Priority priority, const QObject *context, Handler &&handler)
    {
        return enqueue(call.request, priority, context,
                       [read = call.read, handler = std::forward<Handler>(handler)](
                           const ApiResult<QJsonObject> &result) mutable { handler(result.andThen(read)); });
    }

    /// Forgets the caller's interest: its handler will not run. A waiting call nobody wants any
    /// more is dropped; a read in flight is aborted; a mutation in flight runs to its end.
    void cancel(quint64 ticket);

    Budget budget() const;

signals:
    void budgetChanged();
    /// A call left for the platform (after coalescing; once per attempt).
    void requestSent(const QString &action, RequestScheduler::Priority priority, int attempt);

private:
    using RawHandler = std::function<void(const ApiResult<QJsonObject> &)>;

    struct Waiter
    {
        quint64 ticket = 0;
        QPointer<const QObject> context;
        bool hasContext = false;
        RawHandler handler;
    };

    struct Entry
    {
        ApiRequest request;
        QString key; ///< for coalescing; empty for mutations
        Priority priority = Priority::Background;
        quint64 sequence = 0;
        int attempt = 0;
        qint64 notBeforeMs = 0;
        QList<Waiter> waiters;
        bool inFlight = false;
        QPointer<ApiReply> reply; ///< while in flight, to abort a read nobody wants any more
        quint64 epoch = 0;        ///< m_mutationEpoch when it was sent
    };
    using EntryList = std::list<Entry>;

    quint64 enqueue(const ApiRequest &request, Priority priority, const QObject *context, RawHandler handler);
    static QString coalescingKey(const ApiRequest &request);
    static bool anyoneWaits(const Entry &entry);
    qint64 nowMs() const { return m_clock.elapsed(); }
    void pump();
    void send(EntryList::iterator entry);
    EntryList::iterator findEntry(quint64 sequence);
    void forgetKey(EntryList::iterator entry);
    void onFinished(quint64 sequence, const ApiResult<QJsonObject> &result);
    void deliver(const Entry &entry, const ApiResult<QJsonObject> &result);
    void scheduleWake(qint64 atMs);

    ApiClient *m_client;
    RollingWindowLimiter m_limiter;
    int m_platformLimit = 60;
    RetryPolicy m_retryPolicy;
    int m_maximumInFlight = 4;
    int m_inFlight = 0;
    EntryList m_entries; ///< waiting and in flight
    QHash<QString, EntryList::iterator> m_byKey;
    quint64 m_nextSequence = 1;
    quint64 m_nextTicket = 1;
    QElapsedTimer m_clock;
    QTimer *m_wakeTimer;
    QRandomGenerator m_random;
    bool m_pumping = false;
    /// Counts finished mutations: a read sent before one finished may show the state before it,
    /// so a new read does not join it.
    quint64 m_mutationEpoch = 0;
    /// While throttled: the share of the limit in use, back to 1 after a quiet window.
    double m_slowdown = 1.0;
    qint64 m_restoreAtMs = 0;
    std::chrono::milliseconds m_window{60000};
    /// Tickets cancelled while their call's answer is being delivered.
    QList<quint64> m_cancelledWhileDelivering;
    int m_delivering = 0;
};
