#include "saeoperations.h"

#include "emulator/errorbody.h"
#include "emulator/fleet.h"
#include "emulator/fleetjson.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

namespace {

using namespace Qt::StringLiterals;

QJsonObject success(const QJsonValue &data)
{
    return QJsonObject{
        {u"Code"_s, u"200"_s}, {u"Message"_s, u"success"_s},
        {u"Success"_s, true},  {u"TraceId"_s, ErrorBody::newTraceId()},
        {u"Data"_s, data},
    };
}

SaeOperations::Result appNotFound()
{
    return {404, ErrorBody::business(u"InvalidAppId.NotFound"_s, u"The specified AppId does not exist."_s)};
}

template <typename T>
QList<T> pageOf(const QList<T> &items, int currentPage, int pageSize)
{
    const qsizetype first = qsizetype(currentPage - 1) * pageSize;
    if (first >= items.size() || pageSize <= 0)
        return {};
    return items.mid(first, pageSize);
}

// Instance order for Reverse=true is SAE's status order (failures first), then the instance ID.
bool failuresFirst(const Instance &a, const Instance &b)
{
    if (a.status != b.status)
        return int(a.status) < int(b.status);
    return a.instanceId < b.instanceId;
}

} // namespace

SaeOperations::SaeOperations(Fleet *fleet, QString hostId)
    : m_fleet(fleet)
    , m_hostId(std::move(hostId))
{}

const SaeOperations::Route *SaeOperations::findRoute(QStringView path)
{
    static constexpr std::array<Route, 4> routes{{
        {"GET", u"/pop/v1/paas/namespaces", u"DescribeNamespaces", &SaeOperations::describeNamespaces},
        {"GET", u"/pop/v1/sam/app/listApplications", u"ListApplications", &SaeOperations::listApplications},
        {"GET", u"/pop/v1/sam/app/describeApplicationGroups", u"DescribeApplicationGroups",
         &SaeOperations::describeApplicationGroups},
        {"GET", u"/pop/v1/sam/app/describeApplicationInstances", u"DescribeApplicationInstances",
         &SaeOperations::describeApplicationInstances},
    }};
    const auto found = std::find_if(routes.cbegin(), routes.cend(),
                                    [path](const Route &route) { return route.path == path; });
    return found == routes.cend() ? nullptr : &*found;
}

SaeOperations::Result SaeOperations::invoke(const Route &route, const GatewayRequest &request)
{
    return (this->*route.handler)(request);
}

SaeOperations::Result SaeOperations::missingParameter(const QString &name) const
{
    return {400,
            ErrorBody::gateway(u"Missing"_s + name, name + u" is mandatory for this action."_s, m_hostId)};
}

SaeOperations::Result SaeOperations::invalidParameter(const QString &name, const QString &why) const
{
    return {400, ErrorBody::business(u"InvalidParameter.WithMessage"_s,
                                     u"The parameter is invalid {%1}: %2"_s.arg(name, why))};
}

std::optional<SaeOperations::Result> SaeOperations::readInt(const GatewayRequest &request,
                                                            const QString &name, int defaultValue,
                                                            int minimum, int maximum, int *value,
                                                            bool required) const
{
    const std::optional<QString> text = request.parameter(name);
    if (!text || text->isEmpty()) {
        if (required)
            return missingParameter(name);
        *value = defaultValue;
        return std::nullopt;
    }
    bool ok = false;
    const int parsed = text->toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum)
        return invalidParameter(name, u"must be an integer from %1 to %2"_s.arg(minimum).arg(maximum));
    *value = parsed;
    return std::nullopt;
}

SaeOperations::Result SaeOperations::describeNamespaces(const GatewayRequest &request)
{
    int currentPage = 1;
    int pageSize = 10;
    if (auto error = readInt(request, u"CurrentPage"_s, 1, 1, 1000000, &currentPage, true))
        return *error;
    if (auto error = readInt(request, u"PageSize"_s, 10, 0, 10000, &pageSize, true))
        return *error;

    QJsonArray namespaces;
    for (const Namespace &ns : pageOf(m_fleet->namespaces, currentPage, pageSize))
        namespaces.append(FleetJson::namespaceEntry(ns));
    return {200, success(QJsonObject{
                     {u"CurrentPage"_s, currentPage},
                     {u"PageSize"_s, pageSize},
                     {u"TotalSize"_s, int(m_fleet->namespaces.size())},
                     {u"Namespaces"_s, namespaces},
                 })};
}

