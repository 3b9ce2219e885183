// HttpResponseParser, the engine's own HTTP/1.1 response reader: every body
// framing, however the bytes are cut, interim responses, connection reuse, and
// every malformed or hostile answer a server could send.
#include "net/httpresponseparser.h"

#include <QTest>

using State = HttpResponseParser::State;

namespace {

const QByteArray kJson = "HTTP/1.1 429 Too Many Requests\r\n"
                         "Content-Type: application/json\r\n"
                         "Retry-After:  7 \r\n"
                         "Content-Length: 27\r\n"
                         "\r\n"
                         "{\"error\":\"rate_limit_hit\"}\n";

const QByteArray kSse = "HTTP/1.1 200 OK\r\n"
                        "Content-Type: text/event-stream\r\n"
                        "Transfer-Encoding: chunked\r\n"
                        "\r\n"
                        "19\r\ndata: {\"delta\":\"Hello\"}\n\n\r\n"
                        "E;name=value;flag\r\ndata: [DONE]\n\n\r\n"
                        "0\r\n"
                        "\r\n";

// Feeds `input` in pieces of `step` bytes, or whole when step is 0; returns the body.
QByteArray feedAll(HttpResponseParser &parser, QByteArrayView input, qsizetype step = 0)
{
    QByteArray body;
    if (step == 0)
        step = qMax<qsizetype>(1, input.size());
    for (qsizetype at = 0; at < input.size(); at += step)
        parser.feed(input.sliced(at, qMin(step, input.size() - at)), &body);
    return body;
}

QByteArray manyHeaders(int count, int valueBytes)
{
    QByteArray head = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < count; ++i)
        head += "X-H" + QByteArray::number(i) + ": " + QByteArray(valueBytes, 'v') + "\r\n";
    return head + "Content-Length: 0\r\n\r\n";
}

} // namespace

class TestHttpResponseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentLengthWhole();
    void contentLengthByteByByte();
    void splitAtEveryByte_data();
    void splitAtEveryByte();
    void chunked_data();
    void chunked();
    void partialChunkDataComesAtOnce();
    void interimResponsesSkipped();
    void noBody_data();
    void noBody();
    void untilClose();
    void keepAlive_data();
    void keepAlive();
    void chunkedWithContentLengthIsNotReused();
    void leftover();
    void errors_data();
    void errors();
    void closedEarly_data();
    void closedEarly();
};

void TestHttpResponseParser::contentLengthWhole()
{
    HttpResponseParser parser;
    QCOMPARE(parser.state(), State::Head);
    const QByteArray body = feedAll(parser, kJson);
    QCOMPARE(parser.state(), State::Done);
    QCOMPARE(body, QByteArray("{\"error\":\"rate_limit_hit\"}\n"));
    QCOMPARE(parser.head().status, 429);
    QCOMPARE(parser.head().reason, QByteArray("Too Many Requests"));
    QCOMPARE(parser.head().header("retry-after"), QByteArray("7")); // name lower-cased, value trimmed
    QVERIFY(parser.head().hasHeader("content-type"));
    QVERIFY(!parser.head().hasHeader("Content-Type"));
    QCOMPARE(parser.contentLength(), 27);
    QVERIFY(!parser.chunked());
    QCOMPARE(parser.leftover(), 0);
    QVERIFY(parser.reusable());
    QVERIFY(parser.error().isEmpty());
    QCOMPARE(parser.closed(), State::Done); // a close after the end changes nothing
}

// One byte per read: the head becomes known exactly at its empty line, and
// every body byte is passed on the moment it arrives.
void TestHttpResponseParser::contentLengthByteByByte()
{
    HttpResponseParser parser;
    const qsizetype headEnd = kJson.indexOf("\r\n\r\n") + 4;
    QByteArray body;
    for (qsizetype i = 0; i < kJson.size(); ++i) {
        const qsizetype before = body.size();
        const State state = parser.feed(QByteArrayView(kJson).sliced(i, 1), &body);
        if (i + 1 < headEnd)
            QCOMPARE(state, State::Head);
        else if (i + 1 < kJson.size())
            QCOMPARE(state, State::Body);
        else
            QCOMPARE(state, State::Done);
        QCOMPARE(body.size() - before, i >= headEnd ? 1 : 0);
    }
    QCOMPARE(body, QByteArray("{\"error\":\"rate_limit_hit\"}\n"));
    QCOMPARE(parser.head().header("content-type"), QByteArray("application/json"));
}

