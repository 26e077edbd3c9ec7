#pragma once

#include "core/namespace.h"
#include "core/region.h"
#include "platform/apicall.h"

#include <QList>

/**
 * Where things live (reference 9.7): the regions SAE serves and the namespaces of the endpoint's
 * region in one unpaged list (DescribeNamespaces, paged, is SaeApi::describeNamespaces). Read
 * with RegionJsonReader.
 */
namespace RegionApi {

ApiCall<QList<Region>> describeRegions();
/// Custom namespaces included (`ContainCustom=true`), hybrid-cloud ones left out.
ApiCall<QList<Namespace>> describeNamespaceList();

} // namespace RegionApi
