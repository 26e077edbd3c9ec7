#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <chrono>
#include <utility>

/** What the gateway answers: status, headers and a body, independent of the HTTP server library. */
struct GatewayResponse
{
    /// How the reply travels back; anything but Complete is an injected fault (FaultInjector).
    enum class Delivery
    {
        Complete,  ///< the whole reply
        Truncated, ///< the headers with the full Content-Length, half the body, then the connection closes
        Dropped,   ///< the connection closes without a reply
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Complete;
    /// How long the reply waits before it is written (injected latency).
    std::chrono::milliseconds delay{0};

    static GatewayResponse json(int status, const QJsonObject &body);
};
