#pragma once

#include "core/apiresult.h"
#include "core/namespace.h"
#include "core/region.h"

#include <QJsonObject>
#include <QList>

/**
 * Reads DescribeRegions and DescribeNamespaceList (reference 9.7). DescribeRegions has no `Data`:
 * its `Regions` and each region's `RecommendZones` come wrapped (`{"Region": [...]}`, current) or
 * plain (2021), appendix B 3; both are read.
 */
namespace RegionJsonReader {

ApiResult<QList<Region>> regions(const QJsonObject &envelope);
ApiResult<QList<Namespace>> namespaceList(const QJsonObject &envelope);

} // namespace RegionJsonReader
