#include "regionjsonreader.h"

#include "platform/saejsonreader.h"

#include <QJsonArray>

namespace RegionJsonReader {

using namespace Qt::StringLiterals;
using namespace SaeJsonReader;

ApiResult<QList<Region>> regions(const QJsonObject &envelope)
{
    if (!envelope.contains(u"Regions"))
        return parseError(envelope, missing(u"Regions"_s));
    const ApiResult<QJsonArray> entries = list(envelope, envelope.value(u"Regions"), u"Regions"_s);
    if (!entries)
        return entries.error();
    QList<Region> read;
    read.reserve(entries.value().size());
    for (qsizetype i = 0; i < entries.value().size(); ++i) {
        const QJsonValue entry = entries.value().at(i);
        if (!entry.isObject())
            return parseError(envelope, wrongType(u"Regions[%1]"_s.arg(i)));
        const QJsonObject object = entry.toObject();
        Region region;
        region.regionId = text(object.value(u"RegionId"));
        if (region.regionId.isEmpty())
            return parseError(envelope, missing(u"Regions[%1].RegionId"_s.arg(i)));
        region.localName = text(object.value(u"LocalName"));
        region.endpoint = text(object.value(u"RegionEndpoint"));
        const ApiResult<QJsonArray> zones =
            list(envelope, object.value(u"RecommendZones"), u"Regions[%1].RecommendZones"_s.arg(i));
        if (!zones)
            return zones.error();
        for (const QJsonValue &zone : zones.value())
            region.recommendZones.append(text(zone));
        read.append(region);
    }
    return read;
}

ApiResult<QList<Namespace>> namespaceList(const QJsonObject &envelope)
{
    if (!envelope.contains(u"Data"))
        return parseError(envelope, missing(u"Data"_s));
    const ApiResult<QJsonArray> entries = list(envelope, envelope.value(u"Data"), u"Data"_s);
    if (!entries)
        return entries.error();
    QList<Namespace> namespaces;
    namespaces.reserve(entries.value().size());
    for (qsizetype i = 0; i < entries.value().size(); ++i) {
        const QJsonObject object = entries.value().at(i).toObject();
        Namespace ns;
        ns.id = text(object.value(u"NamespaceId"));
        if (ns.id.isEmpty())
            return parseError(envelope, missing(u"Data[%1].NamespaceId"_s.arg(i)));
        ns.name = text(object.value(u"NamespaceName"));
        ns.shortId = text(object.value(u"NameSpaceShortId"));
        ns.regionId = text(object.value(u"RegionId"));
        ns.description = text(object.value(u"NamespaceDescription"));
        namespaces.append(ns);
    }
    return namespaces;
}

} // namespace RegionJsonReader
