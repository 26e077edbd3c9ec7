#include "requestscheduler.h"

#include "platform/apiclient.h"
#include "platform/apireply.h"

#include <QTimer>

#include <algorithm>

namespace {

using namespace Qt::StringLiterals;

/// What the scheduler sends of the platform's limit: a tenth is left for clocks that disagree
/// and for the console's other processes (the aliyun CLI on the same key, say).
int withHeadroom(int calls)
{
    return std::max(1, calls - std::max(1, calls / 10));
}

} // namespace

RequestScheduler::RequestScheduler(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_limiter(withHeadroom(60), 60000)
    , m_wakeTimer(new QTimer(this))
    , m_random(QRandomGenerator::securelySeeded())
{
    m_clock.start();
    m_wakeTimer->setSingleShot(true);
    connect(m_wakeTimer, &QTimer::timeout, this, &RequestScheduler::pump);
}

RequestScheduler::~RequestScheduler()
{
    // Replies still running finish into nothing: first cut them loose, then stop the reads.
    QList<QPointer<ApiReply>> reads;
    for (Entry &entry : m_entries) {
        if (entry.inFlight && entry.reply) {
            entry.reply->disconnect(this);
            if (!entry.request.mutating)
                reads.append(entry.reply);
        }
    }
    m_entries.clear();
    for (const QPointer<ApiReply> &reply : std::as_const(reads)) {
        if (reply)
            reply->cancel();
    }
}

void RequestScheduler::setLimit(int calls, std::chrono::milliseconds window)
{
    m_platformLimit = std::max(1, calls);
    m_window = window;
    m_slowdown = 1.0;
    m_limiter.setLimit(withHeadroom(m_platformLimit), window.count());
    pump();
}

void RequestScheduler::setMaximumInFlight(int calls)
{
    m_maximumInFlight = std::max(1, calls);
    pump();
}

QString RequestScheduler::coalescingKey(const ApiRequest &request)
{
    if (request.mutating)
        return {};
    QStringList parts{QString::fromLatin1(request.method), request.path, request.action, request.version,
                      request.endpoint.toString()};
    auto query = request.query;
    std::sort(query.begin(), query.end());
    for (const auto &[name, value] : std::as_const(query))
        parts << name + u'=' + value;
    auto form = request.form;
    std::sort(form.begin(), form.end());
    for (const auto &[name, value] : std::as_const(form))
        parts << u"form:"_s + name + u'=' + value;
    return parts.join(QChar(0x1f));
}

bool RequestScheduler::anyoneWaits(const Entry &entry)
{
    return std::any_of(entry.waiters.cbegin(), entry.waiters.cend(),
                       [](const Waiter &waiter) { return !waiter.hasContext || waiter.context; });
}

quint64 RequestScheduler::enqueue(const ApiRequest &request, Priority priority, const QObject *context,
                                  RawHandler handler)
{
    // SAE's reads are GETs: anything else that is not marked a mutation would be retried blindly.
    Q_ASSERT_X(request.mutating || request.method == "GET", "RequestScheduler::enqueue",
               "a non-GET request must be marked mutating");
    const quint64 ticket = m_nextTicket++;
    Waiter waiter{ticket, context, context != nullptr, std::move(handler)};
    const QString key = coalescingKey(request);
    if (!key.isEmpty()) {
        const auto found = m_byKey.constFind(key);
        // A read sent before a change finished may answer with the state before it: not that one.
        if (found != m_byKey.cend() && (!(*found)->inFlight || (*found)->epoch == m_mutationEpoch)) {
            Entry &entry = **found;
            entry.waiters.append(std::move(waiter));
            entry.priority = std::min(entry.priority, priority);
            emit budgetChanged();
            return ticket;
        }
    }
    Entry entry;
    entry.request = request;
    entry.key = key;
    entry.priority = priority;
    entry.sequence = m_nextSequence++;
    entry.waiters.append(std::move(waiter));
    m_entries.push_back(std::move(entry));
    if (!key.isEmpty())
        m_byKey.insert(key, std::prev(m_entries.end()));
    // Sent from the event loop, so that calls queued together are ordered by priority first.
    if (!m_pumping) {
        m_pumping = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumping = false;
                pump();
            },
            Qt::QueuedConnection);
    }
    emit budgetChanged();
    return ticket;
}

void RequestScheduler::cancel(quint64 ticket)
{
    if (m_delivering > 0)
        m_cancelledWhileDelivering.append(ticket); // its answer may be being delivered right now
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const qsizetype removed =
            it->waiters.removeIf([ticket](const Waiter &waiter) { return waiter.ticket == ticket; });
        if (removed == 0)
            continue;
        if (!anyoneWaits(*it)) {
            if (it->inFlight) {
                if (!it->request.mutating && it->reply)
                    it->reply->cancel(); // finishes it, now or soon, through onFinished
            } else {
                forgetKey(it);
                m_entries.erase(it);
            }
        }
        emit budgetChanged();
        return;
    }
}

