// Statistics, reports and the history: what a run costs once its bytes are read.
#include "benchdata.h"

#include "catalog/catalog.h"
#include "history/historystore.h"
#include "report/jsonreport.h"
#include "report/reportreader.h"
#include "run/statistics.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

// Percentiles, mean and deviation of 1M samples (a long run's ITLs).
void BM_Statistics(benchmark::State &state)
{
    QRandomGenerator rng(7);
    QList<double> samples(state.range(0));
    for (double &v : samples)
        v = 20 + rng.generateDouble() * 5;
    for (auto _ : state)
        benchmark::DoNotOptimize(Distribution::of(samples));
    state.SetItemsProcessed(state.iterations() * samples.size());
}
BENCHMARK(BM_Statistics)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// A report of 1,000 requests of 150 token events each, written as JSON.
void BM_ReportWrite(benchmark::State &state)
{
    const RunResult run = BenchData::run(1000, 3, 150);
    const Catalog catalog = Catalog::builtIn();
    qsizetype bytes = 0;
    for (auto _ : state)
        bytes = QJsonDocument(JsonReport::toJson(run, catalog)).toJson(QJsonDocument::Compact).size();
    state.SetItemsProcessed(state.iterations() * run.records.size());
    state.counters["bytes/request"] = double(bytes) / double(run.records.size());
}
BENCHMARK(BM_ReportWrite)->Unit(benchmark::kMillisecond);

// The same report read back, every field checked.
void BM_ReportLoad(benchmark::State &state)
{
    const RunResult run = BenchData::run(1000, 3, 150);
    const QByteArray json = QJsonDocument(JsonReport::toJson(run, Catalog::builtIn())).toJson();
    QString error;
    for (auto _ : state)
        if (!ReportReader::parse(json, QStringLiteral("bench"), &error))
            state.SkipWithError(qPrintable(error));
    state.SetItemsProcessed(state.iterations() * run.records.size());
}
BENCHMARK(BM_ReportLoad)->Unit(benchmark::kMillisecond);

// Requests kept in the history, range(0) per transaction (the writer batches).
void BM_HistoryInsert(benchmark::State &state)
{
    QTemporaryDir dir;
    HistoryStore store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("history.sqlite")), &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const RunResult run = BenchData::run(int(state.range(0)), 3, 150);
    const std::optional<qint64> id = store.beginRun(run.plan, Catalog::builtIn(), run.startedUtc, &error);
    for (auto _ : state)
        if (!id || !store.addRequests(*id, run.records, run.plan, &error))
            state.SkipWithError(qPrintable(error));
    state.SetItemsProcessed(state.iterations() * run.records.size());
}
BENCHMARK(BM_HistoryInsert)->Arg(1)->Arg(64)->Unit(benchmark::kMillisecond);

} // namespace
