#include "applicationapi.h"

#include "platform/applicationjsonreader.h"

namespace ApplicationApi {

namespace {

using namespace Qt::StringLiterals;

ApiRequest get(const QString &path, const QString &action, const QString &appId)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = path;
    request.action = action;
    request.addQuery(u"AppId"_s, appId);
    return request;
}

} // namespace

ApiCall<ApplicationConfig> describeApplicationConfig(const QString &appId, const QString &versionId)
{
    ApiRequest request =
        get(u"/pop/v1/sam/app/describeApplicationConfig"_s, u"DescribeApplicationConfig"_s, appId);
    if (!versionId.isEmpty())
        request.addQuery(u"VersionId"_s, versionId);
    return {request, &ApplicationJsonReader::config};
}

ApiCall<ApplicationStatus> describeApplicationStatus(const QString &appId)
{
    return {get(u"/pop/v1/sam/app/describeApplicationStatus"_s, u"DescribeApplicationStatus"_s, appId),
            &ApplicationJsonReader::status};
}

ApiCall<QList<AppVersion>> listAppVersions(const QString &appId)
{
    return {get(u"/pop/v1/sam/app/listAppVersions"_s, u"ListAppVersions"_s, appId),
            &ApplicationJsonReader::versions};
}

} // namespace ApplicationApi
