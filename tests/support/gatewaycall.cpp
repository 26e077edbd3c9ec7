#include "gatewaycall.h"

#include "emulator/gateway.h"
#include "support/signedrequests.h"

#include <QJsonDocument>

GatewayAnswer callGateway(Emulator &emulator, const QByteArray &method, const QString &path,
                          const QString &action, QList<std::pair<QString, QString>> query)
{
    SignedRequest request;
    request.method = method;
    request.path = path;
    request.action = action;
    request.query = std::move(query);
    request.date = emulator.clock().now();
    const GatewayResponse response = emulator.gateway().handle(request.toGatewayRequest());
    return {response.status, QJsonDocument::fromJson(response.body).object()};
}
