#pragma once

#include "core/acknowledgement.h"
#include "core/changeorder.h"
#include "core/changeorderticket.h"
#include "core/page.h"
#include "platform/apicall.h"

#include <optional>

/** Which of an application's change orders ListChangeOrders should return (reference 9.4). */
struct ChangeOrderQuery
{
    QString appId;
    std::optional<ChangeOrderStatus> status; ///< CoStatus
    QString coTypeCode;                      ///< CoType: CoDeploy, CoRestartApplication ...
    QString key;                             ///< a part of the description
    int currentPage = 1;
    int pageSize = 20;
};

/**
 * Change orders and their batches (reference 6.1, 6.2, 9.4) as typed calls. Confirming, aborting
 * and rolling back change the platform: those requests are `mutating` (never retried blindly) and
 * carry a journal summary of what they ask.
 */
namespace ChangeOrderApi {

ApiCall<Page<ChangeOrder>> listChangeOrders(const ChangeOrderQuery &query);
ApiCall<ChangeOrder> describeChangeOrder(const QString &changeOrderId);
ApiCall<Pipeline> describePipeline(const QString &pipelineId);

/// Starts the next batch (`confirm`) or ends the release, for an order waiting in status 8. It is
/// an HTTP GET, and still a mutation. `pipelineId`: the waiting order's current or next batch.
ApiCall<Acknowledgement> confirmPipelineBatch(const QString &pipelineId, bool confirm);
/// Ends a running change order (status 6); the ticket names it.
ApiCall<ChangeOrderTicket> abortChangeOrder(const QString &changeOrderId);
/// Ends it and rolls the application back; the ticket names the change order to follow ([I]: the
/// roll-back's, as the emulator answers; the reference does not say).
ApiCall<ChangeOrderTicket> abortAndRollbackChangeOrder(const QString &changeOrderId);

} // namespace ChangeOrderApi
