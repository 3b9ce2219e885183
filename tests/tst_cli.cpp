#include "clitesting.h"
#include "scriptedserver.h"
#include "settings/appsettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QStringList kQuick{QStringLiteral("run"),
                         QStringLiteral("--models"),
                         QStringLiteral("qwen3-8b,glm-5"),
                         QStringLiteral("--iterations"),
                         QStringLiteral("2"),
                         QStringLiteral("--time-scale"),
                         QStringLiteral("20"),
                         QStringLiteral("--max-tokens"),
                         QStringLiteral("30")};

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runWritesTheJsonReport();
    void formats_data();
    void formats();
    void rankByTokensPerSecond();
    void badUsage_data();
    void badUsage();
    void failedRequestsExitOne();
    void unreachableEndpointIsReportedClearly();
    void realEndpointGetsTheKeyButNothingElseDoes();
    void standaloneSimulator();
    void interruptPrintsWhatFinished();
    void workloadReachesThePlan();
};

void TestCli::runWritesTheJsonReport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.json"));
    const CliResult r = cli(kQuick
                            + QStringList{QStringLiteral("--regions"), QStringLiteral("us-east,asia"),
                                          QStringLiteral("--format"), QStringLiteral("json"),
                                          QStringLiteral("--keep-text"), QStringLiteral("--out"), path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("requests")); // the progress line
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), report);

    QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("tokenmeter.report/2"));
    QCOMPARE(report.value(QStringLiteral("simulated")).toBool(), true);
    const QJsonObject config = report.value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("iterations")).toInt(), 2);
    QCOMPARE(config.value(QStringLiteral("time_scale")).toDouble(), 20.0);
    QCOMPARE(config.value(QStringLiteral("prompt")).toString(), QStringLiteral("Explain recursion in 200 words"));
    const QJsonArray requests = report.value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), 2 * 2 * 3);
    for (const QJsonValue &v : requests) {
        const QJsonObject q = v.toObject();
        for (const char *key : {"model", "region", "iteration", "warmup", "status", "error", "http_status", "ttft_ms",
                                "ttft_any_ms", "e2e_ms", "output_tokens", "token_source", "tokens_per_s", "events_ms",
                                "t_send_mono_ns", "text", "reasoning_text"})
            QVERIFY2(q.contains(QLatin1String(key)), key);
        QCOMPARE(q.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(q.value(QStringLiteral("token_source")).toString(), QStringLiteral("usage"));
        QCOMPARE(q.value(QStringLiteral("output_tokens")).toInt(), 30);
        QVERIFY(q.value(QStringLiteral("events_ms")).toArray().size() >= 10);
        QVERIFY(q.value(QStringLiteral("t_send_mono_ns")).toString().toLongLong() > 0);
        QVERIFY(!q.value(QStringLiteral("text")).toString().isEmpty());
    }
    const QJsonArray summary = report.value(QStringLiteral("summary")).toArray();
    QCOMPARE(summary.size(), 4);
    const QJsonObject s = summary.at(0).toObject();
    QCOMPARE(s.value(QStringLiteral("n")).toInt(), 2);
    QCOMPARE(s.value(QStringLiteral("errors")).toInt(), 0);
    for (const char *key : {"ttft_ms", "ttft_any_ms", "tokens_per_s", "e2e_ms"}) {
        const QJsonObject d = s.value(QLatin1String(key)).toObject();
        for (const char *stat : {"mean", "p50", "p90", "p99", "min", "max"})
            QVERIFY2(d.value(QLatin1String(stat)).isDouble(), key);
    }
    QVERIFY(report.value(QStringLiteral("environment"))
                .toObject()
                .value(QStringLiteral("qt_version"))
                .toString()
                .startsWith(u'6'));
}

void TestCli::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("table") << QStringLiteral("table") << QByteArray("SIMULATED");
    QTest::addRow("csv") << QStringLiteral("csv")
                         << QByteArray("rank,model,name,provider,region,n,errors,ttft_definition,ttft_p50_ms");
    QTest::addRow("md") << QStringLiteral("md") << QByteArray("|---|---|");
}

void TestCli::formats()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);
    const CliResult r = cli(kQuick + QStringList{QStringLiteral("--format"), format});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), r.out.constData());
    QVERIFY(r.out.contains("GLM-5"));
    QVERIFY(r.out.contains("Qwen3-8B"));
    if (format == u"csv")
        QCOMPARE(r.out.count('\n'), 3); // header and two rows
}

