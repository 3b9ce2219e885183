#pragma once

#include <QString>

#include <optional>

struct RequestTimeline;

// Where an output-token count came from: the server's usage report, or (an
// estimate) the number of token-bearing events.
enum class TokenSource { None, Usage, Events };
QString tokenSourceId(TokenSource source);

// Gaps between token-bearing events, in milliseconds.
struct ItlStats
{
    double meanMs = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0; // the longest stall
};

// The per-request figures of DESIGN.md's "What is measured" table, derived
// from a timeline. Each is empty when the request never got that far.
struct RequestMetrics
{
    std::optional<double> headersMs;
    std::optional<double> ttftMs;    // first visible answer text
    std::optional<double> ttftAnyMs; // first token of any kind
    std::optional<double> toolMs;    // first token of a tool call (its name)
    std::optional<double> e2eMs;
    std::optional<qint64> outputTokens;
    TokenSource tokenSource = TokenSource::None;
    std::optional<double> tokensPerS; // (tokens - 1) / (last - first token)
    std::optional<ItlStats> itl;
    // Text speed: characters (code points) per second of each kind, after its first event.
    std::optional<double> answerCharsPerS;
    std::optional<double> reasoningCharsPerS;
    std::optional<double> toolCharsPerS; // a tool call's arguments

    // `timeScale` converts wall time into the simulated provider's time (a run
    // at 10x: every duration x10, every rate /10); 1 for real endpoints.
    static RequestMetrics from(const RequestTimeline &t, double timeScale = 1.0);
};
