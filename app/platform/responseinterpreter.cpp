#include "responseinterpreter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ResponseInterpreter {

namespace {

using namespace Qt::StringLiterals;

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QString firstText(const QJsonObject &object, std::initializer_list<QStringView> keys)
{
    for (QStringView key : keys) {
        const QString text = textOf(object.value(key));
        if (!text.isEmpty())
            return text;
    }
    return {};
}

bool isFalse(const QJsonValue &value)
{
    return (value.isBool() && !value.toBool())
           || (value.isString() && value.toString().compare(u"false", Qt::CaseInsensitive) == 0);
}

// A success envelope carries Code "200" (or 200); anything that is not a 2xx number is an error code.
bool isSuccessCode(const QString &code)
{
    bool numeric = false;
    const int value = code.toInt(&numeric);
    return code.isEmpty() || (numeric && value >= 200 && value < 300);
}

} // namespace

ApiResult<QJsonObject> interpret(const RawResponse &response)
{
    const QString headerRequestId = QString::fromLatin1(response.requestIdHeader);
    if (response.timedOut)
        return ApiError::timeout(
            QCoreApplication::translate("ResponseInterpreter", "The platform did not answer in time."));
    if (response.httpStatus == 0) {
        return ApiError::network(response.transportError.isEmpty() ? QCoreApplication::translate(
                                     "ResponseInterpreter", "The platform could not be reached.")
                                                                   : response.transportError);
    }
    if (response.transportFailed && response.httpStatus < 400) {
        ApiError error = ApiError::network(QCoreApplication::translate(
            "ResponseInterpreter", "The connection closed before the answer was complete."));
        error.httpStatus = response.httpStatus;
        error.requestId = headerRequestId;
        return error;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (response.httpStatus >= 400) {
            return ApiError::fromPlatform(
                response.httpStatus, QString(),
                QCoreApplication::translate("ResponseInterpreter",
                                            "The platform answered with an error and no readable details."),
                headerRequestId);
        }
        const QString detail = parseError.error != QJsonParseError::NoError
                                   ? parseError.errorString() + u" @"_s + QString::number(parseError.offset)
                                   : QCoreApplication::translate("ResponseInterpreter", "not a JSON object");
        return ApiError::parse(
            QCoreApplication::translate("ResponseInterpreter", "The platform's answer could not be read: %1")
                .arg(detail),
            response.httpStatus, headerRequestId);
    }

    const QJsonObject envelope = document.object();
    QString requestId = firstText(envelope, {u"RequestId", u"requestId", u"requestid"});
    if (requestId.isEmpty())
        requestId = headerRequestId;
    const QString code = firstText(envelope, {u"Code", u"code"});
    const QString errorCode = firstText(envelope, {u"ErrorCode", u"errorCode"});
    QString message = firstText(envelope, {u"Message", u"message"});

    const bool failed = response.httpStatus >= 400 || isFalse(envelope.value(u"Success"))
                        || !isSuccessCode(code) || !errorCode.isEmpty();
    if (!failed)
        return envelope;

    const QString platformCode = !isSuccessCode(code) ? code : errorCode;
    if (message.isEmpty())
        message = QCoreApplication::translate("ResponseInterpreter", "The platform reported an error.");
    return ApiError::fromPlatform(response.httpStatus, platformCode, message, requestId);
}

} // namespace ResponseInterpreter
