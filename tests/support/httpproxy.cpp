#include "httpproxy.h"

#include <QTcpSocket>
#include <QUrl>

HttpProxy::HttpProxy()
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            serve(client);
    });
}

void HttpProxy::serve(QTcpSocket *client)
{
    auto *upstream = new QTcpSocket(client);
    auto *buffer = new QByteArray;
    QObject::connect(client, &QObject::destroyed, [buffer] { delete buffer; });
    QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, buffer] {
        if (upstream->state() == QAbstractSocket::ConnectedState) {
            upstream->write(client->readAll());
            return;
        }
        *buffer += client->readAll();
        const qsizetype eol = buffer->indexOf("\r\n");
        if (eol < 0 || upstream->state() != QAbstractSocket::UnconnectedState)
            return;
        const QList<QByteArray> parts = buffer->left(eol).split(' ');
        requestLines.append(buffer->left(eol));
        const QUrl target(QString::fromLatin1(parts.value(1)));
        // Origin form for the server: "POST /v1/chat/completions HTTP/1.1".
        const QByteArray originForm = parts.value(0) + ' ' + target.path().toLatin1() + ' ' + parts.value(2);
        buffer->replace(0, eol, originForm);
        upstream->connectToHost(target.host(), quint16(target.port(80)));
    });
    QObject::connect(upstream, &QTcpSocket::connected, client, [upstream, buffer] {
        upstream->write(*buffer);
        buffer->clear();
    });
    QObject::connect(upstream, &QTcpSocket::readyRead, client,
                     [client, upstream] { client->write(upstream->readAll()); });
    QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
}
