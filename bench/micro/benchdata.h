#pragma once

#include "run/runresult.h"

#include <QByteArray>
#include <QList>

// Inputs shaped like what providers and runs really produce, for the micro benchmarks.
namespace BenchData {

// The recorded provider streams of tests/data/streams (OpenAI-compatible:
// OpenAI, Azure, DeepSeek, OpenRouter, vLLM, llama.cpp), concatenated;
// Anthropic's are left out.
QByteArray openAiStreams();
// An Anthropic Messages stream of `tokens` text deltas, as Anthropic sends it.
QByteArray anthropicStream(int tokens);
// The bytes of `stream` cut into reads of `readSize` bytes, as sockets hand them over.
QList<QByteArray> reads(const QByteArray &stream, int readSize);
// A finished run against one endpoint: `requests` requests of `models` models,
// each with `events` token events 20 ms apart.
RunResult run(int requests, int models, int events);

} // namespace BenchData