void TestCli::rankByTokensPerSecond()
{
    const CliResult r = cli(kQuick
                            + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                          QStringLiteral("--rank-by"), QStringLiteral("tps")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QVERIFY(lines.value(1).startsWith("1,qwen3-8b,")); // 70 tokens/s beats 25
    const CliResult cost = cli(kQuick
                               + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                             QStringLiteral("--rank-by"), QStringLiteral("cost")});
    QVERIFY(cost.out.trimmed().split('\n').value(1).startsWith("1,qwen3-8b,")); // $0.01 beats $1.92
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("zero iterations") << QStringList{QStringLiteral("run"), QStringLiteral("--iterations"),
                                                    QStringLiteral("0")}
                                     << QByteArray("--iterations must be a whole number from 1 to 100000");
    QTest::addRow("unknown model") << QStringList{QStringLiteral("run"), QStringLiteral("--models"),
                                                  QStringLiteral("gpt-9")}
                                   << QByteArray("The simulated provider has no model \"gpt-9\"");
    QTest::addRow("unknown region") << QStringList{QStringLiteral("run"), QStringLiteral("--regions"),
                                                   QStringLiteral("mars")}
                                    << QByteArray(
                                           "The simulated provider has no region \"mars\"; it has: us-east, asia");
    QTest::addRow("bad format") << QStringList{QStringLiteral("run"), QStringLiteral("--format"), QStringLiteral("xml")}
                                << QByteArray("--format must be table, json, csv or md");
    QTest::addRow("bad url") << QStringList{QStringLiteral("run"), QStringLiteral("--base-url"),
                                            QStringLiteral("ftp://example")}
                             << QByteArray("--base-url must be an http:// or https:// URL");
    QTest::addRow("a simulated region on a real endpoint")
        << QStringList{QStringLiteral("run"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1"),
                       QStringLiteral("--regions"), QStringLiteral("asia")}
        << QByteArray("there is no saved region \"asia\"; the saved ones are: local (This machine)");
    QTest::addRow("time scale on a real endpoint")
        << QStringList{QStringLiteral("run"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1"),
                       QStringLiteral("--time-scale"), QStringLiteral("5")}
        << QByteArray("--time-scale applies to the simulated provider only");
    QTest::addRow("unknown saved endpoint")
        << QStringList{QStringLiteral("run"), QStringLiteral("--endpoint"), QStringLiteral("nowhere")}
        << QByteArray("there is no saved endpoint \"nowhere\"; the saved ones are: ");
    QTest::addRow("unknown option") << QStringList{QStringLiteral("run"), QStringLiteral("--speed")}
                                    << QByteArray("Unknown option 'speed'");
    QTest::addRow("unknown command") << QStringList{QStringLiteral("bench")} << QByteArray("unknown command \"bench\"");
    QTest::addRow("bad fault") << QStringList{QStringLiteral("run"), QStringLiteral("--sim-fault"),
                                              QStringLiteral("explode")}
                               << QByteArray("unknown fault \"explode\"");
    QTest::addRow("missing key variable")
        << QStringList{QStringLiteral("run"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1"),
                       QStringLiteral("--api-key-env"), QStringLiteral("TOKENMETER_TEST_UNSET_VARIABLE")}
        << QByteArray("TOKENMETER_TEST_UNSET_VARIABLE, which is not set");
    QTest::addRow("unknown workload")
        << QStringList{QStringLiteral("run"), QStringLiteral("--workload"), QStringLiteral("huge")}
        << QByteArray("--workload must be one of study, chat, rag, long, sweep, agent, not \"huge\"");
    QTest::addRow("missing prompt file") << QStringList{QStringLiteral("run"), QStringLiteral("--prompt-file"),
                                                        QStringLiteral("/nonexistent/p.txt")}
                                         << QByteArray("cannot read the prompt file /nonexistent/p.txt");
    QTest::addRow("fixed output on Anthropic") << QStringList{QStringLiteral("run"),
                                                              QStringLiteral("--base-url"),
                                                              QStringLiteral("http://127.0.0.1:9/v1"),
                                                              QStringLiteral("--protocol"),
                                                              QStringLiteral("anthropic"),
                                                              QStringLiteral("--fixed-output")}
                                               << QByteArray("a fixed output length needs an OpenAI-compatible server");
}

void TestCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const CliResult r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::failedRequestsExitOne()
{
    const CliResult r = cli(kQuick + QStringList{QStringLiteral("--sim-fault"), QStringLiteral("status=503")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("6 of 6 requests failed"), r.err.constData());
    QVERIFY2(r.err.contains("HTTP error: HTTP 503 from 127.0.0.1: simulated HTTP 503"), r.err.constData());
    QVERIFY(r.out.contains("GLM-5")); // the leaderboard still prints, with its errors column
}

void TestCli::unreachableEndpointIsReportedClearly()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(probe.serverPort());
    probe.close();
    const CliResult r = cli({QStringLiteral("run"), QStringLiteral("--base-url"), url, QStringLiteral("--models"),
                             QStringLiteral("some-model"), QStringLiteral("--iterations"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("2 of 2 requests failed"), r.err.constData());
    QVERIFY2(r.err.contains(QByteArray("connection refused: " + url.mid(7, url.size() - 10).toLatin1()
                                       + " refused the connection")),
             r.err.constData());
}

void TestCli::realEndpointGetsTheKeyButNothingElseDoes()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setScript(
        ScriptedServer::sse(R"(data: {"choices":[{"index":0,"delta":{"content":"ok"},"finish_reason":"stop"}]})"
                            "\n\n"
                            "data: [DONE]\n\n"));
    const QString secret = QStringLiteral("sk-tokenmeter-leak-canary-4242");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MY_KEY"), secret);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.json"));
    const CliResult r = cli({QStringLiteral("run"), QStringLiteral("--base-url"), server.baseUrl().toString(),
                             QStringLiteral("--api-key-env"), QStringLiteral("MY_KEY"), QStringLiteral("--models"),
                             QStringLiteral("custom-model"), QStringLiteral("--iterations"), QStringLiteral("1"),
                             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), path},
                            env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().constFirst().header("authorization"), QByteArray("Bearer ") + secret.toUtf8());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(!saved.contains(secret.toUtf8()));
    QVERIFY(!r.out.contains(secret.toUtf8()));
    QVERIFY(!r.err.contains(secret.toUtf8()));
    const QJsonObject report = QJsonDocument::fromJson(saved).object();
    QCOMPARE(report.value(QStringLiteral("simulated")).toBool(), false);
    const QJsonObject q = report.value(QStringLiteral("requests")).toArray().at(1).toObject();
    QCOMPARE(q.value(QStringLiteral("token_source")).toString(), QStringLiteral("events")); // no usage: estimated
    QCOMPARE(q.value(QStringLiteral("region")).toString(), QStringLiteral("local"));
}

void TestCli::standaloneSimulator()
{
    QProcess sim;
    sim.start(QStringLiteral(TOKENMETER_CLI),
              {QStringLiteral("sim"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--time-scale"),
               QStringLiteral("50")});
    QVERIFY(sim.waitForStarted(5000));
    QByteArray banner;
    QSignalSpy output(&sim, &QProcess::readyReadStandardOutput);
    for (int i = 0; i < 50 && !banner.contains("no region"); ++i) {
        if (!output.wait(200))
            continue;
        banner += sim.readAllStandardOutput();
    }
    QVERIFY2(banner.contains("simulated"), banner.constData());
    const qsizetype at = banner.indexOf("http://127.0.0.1:");
    QVERIFY(at >= 0);
    const QUrl root(QString::fromUtf8(banner.mid(at, banner.indexOf('\n', at) - at)).trimmed());
    QVERIFY(root.port() > 0);

    // Another tool (here: the CLI itself, with --base-url) can measure it.
    const CliResult r = cli(
        {QStringLiteral("run"), QStringLiteral("--base-url"), root.toString() + QStringLiteral("/asia/v1"),
         QStringLiteral("--models"), QStringLiteral("glm-5"), QStringLiteral("--iterations"), QStringLiteral("1"),
         QStringLiteral("--max-tokens"), QStringLiteral("20"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The server said it was simulated, so the report says so too.
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("simulated")).toBool(), true);

    sim.terminate(); // SIGTERM: a clean stop
    QVERIFY(sim.waitForFinished(5000));
    QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.exitCode(), 0);
}

void TestCli::interruptPrintsWhatFinished()
{
    QProcess p;
    p.start(QStringLiteral(TOKENMETER_CLI),
            {QStringLiteral("run"), QStringLiteral("--models"), QStringLiteral("qwen3-8b,qwen3.5-397b"),
             QStringLiteral("--iterations"), QStringLiteral("50"), QStringLiteral("--warmup"), QStringLiteral("0"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(p.waitForStarted(5000));
    QSignalSpy err(&p, &QProcess::readyReadStandardError);
    QByteArray progress;
    // Progress goes to a pipe every 5 s; wait for a line with something finished.
    const QRegularExpression someDone(QStringLiteral("\\b[1-9][0-9]*/100 requests"));
    for (int i = 0; i < 60 && !someDone.match(QString::fromUtf8(progress)).hasMatch(); ++i) {
        if (err.wait(200))
            progress += p.readAllStandardError();
    }
    QVERIFY2(someDone.match(QString::fromUtf8(progress)).hasMatch(), progress.constData());
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 130);
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(out.contains("qwen3-8b"), out.constData()); // what finished is still reported
    const QByteArray err2 = progress + p.readAllStandardError();
    QVERIFY(err2.contains("Interrupted"));
    // Requests cut short by the stop are counted apart, never as failures.
    QVERIFY2(err2.contains("stopped with the run (not failures)"), err2.constData());
    QVERIFY2(!err2.contains("failed"), err2.constData());
    QVERIFY2(!err2.contains("sent no usage"), err2.constData());
    QVERIFY2(out.contains(",0,first_token,"), out.constData()); // the errors column of each lane
}

// A profile and the workload options reach the plan a run would use; a prompt
// file is named by its SHA-256 and never quoted.
void TestCli::workloadReachesThePlan()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("secret-prompt.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Our unreleased product plan, to be summarised.");
    f.close();
    const CliResult r = cli({QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--workload"),
                             QStringLiteral("rag"), QStringLiteral("--warm-cache"), QStringLiteral("--prompt-file"),
                             file, QStringLiteral("--no-history")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject config = QJsonDocument::fromJson(r.out).object();
    const QJsonObject w = config.value(QStringLiteral("workload")).toObject();
    QCOMPARE(w.value(QStringLiteral("profile")).toString(), QStringLiteral("custom")); // a file changed the profile
    QCOMPARE(w.value(QStringLiteral("input_tokens")).toInt(), 2000);
    QCOMPARE(w.value(QStringLiteral("cache")).toString(), QStringLiteral("warm"));
    QCOMPARE(w.value(QStringLiteral("prompt_file")).toString(), QStringLiteral("secret-prompt.txt"));
    QCOMPARE(w.value(QStringLiteral("prompt_sha256")).toString().size(), 64);
    QCOMPARE(config.value(QStringLiteral("max_tokens")).toInt(), 300);
    QVERIFY(!r.out.contains("unreleased"));

    const CliResult study = cli({QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--no-history")});
    const QJsonObject plain = QJsonDocument::fromJson(study.out).object();
    QCOMPARE(plain.value(QStringLiteral("workload")).toObject().value(QStringLiteral("profile")).toString(),
             QStringLiteral("study"));
    QCOMPARE(plain.value(QStringLiteral("prompt")).toString(), QStringLiteral("Explain recursion in 200 words"));
    QCOMPARE(plain.value(QStringLiteral("max_tokens")).toInt(), 150);
    QVERIFY(!plain.value(QStringLiteral("workload")).toObject().contains(QStringLiteral("tool_call")));

    // The agent profile asks for a tool call; --tool-call adds one to any workload.
    const CliResult agent = cli({QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--workload"),
                                 QStringLiteral("agent"), QStringLiteral("--no-history")});
    const QJsonObject a = QJsonDocument::fromJson(agent.out).object().value(QStringLiteral("workload")).toObject();
    QCOMPARE(a.value(QStringLiteral("profile")).toString(), QStringLiteral("agent"));
    QCOMPARE(a.value(QStringLiteral("tool_call")).toBool(), true);
    const CliResult chat = cli({QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--workload"),
                                QStringLiteral("chat"), QStringLiteral("--tool-call"), QStringLiteral("--no-history")});
    const QJsonObject c = QJsonDocument::fromJson(chat.out).object().value(QStringLiteral("workload")).toObject();
    QCOMPARE(c.value(QStringLiteral("profile")).toString(), QStringLiteral("custom"));
    QCOMPARE(c.value(QStringLiteral("tool_call")).toBool(), true);

    // A dataset: named by file and SHA-256 with its seed; its text never in the plan.
    const QString dataset = QStringLiteral(TOKENMETER_TEST_DATA "/datasets/sharegpt.jsonl");
    const CliResult d = cli({QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--dataset"), dataset,
                             QStringLiteral("--dataset-seed"), QStringLiteral("9"), QStringLiteral("--no-history")});
    QVERIFY2(d.exitCode == 0, d.err.constData());
    const QJsonObject dw = QJsonDocument::fromJson(d.out).object().value(QStringLiteral("workload")).toObject();
    QCOMPARE(dw.value(QStringLiteral("dataset_file")).toString(), QStringLiteral("sharegpt.jsonl"));
    QCOMPARE(dw.value(QStringLiteral("dataset_sha256")).toString().size(), 64);
    QCOMPARE(dw.value(QStringLiteral("dataset_seed")).toString(), QStringLiteral("9"));
    const CliResult both = cli({QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--dataset"),
                                dataset, QStringLiteral("--input-tokens"), QStringLiteral("500")});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains("--dataset and --input-tokens cannot both be given"), both.err.constData());
    const CliResult broken = cli({QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--dataset"),
                                  QStringLiteral(TOKENMETER_TEST_DATA "/datasets/malformed.jsonl")});
    QVERIFY(broken.exitCode != 0);
    QVERIFY2(broken.err.contains("malformed.jsonl:3:"), broken.err.constData());

    // A workload saved in the dashboard is a --workload of its own.
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings saved(ini);
        RunSettings terse;
        terse.workload = Workload::profileOf(QStringLiteral("chat"))->workload;
        terse.workload.cache = Workload::Cache::Warm;
        terse.prompt = QStringLiteral("Answer in one line.");
        terse.maxTokens = 77;
        saved.setSavedWorkloads({SavedWorkload::of(QStringLiteral("Terse chat"), terse)});
    }
    const CliResult named = cli({QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--settings"), ini,
                                 QStringLiteral("--workload"), QStringLiteral("Terse chat"),
                                 QStringLiteral("--no-history")});
    QVERIFY2(named.exitCode == 0, named.err.constData());
    const QJsonObject plan = QJsonDocument::fromJson(named.out).object();
    QCOMPARE(plan.value(QStringLiteral("max_tokens")).toInt(), 77);
    QCOMPARE(plan.value(QStringLiteral("prompt")).toString(), QStringLiteral("Answer in one line."));
    const QJsonObject nw = plan.value(QStringLiteral("workload")).toObject();
    QCOMPARE(nw.value(QStringLiteral("name")).toString(), QStringLiteral("Terse chat"));
    QCOMPARE(nw.value(QStringLiteral("input_tokens")).toInt(), 100);
    QCOMPARE(nw.value(QStringLiteral("cache")).toString(), QStringLiteral("warm"));
    const CliResult unknown = cli({QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--settings"),
                                   ini, QStringLiteral("--workload"), QStringLiteral("Verbose chat")});
    QVERIFY2(unknown.err.contains("agent, Terse chat, not \"Verbose chat\""), unknown.err.constData());
    // An option that changes a saved workload drops its name; its own options stay.
    const CliResult changed = cli({QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--settings"),
                                   ini, QStringLiteral("--workload"), QStringLiteral("Terse chat"),
                                   QStringLiteral("--max-tokens"), QStringLiteral("500"),
                                   QStringLiteral("--no-history")});
    const QJsonObject cw = QJsonDocument::fromJson(changed.out).object().value(QStringLiteral("workload")).toObject();
    QVERIFY(!cw.contains(QStringLiteral("name")));
    QCOMPARE(cw.value(QStringLiteral("cache")).toString(), QStringLiteral("warm"));
    // A dataset replaces the prompt: a profile's synthetic prompts or --prompt cannot go with it.
    for (const QStringList &clash : {QStringList{QStringLiteral("--workload"), QStringLiteral("rag")},
                                     QStringList{QStringLiteral("--prompt"), QStringLiteral("Hi")}}) {
        const CliResult r2 = cli(
            QStringList{QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--dataset"), dataset}
            + clash);
        QCOMPARE(r2.exitCode, 2);
        QVERIFY2(r2.err.contains("--dataset"), r2.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
