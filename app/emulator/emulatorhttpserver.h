#pragma once

#include "emulator/gatewayrequest.h"
#include "emulator/gatewayresponse.h"

#include <QAbstractHttpServer>

#include <functional>

/**
 * The one place that knows Qt HTTP Server (a technology preview whose API changed after 6.4):
 * it turns its requests into GatewayRequest values and writes GatewayResponse values back, each
 * connection's in order and each after its delay (ConnectionReplyQueue).
 */
class EmulatorHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorHttpServer)

public:
    using Handler = std::function<GatewayResponse(const GatewayRequest &)>;

    explicit EmulatorHttpServer(Handler handler, QObject *parent = nullptr);

    /// Stops listening and closes every open connection.
    void close();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static GatewayRequest toGatewayRequest(const QHttpServerRequest &request);

    Handler m_handler;
};