void RequestScheduler::pump()
{
    const qint64 now = nowMs();
    if (m_slowdown < 1.0 && now >= m_restoreAtMs) { // a quiet window since the last throttling
        m_slowdown = 1.0;
        m_limiter.setLimit(withHeadroom(m_platformLimit), m_window.count());
    }
    // Calls nobody waits for any more are not worth the budget.
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!it->inFlight && !anyoneWaits(*it)) {
            forgetKey(it);
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }

    while (m_inFlight < m_maximumInFlight && m_limiter.canSend(now)) {
        auto best = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->inFlight || it->notBeforeMs > now)
                continue;
            if (best == m_entries.end() || it->priority < best->priority
                || (it->priority == best->priority && it->sequence < best->sequence))
                best = it;
        }
        if (best == m_entries.end())
            break;
        send(best);
    }

    // When to look again: the next free slot or the next retry, whichever comes later per call.
    qint64 wakeAt = -1;
    if (m_inFlight < m_maximumInFlight) {
        for (const Entry &entry : m_entries) {
            if (entry.inFlight)
                continue;
            const qint64 at = std::max(entry.notBeforeMs, m_limiter.nextSendAt(now));
            wakeAt = wakeAt < 0 ? at : std::min(wakeAt, at);
        }
    }
    if (wakeAt >= 0)
        scheduleWake(wakeAt);
    emit budgetChanged();
}

void RequestScheduler::scheduleWake(qint64 atMs)
{
    const qint64 delay = std::max<qint64>(0, atMs - nowMs());
    if (!m_wakeTimer->isActive() || m_wakeTimer->remainingTime() > delay)
        m_wakeTimer->start(int(std::min<qint64>(delay, 24 * 3600 * 1000)));
}

void RequestScheduler::send(EntryList::iterator entry)
{
    m_limiter.recordSend(nowMs());
    ++entry->attempt;
    ++m_inFlight;
    entry->inFlight = true;
    entry->epoch = m_mutationEpoch;
    ApiReply *reply = m_client->send(entry->request);
    entry->reply = reply;
    const quint64 sequence = entry->sequence;
    connect(reply, &ApiReply::finished, this,
            [this, sequence, reply] { onFinished(sequence, reply->result()); });
    // A reply that goes away unanswered (its client was destroyed) must not leave the call in
    // flight for ever, nor let it be sent again as if it had never left.
    connect(reply, &QObject::destroyed, this, [this, sequence] {
        if (const auto it = findEntry(sequence); it != m_entries.end() && it->inFlight)
            onFinished(sequence, ApiError::network(tr("The request was dropped before it was answered.")));
    });
    emit requestSent(entry->request.action, entry->priority, entry->attempt);
}

RequestScheduler::EntryList::iterator RequestScheduler::findEntry(quint64 sequence)
{
    return std::find_if(m_entries.begin(), m_entries.end(),
                        [sequence](const Entry &entry) { return entry.sequence == sequence; });
}

void RequestScheduler::forgetKey(EntryList::iterator entry)
{
    if (entry->key.isEmpty())
        return;
    // Only when the key still leads here: a newer read of the same key may have taken it over.
    if (const auto found = m_byKey.constFind(entry->key); found != m_byKey.cend() && *found == entry)
        m_byKey.erase(found);
}

void RequestScheduler::onFinished(quint64 sequence, const ApiResult<QJsonObject> &result)
{
    const EntryList::iterator entry = findEntry(sequence);
    if (entry == m_entries.end() || !entry->inFlight)
        return;
    --m_inFlight;
    entry->inFlight = false;
    entry->reply = nullptr;
    const qint64 now = nowMs();
    if (entry->request.mutating)
        ++m_mutationEpoch;
    if (!result.isOk()) {
        const ApiError &error = result.error();
        const RetryPolicy::Decision decision =
            m_retryPolicy.decide(error, entry->request.mutating, entry->attempt, m_random.generateDouble());
        if (error.kind == ApiError::Kind::Throttled) {
            // The platform counts differently from us (another client on the key, a clock
            // apart): everyone waits, and then goes slower for a window.
            m_limiter.holdUntil(
                now + m_retryPolicy.delayAfter(entry->attempt, m_random.generateDouble()).count());
            m_slowdown = std::max(0.25, m_slowdown * 0.75);
            m_restoreAtMs = now + m_window.count();
            m_limiter.setLimit(std::max(1, int(withHeadroom(m_platformLimit) * m_slowdown)),
                               m_window.count());
        }
        if (decision.retry && anyoneWaits(*entry)) {
            entry->notBeforeMs = now + decision.delay.count();
            pump();
            return;
        }
    }
    forgetKey(entry);
    const Entry finished = std::move(*entry);
    m_entries.erase(entry);
    const QPointer<RequestScheduler> self(this);
    deliver(finished, result);
    if (self) // a handler may have destroyed the scheduler (a profile switch, say)
        pump();
}

void RequestScheduler::deliver(const Entry &entry, const ApiResult<QJsonObject> &result)
{
    const QPointer<RequestScheduler> self(this);
    ++m_delivering;
    for (const Waiter &waiter : entry.waiters) {
        if (waiter.hasContext && !waiter.context)
            continue; // its view went away
        if (!self)
            return; // a handler destroyed the scheduler; the others' calls went with it
        if (m_cancelledWhileDelivering.contains(waiter.ticket))
            continue; // an earlier handler of the same answer cancelled it
        waiter.handler(result);
    }
    if (self && --m_delivering == 0)
        m_cancelledWhileDelivering.clear();
}

RequestScheduler::Budget RequestScheduler::budget() const
{
    auto &limiter = const_cast<RollingWindowLimiter &>(m_limiter);
    const qint64 now = nowMs();
    Budget budget;
    budget.usedInWindow = limiter.used(now);
    budget.limit = m_platformLimit;
    budget.inFlight = m_inFlight;
    budget.queued = int(m_entries.size()) - m_inFlight;
    budget.holdMs = std::max<qint64>(0, limiter.heldUntil() - now);
    return budget;
}
