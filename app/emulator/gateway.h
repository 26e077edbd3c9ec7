#pragma once

#include "emulator/gatewayrequest.h"
#include "emulator/gatewayresponse.h"
#include "emulator/requestauthenticator.h"
#include "emulator/saeoperations.h"

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcEmulatorGateway)

class EmulatorClock;
class Fleet;

/**
 * The emulated Alibaba Cloud API gateway in front of SAE: finds the operation for the method and
 * path, checks `x-acs-action`, authenticates the signature, runs the operation and answers with
 * a RequestId on every response, in the body and in the `x-acs-request-id` header.
 */
class Gateway
{
public:
    Gateway(Fleet *fleet, const EmulatorClock *clock, const QString &regionId);

    RequestAuthenticator &authenticator() { return m_authenticator; }
    QString hostId() const { return m_hostId; }

    GatewayResponse handle(const GatewayRequest &request);

private:
    GatewayResponse respond(const GatewayRequest &request, int status, QJsonObject body,
                            const QString &requestId);

    QString m_hostId;
    RequestAuthenticator m_authenticator;
    SaeOperations m_operations;
};
