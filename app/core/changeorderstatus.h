#pragma once

#include "core/severity.h"

#include <QString>

/**
 * Status codes of change orders and their batches (reference 6.1, 6.2). Codes SAE may add later
 * are kept as their number; isTerminal() and isWaiting() are false for them, so a tracker keeps
 * following such an order.
 */
enum class ChangeOrderStatus
{
    Preparing = 0,
    Executing = 1,
    Succeeded = 2,
    Failed = 3,
    Aborted = 6,
    WaitingForConfirmation = 8,
    WaitingForNextBatch = 9,
    SystemFailure = 10,
    PendingApproval = 11,
    Approved = 12, ///< approved, waiting to run
};

/// True for the statuses a change order never leaves.
bool isTerminal(ChangeOrderStatus status);
/// True while a change order waits for a person or for its next batch (8, 9, 11, 12).
bool isWaiting(ChangeOrderStatus status);
/// DescribeApplicationStatus' LastChangeOrderStatus spelling (READY, RUNNING, SUCCESS, ...).
QString lastChangeOrderStatusText(ChangeOrderStatus status);

/// How a change order's (or batch's) status is coloured: failed red, waiting for a person or
/// aborted orange, succeeded green, preparing grey, running blue.
Severity changeOrderSeverity(ChangeOrderStatus status);
