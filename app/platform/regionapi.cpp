#include "regionapi.h"

#include "platform/regionjsonreader.h"

namespace RegionApi {

using namespace Qt::StringLiterals;

ApiCall<QList<Region>> describeRegions()
{
    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = u"/pop/v1/paas/regionConfig"_s;
    request.action = u"DescribeRegions"_s;
    return {request, &RegionJsonReader::regions};
}

ApiCall<QList<Namespace>> describeNamespaceList()
{
    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = u"/pop/v1/sam/namespace/describeNamespaceList"_s;
    request.action = u"DescribeNamespaceList"_s;
    request.addQuery(u"ContainCustom"_s, u"true"_s).addQuery(u"HybridCloudExclude"_s, u"true"_s);
    return {request, &RegionJsonReader::namespaceList};
}

} // namespace RegionApi
