#pragma once

#include "emulator/faultinjector.h"
#include "emulator/gatewayrequest.h"
#include "emulator/gatewayresponse.h"
#include "emulator/operationregistry.h"
#include "emulator/ratelimiter.h"
#include "emulator/requestauthenticator.h"

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcEmulatorGateway)

class EmulatorClock;

#include <functional>

/**
 * The emulated Alibaba Cloud API gateway in front of SAE: finds the operation for the method and
 * path (ROA) or the `Action` parameter (RPC, at `/`), checks `x-acs-action`, authenticates the
 * signature, runs the operation and answers with a RequestId on every response, in the body and
 * in the `x-acs-request-id` header. Its FaultInjector can make it misbehave on purpose.
 */
class Gateway
{
public:
    Gateway(const EmulatorClock *clock, const QString &regionId);

    /// `sae.<region>.aliyuncs.com`, as the gateway names itself in error bodies.
    static QString hostIdFor(const QString &regionId);

    RequestAuthenticator &authenticator() { return m_authenticator; }
    /// 60 calls per minute per AccessKey by default, as SAE; 0 turns it off.
    RateLimiter &rateLimiter() { return m_rateLimiter; }
    OperationRegistry &operations() { return m_operations; }
    /// No faults by default; see FaultInjector for what each one does and where it applies.
    FaultInjector &faults() { return m_faults; }
    QString hostId() const { return m_hostId; }
    /// Runs after authentication and before the operation; the emulator advances the fleet here.
    void setBeforeOperation(std::function<void()> hook) { m_beforeOperation = std::move(hook); }

    GatewayResponse handle(const GatewayRequest &request);

private:
    /// The answer before faults on the way back (FaultInjector::deliver) are applied.
    GatewayResponse answer(const GatewayRequest &request, const FaultInjector::Decision &fault);
    /// SAE's `Throttling.User`, with the `x-ratelimit-user` header clients back off by.
    GatewayResponse throttled(const GatewayRequest &request, const QString &accessKeyId, const QDateTime &now,
                              const QString &requestId);
    GatewayResponse respond(const GatewayRequest &request, int status, QJsonObject body,
                            const QString &requestId);

    QString m_hostId;
    const EmulatorClock *m_clock;
    RequestAuthenticator m_authenticator;
    RateLimiter m_rateLimiter;
    OperationRegistry m_operations;
    FaultInjector m_faults;
    std::function<void()> m_beforeOperation;
};
