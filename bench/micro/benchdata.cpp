#include "benchdata.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <cstdio>

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench: cannot read %s\n", qPrintable(path));
        return {};
    }
    return f.readAll();
}

Endpoint benchEndpoint()
{
    Endpoint e;
    e.id = QStringLiteral("bench");
    e.name = QStringLiteral("Benchmark server");
    e.baseUrl = QStringLiteral("http://127.0.0.1:8089/v1");
    return e;
}

RequestRecord record(const QString &model, int iteration, int events)
{
    RequestRecord r;
    r.model = model;
    r.region = QStringLiteral("local");
    r.lane = 0;
    r.iteration = iteration;
    RequestTimeline &t = r.timeline;
    t.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    t.sendMonoNs = 1'000'000'000LL + iteration * 5'000'000LL;
    t.sentUs = 120;
    t.headersUs = 180'000 + iteration % 97;
    t.firstAnyUs = t.firstContentUs = 200'000 + iteration % 89;
    for (int i = 0; i < events; ++i)
        t.tokenEventsUs.append(t.firstAnyUs + i * 20'000 + (i * 37) % 500);
    t.endUs = t.tokenEventsUs.constLast() + 300;
    t.usageCompletionTokens = events;
    t.usagePromptTokens = 12;
    t.events = events + 3;
    t.bytes = qint64(events) * 180;
    t.status = RequestStatus::Ok;
    t.httpStatus = 200;
    t.finishReason = QStringLiteral("stop");
    return r;
}

} // namespace

QByteArray BenchData::openAiStreams()
{
    const QDir dir(QStringLiteral(TOKENMETER_SOURCE_DIR "/tests/data/streams"));
    QByteArray all;
    for (const QString &name : dir.entryList({QStringLiteral("*.sse")}, QDir::Files, QDir::Name))
        if (!name.startsWith(u"anthropic"))
            all += readFile(dir.filePath(name));
    return all;
}

QByteArray BenchData::anthropicStream(int tokens)
{
    QByteArray s = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_01\","
                   "\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":[],"
                   "\"usage\":{\"input_tokens\":14,\"output_tokens\":1}}}\n\n"
                   "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
                   "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n";
    for (int i = 0; i < tokens; ++i)
        s += "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
             "\"text_delta\",\"text\":\" recursion"
            + QByteArray::number(i) + "\"}}\n\n";
    s += "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
         "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
         "\"usage\":{\"output_tokens\":"
        + QByteArray::number(tokens) + "}}\n\nevent: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
    return s;
}

QList<QByteArray> BenchData::reads(const QByteArray &stream, int readSize)
{
    QList<QByteArray> out;
    for (qsizetype i = 0; i < stream.size(); i += readSize)
        out.append(stream.mid(i, readSize));
    return out;
}

RunResult BenchData::run(int requests, int models, int events)
{
    RunResult result;
    RunPlan &plan = result.plan;
    plan.endpoints = {benchEndpoint()};
    Region local;
    local.id = QStringLiteral("local");
    local.name = QStringLiteral("This machine");
    plan.regions = {local};
    const QStringList ids{QStringLiteral("qwen3-8b"), QStringLiteral("deepseek-v4-flash"), QStringLiteral("glm-4-32b")};
    for (int m = 0; m < models; ++m) {
        plan.models.append(ids.at(m % ids.size()));
        plan.routes.insert(plan.models.constLast(), ModelRoute{QStringLiteral("bench"), {}});
    }
    plan.iterations = requests / models;
    plan.warmup = 0;
    for (int i = 0; i < requests; ++i) {
        result.records.append(record(plan.models.at(i % models), i / models, events));
        result.records.last().lane = i % models;
    }
    result.startedUtc = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    result.finishedUtc = result.startedUtc.addSecs(60);
    return result;
}
