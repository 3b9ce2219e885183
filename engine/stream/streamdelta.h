#pragma once

#include <QString>

#include <optional>

// What one event of a chat stream says, in protocol-neutral terms.
struct StreamDelta
{
    QString content;   // visible answer text
    QString reasoning; // reasoning / thinking text
    // A tool call as it is generated: the tool's name, then its arguments as
    // they stream (OpenAI tool_calls, Anthropic tool_use): tokens too.
    QString toolCall;
    std::optional<qint64> completionTokens;   // server usage, when this event carries it
    std::optional<qint64> promptTokens;       // every input token, cached or not
    std::optional<qint64> cachedPromptTokens; // of those, the ones the provider's prompt cache served
    QString finishReason;                     // non-empty when a choice says why it stopped
    QString errorMessage;                     // the provider's own words, when the event is an error
    bool done = false;                        // the end-of-stream marker ("[DONE]", message_stop)
    bool error = false;                       // an error object inside the stream
    bool malformed = false;                   // an event that is not what the protocol allows

    bool carriesToken() const { return !content.isEmpty() || !reasoning.isEmpty() || !toolCall.isEmpty(); }
};
