#pragma once

#include "core/apierror.h"
#include "core/changeorder.h"

#include <QHash>
#include <QObject>

#include <optional>

class ChangeOrderTracker;
class RequestScheduler;

/**
 * The change orders the console follows, one ChangeOrderTracker each however many parts of the
 * console watch them: the operation that started one, the change-order view, the batch gate. It
 * keeps the last state of every order it followed, so that a view opened later shows it at once.
 * A tracker goes when its order ends; the last state stays.
 */
class ChangeOrderFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeOrderFollower)

public:
    explicit ChangeOrderFollower(RequestScheduler *scheduler, QObject *parent = nullptr);

    /// Starts following `changeOrderId` unless it is followed already or known to have ended;
    /// each call is one more interest in it, given back with release().
    void follow(const QString &changeOrderId);
    /// One interest in `changeOrderId` less; when none is left, it is no longer read (its last
    /// state stays).
    void release(const QString &changeOrderId);

    /// Reads the order now, e.g. right after a person decided at its gate.
    void pollNow(const QString &changeOrderId);
    /// The last state read, if any.
    std::optional<ChangeOrder> last(const QString &changeOrderId) const;
    /// Notes a state read elsewhere (a list of change orders) without following it.
    void note(const ChangeOrder &order);

signals:
    /// A new state of a followed order (also its first).
    void progressed(const ChangeOrder &order);
    /// A followed order entered a waiting status (once per wait).
    void waiting(const ChangeOrder &order);
    /// A followed order ended; it is no longer followed.
    void finished(const ChangeOrder &order);
    /// A read of a followed order failed; its last state stays and it is read again later.
    void readFailed(const QString &changeOrderId, const ApiError &error);

private:
    RequestScheduler *m_scheduler;
    QHash<QString, ChangeOrderTracker *> m_trackers;
    QHash<QString, int> m_interest; ///< change order ID -> how many parts of the console follow it
    QHash<QString, ChangeOrder> m_last;
};
