#include "floodserver.h"

#include <QElapsedTimer>
#include <QTcpSocket>

#include <memory>

FloodServer::FloodServer(QByteArray head, QByteArray unit, int seconds)
    : m_head(std::move(head))
    , m_seconds(seconds)
{
    while (m_block.size() < 256 * 1024)
        m_block += unit;
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            flood(socket);
    });
}

void FloodServer::flood(QTcpSocket *socket)
{
    auto clock = std::make_shared<QElapsedTimer>();
    auto started = std::make_shared<bool>(false);
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // Write as soon as the request has come, then whenever the last block is out.
    const auto more = [this, socket, clock] {
        if (clock->elapsed() > m_seconds * 1000) {
            socket->disconnectFromHost();
            return;
        }
        if (socket->bytesToWrite() < m_block.size()) {
            socket->write(m_block);
            m_sent += m_block.size();
        }
    };
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, clock, started, more] {
        socket->readAll();
        if (*started)
            return;
        *started = true;
        clock->start();
        socket->write(m_head);
        more();
    });
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
}
