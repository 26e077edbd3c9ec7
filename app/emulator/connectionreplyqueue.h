#pragma once

#include "emulator/gatewayresponse.h"

#include <QObject>
#include <QPointer>

#include <deque>

class QTcpSocket;

/**
 * The replies owed on one HTTP connection, written in the order the requests came, each no
 * earlier than its delay: with keep-alive a client may send the next request before the previous
 * reply arrived, and a delayed reply must not be overtaken. Delays are timers, never waits, so the
 * server goes on serving every other connection meanwhile.
 *
 * It lives as a child of its socket: when the connection goes, the queue and its timers go too.
 * Replies are written as raw HTTP/1.1 because Qt 6.4's QHttpServerResponder refers to the request
 * object that the server reuses for the connection's next request, so it cannot outlive
 * handleRequest(); it also cannot send a Content-Length it does not keep (a truncated reply).
 */
class ConnectionReplyQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionReplyQueue)

public:
    /// The queue of `socket`, made on first use.
    static ConnectionReplyQueue *of(QTcpSocket *socket);

    /// Queues the reply to the connection's latest request; without a delay and with nothing
    /// queued before it, it is written at once.
    void add(GatewayResponse response);

private:
    explicit ConnectionReplyQueue(QTcpSocket *socket);

    struct Pending
    {
        quint64 id = 0;
        GatewayResponse response;
        bool due = false;
    };

    void markDue(quint64 id);
    /// Writes the due replies at the front; stops at the first that is not due yet.
    void writeDue();
    /// False when the connection was closed (a truncated or dropped reply closes it).
    bool write(const GatewayResponse &response);

    QPointer<QTcpSocket> m_socket;
    std::deque<Pending> m_pending;
    quint64 m_nextId = 0;
};
