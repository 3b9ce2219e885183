#pragma once

#include "chatmessage.h"
#include "streamdelta.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QJsonObject;
class QJsonValue;
struct SseEvent;

// What a streaming chat request asks for, whatever the protocol.
struct ChatRequest
{
    QString model;
    QString prompt;
    int maxTokens = 150;
    bool includeUsage = true;
    // Ask for exactly maxTokens (min_tokens and ignore_eos, as vLLM and
    // llama.cpp servers take them); other servers may refuse the fields.
    bool fixedOutput = false;
    // Offer the agent tool and require a call to it.
    bool toolCall = false;
    // A whole conversation (a dataset's), sent instead of `prompt` alone; it ends with a user turn.
    QList<ChatMessage> messages = {};

    // The turns sent: the conversation, or the prompt as one user turn.
    QList<ChatMessage> turns() const
    {
        return messages.isEmpty() ? QList<ChatMessage>{{QStringLiteral("user"), prompt}} : messages;
    }
};

// The one tool an agent workload offers: a weather lookup any model can call.
namespace AgentTool {
QString name(); // "get_weather"
QString description();
QJsonObject parameters(); // its arguments' JSON Schema
} // namespace AgentTool

// A streaming chat protocol: how to ask, and how to read each event back.
class Dialect
{
public:
    virtual ~Dialect() = default;

    // The dialect of a protocol id ("openai", "anthropic"); OpenAI's for any other.
    static const Dialect &forProtocol(const QString &protocol);

    virtual QString name() const = 0;
    // Path below the base URL, e.g. "/chat/completions".
    virtual QString path() const = 0;
    virtual QByteArray requestBody(const ChatRequest &request) const = 0;
    virtual QList<QPair<QByteArray, QByteArray>> headers(const QString &apiKey) const = 0;
    virtual StreamDelta parseEvent(const SseEvent &event) const = 0;
    // The provider's message from an error response body (JSON or text).
    virtual QString errorMessageFromBody(const QByteArray &body) const;

    // An error value as providers send it: a string, or an object with
    // "message" and "code" ("Rate limit reached (rate_limit_exceeded)").
    static QString errorText(const QJsonValue &error);

protected:
    // A token count as a server reports it (`name`, e.g. "usage completion_tokens"):
    // nothing when the field is absent; a whole number from 0 to a billion; else
    // nothing, with `d` marked malformed and saying what came ("... 1e+300 is not a count").
    static std::optional<qint64> count(const QJsonValue &value, const QString &name, StreamDelta &d);

    // An event's data as a JSON object; otherwise nothing, with `d` marked
    // malformed and saying why.
    static std::optional<QJsonObject> jsonObject(const QByteArray &data, StreamDelta &d);
};
