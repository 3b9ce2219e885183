// HttpRequestParser, the simulated provider's own HTTP/1.1 reader: whole and
// split requests, keep-alive, and every malformed input a client could send.
#include "sim/httprequestparser.h"

#include <QTest>

namespace {

const QByteArray kPost = "POST /us-east/v1/chat/completions?trace=1 HTTP/1.1\r\n"
                         "Host: 127.0.0.1:8089\r\n"
                         "Content-Type: application/json\r\n"
                         "X-Tokenmeter-Sim-Fault: status=429\r\n"
                         "Content-Length: 13\r\n"
                         "\r\n"
                         "{\"model\":\"x\"}";

} // namespace

class TestHttpRequestParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeRequest();
    void splitAtEveryByte();
    void oneByteAtATime();
    void keepAliveRequestsOneAfterAnother();
    void connectionClose();
    void errors_data();
    void errors();
};

void TestHttpRequestParser::wholeRequest()
{
    HttpRequestParser parser;
    parser.append(kPost);
    HttpRequest req;
    QCOMPARE(parser.next(&req), HttpRequestParser::State::Complete);
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, QByteArray("/us-east/v1/chat/completions"));
    QCOMPARE(req.query, QByteArray("trace=1"));
    QCOMPARE(req.header("host"), QByteArray("127.0.0.1:8089"));
    QCOMPARE(req.header("x-tokenmeter-sim-fault"), QByteArray("status=429")); // names lower-cased
    QCOMPARE(req.body, QByteArray("{\"model\":\"x\"}"));
    QVERIFY(req.keepAlive());
    QCOMPARE(parser.next(&req), HttpRequestParser::State::NeedMore); // nothing left
}

void TestHttpRequestParser::splitAtEveryByte()
{
    for (qsizetype cut = 0; cut <= kPost.size(); ++cut) {
        HttpRequestParser parser;
        HttpRequest req;
        parser.append(QByteArrayView(kPost).first(cut));
        if (cut < kPost.size())
            QCOMPARE(parser.next(&req), HttpRequestParser::State::NeedMore);
        parser.append(QByteArrayView(kPost).sliced(cut));
        QCOMPARE(parser.next(&req), HttpRequestParser::State::Complete);
        QCOMPARE(req.body, QByteArray("{\"model\":\"x\"}"));
    }
}

// A client that trickles (one byte per read, asked after each): the header's
// end is found across reads, the header is parsed once while its body comes,
// and the next request starts clean.
void TestHttpRequestParser::oneByteAtATime()
{
    const QByteArray twice = kPost + kPost;
    HttpRequestParser parser;
    QList<HttpRequest> done;
    for (char c : twice) {
        parser.append(QByteArrayView(&c, 1));
        HttpRequest req;
        const HttpRequestParser::State state = parser.next(&req);
        QVERIFY(state != HttpRequestParser::State::Error);
        if (state == HttpRequestParser::State::Complete)
            done.append(req);
    }
    QCOMPARE(done.size(), 2);
    for (const HttpRequest &req : done) {
        QCOMPARE(req.path, QByteArray("/us-east/v1/chat/completions"));
        QCOMPARE(req.header("content-length"), QByteArray("13"));
        QCOMPARE(req.body, QByteArray("{\"model\":\"x\"}"));
    }
    QVERIFY(!parser.hasPartial());
}

void TestHttpRequestParser::keepAliveRequestsOneAfterAnother()
{
    HttpRequestParser parser;
    parser.append(QByteArray(kPost + "GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n" + kPost.left(20)));
    HttpRequest req;
    QCOMPARE(parser.next(&req), HttpRequestParser::State::Complete);
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(parser.next(&req), HttpRequestParser::State::Complete);
    QCOMPARE(req.method, QByteArray("GET"));
    QCOMPARE(req.path, QByteArray("/v1/models"));
    QVERIFY(req.body.isEmpty());
    QCOMPARE(parser.next(&req), HttpRequestParser::State::NeedMore); // the third is still coming
}

void TestHttpRequestParser::connectionClose()
{
    HttpRequestParser parser;
    parser.append("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n");
    HttpRequest req;
    QCOMPARE(parser.next(&req), HttpRequestParser::State::Complete);
    QVERIFY(!req.keepAlive());
}

void TestHttpRequestParser::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("reason");
    QTest::addRow("two words") << QByteArray("GET /\r\n\r\n") << QByteArray("malformed request line");
    QTest::addRow("not HTTP") << QByteArray("GET / SPDY/3\r\n\r\n") << QByteArray("malformed request line");
    QTest::addRow("header without colon")
        << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << QByteArray("malformed header line");
    QTest::addRow("empty header name") << QByteArray("GET / HTTP/1.1\r\n: x\r\n\r\n")
                                       << QByteArray("malformed header line");
    QTest::addRow("chunked body") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                  << QByteArray("chunked request bodies are not supported");
    QTest::addRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
                                     << QByteArray("bad Content-Length");
    QTest::addRow("length not a number") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 12abc\r\n\r\n")
                                         << QByteArray("bad Content-Length");
    QTest::addRow("length too large") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n")
                                      << QByteArray("bad Content-Length");
    QTest::addRow("endless header") << QByteArray(QByteArray("GET / HTTP/1.1\r\nX-Pad: ")
                                                  + QByteArray(HttpRequestParser::kMaxHeaderBytes + 1, 'a'))
                                    << QByteArray("request header too large");
}

void TestHttpRequestParser::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, reason);
    HttpRequestParser parser;
    parser.append(input);
    HttpRequest req;
    QCOMPARE(parser.next(&req), HttpRequestParser::State::Error);
    QCOMPARE(parser.errorReason(), reason);
    // Once in error, always: a good request after the garbage is not read.
    parser.append(kPost);
    QCOMPARE(parser.next(&req), HttpRequestParser::State::Error);
    QCOMPARE(parser.errorReason(), reason);
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
