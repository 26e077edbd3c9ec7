#pragma once

#include "emulator/gatewayrequest.h"

#include <QDateTime>

/**
 * Builds GatewayRequest values signed with the V3 scheme, independently of the platform's client,
 * so the emulator's gateway can be tested on its own.
 */
struct SignedRequest
{
    QByteArray method = QByteArrayLiteral("GET");
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
};
