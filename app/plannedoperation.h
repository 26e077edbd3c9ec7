#pragma once

#include "core/apierror.h"
#include "core/changeorderticket.h"
#include "core/confirmationchange.h"
#include "platform/apicall.h"
#include "platform/saejsonreader.h"
#include <QLatin1StringView>

#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>

/**
 * One change to the platform as a caller plans it, before OperationController reviews it with the
 * user: the journal's action and where it lands, the title and impact the confirmation shows, the
 * call to send, and what the caller wants to hear about the outcome (an editor re-enables its Save
 * button when the user cancels, shows a refusal next to the field it concerns, closes on success).
 *
 * Calls that start a change order answer a ChangeOrderTicket and are followed to its end; calls
 * that do not (the scaling-rule operations, reference 6.1) are wrapped by withoutChangeOrder() and
 * are done when the platform accepts them.
 */
struct PlannedOperation
{
    QLatin1StringView what; ///< a JournalAction
    QString appId;
    QStringList instanceIds;
    /// Besides the action and the application, what makes two requests the same operation
    /// (a scaling rule's name); instance IDs are part of it already.
    QString subject;
    QString title;  ///< translated: "Restart application"
    QString target; ///< translated: what inside the application, for the confirmation
    QString impact; ///< translated: what will happen
    bool destructive = false;
    QList<ConfirmationChange> changes; ///< field-by-field, for an update
    ApiCall<ChangeOrderTicket> call;
    /// SAE wants no manual scale, deploy, restart or stop while a scaling rule is enabled
    /// (reference 7.1): the rules are read once more when the user confirms, and an enabled one
    /// stops the operation before anything is journalled or sent.
    bool blockedByEnabledScalingRule = false;
    /// The change order the operation decides on (a sign-off at a batch gate); journalled with
    /// the request, so that the release record finds it.
    QString changeOrderId;
    /// Why the person decided so (a sign-off's comment); journalled with the request.
    QString comment;
    /// What the person saw when deciding (a deploy's diff and batch plan, a sign-off's metrics);
    /// journalled with the request for the release record.
    QJsonObject evidence;
    /// The change order type the call starts (CoDeploy, CoRollback...). When the call gets no
    /// answer, the application's change orders are read again: one of this type created since
    /// the request is the operation's, and is followed instead of reporting an unknown outcome.
    QString startsChangeOrderType;
    /// The change order it follows ends aborted when it did what was asked (stopping a release).
    bool succeedsWhenAborted = false;
    /// The window the person reviewed it in (a wizard): the confirmation opens over it.
    QPointer<QWidget> reviewedIn;
    /// Checked once more after the person confirmed, before anything is journalled or sent: calls
    /// `next` with an empty text to go on, or with why the operation no longer makes sense (a
    /// batch confirmed elsewhere meanwhile), which stops it as a cancellation.
    std::function<void(const std::function<void(const QString &refusal)> &next)> recheck;

    std::function<void()> cancelled; ///< the user cancelled the confirmation

    std::function<void(const ChangeOrderTicket &)> accepted; ///< the platform took it
    std::function<void()> succeeded;                         ///< the platform finished it well
    std::function<void(const ApiError &)> refused; ///< the platform refused it (not sent: code empty)
    std::function<void()> unknown;                 ///< no answer: it may or may not have happened
    std::function<void()> ended;                   ///< any end after confirmation (also unknown outcomes)

    /// A call that starts no change order, as one whose ticket names none: it ends when accepted.
    template <typename T>
    static ApiCall<ChangeOrderTicket> withoutChangeOrder(const ApiCall<T> &call)
    {
        ApiCall<ChangeOrderTicket> wrapped;
        wrapped.request = call.request;
        wrapped.read = [read = call.read](const QJsonObject &envelope) -> ApiResult<ChangeOrderTicket> {
            const ApiResult<T> result = read(envelope);
            if (!result)
                return result.error();
            ChangeOrderTicket ticket;
            ticket.requestId = SaeJsonReader::requestId(envelope);
            return ticket;
        };
        return wrapped;
    }
};