void TestHttpResponseParser::splitAtEveryByte_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("content-length") << kJson << QByteArray("{\"error\":\"rate_limit_hit\"}\n");
    QTest::addRow("chunked") << kSse << QByteArray("data: {\"delta\":\"Hello\"}\n\ndata: [DONE]\n\n");
}

void TestHttpResponseParser::splitAtEveryByte()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, body);
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        HttpResponseParser parser;
        QByteArray got;
        parser.feed(QByteArrayView(input).first(cut), &got);
        QCOMPARE(parser.feed(QByteArrayView(input).sliced(cut), &got), State::Done);
        QCOMPARE(got, body);
        QCOMPARE(parser.leftover(), 0);
    }
    for (qsizetype step = 1; step <= 7; ++step) {
        HttpResponseParser parser;
        QCOMPARE(feedAll(parser, input, step), body);
        QCOMPARE(parser.state(), State::Done);
    }
}

void TestHttpResponseParser::chunked_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("body");
    const QByteArray head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    QTest::addRow("sse stream") << kSse << QByteArray("data: {\"delta\":\"Hello\"}\n\ndata: [DONE]\n\n");
    QTest::addRow("extensions") << QByteArray(head + "3 ; a=\"b;c\"\r\nabc\r\n2;x\r\nde\r\n0;last\r\n\r\n")
                                << QByteArray("abcde");
    QTest::addRow("trailers") << QByteArray(head + "3\r\nabc\r\n0\r\nX-Usage: 12\r\nServer-Timing: a;dur=1\r\n\r\n")
                              << QByteArray("abc");
    QTest::addRow("LF only") << QByteArray("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n3\nabc\n0\nX-T: 1\n\n")
                             << QByteArray("abc");
    QTest::addRow("upper-case hex, leading zeros")
        << QByteArray(head + "00A\r\n0123456789\r\n000\r\n\r\n") << QByteArray("0123456789");
    QTest::addRow("mixed case coding") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding:  Chunked \r\n\r\n0\r\n\r\n")
                                       << QByteArray();
}

void TestHttpResponseParser::chunked()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, body);
    for (qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(3)}) {
        HttpResponseParser parser;
        QCOMPARE(feedAll(parser, input, step), body);
        QCOMPARE(parser.state(), State::Done);
        QVERIFY(parser.chunked());
        QCOMPARE(parser.contentLength(), -1);
        QCOMPARE(parser.leftover(), 0);
        QVERIFY(parser.reusable());
    }
}

// A streaming client timestamps tokens as they arrive: a chunk's data is not
// held back until the chunk ends.
void TestHttpResponseParser::partialChunkDataComesAtOnce()
{
    HttpResponseParser parser;
    QByteArray body;
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabcd", &body), State::Body);
    QCOMPARE(body, QByteArray("abcd"));
    QCOMPARE(parser.feed("efgh", &body), State::Body);
    QCOMPARE(body, QByteArray("abcdefgh"));
    QCOMPARE(parser.feed("ijklmnop\r", &body), State::Body);
    QCOMPARE(body, QByteArray("abcdefghijklmnop"));
    QCOMPARE(parser.feed("\n0\r\n\r\n", &body), State::Done);
    QCOMPARE(body, QByteArray("abcdefghijklmnop"));
}

void TestHttpResponseParser::interimResponsesSkipped()
{
    const QByteArray input = "HTTP/1.1 100 Continue\r\n\r\n"
                             "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"
                             "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    for (qsizetype step : {qsizetype(0), qsizetype(1)}) {
        HttpResponseParser parser;
        QCOMPARE(feedAll(parser, input, step), QByteArray("ok"));
        QCOMPARE(parser.state(), State::Done);
        QCOMPARE(parser.head().status, 200);
        QVERIFY(!parser.head().hasHeader("link")); // nothing of the interim heads stays
        QCOMPARE(parser.head().headers.size(), 1);
    }
    HttpResponseParser waiting;
    QByteArray body;
    QCOMPARE(waiting.feed("HTTP/1.1 100 Continue\r\n\r\n", &body), State::Head);
    QCOMPARE(waiting.closed(), State::Error);
    QVERIFY2(waiting.error().contains(u"headers"), qPrintable(waiting.error()));
}

