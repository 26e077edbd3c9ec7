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

OperationResult describeNamespaceList(const OperationContext &context, const GatewayRequest &)
{
    // Every emulated namespace is a custom one in one VPC; the default namespace is not modelled.
    QJsonArray namespaces;
    for (const Namespace &ns : context.fleet->namespaces) {
        const QString suffix = ns.shortId.isEmpty() ? ns.name : ns.shortId;
        namespaces.append(QJsonObject{
            {u"AgentInstall"_s, QString()},
            {u"Current"_s, false},
            {u"Custom"_s, true},
            {u"HybridCloudEnable"_s, false},
            {u"NameSpaceShortId"_s, ns.shortId},
            {u"NamespaceId"_s, ns.id},
            {u"NamespaceName"_s, ns.name},
            {u"RegionId"_s, ns.regionId},
            {u"SecurityGroupId"_s, QString(u"sg-wz9opsconsole"_s + suffix)},
            {u"VSwitchId"_s, QString(u"vsw-wz9opsconsole"_s + suffix)},
            {u"VpcId"_s, u"vpc-wz9opsconsole"_s},
        });
    }
    return SaeResponse::success(namespaces);
}

/// The regions SAE serves, as DescribeRegions lists them (reference example and region table).
struct RegionInfo
{
    QStringView regionId;
    QStringView localName;
    QStringView zones;
};

constexpr RegionInfo s_regions[] = {
    {u"cn-hangzhou", u"China (Hangzhou)", u"cn-hangzhou-h,cn-hangzhou-i,cn-hangzhou-j"},
    {u"cn-shanghai", u"China (Shanghai)", u"cn-shanghai-e,cn-shanghai-f,cn-shanghai-g"},
    {u"cn-beijing", u"China (Beijing)", u"cn-beijing-h,cn-beijing-i,cn-beijing-j"},
    {u"cn-shenzhen", u"China (Shenzhen)", u"cn-shenzhen-d,cn-shenzhen-e,cn-shenzhen-f"},
    {u"cn-hongkong", u"China (Hong Kong)", u"cn-hongkong-b,cn-hongkong-c,cn-hongkong-d"},
    {u"ap-southeast-1", u"Singapore", u"ap-southeast-1a,ap-southeast-1b,ap-southeast-1c"},
};

OperationResult describeRegions(const OperationContext &context, const GatewayRequest &)
{
    QJsonArray regions;
    bool listed = false;
    const auto add = [&regions](const QString &regionId, const QString &localName, const QString &zones) {
        regions.append(QJsonObject{
            {u"LocalName"_s, localName},
            {u"RegionEndpoint"_s, u"sae.%1.aliyuncs.com"_s.arg(regionId)},
            {u"RegionId"_s, regionId},
            {u"RecommendZones"_s,
             QJsonObject{{u"RecommendZone"_s, QJsonArray::fromStringList(zones.split(u','))}}},
        });
    };
    for (const RegionInfo &region : s_regions) {
        add(region.regionId.toString(), region.localName.toString(), region.zones.toString());
        listed = listed || region.regionId == context.fleet->regionId;
    }
    if (!listed) // an emulator started for another region lists that one too
        add(context.fleet->regionId, context.fleet->regionId, QString(context.fleet->regionId + u"-a"_s));
    // DescribeRegions has an integer Code and no Data (reference [U]; the current, wrapped shape).
    return {200, QJsonObject{{u"Code"_s, 200},
                             {u"Message"_s, u"success"_s},
                             {u"Regions"_s, QJsonObject{{u"Region"_s, regions}}}}};
}

} // namespace

void registerRoutes(OperationRegistry &registry, const OperationContext &context)
{
    registry.addRoa("GET", u"/pop/v1/sam/namespace/describeNamespaceList"_s, u"DescribeNamespaceList"_s,
                    context, describeNamespaceList);
    registry.addRoa("GET", u"/pop/v1/paas/regionConfig"_s, u"DescribeRegions"_s, context, describeRegions);
    registry.addRoa("GET", u"/pop/v1/paas/namespaces"_s, u"DescribeNamespaces"_s, context,
                    describeNamespaces);
}

} // namespace NamespaceOperations
