#pragma once

#include "simfault.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

struct ModelInfo;

// One thing the simulated provider writes, at a time after the request arrived
// (simulated microseconds: divided by the time scale when played).
struct SimEvent
{
    enum class Kind { Data, Comment, Raw, Reset };
    qint64 atUs = 0;
    Kind kind = Kind::Data;
    QByteArray bytes;   // the data payload, comment text or raw bytes
    bool token = false; // carries answer or reasoning text
};

// What a request asks the simulated provider for.
struct SimRequest
{
    QString model;
    QString region;           // empty: no region prefix
    double regionDeltaMs = 0; // region TTFT minus the model's published TTFT
    int maxTokens = 150;
    bool includeUsage = false;
    int promptTokens = 0;
    int cachedTokens = 0;      // of those, served by the prompt cache
    int minTokens = 0;         // vLLM's min_tokens: no end of answer before
    bool ignoreEos = false;    // vLLM's ignore_eos: answer until maxTokens
    QString toolName;          // a tool the request requires a call to; empty: answer in text
    qint64 queueUs = 0;        // waited for a decode slot (SimLoad): added to its TTFT
    double decodeFactor = 1.0; // of the model's decode speed, for the batch it decodes in
    quint64 draw = 0;          // the nth request for this model and region
    quint64 seed = 0;
    SimFault fault;
};

// The whole answer to one streaming request, planned before the first byte.
struct SimScript
{
    qint64 headersAtUs = 0;
    QList<SimEvent> events; // in time order; the body ends after the last one
    int reasoningTokens = 0;
    int answerTokens = 0;
    QString answerText;
    QString reasoningText;
    int toolTokens = 0; // a tool call's: its name, then its arguments
    QString toolName;
    QString toolArguments;
    QString finishReason;
    qint64 endAtUs = 0;
    // An endless answer: after the last event, the events from loopFrom on play
    // again, loopUs later each round, until the client goes.
    qsizetype loopFrom = -1;
    qint64 loopUs = 0;

    // The study's prompt with its request marker, as the simulator counts it:
    // the prompt length at which a model's TTFT is its published figure.
    static constexpr int kReferencePromptTokens = 23;
    // Cached input tokens are read this many times faster than the others.
    static constexpr double kCacheSpeedup = 10;
    // A fixed length (min_tokens, ignore_eos) is honoured up to this many
    // tokens: a script is planned whole, and a hostile client must not make
    // the simulator plan millions of events.
    static constexpr int kMaxFixedTokens = 16384;

    // Plays `model` with its published TTFT and speed; a longer prompt adds
    // its prefill time at the model's prefill rate (cached tokens faster).
    // Jitter is drawn from the
    // seed, the model and the request number, not the region, so that the nth
    // request from each region sees the same draw and region differences come
    // out as the catalog gives them (common random numbers).
    static SimScript make(const ModelInfo &model, const SimRequest &request);
    // The usage object, as OpenAI sends it.
    static QJsonObject usageJson(int promptTokens, int cachedTokens, int completionTokens);
};
