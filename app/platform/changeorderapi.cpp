#include "changeorderapi.h"

#include "platform/changeorderjsonreader.h"
#include "platform/saejsonreader.h"

namespace ChangeOrderApi {

using namespace Qt::StringLiterals;

namespace {

ApiRequest request(const QByteArray &method, const QString &operation, const QString &action)
{
    ApiRequest request;
    request.method = method;
    request.path = u"/pop/v1/sam/changeorder/"_s + operation;
    request.action = action;
    return request;
}

ApiRequest mutation(const QByteArray &method, const QString &action)
{
    ApiRequest change = request(method, action, action);
    change.mutating = true;
    return change;
}

} // namespace

ApiCall<Page<ChangeOrder>> listChangeOrders(const ChangeOrderQuery &query)
{
    ApiRequest list = request("GET", u"ListChangeOrders"_s, u"ListChangeOrders"_s);
    list.addQuery(u"AppId"_s, query.appId)
        .addQuery(u"CurrentPage"_s, query.currentPage)
        .addQuery(u"PageSize"_s, query.pageSize);
    if (query.status)
        list.addQuery(u"CoStatus"_s, QString::number(int(*query.status)));
    if (!query.coTypeCode.isEmpty())
        list.addQuery(u"CoType"_s, query.coTypeCode);
    if (!query.key.isEmpty())
        list.addQuery(u"Key"_s, query.key);
    return {list, &ChangeOrderJsonReader::changeOrders};
}

ApiCall<ChangeOrder> describeChangeOrder(const QString &changeOrderId)
{
    ApiRequest describe = request("GET", u"DescribeChangeOrder"_s, u"DescribeChangeOrder"_s);
    describe.addQuery(u"ChangeOrderId"_s, changeOrderId);
    return {describe, &ChangeOrderJsonReader::changeOrder};
}

ApiCall<Pipeline> describePipeline(const QString &pipelineId)
{
    ApiRequest describe = request("GET", u"DescribePipeline"_s, u"DescribePipeline"_s);
    describe.addQuery(u"PipelineId"_s, pipelineId);
    return {describe, &ChangeOrderJsonReader::pipeline};
}

ApiCall<Acknowledgement> confirmPipelineBatch(const QString &pipelineId, bool confirm)
{
    ApiRequest confirmation = mutation("GET", u"ConfirmPipelineBatch"_s);
    const QString confirmText = confirm ? u"true"_s : u"false"_s;
    confirmation.addQuery(u"PipelineId"_s, pipelineId).addQuery(u"Confirm"_s, confirmText);
    confirmation.summary = {{u"PipelineId"_s, pipelineId}, {u"Confirm"_s, confirm}};
    return {confirmation, &SaeJsonReader::acknowledgement};
}

ApiCall<ChangeOrderTicket> abortChangeOrder(const QString &changeOrderId)
{
    ApiRequest abort = mutation("PUT", u"AbortChangeOrder"_s);
    abort.addQuery(u"ChangeOrderId"_s, changeOrderId);
    abort.summary = {{u"ChangeOrderId"_s, changeOrderId}};
    return {abort, &ChangeOrderJsonReader::ticket};
}

ApiCall<ChangeOrderTicket> abortAndRollbackChangeOrder(const QString &changeOrderId)
{
    ApiRequest abort = mutation("PUT", u"AbortAndRollbackChangeOrder"_s);
    abort.addQuery(u"ChangeOrderId"_s, changeOrderId);
    abort.summary = {{u"ChangeOrderId"_s, changeOrderId}};
    return {abort, &ChangeOrderJsonReader::ticket};
}

} // namespace ChangeOrderApi
