#include "apireply.h"

#include "platform/responseinterpreter.h"

#include <QLoggingCategory>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcPlatformApi, "opsconsole.platform.api", QtInfoMsg)

ApiReply::ApiReply(QNetworkReply *reply, const QString &action, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_action(action)
{
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onNetworkFinished);
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::cancel()
{
    if (isFinished() || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // finished() of the network reply follows synchronously or soon
        return;
    }
    // The network reply is already gone; finish from the event loop like any other answer.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!isFinished())
                finish(ApiError::cancelled());
        },
        Qt::QueuedConnection);
}

void ApiReply::onNetworkFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    if (m_cancelled) {
        finish(ApiError::cancelled());
        return;
    }

    ResponseInterpreter::RawResponse raw;
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.body = reply->isOpen() ? reply->readAll() : QByteArray(); // a timed-out reply is closed
    raw.requestIdHeader = reply->rawHeader(QByteArrayLiteral("x-acs-request-id"));
    const QNetworkReply::NetworkError error = reply->error();
    // A transfer timeout aborts the reply: Qt reports it as OperationCanceledError or TimeoutError.
    raw.timedOut = error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
    raw.transportFailed = error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
    raw.transportError = reply->errorString();

    ApiResult<QJsonObject> result = ResponseInterpreter::interpret(raw);
    if (!result.isOk()) {
        const ApiError &failure = result.error();
        qCInfo(lcPlatformApi).noquote() << m_action << "failed:" << failure.kind << failure.httpStatus
                                        << failure.code << failure.requestId;
    } else {
        qCDebug(lcPlatformApi).noquote() << m_action << raw.httpStatus;
    }
    finish(std::move(result));
}

void ApiReply::finish(ApiResult<QJsonObject> result)
{
    m_result = std::move(result);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    emit finished();
    deleteLater();
}
