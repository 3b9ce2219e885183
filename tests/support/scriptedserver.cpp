#include "scriptedserver.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
}

bool ScriptedServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedServer::port() const
{
    return m_server->serverPort();
}

QUrl ScriptedServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

QByteArray ScriptedServer::head(int status, const QByteArray &contentType, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Type: " + contentType
        + "\r\nConnection: close\r\n" + extraHeaders + "\r\n";
}

QList<ScriptStep> ScriptedServer::sse(const QByteArray &events, int gapMs, int status)
{
    QList<ScriptStep> steps{ScriptStep::write(head(status))};
    qsizetype from = 0;
    while (from < events.size()) {
        const qsizetype end = events.indexOf("\n\n", from);
        const qsizetype to = end < 0 ? events.size() : end + 2;
        steps.append(ScriptStep::write(events.mid(from, to - from), gapMs));
        from = to;
    }
    steps.append(ScriptStep::close());
    return steps;
}

QList<ScriptStep> ScriptedServer::whole(int status, const QByteArray &contentType, const QByteArray &body)
{
    return {ScriptStep::write(head(status, contentType, "Content-Length: " + QByteArray::number(body.size()) + "\r\n")
                              + body),
            ScriptStep::close()};
}

void ScriptedServer::serve(QTcpSocket *socket)
{
    socket->setParent(this);
    auto parser = std::make_shared<HttpRequestParser>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, parser] {
        parser->append(socket->readAll());
        HttpRequest request;
        if (parser->next(&request) != HttpRequestParser::State::Complete)
            return;
        m_requests.append(request);
        const qsizetype n = m_requests.size() - 1;
        play(socket, m_sequence.isEmpty() ? m_steps : m_sequence.at(qMin(n, m_sequence.size() - 1)), 0);
    });
}

void ScriptedServer::play(QTcpSocket *socket, const QList<ScriptStep> &steps, qsizetype index)
{
    if (index >= steps.size())
        return;
    const ScriptStep step = steps.at(index);
    QPointer<QTcpSocket> guard(socket);
    auto run = [this, guard, steps, step, index] {
        if (!guard)
            return;
        switch (step.action) {
        case ScriptStep::Action::Write:
            guard->write(step.bytes);
            guard->flush();
            play(guard, steps, index + 1);
            break;
        case ScriptStep::Action::Close:
            guard->disconnectFromHost();
            break;
        case ScriptStep::Action::Reset:
            guard->abort();
            break;
        case ScriptStep::Action::Hang:
            break;
        }
    };
    if (step.delayMs > 0)
        QTimer::singleShot(step.delayMs, this, run);
    else
        run();
}
