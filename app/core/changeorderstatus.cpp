#include "changeorderstatus.h"

using namespace Qt::StringLiterals;

bool isTerminal(ChangeOrderStatus status)
{
    return status == ChangeOrderStatus::Succeeded || status == ChangeOrderStatus::Failed
           || status == ChangeOrderStatus::Aborted || status == ChangeOrderStatus::SystemFailure;
}

bool isWaiting(ChangeOrderStatus status)
{
    return status == ChangeOrderStatus::WaitingForConfirmation
           || status == ChangeOrderStatus::WaitingForNextBatch || status == ChangeOrderStatus::PendingApproval
           || status == ChangeOrderStatus::Approved;
}

QString lastChangeOrderStatusText(ChangeOrderStatus status)
{
    switch (status) {
    case ChangeOrderStatus::Preparing:
        return u"READY"_s;
    case ChangeOrderStatus::Executing:
        return u"RUNNING"_s;
    case ChangeOrderStatus::Succeeded:
        return u"SUCCESS"_s;
    case ChangeOrderStatus::Failed:
        return u"FAIL"_s;
    case ChangeOrderStatus::Aborted:
        return u"ABORT"_s;
    case ChangeOrderStatus::WaitingForConfirmation:
        return u"WAIT_BATCH_CONFIRM"_s;
    case ChangeOrderStatus::WaitingForNextBatch:
        return u"AUTO_BATCH_WAIT"_s;
    case ChangeOrderStatus::SystemFailure:
        return u"SYSTEM_FAIL"_s;
    case ChangeOrderStatus::PendingApproval:
        return u"WAIT_APPROVAL"_s;
    case ChangeOrderStatus::Approved:
        return u"APPROVED"_s;
    }
    return u"READY"_s;
}

Severity changeOrderSeverity(ChangeOrderStatus status)
{
    switch (status) {
    case ChangeOrderStatus::Succeeded:
        return Severity::Normal;
    case ChangeOrderStatus::Failed:
    case ChangeOrderStatus::SystemFailure:
        return Severity::Critical;
    case ChangeOrderStatus::Aborted:
    case ChangeOrderStatus::WaitingForConfirmation:
    case ChangeOrderStatus::PendingApproval:
        return Severity::Warning;
    case ChangeOrderStatus::Preparing:
        return Severity::Inactive;
    default:
        return Severity::Progress;
    }
}
