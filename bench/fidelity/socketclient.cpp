// tokenmeter-bench-socket: the alternative to QNetworkAccessManager, measured.
//
// Usage: tokenmeter-bench-socket HOST PORT STREAMS MAX_TOKENS > out.jsonl
// STREAMS plain HTTP/1.1 streaming requests at once, each on a QTcpSocket read
// on this (the engine's) thread: no Qt HTTP thread, no queued hand-over. The
// bytes go through Tokenmeter's own SseDecoder and OpenAiDialect; a read is
// timestamped (MonoClock) before it is parsed. A prototype for the fidelity
// benchmark only: no TLS, proxies, redirects or compression.
#include "core/filelimit.h"
#include "core/monoclock.h"
#include "stream/openaidialect.h"
#include "stream/ssedecoder.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QUuid>

#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

namespace {

class Stream final : public QObject
{
public:
    Stream(const QString &host, quint16 port, int maxTokens, int *open)
        : m_open(open)
    {
        m_id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Stream::onReadyRead);
        connect(&m_socket, &QTcpSocket::disconnected, this, &Stream::finish);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, &Stream::finish);
        ChatRequest chat;
        chat.model = QStringLiteral("bench");
        chat.prompt = QStringLiteral("Explain recursion in 200 words");
        chat.maxTokens = maxTokens;
        const QByteArray body = m_dialect.requestBody(chat);
        m_socket.connectToHost(host, port);
        m_sendNs = MonoClock::nowNs();
        m_socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: " + host.toLatin1()
                       + "\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\nX-Request-Id: " + m_id
                       + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

private:
    void onReadyRead()
    {
        const qint64 now = MonoClock::nowNs();
        // Decoded once the reads that are due have been timestamped, as StreamingRequest does.
        m_reads.append({now, m_socket.readAll()});
        if (!std::exchange(m_decodeQueued, true))
            QMetaObject::invokeMethod(
                this, [this] { decode(); }, Qt::QueuedConnection);
    }

    void decode()
    {
        m_decodeQueued = false;
        for (const auto &[now, bytes] : std::exchange(m_reads, {}))
            take(now, bytes);
    }

    void take(qint64 now, const QByteArray &bytes)
    {
        m_raw += bytes;
        if (!m_headersDone) {
            const qsizetype end = m_raw.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_ok = m_raw.startsWith("HTTP/1.1 200");
            m_raw.remove(0, end + 4);
            m_headersDone = true;
        }
        dechunk(now);
    }

    // Transfer-Encoding: chunked, as sendlog_server answers.
    void dechunk(qint64 now)
    {
        for (;;) {
            const qsizetype eol = m_raw.indexOf("\r\n");
            if (eol < 0)
                return;
            bool ok = false;
            const qsizetype size = m_raw.left(eol).toLongLong(&ok, 16);
            if (!ok || m_raw.size() < eol + 2 + size + 2)
                return;
            if (size == 0) {
                m_done = true;
                finish();
                return;
            }
            if (m_finished)
                return;
            for (const SseEvent &e : m_decoder.feed(QByteArrayView(m_raw.constData() + eol + 2, size)))
                if (m_dialect.parseEvent(e).carriesToken())
                    m_tokenNs.append(now);
            m_raw.remove(0, eol + 2 + size + 2);
        }
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        QByteArray line = "{\"id\":\"" + m_id + "\",\"method\":\"qt-socket\",\"status\":\""
            + (m_done && m_ok ? "ok" : "error") + "\",\"t_send_ns\":" + QByteArray::number(m_sendNs)
            + ",\"token_events_ns\":[";
        for (qsizetype i = 0; i < m_tokenNs.size(); ++i)
            line += (i ? "," : "") + QByteArray::number(m_tokenNs.at(i));
        std::printf("%s]}\n", line.constData());
        m_socket.abort();
        if (--*m_open == 0)
            QCoreApplication::quit();
    }

    QTcpSocket m_socket;
    OpenAiDialect m_dialect;
    SseDecoder m_decoder;
    QByteArray m_id, m_raw;
    QList<qint64> m_tokenNs;
    QList<std::pair<qint64, QByteArray>> m_reads; // timestamped, not decoded yet
    qint64 m_sendNs = 0;
    int *m_open;
    bool m_decodeQueued = false, m_headersDone = false, m_ok = false, m_done = false, m_finished = false;
};

} // namespace

int main(int argc, char *argv[])
{
    FileLimit::raise();
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int streams = args.value(3).toInt(), maxTokens = args.value(4).toInt();
    if (args.size() != 5 || streams < 1 || streams > 8192 || maxTokens < 1) {
        std::fprintf(stderr, "usage: tokenmeter-bench-socket HOST PORT STREAMS MAX_TOKENS > out.jsonl\n");
        return 2;
    }
    int open = streams;
    std::vector<std::unique_ptr<Stream>> all;
    for (int i = 0; i < streams; ++i)
        all.push_back(std::make_unique<Stream>(args.at(1), quint16(args.at(2).toUInt()), maxTokens, &open));
    return QCoreApplication::exec();
}