void TestHttpResponseParser::noBody_data()
{
    QTest::addColumn<bool>("isHead");
    QTest::addColumn<QByteArray>("input");
    QTest::addRow("204") << false << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n");
    QTest::addRow("304") << false << QByteArray("HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\n");
    QTest::addRow("HEAD, length") << true << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n");
    QTest::addRow("HEAD, chunked") << true << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
    QTest::addRow("HEAD, neither") << true << QByteArray("HTTP/1.1 200 OK\r\n\r\n");
    QTest::addRow("length 0") << false << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
}

void TestHttpResponseParser::noBody()
{
    QFETCH(bool, isHead);
    QFETCH(QByteArray, input);
    HttpResponseParser parser(isHead);
    QByteArray body;
    QCOMPARE(parser.feed(QByteArray(input + "HTTP/1.1"), &body), State::Done);
    QVERIFY(body.isEmpty());
    QCOMPARE(parser.leftover(), 8); // what follows is another response's
    QCOMPARE(parser.contentLength(), 0);
    QVERIFY(parser.reusable());
}

void TestHttpResponseParser::untilClose()
{
    HttpResponseParser parser;
    QByteArray body;
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\ndata: a\n\n", &body), State::Body);
    QCOMPARE(parser.feed("data: b\n\n", &body), State::Body);
    QCOMPARE(body, QByteArray("data: a\n\ndata: b\n\n"));
    QCOMPARE(parser.contentLength(), -1);
    QVERIFY(!parser.chunked());
    QVERIFY(!parser.reusable());
    QCOMPARE(parser.closed(), State::Done);
    QVERIFY(parser.head().keepAlive());
    QVERIFY(!parser.reusable()); // the close ended it: nothing more on this connection
}

void TestHttpResponseParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("keepAlive");
    const QByteArray ok = "Content-Length: 0\r\n\r\n";
    QTest::addRow("1.1") << QByteArray("HTTP/1.1 200 OK\r\n" + ok) << true;
    QTest::addRow("1.1 close") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n" + ok) << false;
    QTest::addRow("1.1 Close in a list") << QByteArray("HTTP/1.1 200 OK\r\nConnection: Upgrade, Close\r\n" + ok)
                                         << false;
    QTest::addRow("1.1 close on 2nd line")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nConnection: close\r\n" + ok) << false;
    QTest::addRow("1.0") << QByteArray("HTTP/1.0 200 OK\r\n" + ok) << false;
    QTest::addRow("1.0 keep-alive") << QByteArray("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\n" + ok) << true;
    QTest::addRow("1.0 keep-alive, close")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive, close\r\n" + ok) << false;
    QTest::addRow("1.1 no reason") << QByteArray("HTTP/1.1 200\r\n" + ok) << true;
}

void TestHttpResponseParser::keepAlive()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, keepAlive);
    HttpResponseParser parser;
    QCOMPARE(feedAll(parser, input), QByteArray());
    QCOMPARE(parser.state(), State::Done);
    QCOMPARE(parser.head().keepAlive(), keepAlive);
    QCOMPARE(parser.reusable(), keepAlive);
}

// Transfer-Encoding and Content-Length together: chunked wins, and the
// connection is closed after (RFC 9112 6.3: a sign of response splitting).
void TestHttpResponseParser::chunkedWithContentLengthIsNotReused()
{
    const QByteArray input = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "5\r\nhello\r\n0\r\n\r\n";
    for (qsizetype step : {qsizetype(0), qsizetype(1)}) {
        HttpResponseParser parser;
        QCOMPARE(feedAll(parser, input, step), QByteArray("hello"));
        QCOMPARE(parser.state(), State::Done);
        QVERIFY(parser.head().keepAlive());
        QVERIFY(!parser.reusable());
    }
}

