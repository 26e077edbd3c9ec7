#pragma once

#include "core/apiresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/**
 * Turns what came back over HTTP into a platform envelope or an ApiError, tolerantly (reference
 * 4.1, 4.2, 1.4): `Code` as string or number, `Code`/`ErrorCode`/`code`, any spelling of
 * RequestId, `Success` as bool or string, bodies that are not JSON at all.
 */
namespace ResponseInterpreter {

struct RawResponse
{
    int httpStatus = 0; ///< 0: no HTTP response arrived
    QByteArray body;
    QByteArray requestIdHeader;   ///< x-acs-request-id, when the gateway sent it
    bool transportFailed = false; ///< the connection failed or the answer was cut short
    bool timedOut = false;
    QString transportError; ///< the network layer's description
};

ApiResult<QJsonObject> interpret(const RawResponse &response);

} // namespace ResponseInterpreter
