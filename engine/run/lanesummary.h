#pragma once

#include "statistics.h"
#include "stream/requesttimeline.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

struct RequestMetrics;
struct RequestRecord;

// Prices in force for a model at run time, USD per million tokens.
struct ModelPrice
{
    std::optional<double> inputPerM;
    std::optional<double> outputPerM;
};

// What "time to first token" means where a figure is shown: the first token
// of any kind, reasoning included (what the study published and a stream
// first delivers), or the first visible answer text (what a reader waits for).
enum class TtftKind { FirstToken, FirstText };

// The statistics of one model from one region: measured requests only (warm-ups
// excluded); cost covers every request sent, warm-ups included, since they were paid for.
struct LaneSummary
{
    QString model;
    QString region;
    int n = 0;       // measured requests that succeeded
    int errors = 0;  // requests that failed, warm-ups included (never a stopped one)
    int retries = 0; // attempts that failed and were tried again (not errors)
    int warmups = 0; // excluded from the statistics
    Distribution ttftMs;
    Distribution ttftAnyMs;
    Distribution tokensPerS;
    Distribution e2eMs;
    Distribution itlMs; // every gap between token-bearing events, pooled
    // The workload's side: input lengths as targeted and as the server counted
    // them, and TTFT (first token) apart for requests the prompt cache served.
    Distribution inputTargetTokens;
    Distribution promptTokens; // usage.prompt_tokens
    int cachedRequests = 0;    // measured requests with cached input tokens
    Distribution ttftColdAnyMs;
    Distribution ttftCachedAnyMs;
    // Text speed (characters/s) of each kind, which tokenizers do not skew,
    // and each measured request's output length (its spread).
    Distribution answerCharsPerS;
    Distribution reasoningCharsPerS;
    Distribution toolCharsPerS;
    Distribution toolCallMs; // time to a tool call's first token
    Distribution outputTokensEach;
    // What each measured request's first token was.
    int firstAnswer = 0;
    int firstReasoning = 0;
    int firstTool = 0;
    qint64 outputTokens = 0;
    bool tokensEstimated = false;  // some counts came from events, not the server's usage
    std::optional<double> costUsd; // empty when the model has no output price
    bool costCoversInput = false;  // input tokens priced too (needs an input price)

    // TTFT by one definition; the first answer text falls back to the first
    // token when no answer text came (a reasoning answer cut short).
    const Distribution &ttft(TtftKind kind) const
    {
        return kind == TtftKind::FirstText && !ttftMs.isEmpty() ? ttftMs : ttftAnyMs;
    }

    // The kind every first token was; None when they differ or none came.
    TokenKind firstKind() const;
    // In words: "tool call", or each kind with its count when they differ ("reasoning 8, answer 2").
    QString firstKindText() const;

    // `timeScale` as in RequestMetrics::from. `metrics`, when given, holds each
    // record's figures already computed (index for index), so a live view that
    // summarizes every frame does not derive them again.
    static QList<LaneSummary> summarize(const QList<RequestRecord> &records,
                                        const std::function<ModelPrice(const QString &)> &priceOf,
                                        double timeScale = 1.0, const QList<RequestMetrics> *metrics = nullptr);
};
