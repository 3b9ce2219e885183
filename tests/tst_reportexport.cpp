// Exports of a saved run: CSV per request and per lane, Markdown with the
// study's tables, and a self-contained HTML page with its charts inline.
#include "plans.h"
#include "report/jsonreport.h"
#include "report/reportexport.h"
#include "report/reportreader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

LoadedReport sampleReport()
{
    RunResult r;
    r.plan.models = {QStringLiteral("qwen3-8b"), QStringLiteral("glm-5")};
    r.plan.regions = {TestPlans::region(QStringLiteral("us-east"), QStringLiteral("US East (Ohio)"),
                                        QUrl(QStringLiteral("http://127.0.0.1:1/us-east/v1"))),
                      TestPlans::region(QStringLiteral("asia"), QStringLiteral("Asia <Singapore>"),
                                        QUrl(QStringLiteral("http://127.0.0.1:1/asia/v1")))};
    r.plan.iterations = 3;
    r.plan.warmup = 0;
    r.simulated = true;
    r.startedUtc = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    for (int m = 0; m < 2; ++m) {
        for (int region = 0; region < 2; ++region) {
            for (int i = 0; i < 3; ++i) {
                RequestRecord rec;
                rec.model = r.plan.models.at(m);
                rec.region = r.plan.regions.at(region).id;
                rec.lane = m * 2 + region;
                rec.iteration = i;
                RequestTimeline &t = rec.timeline;
                t.requestId = QByteArray::number(m * 100 + region * 10 + i);
                t.status = RequestStatus::Ok;
                t.firstAnyUs = t.firstContentUs = (m == 0 ? 150'000 : 500'000) - region * 30'000 + i * 1000;
                for (int e = 0; e < 10; ++e)
                    t.tokenEventsUs.append(t.firstAnyUs + e * 20'000);
                t.endUs = t.tokenEventsUs.constLast() + 100;
                t.usageCompletionTokens = 10;
                t.arrivalClock = region == 0 ? ArrivalClock::Kernel : ArrivalClock::ReadingThread;
                if (m == 1 && region == 1 && i == 2) {
                    t.status = RequestStatus::HttpError;
                    t.httpStatus = 500;
                    t.error = QStringLiteral("upstream failed, \"retry\" later");
                    t.tokenEventsUs.clear();
                    t.firstAnyUs = t.firstContentUs = -1;
                }
                r.records.append(rec);
            }
        }
    }
    return LoadedReport{r, Catalog::builtIn()};
}

} // namespace

class TestReportExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsCsvHasARowPerRequest();
    void markdownHasTheStudysTables();
    void htmlIsSelfContainedAndEscaped();
    void oneTtftDefinitionEverywhere();
    void cliReportAndCompare();
};

void TestReportExport::requestsCsvHasARowPerRequest()
{
    const QString csv = ReportExport::requestsCsv(sampleReport());
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 12);
    QVERIFY(lines.first().startsWith(QStringLiteral("id,model,region,iteration,warmup,status")));
    QVERIFY2(csv.contains(QStringLiteral("\"upstream failed, \"\"retry\"\" later\"")), qPrintable(csv));
    QVERIFY(lines.at(1).contains(QStringLiteral(",qwen3-8b,us-east,1,0,ok,")));
    // Who timed each request's reads, last.
    QVERIFY(lines.first().endsWith(QStringLiteral(",arrival_clock")));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",kernel")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(4).endsWith(QStringLiteral(",reading_thread")), qPrintable(lines.at(4)));
}

void TestReportExport::markdownHasTheStudysTables()
{
    const QString md = ReportExport::markdown(sampleReport());
    for (const char *title : {"## Leaderboard", "## Which model for which job", "## Price tiers", "## Regions"})
        QVERIFY2(md.contains(QLatin1String(title)), title);
    QVERIFY(md.contains(QStringLiteral("> **Simulated: measured against")));
    // Regions: Qwen3-8B 150 ms from US East, 120 from Asia: -30 ms, -20.0%.
    QVERIFY2(md.contains(QStringLiteral("|Qwen3-8B|151|121|-30|-19.9|")), qPrintable(md));
    // The cheapest model meeting "instant" (< 200 ms at p90) is Qwen3-8B from both regions.
    QVERIFY(md.contains(QStringLiteral("|Instant (p90 < 200 ms)|Qwen3-8B, $0.01/M")));
}

void TestReportExport::htmlIsSelfContainedAndEscaped()
{
    const QString html = ReportExport::html(sampleReport());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QCOMPARE(html.count(QStringLiteral("<svg")), 2);
    QVERIFY(!html.contains(QStringLiteral("src=\"http"))); // nothing fetched from anywhere
    QVERIFY(html.contains(QStringLiteral("Asia &lt;Singapore&gt;")));
    QVERIFY(!html.contains(QStringLiteral("Asia <Singapore>")));
    QVERIFY(html.contains(QStringLiteral("class=\"sim\"")));
}

