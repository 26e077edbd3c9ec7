#include "gateway.h"

#include "emulator/emulatorclock.h"
#include "emulator/errorbody.h"

#include <QUuid>

Q_LOGGING_CATEGORY(lcEmulatorGateway, "opsconsole.emulator.gateway", QtInfoMsg)

namespace {

using namespace Qt::StringLiterals;

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

} // namespace

Gateway::Gateway(const EmulatorClock *clock, const QString &regionId)
    : m_hostId(hostIdFor(regionId))
    , m_clock(clock)
    , m_authenticator(clock)
{}

QString Gateway::hostIdFor(const QString &regionId)
{
    return u"sae.%1.aliyuncs.com"_s.arg(regionId);
}

GatewayResponse Gateway::handle(const GatewayRequest &request)
{
    // Every request is counted, so that the faults follow the order in which requests arrive.
    const FaultInjector::Decision fault = m_faults.next();
    return FaultInjector::deliver(answer(request, fault), fault);
}

GatewayResponse Gateway::answer(const GatewayRequest &request, const FaultInjector::Decision &fault)
{
    const QString requestId = newRequestId();
    const bool rpc = request.path.isEmpty() || request.path == u"/";
    const QByteArray action = request.header("x-acs-action");
    // A V3-signed RPC call names its action in the header only; a legacy one in `Action`.
    const OperationRegistry::Route *route =
        rpc ? m_operations.findRpc(action.isEmpty() ? request.parameter(u"Action").value_or(QString())
                                                    : QString::fromLatin1(action))
            : m_operations.findRoa(request.method, request.path);
    const bool methodMatches = rpc ? (request.method == "GET" || request.method == "POST")
                                   : route && route->method == request.method;
    if (!route || !methodMatches || (!action.isEmpty() && QString::fromLatin1(action) != route->action)) {
        return respond(request, 404,
                       ErrorBody::gateway(u"InvalidApi.NotFound"_s,
                                          u"Specified api is not found, please check your url and method."_s,
                                          m_hostId),
                       requestId);
    }

    if (rpc && !route->version.isEmpty()) {
        // RPC products live side by side on one endpoint here; the version tells them apart.
        QString version = QString::fromLatin1(request.header("x-acs-version"));
        if (version.isEmpty())
            version = request.parameter(u"Version").value_or(QString());
        if (version != route->version) {
            return respond(request, 400,
                           ErrorBody::gateway(u"InvalidVersion"_s,
                                              u"Specified parameter Version is not valid."_s, m_hostId),
                           requestId);
        }
    }

    QString accessKeyId;
    if (const std::optional<GatewayFailure> failure = m_authenticator.verify(request, &accessKeyId)) {
        return respond(request, failure->httpStatus,
                       ErrorBody::gateway(failure->code, failure->message, m_hostId), requestId);
    }

    // Flow control is per user and real time, like the signatures' clock. A throttling storm
    // refuses everything here, as if another tool used up the AccessKey's minute.
    const QDateTime now = m_clock->wallNow();
    if (m_faults.plan().throttlingStorm || !m_rateLimiter.allow(accessKeyId, now))
        return throttled(request, accessKeyId, now, requestId);

    // An injected server error stands for SAE's back end failing: the operation does not run.
    if (const std::optional<GatewayFailure> failure = FaultInjector::serverError(fault)) {
        return respond(request, failure->httpStatus,
                       ErrorBody::gateway(failure->code, failure->message, m_hostId), requestId);
    }

    if (m_beforeOperation)
        m_beforeOperation();
    OperationResult result = route->handler(request);
    return respond(request, result.httpStatus, std::move(result.body), requestId);
}

GatewayResponse Gateway::throttled(const GatewayRequest &request, const QString &accessKeyId,
                                   const QDateTime &now, const QString &requestId)
{
    GatewayResponse response = respond(
        request, 400,
        ErrorBody::gateway(u"Throttling.User"_s, u"Request was denied due to user flow control."_s, m_hostId),
        requestId);
    // In a storm the limiter may have calls to spare; a client honouring TimeLeft still waits a
    // moment before it is refused again. Without a limit, SAE's 60 is the one to announce.
    const qint64 timeLeftMs = m_faults.plan().throttlingStorm
                                  ? qMax<qint64>(1000, m_rateLimiter.timeLeftMs(accessKeyId, now))
                                  : m_rateLimiter.timeLeftMs(accessKeyId, now);
    const int limit = m_rateLimiter.callsPerMinute() > 0 ? m_rateLimiter.callsPerMinute() : 60;
    response.headers.append(
        {QByteArrayLiteral("x-ratelimit-user"),
         "Limit:" + QByteArray::number(limit) + ",Remain:0,TimeLeft:" + QByteArray::number(timeLeftMs)});
    return response;
}

GatewayResponse Gateway::respond(const GatewayRequest &request, int status, QJsonObject body,
                                 const QString &requestId)
{
    body.insert(u"RequestId"_s, requestId);
    GatewayResponse response = GatewayResponse::json(status, body);
    response.headers.append({QByteArrayLiteral("x-acs-request-id"), requestId.toLatin1()});
    qCDebug(lcEmulatorGateway).noquote() << request.method << request.path << status << requestId;
    return response;
}
