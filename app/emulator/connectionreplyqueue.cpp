#include "connectionreplyqueue.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return status < 400 ? QByteArrayLiteral("OK") : QByteArrayLiteral("Error");
    }
}

} // namespace

ConnectionReplyQueue::ConnectionReplyQueue(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{}

ConnectionReplyQueue *ConnectionReplyQueue::of(QTcpSocket *socket)
{
    if (auto *queue = socket->findChild<ConnectionReplyQueue *>(QString(), Qt::FindDirectChildrenOnly))
        return queue;
    return new ConnectionReplyQueue(socket);
}

void ConnectionReplyQueue::add(GatewayResponse response)
{
    const quint64 id = m_nextId++;
    const std::chrono::milliseconds delay = response.delay;
    m_pending.push_back({id, std::move(response), delay.count() <= 0});
    if (delay.count() > 0) {
        // Precise, so that a reply is never written before its latency has passed.
        QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, id] { markDue(id); });
        return;
    }
    writeDue();
}

void ConnectionReplyQueue::markDue(quint64 id)
{
    const auto pending = std::find_if(m_pending.begin(), m_pending.end(),
                                      [id](const Pending &entry) { return entry.id == id; });
    if (pending == m_pending.end())
        return;
    pending->due = true;
    writeDue();
}

void ConnectionReplyQueue::writeDue()
{
    while (!m_pending.empty() && m_pending.front().due) {
        const GatewayResponse response = std::move(m_pending.front().response);
        m_pending.pop_front();
        if (!write(response)) {
            // Replies queued behind a closed connection are lost with it, as on a real network.
            m_pending.clear();
            return;
        }
    }
}

bool ConnectionReplyQueue::write(const GatewayResponse &response)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    if (response.delivery == GatewayResponse::Delivery::Dropped) {
        m_socket->disconnectFromHost();
        return false;
    }
    QByteArray message =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        message += name + ": " + value + "\r\n";
    // A truncated reply announces the whole body and sends half of it.
    message += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    // One write, one segment: QTcpSocket sends each write separately, and a second small
    // segment would wait for the client's delayed acknowledgement (Nagle).
    if (response.delivery == GatewayResponse::Delivery::Truncated) {
        m_socket->write(message + response.body.left(response.body.size() / 2));
        m_socket->disconnectFromHost(); // after the buffered bytes are sent
        return false;
    }
    m_socket->write(message + response.body);
    return true;
}
