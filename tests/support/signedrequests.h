#pragma once

#include "emulator/gatewayrequest.h"

#include <QDateTime>
#include <QNetworkRequest>

/**
 * Builds GatewayRequest values signed with the V3 scheme, independently of the platform's client,
 * so the emulator's gateway can be tested on its own, or over HTTP with any client.
 */
struct SignedRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray host = QByteArrayLiteral("sae.cn-shenzhen.aliyuncs.com");
    QString path;
    QString action;
    QByteArray version = QByteArrayLiteral("2019-05-06"); ///< SAE's; CloudMonitor's is 2019-01-01
    QList<std::pair<QString, QString>> query;
    QByteArray body;
    QByteArray contentType;
    QString accessKeyId = QStringLiteral("LTAI5tOpsConsoleDemoKey");
    QByteArray accessKeySecret = QByteArrayLiteral("OpsConsoleDemoSecretNotForProduction");
    QDateTime date = QDateTime::currentDateTimeUtc();
    QByteArray nonce; ///< empty: a fresh random one

    GatewayRequest toGatewayRequest() const;
    /// The same request for `endpoint` (e.g. a listening emulator), signed for its host; send it
    /// with `sendCustomRequest(request, method, body)`.
    QNetworkRequest toNetworkRequest(const QUrl &endpoint) const;
};
