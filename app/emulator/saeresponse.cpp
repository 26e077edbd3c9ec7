#include "saeresponse.h"

#include "emulator/errorbody.h"

namespace SaeResponse {

using namespace Qt::StringLiterals;

OperationResult success(const QJsonValue &data)
{
    OperationResult result = successWithoutTraceId(data);
    result.body.insert(u"TraceId"_s, ErrorBody::newTraceId());
    return result;
}

OperationResult successWithoutTraceId(const QJsonValue &data)
{
    return {200, QJsonObject{
                     {u"Code"_s, u"200"_s},
                     {u"Message"_s, u"success"_s},
                     {u"Success"_s, true},
                     {u"Data"_s, data},
                 }};
}

OperationResult error(int httpStatus, const QString &code, const QString &message)
{
    return {httpStatus, ErrorBody::business(code, message)};
}

OperationResult applicationNotFound()
{
    return error(404, u"InvalidAppId.NotFound"_s, u"The specified AppId does not exist."_s);
}

OperationResult invalidParameter(const QString &name, const QString &why)
{
    return error(400, u"InvalidParameter.WithMessage"_s,
                 u"The parameter is invalid {%1}: %2"_s.arg(name, why));
}

} // namespace SaeResponse
