#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <utility>

/** What the gateway answers: status, headers and a body, independent of the HTTP server library. */
struct GatewayResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static GatewayResponse json(int status, const QJsonObject &body);
};
