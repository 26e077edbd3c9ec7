#include "instancelogapi.h"

#include "platform/instancelogjsonreader.h"

namespace InstanceLogApi {

using namespace Qt::StringLiterals;

ApiCall<InstanceLog> describeInstanceLog(const QString &instanceId, InstanceLog::Run run,
                                         const QString &containerId)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = u"/pop/v1/sam/instance/describeInstanceLog"_s;
    request.action = u"DescribeInstanceLog"_s;
    request.addQuery(u"InstanceId"_s, instanceId);
    if (run == InstanceLog::Run::Previous)
        request.addQuery(u"Previous"_s, u"true"_s);
    if (!containerId.isEmpty())
        request.addQuery(u"ContainerId"_s, containerId);

    InstanceLog which;
    which.instanceId = instanceId;
    which.containerId = containerId;
    which.run = run;
    return {request,
            [which](const QJsonObject &envelope) { return InstanceLogJsonReader::log(envelope, which); }};
}

} // namespace InstanceLogApi
