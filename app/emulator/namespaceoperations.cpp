#include "namespaceoperations.h"

#include "emulator/fleet.h"
#include "emulator/fleetjson.h"
#include "emulator/operationcontext.h"
#include "emulator/operationregistry.h"
#include "emulator/paging.h"
#include "emulator/saeresponse.h"

#include <QJsonArray>

namespace NamespaceOperations {

namespace {

using namespace Qt::StringLiterals;

OperationResult describeNamespaces(const OperationContext &context, const GatewayRequest &request)
{
    const RequestParameters parameters = context.parameters(request);
    int currentPage = 1;
    int pageSize = 10;
    if (auto error = parameters.integer(u"CurrentPage"_s, &currentPage, {1, 1000000, true}))
        return *error;
    if (auto error = parameters.integer(u"PageSize"_s, &pageSize, {0, 10000, true}))
        return *error;

    QJsonArray namespaces;
    for (const Namespace &ns : Paging::page(context.fleet->namespaces, currentPage, pageSize))
        namespaces.append(FleetJson::namespaceEntry(ns));
    return SaeResponse::success(QJsonObject{
        {u"CurrentPage"_s, currentPage},
        {u"PageSize"_s, pageSize},
        {u"TotalSize"_s, int(context.fleet->namespaces.size())},
        {u"Namespaces"_s, namespaces},
    });
}

} // namespace

void registerRoutes(OperationRegistry &registry, const OperationContext &context)
{
    registry.addRoa("GET", u"/pop/v1/paas/namespaces"_s, u"DescribeNamespaces"_s, context,
                    describeNamespaces);
}

} // namespace NamespaceOperations
