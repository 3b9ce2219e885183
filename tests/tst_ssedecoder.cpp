#include "stream/ssedecoder.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

namespace {

// One line per event, so a failed comparison shows which event differs and how.
QByteArrayList describe(const QList<SseEvent> &events)
{
    QByteArrayList out;
    for (const SseEvent &e : events)
        out.append(QByteArray(e.type + " id=" + e.lastEventId + " data=" + e.data));
    return out;
}

QByteArrayList dataOf(const QList<SseEvent> &events)
{
    QByteArrayList out;
    for (const SseEvent &e : events)
        out.append(e.data);
    return out;
}

QList<SseEvent> decodeWhole(QByteArrayView stream)
{
    SseDecoder d;
    return d.feed(stream);
}

// The decoder's state after a stream, to compare one way of feeding with another.
struct Outcome
{
    QByteArrayList events;
    int comments = 0;
    bool partial = false;
    qint64 bytes = 0;

    bool operator==(const Outcome &o) const
    {
        return events == o.events && comments == o.comments && partial == o.partial && bytes == o.bytes;
    }
};

Outcome decodeInPieces(QByteArrayView stream, const QList<qsizetype> &cuts)
{
    SseDecoder d;
    Outcome o;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        o.events += describe(d.feed(stream.sliced(from, cut - from)));
        from = cut;
    }
    o.events += describe(d.feed(stream.sliced(from)));
    o.comments = d.commentCount();
    o.partial = d.hasPartialEvent();
    o.bytes = d.bytesSeen();
    return o;
}

// A gpt-4o-mini stream as OpenAI sends it with stream_options.include_usage.
const QByteArray kOpenAi
    = R"(data: {"id":"chatcmpl-9","object":"chat.completion.chunk","created":1718000000,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}],"usage":null})"
      "\n\n"
      R"(data: {"id":"chatcmpl-9","object":"chat.completion.chunk","created":1718000000,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"Hello"},"logprobs":null,"finish_reason":null}],"usage":null})"
      "\n\n"
      R"(data: {"id":"chatcmpl-9","object":"chat.completion.chunk","created":1718000000,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":" world"},"logprobs":null,"finish_reason":null}],"usage":null})"
      "\n\n"
      R"(data: {"id":"chatcmpl-9","object":"chat.completion.chunk","created":1718000000,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"usage":null})"
      "\n\n"
      R"(data: {"id":"chatcmpl-9","object":"chat.completion.chunk","created":1718000000,"model":"gpt-4o-mini","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":3,"total_tokens":12}})"
      "\n\n"
      "data: [DONE]\n\n";

// OpenRouter: CRLF line ends and keep-alive comments before and between chunks.
const QByteArray kOpenRouter
    = ": OPENROUTER PROCESSING\r\n\r\n"
      ": OPENROUTER PROCESSING\r\n\r\n"
      R"(data: {"id":"gen-1","provider":"DeepSeek","model":"deepseek/deepseek-r1","object":"chat.completion.chunk","created":1,"choices":[{"index":0,"delta":{"role":"assistant","content":"","reasoning":"Thinking"},"finish_reason":null,"native_finish_reason":null,"logprobs":null}]})"
      "\r\n\r\n"
      R"(data: {"id":"gen-1","provider":"DeepSeek","model":"deepseek/deepseek-r1","object":"chat.completion.chunk","created":1,"choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null,"native_finish_reason":null,"logprobs":null}]})"
      "\r\n\r\n"
      ": OPENROUTER PROCESSING\r\n\r\n"
      R"(data: {"id":"gen-1","provider":"DeepSeek","model":"deepseek/deepseek-r1","object":"chat.completion.chunk","created":1,"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":"stop","native_finish_reason":"stop","logprobs":null}],"usage":{"prompt_tokens":4,"completion_tokens":20,"total_tokens":24}})"
      "\r\n\r\n"
      "data: [DONE]\r\n\r\n";

// Multi-byte text: 3-byte CJK characters, a full-width comma and a 4-byte emoji.
const QByteArray kChinese = R"(data: {"choices":[{"index":0,"delta":{"content":"你好"}}]})"
                            "\n\n"
                            R"(data: {"choices":[{"index":0,"delta":{"content":"，世界！🌏"}}]})"
                            "\n\n"
                            "data: [DONE]\n\n";

// Every field kind, with the endings of the caller's choice.
const QByteArray kFields = "event: update\ndata: line one\nid: 42\ndata:line two\n\n"
                           ": comment\nretry: 1000\ndata\n\n"
                           "event: \nunknown: field\ndata:  spaced\n\n";

QByteArray withEndings(QByteArray lf, const char *ending)
{
    return lf.replace('\n', QByteArray(ending));
}

} // namespace

class TestSseDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineEndings_data();
    void lineEndings();
    void crlfSplitAcrossFeedsCountsOnce();
    void bomStrippedAtStart();
    void bomOnlyAtVeryStart();
    void commentsAreCountedNotDispatched();
    void dataValue_data();
    void dataValue();
    void multiLineDataJoinedWithLf();
    void eventLimitCountsEveryLineEnd();
    void eventTypeResetsAfterDispatch();
    void lastEventIdPersists();
    void retryAndUnknownFieldsIgnored();
    void eventWithoutDataNotDispatched();
    void cutOffEventNotDispatched_data();
    void cutOffEventNotDispatched();
    void utf8SplitAcrossFeeds();
    void anySplitGivesTheSameEvents_data();
    void anySplitGivesTheSameEvents();
    void randomSplitsGiveTheSameEvents_data();
    void randomSplitsGiveTheSameEvents();
};

void TestSseDecoder::lineEndings_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArrayList>("data");
    QTest::addRow("LF") << QByteArray("data: a\n\ndata: b\n\n") << QByteArrayList{"a", "b"};
    QTest::addRow("CR") << QByteArray("data: a\r\rdata: b\r\r") << QByteArrayList{"a", "b"};
    QTest::addRow("CRLF") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n") << QByteArrayList{"a", "b"};
    // A CRLF is one line end: were it two, "a" would be dispatched on its own.
    QTest::addRow("CRLF between data lines") << QByteArray("data: a\r\ndata: b\r\n\r\n") << QByteArrayList{"a\nb"};
    QTest::addRow("mixed") << QByteArray("data: a\rdata: b\n\r\ndata: c\r\r\n\n") << QByteArrayList{"a\nb", "c"};
}

void TestSseDecoder::lineEndings()
{
    QFETCH(QByteArray, stream);
    QFETCH(QByteArrayList, data);
    SseDecoder d;
    QCOMPARE(dataOf(d.feed(stream)), data);
    QVERIFY(!d.hasPartialEvent());
}

void TestSseDecoder::crlfSplitAcrossFeedsCountsOnce()
{
    SseDecoder d;
    QVERIFY(d.feed("data: a\r").isEmpty());
    QVERIFY(d.feed("").isEmpty()); // an empty read between CR and LF changes nothing
    QVERIFY(d.feed("\ndata: b\r").isEmpty());
    QCOMPARE(dataOf(d.feed("\n\r\n")), QByteArrayList{"a\nb"});
    QVERIFY(!d.hasPartialEvent());
}

void TestSseDecoder::bomStrippedAtStart()
{
    const QByteArray stream = "\xEF\xBB\xBF"
                              "data: x\n\n";
    QCOMPARE(dataOf(decodeWhole(stream)), QByteArrayList{"x"});

    // The BOM itself split over three reads.
    SseDecoder d;
    QVERIFY(d.feed("\xEF").isEmpty());
    QVERIFY(d.feed("\xBB").isEmpty());
    QVERIFY(d.feed("\xBF").isEmpty());
    QCOMPARE(dataOf(d.feed("data: y\n\n")), QByteArrayList{"y"});
    QCOMPARE(d.bytesSeen(), qint64(3 + 9));
}

void TestSseDecoder::bomOnlyAtVeryStart()
{
    // Later on, the BOM bytes belong to the field name, which is then unknown.
    const QByteArray stream = "data: a\n\n"
                              "\xEF\xBB\xBF"
                              "data: b\n\n";
    QCOMPARE(dataOf(decodeWhole(stream)), QByteArrayList{"a"});

    SseDecoder d;
    QCOMPARE(dataOf(d.feed("\xEF\xBB\xBF"
                           "data: a\n\n")),
             QByteArrayList{"a"});
    QVERIFY(d.feed("\xEF\xBB\xBF"
                   "data: b\n\n")
                .isEmpty());
}

void TestSseDecoder::commentsAreCountedNotDispatched()
{
    SseDecoder d;
    const QList<SseEvent> events = d.feed(": OPENROUTER PROCESSING\n\n: keep-alive\ndata: x\n:\n\n");
    QCOMPARE(dataOf(events), QByteArrayList{"x"});
    QCOMPARE(d.commentCount(), 3);
    QVERIFY(!d.hasPartialEvent());
}

void TestSseDecoder::dataValue_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("data");
    QTest::addRow("with space") << QByteArray("data: x") << QByteArray("x");
    QTest::addRow("without space") << QByteArray("data:x") << QByteArray("x");
    QTest::addRow("only one space stripped") << QByteArray("data:  x") << QByteArray(" x");
    QTest::addRow("tab kept") << QByteArray("data:\tx") << QByteArray("\tx");
    QTest::addRow("trailing space kept") << QByteArray("data: x ") << QByteArray("x ");
    QTest::addRow("colon in value") << QByteArray("data: a:b") << QByteArray("a:b");
    QTest::addRow("empty value") << QByteArray("data:") << QByteArray("");
    QTest::addRow("no colon") << QByteArray("data") << QByteArray("");
}

