#pragma once

#include "core/arrivalclock.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// How a request ended. `Ok` is the only success.
enum class RequestStatus {
    Pending,
    Ok,
    HttpError,   // HTTP status >= 400
    StreamError, // an error object inside the stream
    Truncated,   // ended without [DONE] and without finish_reason
    Malformed,   // an event that is not valid for the protocol
    NotSse,      // the answer was not an event stream
    ConnectTimeout,
    FirstTokenTimeout,
    IdleTimeout,
    TotalTimeout,
    NetworkError,
    TlsError,
    Cancelled,       // stopped by the user: neither an error nor a failure
    RedirectRefused, // a redirect to another host: the key stays with its own
    TooManyRedirects,
    DecompressionFailed,
    ProxyError,
    DnsError, // the host name does not resolve
    ConnectionRefused,
    ConnectionReset, // the server closed or reset the connection before answering
    TooLarge,        // a line, an event or the whole answer beyond what one request may buffer
};

// The stable id used in reports ("ok", "http_error", ...).
QString statusId(RequestStatus status);
RequestStatus statusFromId(const QString &id);
// The kind of ending in words, for tables and summaries ("HTTP error", "redirect refused").
QString statusText(RequestStatus status);
// A request that failed: every ending but Ok, Pending and Cancelled.
inline bool isFailure(RequestStatus status)
{
    return status != RequestStatus::Ok && status != RequestStatus::Pending && status != RequestStatus::Cancelled;
}

// The kind of generated text a token was: what a TTFT figure waited for.
enum class TokenKind { None, Answer, Reasoning, ToolCall };
QString tokenKindId(TokenKind kind); // "answer", "reasoning", "tool_call"; "" for None
TokenKind tokenKindFromId(const QString &id);
QString tokenKindText(TokenKind kind); // in words, for tables

// One kind of generated text (answer or reasoning) as it arrived: how many
// characters (Unicode code points) and when. Text speed (characters/s) does
// not depend on a model's tokenizer, so it compares models that tokens/s cannot.
struct TextFlow
{
    qint64 chars = 0;
    qint64 firstChars = 0; // in the first event that carried this kind
    qint32 firstUs = -1;
    qint32 lastUs = -1;

    void add(QStringView text, qint32 atUs);
    // Characters after the first event over the time from the first event to
    // the last (as tokens/s counts tokens after the first): nothing without two events.
    std::optional<double> charsPerS(double timeScale) const;
};

// Everything the client saw of one streaming request, as offsets from its send
// time in microseconds (-1: never happened), all from one monotonic clock.
struct RequestTimeline
{
    QByteArray requestId;  // sent as X-Request-Id, so a server can match its log
    qint64 sendMonoNs = 0; // CLOCK_MONOTONIC right before QNAM got the request
    qint32 sentUs = -1;    // request fully written (connection established)
    qint32 headersUs = -1;
    qint32 firstAnyUs = -1;                      // first token of any kind, reasoning included
    qint32 firstContentUs = -1;                  // first visible answer text
    TokenKind firstKind = TokenKind::None;       // what the first token (firstAnyUs) was
    qint32 endUs = -1;                           // [DONE], or the connection closing after the last event
    QList<qint32> tokenEventsUs;                 // every token-bearing event
    std::optional<qint64> usageCompletionTokens; // last usage the server reported
    std::optional<qint64> usagePromptTokens;
    std::optional<qint64> usageCachedTokens; // input tokens the provider's prompt cache served
    int events = 0;                          // data events, token-bearing or not
    int comments = 0;                        // SSE comment lines (keep-alives)
    qint64 bytes = 0;
    RequestStatus status = RequestStatus::Pending;
    int httpStatus = 0;
    int retryAfterS = -1; // the server's Retry-After (429, 503), in seconds; -1: none
    QString error;        // a message a user can act on, the provider's words included
    QString finishReason;
    bool simulated = false; // the server said it is Tokenmeter's simulated provider
    TextFlow answer;        // visible answer text, counted always
    TextFlow reasoning;
    TextFlow tool; // a tool call as generated: its name, then its arguments
    QString text;  // kept only when asked for (at most kMaxTextChars)
    QString reasoningText;
    QString finalUrl; // where the answer came from, when a redirect (same host) moved it
    // Against Tokenmeter's simulated provider only, in real microseconds: the
    // first token's TTFT as measured minus the one the simulator meant (the
    // measurement's lag: the request's way there, the simulator's timers, the
    // answer's way back), and the simulator's timers' share of that.
    std::optional<qint32> lagUs;
    std::optional<qint32> simLagUs;
    // Who timed the reads: the kernel as bytes arrived, or a thread as it read them.
    ArrivalClock arrivalClock = ArrivalClock::Unknown;

    qint32 lastTokenUs() const { return tokenEventsUs.isEmpty() ? -1 : tokenEventsUs.constLast(); }
};