void TestHttpResponseParser::leftover()
{
    HttpResponseParser parser;
    QByteArray body;
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n", &body), State::Done);
    QCOMPARE(body, QByteArray("ok"));
    QCOMPARE(parser.leftover(), 17);
    QCOMPARE(parser.feed("Content-Length: 0", &body), State::Done); // consumes nothing
    QCOMPARE(parser.leftover(), 17);
    QCOMPARE(body, QByteArray("ok"));
    QCOMPARE(parser.feed({}, &body), State::Done);
    QCOMPARE(parser.leftover(), 0);
}

void TestHttpResponseParser::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("reason");
    const QByteArray notStatus = "does not start with an HTTP/1.x status line";
    const QByteArray chunkedHead = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray badLength = "is not a valid length";
    QTest::addRow("HTTP/2") << QByteArray("HTTP/2 200\r\n\r\n") << notStatus;
    QTest::addRow("TLS alert") << QByteArray("\x15\x03\x03\x00\x02\x02\x50", 7) << notStatus;
    QTest::addRow("two-digit status") << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << notStatus;
    QTest::addRow("no space after status") << QByteArray("HTTP/1.1 200OK\r\n\r\n") << notStatus;
    QTest::addRow("empty status line") << QByteArray("\r\nHTTP/1.1 200 OK\r\n\r\n") << notStatus;
    QTest::addRow("CR in reason") << QByteArray("HTTP/1.1 200 O\rK\r\n\r\n") << notStatus;
    QTest::addRow("status 600") << QByteArray("HTTP/1.1 600 Nope\r\n\r\n") << QByteArray("is not an HTTP status");
    QTest::addRow("status 099") << QByteArray("HTTP/1.1 099 Nope\r\n\r\n") << QByteArray("is not an HTTP status");
    QTest::addRow("101") << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n")
                         << QByteArray("switching protocols is not supported");
    QTest::addRow("endless header") << QByteArray("HTTP/1.1 200 OK\r\nX-Pad: "
                                                  + QByteArray(HttpResponseParser::kMaxHeadBytes, 'a'))
                                    << QByteArray("the response's headers are longer than 64 KiB");
    QTest::addRow("huge head") << manyHeaders(200, 400) << QByteArray("the response's headers are longer than 64 KiB");
    QTest::addRow("too many headers") << manyHeaders(HttpResponseParser::kMaxHeaders, 1)
                                      << QByteArray("the response has more than 256 headers");
    QTest::addRow("obs-fold") << QByteArray("HTTP/1.1 200 OK\r\nX-A: one\r\n two\r\n\r\n")
                              << QByteArray("obsolete line folding");
    QTest::addRow("space before colon") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length : 2\r\n\r\nok")
                                        << QByteArray("malformed header line");
    QTest::addRow("no colon") << QByteArray("HTTP/1.1 200 OK\r\nServer\r\n\r\n") << QByteArray("malformed header line");
    QTest::addRow("empty name") << QByteArray("HTTP/1.1 200 OK\r\n: x\r\n\r\n") << QByteArray("malformed header line");
    QTest::addRow("NUL in name") << QByteArray("HTTP/1.1 200 OK\r\nX\0A: 1\r\n\r\n", 27)
                                 << QByteArray("malformed header line");
    QTest::addRow("CR in value") << QByteArray("HTTP/1.1 200 OK\r\nX-A: a\rb\r\n\r\n")
                                 << QByteArray("malformed header line");
    QTest::addRow("conflicting lengths") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n")
                                         << QByteArray("conflicting Content-Length values");
    QTest::addRow("conflicting list") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2, 3\r\n\r\n")
                                      << QByteArray("conflicting Content-Length values");
    QTest::addRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << badLength;
    QTest::addRow("signed length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: +1\r\n\r\n") << badLength;
    QTest::addRow("hex length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0x10\r\n\r\n") << badLength;
    QTest::addRow("empty length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length:\r\n\r\n") << badLength;
    QTest::addRow("overflowing length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 18446744073709551617\r\n\r\n")
                                        << badLength;
    QTest::addRow("length over 2^50") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1125899906842625\r\n\r\n")
                                      << badLength;
    QTest::addRow("gzip") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n")
                          << QByteArray("transfer coding \"gzip\" is not supported");
    QTest::addRow("gzip, chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
                                   << QByteArray("transfer coding \"gzip, chunked\" is not supported");
    QTest::addRow("chunked twice") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n")
                                   << QByteArray("is not supported");
    QTest::addRow("chunk size overflow") << QByteArray(chunkedHead + "10000000000000000\r\n")
                                         << QByteArray("is too large");
    QTest::addRow("chunk size 16 digits")
        << QByteArray(chunkedHead + "0000000000000001\r\nx\r\n0\r\n\r\n") << QByteArray("is too large");
    QTest::addRow("chunk size not hex") << QByteArray(chunkedHead + "xyz\r\n")
                                        << QByteArray("malformed chunk-size line");
    QTest::addRow("chunk size then junk")
        << QByteArray(chunkedHead + "5 x\r\n") << QByteArray("malformed chunk-size line");
    QTest::addRow("empty chunk size") << QByteArray(chunkedHead + "\r\n") << QByteArray("malformed chunk-size line");
    QTest::addRow("no CRLF after data") << QByteArray(chunkedHead + "3\r\nabcd\r\n0\r\n\r\n")
                                        << QByteArray("does not end where its size says");
    QTest::addRow("CR CR after data") << QByteArray(chunkedHead + "3\r\nabc\r\r\n")
                                      << QByteArray("does not end where its size says");
    QTest::addRow("endless chunk line") << QByteArray(chunkedHead + "1;"
                                                      + QByteArray(HttpResponseParser::kMaxChunkLine, 'e'))
                                        << QByteArray("chunk-size line of the response is longer than 4096 bytes");
    QTest::addRow("endless trailers") << QByteArray(chunkedHead + "0\r\n"
                                                    + QByteArray(3000, 'x').append("\r\n").repeated(30))
                                      << QByteArray("trailers are longer than 64 KiB");
}

