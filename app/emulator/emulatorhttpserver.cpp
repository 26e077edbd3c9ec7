#include "emulatorhttpserver.h"

#include "emulator/connectionreplyqueue.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

EmulatorHttpServer::EmulatorHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

void EmulatorHttpServer::close()
{
    const QList<QTcpServer *> tcpServers = servers();
    for (QTcpServer *server : tcpServers) {
        server->close();
        // Connections are children of their listening socket; close them too, so that clients
        // see the server go away instead of a half-open keep-alive connection.
        const QList<QTcpSocket *> sockets = server->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->abort();
    }
}

GatewayRequest EmulatorHttpServer::toGatewayRequest(const QHttpServerRequest &request)
{
    GatewayRequest converted;
    converted.method = methodName(request.method());
    const QUrl url = request.url();
    converted.path = url.path(QUrl::FullyDecoded);
    converted.query = GatewayRequest::decodeQuery(url.query(QUrl::FullyEncoded).toUtf8());
    const QList<QPair<QByteArray, QByteArray>> headers = request.headers();
    converted.headers.reserve(headers.size());
    for (const auto &header : headers)
        converted.headers.append({header.first.toLower(), header.second});
    converted.body = request.body();
    if (converted.header("content-type").startsWith("application/x-www-form-urlencoded"))
        converted.formParameters = GatewayRequest::decodeQuery(converted.body);
    return converted;
}

bool EmulatorHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The request is handled now, in arrival order; its reply may wait (injected latency) and
    // is written after the replies this connection still owes.
    ConnectionReplyQueue::of(socket)->add(m_handler(toGatewayRequest(request)));
    return true;
}

void EmulatorHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only reached if it ever declines.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