void TestSseDecoder::dataValue()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, data);
    const QList<SseEvent> events = decodeWhole(QByteArray(line + "\n\n"));
    QCOMPARE(events.size(), 1); // an empty data line still makes an event
    QCOMPARE(events.constFirst().data, data);
    QCOMPARE(events.constFirst().type, QByteArray("message"));
}

// The limit counts an event's data lines with a line end after each: three
// two-byte lines are 9 bytes, over a limit of 8 whether whole or split.
void TestSseDecoder::eventLimitCountsEveryLineEnd()
{
    const QByteArray stream = "data:ab\ndata:ab\ndata:ab\n\n";
    for (const qsizetype step : {qsizetype(1), stream.size()}) {
        SseDecoder over;
        over.setMaxEventBytes(8);
        QList<SseEvent> events;
        for (qsizetype at = 0; at < stream.size(); at += step)
            events += over.feed(QByteArrayView(stream).sliced(at, qMin(step, stream.size() - at)));
        QVERIFY(over.tooLarge());
        QVERIFY(events.isEmpty());
        SseDecoder fits;
        fits.setMaxEventBytes(9);
        QCOMPARE(dataOf(fits.feed(stream)), QByteArrayList{"ab\nab\nab"});
        QVERIFY(!fits.tooLarge());
    }
}

void TestSseDecoder::multiLineDataJoinedWithLf()
{
    QCOMPARE(dataOf(decodeWhole("data: a\ndata:\ndata: b\n\n")), QByteArrayList{"a\n\nb"});
    QCOMPARE(dataOf(decodeWhole("data\ndata\n\n")), QByteArrayList{"\n"});
}

void TestSseDecoder::eventTypeResetsAfterDispatch()
{
    const QList<SseEvent> events = decodeWhole(
        "event: content_block_delta\ndata: x\n\ndata: y\n\nevent:\ndata: z\n\nevent\ndata: w\n\n");
    QCOMPARE(describe(events),
             (QByteArrayList{"content_block_delta id= data=x", "message id= data=y", "message id= data=z",
                             "message id= data=w"}));
}

void TestSseDecoder::lastEventIdPersists()
{
    QByteArray stream = "data: a\nid: 1\n\ndata: b\n\n";  // an id counts for the event it is in
    stream += QByteArrayLiteral("id: x\0y\ndata: c\n\n"); // an id with NUL is ignored
    stream += "id\ndata: d\n\n";                          // an empty id resets it
    QCOMPARE(describe(decodeWhole(stream)),
             (QByteArrayList{"message id=1 data=a", "message id=1 data=b", "message id=1 data=c",
                             "message id= data=d"}));
}

void TestSseDecoder::retryAndUnknownFieldsIgnored()
{
    SseDecoder d;
    QVERIFY(d.feed("retry: 3000\n\n").isEmpty());
    const QList<SseEvent> events = d.feed("retry: 10\nfoo: bar\nDATA: shout\nEvent: x\ndata: x\n\n");
    QCOMPARE(describe(events), QByteArrayList{"message id= data=x"});
}

void TestSseDecoder::eventWithoutDataNotDispatched()
{
    SseDecoder d;
    QVERIFY(d.feed("event: ping\n\nid: 5\n\n").isEmpty());
    QVERIFY(!d.hasPartialEvent());
    // The id lives on; the type of the undispatched event does not.
    QCOMPARE(describe(d.feed("data: x\n\n")), QByteArrayList{"message id=5 data=x"});
}

void TestSseDecoder::cutOffEventNotDispatched_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArrayList>("data");
    QTest::addColumn<bool>("partial");
    QTest::addRow("complete") << QByteArray("data: a\n\n") << QByteArrayList{"a"} << false;
    QTest::addRow("no blank line") << QByteArray("data: a\n\ndata: b\n") << QByteArrayList{"a"} << true;
    QTest::addRow("no line end") << QByteArray("data: a\n\ndata: b") << QByteArrayList{"a"} << true;
    QTest::addRow("type only") << QByteArray("data: a\n\nevent: x\n") << QByteArrayList{"a"} << true;
    QTest::addRow("comment at end") << QByteArray("data: a\n\n: bye\n") << QByteArrayList{"a"} << false;
}

