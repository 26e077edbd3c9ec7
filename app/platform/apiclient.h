#pragma once

#include "platform/accesskeycredential.h"
#include "platform/apicall.h"
#include "platform/apireply.h"
#include "platform/apirequest.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

/**
 * Sends SAE OpenAPI requests to one endpoint with one AccessKey. Signing happens here and only
 * here (V3, ACS3-HMAC-SHA256); each request becomes one ApiReply job. The network access manager
 * is injected, so tests and the app decide how connections are made.
 */
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    /// `https://sae.cn-shenzhen.aliyuncs.com`, or the embedded emulator's `http://127.0.0.1:port`.
    void setEndpoint(const QUrl &endpoint);
    QUrl endpoint() const { return m_endpoint; }
    void setCredential(const AccessKeyCredential &credential);
    QString accessKeyId() const { return m_credential.accessKeyId; }
    /// How long a request may go without progress before it fails with a Timeout error.
    void setTransferTimeout(std::chrono::milliseconds timeout);
    /// The clock used for `x-acs-date`; the system clock unless a test replaces it.
    void setClock(std::function<QDateTime()> clock);

    /// Signs and sends a request. The reply finishes exactly once and then deletes itself.
    ApiReply *send(const ApiRequest &request);

    /**
     * Sends a typed call; `handler(const ApiResult<T> &)` runs on `context`'s thread when the
     * answer is read, unless `context` was destroyed first.
     */
    template <typename T, typename Handler>
    ApiReply *call(const ApiCall<T> &call, const QObject *context, Handler &&handler)
    {
        ApiReply *reply = send(call.request);
        connect(
            reply, &ApiReply::finished, context,
            [reply, read = call.read, handler = std::forward<Handler>(handler)]() mutable {
                handler(reply->result().andThen(read));
            },
            Qt::SingleShotConnection);
        return reply;
    }

private:
    QNetworkAccessManager *m_network;
    QUrl m_endpoint;
    AccessKeyCredential m_credential;
    std::chrono::milliseconds m_transferTimeout{15000};
    std::function<QDateTime()> m_clock;
};
