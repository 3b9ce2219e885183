// Servers that misbehave on purpose: a redirect to another host gets no
// credential, and a flood, an endless line or an endless model listing ends
// on time with tokenmeter-cli's memory under its cap.
#include "fidelity.h"
#include "floodserver.h"
#include "scriptedserver.h"
#include "stream/modellister.h"
#include "stream/openaidialect.h"
#include "stream/streamingrequest.h"
#include "transports.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <sys/resource.h>

namespace {

// What the CLI may take, whatever a server sends (README: Memory); a sanitized
// build's shadow memory and quarantine take more, and are allowed for.
constexpr long kMaxRssMb = Fidelity::kSanitized ? 1000 : 200;

const QByteArray kSseHead = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";

struct CliRun
{
    int exitCode = -1;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// The CLI against a server of this process (whose event loop must keep running).
CliRun runCli(const QStringList &args)
{
    QProcess cli;
    QElapsedTimer clock;
    clock.start();
    cli.start(QStringLiteral(TOKENMETER_CLI), args);
    QSignalSpy done(&cli, &QProcess::finished);
    if (!done.wait(60'000))
        cli.kill();
    return {cli.exitCode(), cli.readAllStandardError(), clock.elapsed()};
}

// The largest resident set of any child so far, in MB (Linux: ru_maxrss in KiB).
long childMaxRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

QStringList runArgs(quint16 port, const QString &timeoutS)
{
    return {QStringLiteral("run"),
            QStringLiteral("--base-url"),
            QStringLiteral("http://127.0.0.1:%1/v1").arg(port),
            QStringLiteral("--models"),
            QStringLiteral("m"),
            QStringLiteral("--iterations"),
            QStringLiteral("1"),
            QStringLiteral("--warmup"),
            QStringLiteral("0"),
            QStringLiteral("--timeout"),
            timeoutS,
            QStringLiteral("--no-history")};
}

} // namespace

class TestHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crossHostRedirectCarriesNoCredential();
    void floodEndsOnTimeWithinMemory();
    void endlessLineEndsWithinMemory();
    void endlessModelListingEndsWithinMemory();
};

void TestHostile::crossHostRedirectCarriesNoCredential()
{
    ScriptedServer elsewhere; // logs every request's headers
    QVERIFY(elsewhere.listen());
    elsewhere.setScript(ScriptedServer::sse("data: [DONE]\n\n"));
    ScriptedServer origin;
    QVERIFY(origin.listen());
    const QByteArray location = "http://localhost:" + QByteArray::number(elsewhere.port()) + "/v1/chat/completions";
    origin.setScript({ScriptStep::write(
        ScriptedServer::head(307, "application/json", "Location: " + location + "\r\nContent-Length: 2\r\n") + "{}")});
    QNetworkAccessManager manager;
    const OpenAiDialect dialect;
    StreamTarget target{origin.baseUrl(), QStringLiteral("sk-never-elsewhere"), &dialect, Timeouts{5, 5, 5, 5}, false};
    target.headers = {HttpHeader{"X-Team-Token", "team-secret"}};
    for (const bool own : {false, true}) { // Qt's stack, then the engine's own
        Transports over(own);
        const auto request = over.request(target, ChatRequest{QStringLiteral("m"), QStringLiteral("p"), 10, true});
        QSignalSpy finished(request.get(), &StreamingRequest::finished);
        request->start();
        QVERIFY(finished.wait(10'000));
        const RequestTimeline &t = request->timeline();
        QCOMPARE(t.status, RequestStatus::RedirectRefused);
        QVERIFY2(
            t.error.startsWith(
                QStringLiteral("127.0.0.1:%1 redirected to %2").arg(origin.port()).arg(QString::fromLatin1(location))),
            qPrintable(over.name() + QStringLiteral(": ") + t.error));
        QCOMPARE(origin.requests().size(), own ? 2 : 1);
        QCOMPARE(origin.requests().constLast().header("authorization"), QByteArray("Bearer sk-never-elsewhere"));
        QVERIFY2(elsewhere.requests().isEmpty(), "the other host was sent a request: the key went with it");
    }

    // The model listing follows the same rule.
    ModelLister lister(&manager, target);
    QSignalSpy listed(&lister, &ModelLister::finished);
    lister.start();
    QVERIFY(listed.wait(10'000));
    QVERIFY2(listed.constFirst().at(1).toString().contains(QStringLiteral("redirected to")),
             qPrintable(listed.constFirst().at(1).toString()));
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestHostile::floodEndsOnTimeWithinMemory()
{
    // Token events as fast as the client takes them, for 20 s.
    FloodServer flood(kSseHead, "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}]}\n\n", 20);
    QVERIFY(flood.listen());
    const CliRun r = runCli(runArgs(flood.port(), QStringLiteral("5")));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("too large") || r.err.contains("total timeout"), r.err.constData());
    QVERIFY2(r.elapsedMs < 5'000 + 5'000, qPrintable(QString::number(r.elapsedMs))); // the total timeout, and start-up
    QVERIFY2(childMaxRssMb() < kMaxRssMb, qPrintable(QStringLiteral("%1 MB").arg(childMaxRssMb())));
    qInfo("flood: %lld MB sent, the CLI ended after %lld ms, its RSS peaked at %ld MB", flood.bytesSent() >> 20,
          r.elapsedMs, childMaxRssMb());
}

void TestHostile::endlessLineEndsWithinMemory()
{
    FloodServer flood(kSseHead + "data: ", QByteArray(4096, 'a'), 20); // a line that never ends
    QVERIFY(flood.listen());
    const CliRun r = runCli(runArgs(flood.port(), QStringLiteral("20")));
    QCOMPARE(r.exitCode, 1);
    // The line limit, or the answer limit when the bytes outrun the decoding: too large either way.
    QVERIFY2(r.err.contains("too large: 127.0.0.1 sent"), r.err.constData());
    QVERIFY2(childMaxRssMb() < kMaxRssMb, qPrintable(QStringLiteral("%1 MB").arg(childMaxRssMb())));
}

void TestHostile::endlessModelListingEndsWithinMemory()
{
    FloodServer flood("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"data\":[",
                      "{\"id\":\"model-x\"},", 20);
    QVERIFY(flood.listen());
    const CliRun r = runCli({QStringLiteral("models"), QStringLiteral("--base-url"),
                             QStringLiteral("http://127.0.0.1:%1/v1").arg(flood.port())});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("is larger than 16 MiB"), r.err.constData());
    QVERIFY2(childMaxRssMb() < kMaxRssMb, qPrintable(QStringLiteral("%1 MB").arg(childMaxRssMb())));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
