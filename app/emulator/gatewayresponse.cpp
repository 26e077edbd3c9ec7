#include "gatewayresponse.h"

#include <QJsonDocument>

GatewayResponse GatewayResponse::json(int status, const QJsonObject &body)
{
    GatewayResponse response;
    response.status = status;
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf-8")});
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}
