#pragma once

#include "emulator/gatewayfailure.h"
#include "emulator/gatewayrequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

class EmulatorClock;

/**
 * Verifies request signatures as Alibaba's API gateway does: the V3 scheme (ACS3-HMAC-SHA256) and
 * the legacy ROA scheme (HMAC-SHA1), a 15-minute clock-skew window and single-use nonces. Credentials live
 * only in memory.
 */
class RequestAuthenticator
{
public:
    explicit RequestAuthenticator(const EmulatorClock *clock);

    void addCredential(const QString &accessKeyId, const QByteArray &accessKeySecret);
    void clearCredentials();

    /// nullopt when the request is authentic; the AccessKey ID that signed it goes to *accessKeyId.
    std::optional<GatewayFailure> verify(const GatewayRequest &request, QString *accessKeyId = nullptr);

    static constexpr qint64 allowedSkewSeconds = 15 * 60;

private:
    std::optional<GatewayFailure> verifyV3(const GatewayRequest &request, QString *accessKeyId);
    std::optional<GatewayFailure> verifyRoa(const GatewayRequest &request, QString *accessKeyId);
    /// V3's x-acs-date (ISO 8601) and ROA's Date (RFC 1123), both within the skew window.
    std::optional<GatewayFailure> checkTimestamp(const QByteArray &timestamp);
    std::optional<GatewayFailure> checkHttpDate(const QByteArray &date);
    std::optional<GatewayFailure> checkSkew(const QDateTime &when);
    std::optional<GatewayFailure> useNonce(const QByteArray &nonce);

    const EmulatorClock *m_clock;
    QHash<QString, QByteArray> m_secrets;
    QHash<QByteArray, QDateTime> m_usedNonces;
};
