#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A forward HTTP proxy for plain http, for tests: reads the absolute-URI
// request line, counts it, and pipes the connection to the origin.
class HttpProxy final : public QObject
{
public:
    HttpProxy();
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> requestLines;

private:
    void serve(QTcpSocket *client);
    QTcpServer m_server;
};
