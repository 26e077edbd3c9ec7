#include "saeapi.h"

#include "platform/saejsonreader.h"

namespace SaeApi {

using namespace Qt::StringLiterals;

namespace {

ApiRequest get(const QString &path, const QString &action)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = path;
    request.action = action;
    return request;
}

} // namespace

ApiCall<Page<Namespace>> describeNamespaces(int currentPage, int pageSize)
{
    ApiRequest request = get(u"/pop/v1/paas/namespaces"_s, u"DescribeNamespaces"_s);
    request.addQuery(u"CurrentPage"_s, currentPage).addQuery(u"PageSize"_s, pageSize);
    return {request, &SaeJsonReader::namespaces};
}

ApiCall<Page<Application>> listApplications(const ApplicationQuery &query)
{
    ApiRequest request = get(u"/pop/v1/sam/app/listApplications"_s, u"ListApplications"_s);
    request.addQuery(u"CurrentPage"_s, query.currentPage).addQuery(u"PageSize"_s, query.pageSize);
    if (!query.namespaceId.isEmpty())
        request.addQuery(u"NamespaceId"_s, query.namespaceId);
    if (!query.appName.isEmpty())
        request.addQuery(u"AppName"_s, query.appName);
    return {request, &SaeJsonReader::applications};
}

ApiCall<QList<ApplicationGroup>> describeApplicationGroups(const QString &appId)
{
    ApiRequest request = get(u"/pop/v1/sam/app/describeApplicationGroups"_s, u"DescribeApplicationGroups"_s);
    request.addQuery(u"AppId"_s, appId);
    return {request, &SaeJsonReader::applicationGroups};
}

ApiCall<Page<Instance>> describeApplicationInstances(const InstanceQuery &query)
{
    ApiRequest request =
        get(u"/pop/v1/sam/app/describeApplicationInstances"_s, u"DescribeApplicationInstances"_s);
    request.addQuery(u"AppId"_s, query.appId)
        .addQuery(u"GroupId"_s, query.groupId)
        .addQuery(u"CurrentPage"_s, query.currentPage)
        .addQuery(u"PageSize"_s, query.pageSize);
    if (!query.pipelineId.isEmpty())
        request.addQuery(u"PipelineId"_s, query.pipelineId);
    return {request, &SaeJsonReader::instances};
}

} // namespace SaeApi
