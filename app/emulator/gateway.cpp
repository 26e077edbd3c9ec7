#include "gateway.h"

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

Gateway::Gateway(Fleet *fleet, const EmulatorClock *clock, const QString &regionId)
    : m_hostId(u"sae.%1.aliyuncs.com"_s.arg(regionId))
    , m_authenticator(clock)
    , m_operations(fleet, m_hostId)
{}

GatewayResponse Gateway::handle(const GatewayRequest &request)
{
    const QString requestId = newRequestId();
    const SaeOperations::Route *route = SaeOperations::findRoute(request.path);
    const QByteArray action = request.header("x-acs-action");
    if (!route || route->method != request.method
        || (!action.isEmpty() && QString::fromLatin1(action) != route->action)) {
        return respond(request, 404,
                       ErrorBody::gateway(u"InvalidApi.NotFound"_s,
                                          u"Specified api is not found, please check your url and method."_s,
                                          m_hostId),
                       requestId);
    }

    if (const std::optional<GatewayFailure> failure = m_authenticator.verify(request)) {
        return respond(request, failure->httpStatus,
                       ErrorBody::gateway(failure->code, failure->message, m_hostId), requestId);
    }

    SaeOperations::Result result = m_operations.invoke(*route, request);
    return respond(request, result.httpStatus, std::move(result.body), requestId);
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
