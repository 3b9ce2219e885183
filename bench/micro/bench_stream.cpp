// Decoding and interpreting provider streams: what every byte off the wire costs.
#include "benchdata.h"

#include "stream/anthropicdialect.h"
#include "stream/openaidialect.h"
#include "stream/ssedecoder.h"

#include <benchmark/benchmark.h>

namespace {

// SSE decoding of the recorded provider streams, in reads of range(0) bytes.
void BM_SseDecode(benchmark::State &state)
{
    const QByteArray stream = BenchData::openAiStreams().repeated(64);
    const QList<QByteArray> reads = BenchData::reads(stream, int(state.range(0)));
    qint64 events = 0;
    for (auto _ : state) {
        SseDecoder decoder;
        for (const QByteArray &read : reads)
            events += decoder.feed(read).size();
    }
    benchmark::DoNotOptimize(events);
    state.SetBytesProcessed(state.iterations() * stream.size());
}
BENCHMARK(BM_SseDecode)->Arg(64)->Arg(1460)->Arg(16384)->Unit(benchmark::kMillisecond);

QList<SseEvent> decodeAll(const QByteArray &stream)
{
    SseDecoder decoder;
    return decoder.feed(stream);
}

// One dialect's reading of already decoded events.
void interpret(benchmark::State &state, const Dialect &dialect, const QList<SseEvent> &events)
{
    qint64 tokens = 0;
    for (auto _ : state)
        for (const SseEvent &e : events)
            tokens += dialect.parseEvent(e).carriesToken() ? 1 : 0;
    benchmark::DoNotOptimize(tokens);
    state.SetItemsProcessed(state.iterations() * events.size());
}

void BM_OpenAiEvents(benchmark::State &state)
{
    interpret(state, OpenAiDialect(), decodeAll(BenchData::openAiStreams()));
}
BENCHMARK(BM_OpenAiEvents);

void BM_AnthropicEvents(benchmark::State &state)
{
    interpret(state, AnthropicDialect(), decodeAll(BenchData::anthropicStream(500)));
}
BENCHMARK(BM_AnthropicEvents);

} // namespace
