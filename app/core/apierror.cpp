#include "apierror.h"

namespace {

bool isAuthenticationCode(const QString &code)
{
    return code == u"SignatureDoesNotMatch" || code == u"IncompleteSignature"
           || code == u"InvalidSignatureMethod" || code == u"SignatureNonceUsed"
           || code.startsWith(u"InvalidAccessKeyId") || code.startsWith(u"InvalidTimeStamp")
           || code == u"InvalidSecurityToken.Expired" || code == u"Forbidden.RAM" || code == u"NoPermission";
}

} // namespace

ApiError ApiError::network(const QString &message)
{
    return ApiError{Kind::Network, 0, {}, message, {}, true};
}

ApiError ApiError::timeout(const QString &message)
{
    return ApiError{Kind::Timeout, 0, {}, message, {}, true};
}

ApiError ApiError::parse(const QString &message, int httpStatus, const QString &requestId)
{
    return ApiError{Kind::Parse, httpStatus, {}, message, requestId, false};
}

ApiError ApiError::cancelled()
{
    return ApiError{Kind::Cancelled, 0, {}, tr("The request was cancelled."), {}, false};
}

ApiError ApiError::fromPlatform(int httpStatus, const QString &code, const QString &message,
                                const QString &requestId)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.code = code;
    error.message = message;
    error.requestId = requestId;
    if (code.contains(u"Throttling")) {
        error.kind = Kind::Throttled;
        error.retryable = true;
    } else if (isAuthenticationCode(code)) {
        error.kind = Kind::Authentication;
    } else if (code.isEmpty()) {
        error.kind = Kind::Http;
        error.retryable = httpStatus >= 500;
    } else {
        error.kind = Kind::Platform;
        error.retryable = httpStatus >= 500 || code == u"ServiceUnavailable" || code == u"System.Upgrading";
    }
    return error;
}

QString ApiError::summary() const
{
    if (!code.isEmpty())
        return tr("%1: %2").arg(code, message);
    if (httpStatus != 0 && kind == Kind::Http)
        return tr("HTTP %1: %2").arg(httpStatus).arg(message);
    return message;
}

QString ApiError::detailedText() const
{
    if (requestId.isEmpty())
        return summary();
    //: %1 is an error summary, %2 the platform's RequestId
    return tr("%1 (RequestId: %2)").arg(summary(), requestId);
}