SaeOperations::Result SaeOperations::listApplications(const GatewayRequest &request)
{
    int currentPage = 1;
    int pageSize = 20;
    if (auto error = readInt(request, u"CurrentPage"_s, 1, 1, 1000000, &currentPage))
        return *error;
    if (auto error = readInt(request, u"PageSize"_s, 20, 0, 10000, &pageSize))
        return *error;

    const QString namespaceId = request.parameter(u"NamespaceId").value_or(QString());
    const QString appName = request.parameter(u"AppName").value_or(QString());
    const QString fieldType = request.parameter(u"FieldType").value_or(QString());
    const QString fieldValue = request.parameter(u"FieldValue").value_or(QString());
    const QStringList appIds =
        fieldType == u"appIds" ? fieldValue.split(u',', Qt::SkipEmptyParts) : QStringList();

    QList<const EmulatedApplication *> matching;
    for (const EmulatedApplication &emulated : std::as_const(m_fleet->applications)) {
        const Application &app = emulated.application;
        if (!namespaceId.isEmpty() && app.namespaceId != namespaceId)
            continue;
        if (!appName.isEmpty() && !app.appName.contains(appName, Qt::CaseInsensitive))
            continue;
        if (!fieldValue.isEmpty()) {
            if (fieldType == u"appName" && !app.appName.contains(fieldValue, Qt::CaseInsensitive))
                continue;
            if (fieldType == u"appIds" && !appIds.contains(app.appId))
                continue;
            if (fieldType == u"instanceIps"
                && std::none_of(emulated.instances.cbegin(), emulated.instances.cend(),
                                [&](const Instance &instance) { return instance.ip == fieldValue; }))
                continue;
            if (fieldType == u"slbIps")
                continue; // the emulated fleet has no SLBs bound
        }
        matching.append(&emulated);
    }

    QJsonArray applications;
    for (const EmulatedApplication *emulated : pageOf(matching, currentPage, pageSize))
        applications.append(FleetJson::applicationEntry(*emulated));
    const int totalSize = int(matching.size());

    // ListApplications repeats the paging counters at the top level and has no TraceId.
    QJsonObject body = success(QJsonObject{
        {u"Applications"_s, applications},
        {u"CurrentPage"_s, currentPage},
        {u"PageSize"_s, pageSize},
        {u"TotalSize"_s, totalSize},
    });
    body.remove(u"TraceId"_s);
    body.insert(u"CurrentPage"_s, currentPage);
    body.insert(u"PageSize"_s, pageSize);
    body.insert(u"TotalSize"_s, totalSize);
    return {200, body};
}

SaeOperations::Result SaeOperations::describeApplicationGroups(const GatewayRequest &request)
{
    const QString appId = request.parameter(u"AppId").value_or(QString());
    if (appId.isEmpty())
        return missingParameter(u"AppId"_s);
    const EmulatedApplication *emulated = m_fleet->findApplication(appId);
    if (!emulated)
        return appNotFound();
    return {200, success(QJsonArray{FleetJson::groupEntry(*emulated)})};
}

SaeOperations::Result SaeOperations::describeApplicationInstances(const GatewayRequest &request)
{
    const QString appId = request.parameter(u"AppId").value_or(QString());
    if (appId.isEmpty())
        return missingParameter(u"AppId"_s);
    const QString groupId = request.parameter(u"GroupId").value_or(QString());
    if (groupId.isEmpty())
        return missingParameter(u"GroupId"_s);
    int currentPage = 1;
    int pageSize = 10;
    if (auto error = readInt(request, u"CurrentPage"_s, 1, 1, 1000000, &currentPage))
        return *error;
    if (auto error = readInt(request, u"PageSize"_s, 10, 1, 1000000000 - 1, &pageSize))
        return *error;

    const EmulatedApplication *emulated = m_fleet->findApplication(appId);
    if (!emulated)
        return appNotFound();
    if (emulated->group.groupId != groupId) {
        return {400, ErrorBody::business(u"InvalidParameter.Obviously"_s,
                                         u"The specified parameter is invalid {GroupId}."_s)};
    }

    const QString instanceId = request.parameter(u"InstanceId").value_or(QString());
    QList<Instance> instances;
    for (const Instance &instance : emulated->instances) {
        if (instanceId.isEmpty() || instance.instanceId == instanceId)
            instances.append(instance);
    }
    const std::optional<QString> reverse = request.parameter(u"Reverse");
    if (reverse) {
        std::sort(instances.begin(), instances.end(), failuresFirst);
        if (reverse->compare(u"true", Qt::CaseInsensitive) != 0)
            std::reverse(instances.begin(), instances.end());
    }

    QJsonArray entries;
    for (const Instance &instance : pageOf(instances, currentPage, pageSize))
        entries.append(FleetJson::instanceEntry(instance));
    return {200, success(QJsonObject{
                     {u"CurrentPage"_s, currentPage},
                     {u"PageSize"_s, pageSize},
                     {u"TotalSize"_s, int(instances.size())},
                     {u"Instances"_s, entries},
                 })};
}