void TestReportExport::oneTtftDefinitionEverywhere()
{
    // Reasoning first: every first token comes 50 ms before the answer text.
    LoadedReport report = sampleReport();
    for (RequestRecord &r : report.result.records) {
        if (r.ok())
            r.timeline.firstAnyUs = r.timeline.firstContentUs - 50'000;
    }
    const auto row = [](const QString &csv, const QString &lane) {
        for (const QString &line : csv.split(u'\n')) {
            if (line.contains(lane))
                return line.split(u',');
        }
        return QStringList();
    };
    // Columns: ...,errors,ttft_definition,ttft_p50_ms,...,published_first_token_ttft_ms (13)
    const QStringList token = row(ReportExport::summaryCsv(report, {TtftKind::FirstToken, {}}),
                                  QStringLiteral("qwen3-8b,Qwen3-8B,Qwen,us-east"));
    QCOMPARE(token.value(7), QStringLiteral("first_token"));
    QCOMPARE(token.value(8), QStringLiteral("101.0"));
    QVERIFY(!token.value(13).isEmpty());
    const QStringList text = row(ReportExport::summaryCsv(report, {TtftKind::FirstText, {}}),
                                 QStringLiteral("qwen3-8b,Qwen3-8B,Qwen,us-east"));
    QCOMPARE(text.value(7), QStringLiteral("first_text"));
    QCOMPARE(text.value(8), QStringLiteral("151.0"));
    // The study's figures are first-token: beside the first answer text, no published difference.
    const QString md = ReportExport::markdown(report, {TtftKind::FirstText, {}});
    QVERIFY2(md.contains(QStringLiteral("|Qwen3-8B|151|121|-30|-19.9|-|")), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("TTFT is the time to the first answer text;")));
    QVERIFY(
        ReportExport::markdown(report, {TtftKind::FirstToken, {}}).contains(QStringLiteral("|Qwen3-8B|101|71|-30|")));
    const QStringList charts = ReportExport::svgCharts(report, {TtftKind::FirstText, {}});
    QVERIFY(charts.at(0).contains(QStringLiteral("first answer text")));
    QVERIFY(!charts.at(0).contains(QStringLiteral("published (study")));
}

void TestReportExport::cliReportAndCompare()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const LoadedReport report = sampleReport();
    const QString json = dir.filePath(QStringLiteral("run.json"));
    QString error;
    QVERIFY2(JsonReport::save(JsonReport::toJson(report.result, report.catalog), json, &error), qPrintable(error));
    const auto cli = [](const QStringList &args, QByteArray *out) {
        QProcess p;
        p.start(QStringLiteral(TOKENMETER_CLI), args);
        if (!p.waitForFinished(30000))
            return -1;
        *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray out;
    const QString pdf = dir.filePath(QStringLiteral("run.pdf"));
    QCOMPARE(cli({QStringLiteral("report"), json, QStringLiteral("--format"), QStringLiteral("pdf"),
                  QStringLiteral("--out"), pdf},
                 &out),
             0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 10000);
    QCOMPARE(cli({QStringLiteral("report"), json, QStringLiteral("--format"), QStringLiteral("md")}, &out), 0);
    QVERIFY(out.contains("## Price tiers"));
    QCOMPARE(cli({QStringLiteral("report"), json, QStringLiteral("--format"), QStringLiteral("requests-csv")}, &out),
             0);
    QCOMPARE(out.count('\n'), 1 + 12);
    // A run against itself: nothing beyond noise.
    QCOMPARE(cli({QStringLiteral("compare"), json, json, QStringLiteral("--format"), QStringLiteral("csv")}, &out), 0);
    const QList<QByteArray> rows = out.trimmed().split('\n');
    QCOMPARE(rows.size(), 1 + 4 * 6); // four lanes, six figures each
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY2(!rows.at(i).endsWith(",yes"), rows.at(i).constData());
    // Two regions of one run: Qwen3-8B is 30 ms faster from Asia, every time,
    // but three requests a side are too few to call it beyond noise.
    QCOMPARE(cli({QStringLiteral("compare"), json, QStringLiteral("--regions"), QStringLiteral("us-east,asia"),
                  QStringLiteral("--format"), QStringLiteral("csv")},
                 &out),
             0);
    QVERIFY2(out.contains("Qwen3-8B,US East (Ohio),3/3,TTFT p50 ms,151,121,-30,-19.9,"), out.constData());
    QVERIFY2(out.split('\n').at(1).endsWith(",too few requests"), out.constData());
    // Runs at different speed-ups: said first, in every format.
    RunResult faster = report.result;
    faster.plan.timeScale = 10;
    const QString fast = dir.filePath(QStringLiteral("fast.json"));
    QVERIFY2(JsonReport::save(JsonReport::toJson(faster, report.catalog), fast, &error), qPrintable(error));
    QCOMPARE(cli({QStringLiteral("compare"), json, fast}, &out), 0);
    QVERIFY2(out.startsWith("CAUTION: A was measured at 1x speed-up, B at 10x"), out.constData());
    QCOMPARE(cli({QStringLiteral("compare"), json, fast, QStringLiteral("--format"), QStringLiteral("md")}, &out), 0);
    QVERIFY2(out.startsWith("> **Caution:** A was measured at 1x"), out.constData());
    QCOMPARE(cli({QStringLiteral("compare"), json, QStringLiteral("--regions"), QStringLiteral("us-east,mars")}, &out),
             2);
    QCOMPARE(cli({QStringLiteral("report"), dir.filePath(QStringLiteral("missing.json"))}, &out), 2);
}

QTEST_GUILESS_MAIN(TestReportExport)
#include "tst_reportexport.moc"