void TestSseDecoder::cutOffEventNotDispatched()
{
    QFETCH(QByteArray, stream);
    QFETCH(QByteArrayList, data);
    QFETCH(bool, partial);
    SseDecoder d;
    QCOMPARE(dataOf(d.feed(stream)), data);
    QCOMPARE(d.hasPartialEvent(), partial);
}

void TestSseDecoder::utf8SplitAcrossFeeds()
{
    const QByteArray stream = "data: 你好🌏\n\n";
    // Cut inside the first CJK character and inside the 4-byte emoji.
    const qsizetype cuts[] = {7, 13, 15};
    SseDecoder d;
    QList<SseEvent> events = d.feed(QByteArrayView(stream).first(cuts[0]));
    events += d.feed(QByteArrayView(stream).sliced(cuts[0], cuts[1] - cuts[0]));
    events += d.feed(QByteArrayView(stream).sliced(cuts[1], cuts[2] - cuts[1]));
    events += d.feed(QByteArrayView(stream).sliced(cuts[2]));
    QCOMPARE(events.size(), 1);
    QCOMPARE(QString::fromUtf8(events.constFirst().data), QString::fromUtf8("你好🌏"));
}

void TestSseDecoder::anySplitGivesTheSameEvents_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("events");
    QTest::addRow("OpenAI, LF") << kOpenAi << 6;
    QTest::addRow("OpenAI, CRLF") << withEndings(kOpenAi, "\r\n") << 6;
    QTest::addRow("OpenAI, CR") << withEndings(kOpenAi, "\r") << 6;
    QTest::addRow("OpenRouter comments") << kOpenRouter << 4;
    QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBF" + kOpenAi) << 6;
    QTest::addRow("BOM, CRLF") << QByteArray("\xEF\xBB\xBF" + withEndings(kOpenAi, "\r\n")) << 6;
    QTest::addRow("Chinese") << kChinese << 3;
    QTest::addRow("fields, LF") << kFields << 3;
    QTest::addRow("fields, CRLF") << withEndings(kFields, "\r\n") << 3;
    QTest::addRow("fields, CR") << withEndings(kFields, "\r") << 3;
    QTest::addRow("mixed endings") << QByteArray(
        "data: a\rdata: b\n\r\n: c\r\ndata: d\r\n\ndata: e\r\r\n\n\ndata: f\n\r")
                                   << 4;
    QTest::addRow("cut off") << QByteArray(kChinese + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"再")
                             << 3;
}

void TestSseDecoder::anySplitGivesTheSameEvents()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, events);
    const Outcome whole = decodeInPieces(stream, {});
    QCOMPARE(whole.events.size(), events);
    QCOMPARE(whole.bytes, qint64(stream.size()));

    for (qsizetype at = 0; at <= stream.size(); ++at) {
        const Outcome split = decodeInPieces(stream, {at});
        if (split == whole)
            continue;
        qWarning("split at byte %lld", qint64(at));
        QCOMPARE(split.events, whole.events);
        QCOMPARE(split.comments, whole.comments);
        QCOMPARE(split.partial, whole.partial);
        QCOMPARE(split.bytes, whole.bytes);
    }

    QList<qsizetype> everyByte;
    for (qsizetype at = 1; at < stream.size(); ++at)
        everyByte.append(at);
    const Outcome bytewise = decodeInPieces(stream, everyByte);
    QCOMPARE(bytewise.events, whole.events);
    QCOMPARE(bytewise.comments, whole.comments);
    QCOMPARE(bytewise.partial, whole.partial);
}

void TestSseDecoder::randomSplitsGiveTheSameEvents_data()
{
    anySplitGivesTheSameEvents_data();
}

void TestSseDecoder::randomSplitsGiveTheSameEvents()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, events);
    const Outcome whole = decodeInPieces(stream, {});
    QCOMPARE(whole.events.size(), events);

    QRandomGenerator rng(20240611); // fixed: a failure can be replayed
    for (int round = 0; round < 300; ++round) {
        const int pieces = rng.bounded(2, 12);
        QList<qsizetype> cuts;
        for (int i = 1; i < pieces; ++i)
            cuts.append(rng.bounded(int(stream.size()) + 1));
        std::sort(cuts.begin(), cuts.end()); // equal cuts give empty reads, which must be harmless
        const Outcome split = decodeInPieces(stream, cuts);
        if (split == whole)
            continue;
        QByteArray where;
        for (qsizetype cut : cuts)
            where += QByteArray::number(qint64(cut)) + ' ';
        qWarning("round %d, cuts at %s", round, where.constData());
        QCOMPARE(split.events, whole.events);
        QCOMPARE(split.comments, whole.comments);
        QCOMPARE(split.partial, whole.partial);
        QCOMPARE(split.bytes, whole.bytes);
    }
}

QTEST_GUILESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
