#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A hostile server for tests: after `head`, it writes `unit` again and again,
// as fast as the client takes it, for at most `seconds` (then closes).
class FloodServer final : public QObject
{
public:
    FloodServer(QByteArray head, QByteArray unit, int seconds);

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    qint64 bytesSent() const { return m_sent; }

private:
    void flood(QTcpSocket *socket);

    QTcpServer m_server;
    QByteArray m_head;
    QByteArray m_block; // `unit` repeated to about 256 KiB, one write
    int m_seconds;
    qint64 m_sent = 0;
};
