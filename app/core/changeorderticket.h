#pragma once

#include <QString>

#include <optional>

/**
 * What a mutating call that starts (or ends) a change order answers (reference 6.1): the change
 * order to follow, and the RequestId for the operations journal.
 */
struct ChangeOrderTicket
{
    QString changeOrderId;
    QString appId;                     ///< when the platform names it (DeployApplication)
    std::optional<bool> needsApproval; ///< IsNeedApproval, when present: the order waits for approval
    QString requestId;

    friend bool operator==(const ChangeOrderTicket &, const ChangeOrderTicket &) = default;
};
