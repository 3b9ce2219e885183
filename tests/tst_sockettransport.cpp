// The engine's own HTTP/1.1 transport on what only it does: connections kept
// alive and reused, a stale one retried, reads timed on the reading thread
// while the engine thread is busy, a flood held back within its bound, and
// requests that would break their own framing refused before anything is sent.
#include "net/socketexchange.h"
#include "net/sockettransport.h"
#include "sim/httprequestparser.h"
#include "stream/openaidialect.h"
#include "stream/streamingrequest.h"
#include "testtls.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

const QByteArray kEvents
    = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n"
      "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
      "data: [DONE]\n\n";

QByteArray chunk(const QByteArray &bytes)
{
    return QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n";
}

// Answers each request on a connection with `answer(connection, socket)`;
// keeps connections open unless the answer closes them.
class KeepAliveServer final : public QObject
{
public:
    using Answer = std::function<void(int connection, QTcpSocket *socket)>;

    explicit KeepAliveServer(Answer answer)
        : m_server(this) // a child, so that moveToThread takes it along
        , m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const int id = ++connections;
                auto parser = std::make_shared<HttpRequestParser>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, parser, id] {
                    parser->append(socket->readAll());
                    HttpRequest request;
                    while (parser->next(&request) == HttpRequestParser::State::Complete) {
                        requests.append(request);
                        m_answer(id, socket);
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort())); }

    int connections = 0;
    QList<HttpRequest> requests;

private:
    QTcpServer m_server;
    Answer m_answer;
};

// Runs a server on a thread of its own, so that it answers while the test's
// thread is busy; the thread ends with this object, however the test ends.
class ServerThread
{
public:
    explicit ServerThread(KeepAliveServer *server)
        : m_server(server)
    {
        server->moveToThread(&m_thread);
        m_thread.start();
    }
    ~ServerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    bool listen()
    {
        bool ok = false;
        QMetaObject::invokeMethod(
            m_server, [this, &ok] { ok = m_server->listen(); }, Qt::BlockingQueuedConnection);
        return ok;
    }

private:
    KeepAliveServer *m_server;
    QThread m_thread;
};

RequestTimeline runOne(SocketTransport *transport, const QUrl &base, const Timeouts &timeouts = {})
{
    static const OpenAiDialect dialect;
    StreamingRequest request(transport, StreamTarget{base, {}, &dialect, timeouts, false},
                             ChatRequest{QStringLiteral("m"), QStringLiteral("p"), 10, true});
    QSignalSpy finished(&request, &StreamingRequest::finished);
    request.start();
    if (finished.isEmpty())
        finished.wait(10'000);
    return request.timeline();
}

} // namespace

class TestSocketTransport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsConnectionsAlive();
    void retriesAConnectionTheServerClosed();
    void timesReadsWhileTheEngineThreadIsBusy();
    void holdsAFloodWithinItsBound();
    void refusesAHeaderThatWouldBreakTheRequest();
    void anExchangeMayOutliveItsTransport();
    void tlsBrokenMidAnswerIsNotACertificateProblem();
};

void TestSocketTransport::keepsConnectionsAlive()
{
    KeepAliveServer server([](int, QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                      + chunk(kEvents) + "0\r\n\r\n");
    });
    QVERIFY(server.listen());
    SocketTransport transport;
    for (int i = 0; i < 3; ++i) {
        const RequestTimeline t = runOne(&transport, server.baseUrl());
        QVERIFY2(t.status == RequestStatus::Ok, qPrintable(t.error));
        QCOMPARE(t.tokenEventsUs.size(), 1);
    }
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(server.connections, 1); // one connection carried all three
    QCOMPARE(server.requests.constFirst().header("host"), server.baseUrl().authority().toLatin1());
    QCOMPARE(transport.openConnections(), 1);
}

void TestSocketTransport::retriesAConnectionTheServerClosed()
{
    // Each connection serves one answer and is then closed by the server,
    // without saying so: the next request finds it dead and goes again on a new one.
    KeepAliveServer server([](int, QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: "
                      + QByteArray::number(kEvents.size()) + "\r\n\r\n" + kEvents);
        socket->disconnectFromHost();
    });
    QVERIFY(server.listen());
    SocketTransport transport;
    for (int i = 0; i < 3; ++i) {
        const RequestTimeline t = runOne(&transport, server.baseUrl());
        QVERIFY2(t.status == RequestStatus::Ok, qPrintable(t.error));
    }
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(server.connections, 3);
}