void TestHttpResponseParser::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, reason);
    for (qsizetype step : {qsizetype(0), qsizetype(1)}) {
        HttpResponseParser parser;
        QByteArray body;
        for (qsizetype at = 0; at < input.size() && parser.state() != State::Error; at += step ? step : input.size())
            parser.feed(QByteArrayView(input).sliced(at, step ? 1 : input.size()), &body);
        QCOMPARE(parser.state(), State::Error);
        QVERIFY2(parser.error().contains(QString::fromLatin1(reason)), qPrintable(parser.error()));
        QVERIFY(!parser.reusable());
        QVERIFY(body.size() <= input.size());
        // Once in error, always: a good response after the garbage is not read.
        QCOMPARE(parser.feed(kJson, &body), State::Error);
        QCOMPARE(parser.closed(), State::Error);
        QVERIFY2(parser.error().contains(QString::fromLatin1(reason)), qPrintable(parser.error()));
    }
}

void TestHttpResponseParser::closedEarly_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("reason");
    QTest::addRow("nothing") << QByteArray() << QByteArray("the connection closed before any response came");
    QTest::addRow("mid status line") << QByteArray("HTTP/1.1 2")
                                     << QByteArray("the connection closed in the middle of the response's headers");
    QTest::addRow("mid headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n")
                                 << QByteArray("the connection closed in the middle of the response's headers");
    QTest::addRow("mid body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nabc")
                              << QByteArray(
                                     "the connection closed in the middle of the response's body (3 of 5 bytes)");
    // A claimed length is only a number: nothing is set aside for it.
    QTest::addRow("mid huge body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1125899906842624\r\n\r\nab")
                                   << QByteArray("(2 of 1125899906842624 bytes)");
    QTest::addRow("mid chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab")
                               << QByteArray("the connection closed in the middle of the response's chunked body");
    QTest::addRow("before last chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n")
                                       << QByteArray("chunked body (after 2 bytes)");
    QTest::addRow("in trailers") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-A: 1\r\n")
                                 << QByteArray("chunked body");
}

void TestHttpResponseParser::closedEarly()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, reason);
    HttpResponseParser parser;
    QByteArray body;
    QVERIFY(parser.feed(input, &body) != State::Error);
    QCOMPARE(parser.closed(), State::Error);
    QVERIFY2(parser.error().contains(QString::fromLatin1(reason)), qPrintable(parser.error()));
    QVERIFY(!parser.reusable());
    QCOMPARE(parser.feed("x", &body), State::Error);
}

QTEST_APPLESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