void TestSocketTransport::timesReadsWhileTheEngineThreadIsBusy()
{
    // The token comes 50 ms after the head; the engine thread is busy from the
    // head until 400 ms. The reading thread timed it anyway, when it came.
    KeepAliveServer server([](int, QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n");
        QTimer::singleShot(50, socket, [socket] {
            socket->write(kEvents);
            socket->disconnectFromHost();
        });
    });
    ServerThread serverThread(&server); // the server must answer while this thread is busy
    QVERIFY(serverThread.listen());
    SocketTransport transport;
    static const OpenAiDialect dialect;
    StreamingRequest request(&transport, StreamTarget{server.baseUrl(), {}, &dialect, {}, false},
                             ChatRequest{QStringLiteral("m"), QStringLiteral("p"), 10, true});
    QSignalSpy finished(&request, &StreamingRequest::finished);
    request.start();
    QTRY_VERIFY_WITH_TIMEOUT(request.timeline().headersUs >= 0, 5000);
    QElapsedTimer busy;
    busy.start();
    QThread::msleep(400); // the engine thread does something else
    finished.wait(10'000);
    const RequestTimeline &t = request.timeline();
    QVERIFY2(t.status == RequestStatus::Ok, qPrintable(t.error));
    const qint32 sinceHeadMs = (t.firstAnyUs - t.headersUs) / 1000;
    qInfo("token %d ms after the head; the engine thread was busy %lld ms", sinceHeadMs, busy.elapsed());
    QVERIFY2(sinceHeadMs >= 40 && sinceHeadMs < 300, qPrintable(QString::number(sinceHeadMs)));
}

void TestSocketTransport::holdsAFloodWithinItsBound()
{
    // A 256 MiB body as fast as loopback takes it, while the engine thread does not read.
    constexpr qint64 kBody = 256 << 20;
    KeepAliveServer server([](int, QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: "
                      + QByteArray::number(kBody) + "\r\n\r\n");
        auto sent = std::make_shared<qint64>(0);
        auto more = [socket, sent] {
            const QByteArray block(64 * 1024, ':'); // comment lines, nothing for the decoder to keep
            while (*sent < kBody && socket->bytesToWrite() < 1 << 20) {
                socket->write(block);
                *sent += block.size();
            }
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    });
    ServerThread serverThread(&server);
    QVERIFY(serverThread.listen());
    SocketTransport transport;
    static const OpenAiDialect dialect;
    StreamingRequest request(&transport, StreamTarget{server.baseUrl(), {}, &dialect, Timeouts{5, 5, 5, 10}, false},
                             ChatRequest{QStringLiteral("m"), QStringLiteral("p"), 10, true});
    request.start();
    QTRY_VERIFY_WITH_TIMEOUT(request.timeline().headersUs >= 0, 5000);
    QThread::msleep(500); // the reading thread reads on; what waits for this thread must stay bounded
    const qint64 waiting = transport.undeliveredBytes();
    qInfo("bytes waiting for the engine thread after 500 ms: %lld", waiting);
    QVERIFY2(waiting <= SocketInbox::kMaxUndelivered + (1 << 20), qPrintable(QString::number(waiting)));
    request.cancel();
}

void TestSocketTransport::refusesAHeaderThatWouldBreakTheRequest()
{
    KeepAliveServer server([](int, QTcpSocket *) {});
    QVERIFY(server.listen());
    QNetworkRequest injected(server.baseUrl());
    injected.setRawHeader("X-Team", "ok\r\nX-Smuggled: yes");
    QString why;
    QVERIFY(SocketExchange::serialize(injected, injected.url(), "POST", "{}", &why).isEmpty());
    QVERIFY2(why.contains(QStringLiteral("X-Team")), qPrintable(why));

    static const OpenAiDialect dialect;
    StreamTarget target{server.baseUrl(), {}, &dialect, {}, false};
    target.headers = {HttpHeader{"X-Team", "ok\r\nX-Smuggled: yes"}};
    SocketTransport transport;
    StreamingRequest request(&transport, target, ChatRequest{QStringLiteral("m"), QStringLiteral("p"), 10, true});
    QSignalSpy finished(&request, &StreamingRequest::finished);
    request.start();
    QVERIFY(finished.wait(5000));
    QVERIFY(isFailure(request.timeline().status));
    QVERIFY2(request.timeline().error.contains(QStringLiteral("X-Team")), qPrintable(request.timeline().error));
    QTest::qWait(50);
    QVERIFY(server.requests.isEmpty());
    QCOMPARE(server.connections, 0);
}

// At shut-down the transport can go before a request still holding a
// connection: letting go of it afterwards touches nothing that is gone (ASan
// would say), and a request started then fails with a reason.
void TestSocketTransport::anExchangeMayOutliveItsTransport()
{
    KeepAliveServer server([](int, QTcpSocket *) {}); // never answers: the connection stays held
    QVERIFY(server.listen());
    auto transport = std::make_unique<SocketTransport>();
    QNetworkRequest request(server.baseUrl());
    std::unique_ptr<HttpExchange> held(transport->post(request, "{}", nullptr));
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
    auto *raw = new SocketExchange(transport.get(), request, "{}", nullptr);
    std::unique_ptr<HttpExchange> late(raw);
    transport.reset();
    held.reset(); // lets go of its connection: the transport is gone
    QSignalSpy finished(late.get(), &HttpExchange::finished);
    raw->start();
    QVERIFY(finished.wait(5000));
    QVERIFY(late->isFinished());
    QVERIFY2(late->errorString().contains(QStringLiteral("shut down")), qPrintable(late->errorString()));
}

// A TLS stream that breaks after the answer began (a record that fails its
// check, as a middlebox that mangles bytes makes) is a broken answer, not a
// certificate to add with --ca-file. Between the client and a TLS server, a
// relay flips one byte of what the server sends once told to.
void TestSocketTransport::tlsBrokenMidAnswerIsNotACertificateProblem()
{
    const QSslConfiguration config = TestTls::serverConfiguration();
    QVERIFY(!config.localCertificate().isNull() && !config.privateKey().isNull());
    QSslServer tls;
    tls.setSslConfiguration(config);
    QVERIFY(tls.listen(QHostAddress::LocalHost, 0));
    bool corrupt = false;
    QTcpServer relay;
    QVERIFY(relay.listen(QHostAddress::LocalHost, 0));
    connect(&relay, &QTcpServer::newConnection, &relay, [&] {
        QTcpSocket *client = relay.nextPendingConnection();
        auto *upstream = new QTcpSocket(client);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, &corrupt] {
            QByteArray bytes = upstream->readAll();
            if (corrupt && !bytes.isEmpty())
                bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x55);
            client->write(bytes);
        });
        upstream->connectToHost(QHostAddress::LocalHost, tls.serverPort());
    });
    connect(&tls, &QTcpServer::pendingConnectionAvailable, &tls, [&] {
        while (QTcpSocket *socket = tls.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&corrupt, socket] {
                if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                              + chunk(kEvents.left(kEvents.indexOf("\n\n") + 2)));
                QTimer::singleShot(300, socket, [&corrupt, socket] {
                    corrupt = true; // what follows reaches the client mangled
                    socket->write(chunk(kEvents));
                });
            });
        }
    });
    static const OpenAiDialect dialect;
    StreamTarget target{
        QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(relay.serverPort())), {}, &dialect, {}, false};
    target.caCertificates = TestTls::ca();
    QCOMPARE(target.caCertificates.size(), 1);
    SocketTransport transport;
    StreamingRequest request(&transport, target, ChatRequest{QStringLiteral("m"), QStringLiteral("p"), 10, true});
    QSignalSpy finished(&request, &StreamingRequest::finished);
    request.start();
    QVERIFY(finished.wait(10'000));
    const RequestTimeline &t = request.timeline();
    QVERIFY2(t.status == RequestStatus::Truncated, qPrintable(statusId(t.status) + QStringLiteral(": ") + t.error));
    QVERIFY2(t.error.contains(QStringLiteral("TLS connection broke")), qPrintable(t.error));
    QVERIFY2(!t.error.contains(QStringLiteral("--ca-file")), qPrintable(t.error));
    QCOMPARE(t.tokenEventsUs.size(), 1);                   // the token before the break is kept
    QCOMPARE(t.arrivalClock, ArrivalClock::ReadingThread); // TLS: QSslSocket reads, the kernel's stamps are not seen
}

QTEST_GUILESS_MAIN(TestSocketTransport)
#include "tst_sockettransport.moc"
