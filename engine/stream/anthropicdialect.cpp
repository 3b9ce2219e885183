#include "anthropicdialect.h"

#include "sseevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

// A conversation as Anthropic takes it: system turns go to the top-level
// "system", the rest alternate user and assistant from a user turn (turns of
// one role in a row are joined).
QJsonArray messagesJson(const ChatRequest &request)
{
    QList<ChatMessage> turns;
    for (const ChatMessage &m : request.turns()) {
        if (m.role == u"system" || (turns.isEmpty() && m.role != u"user"))
            continue;
        if (!turns.isEmpty() && turns.constLast().role == m.role)
            turns.last().content += QStringLiteral("\n\n") + m.content;
        else
            turns.append(m);
    }
    QJsonArray out;
    for (const ChatMessage &m : std::as_const(turns))
        out.append(QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    return out;
}

QString systemOf(const ChatRequest &request)
{
    QStringList parts;
    for (const ChatMessage &m : request.turns()) {
        if (m.role == u"system")
            parts.append(m.content);
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

QByteArray AnthropicDialect::requestBody(const ChatRequest &request) const
{
    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("max_tokens"), request.maxTokens},
        {QStringLiteral("stream"), true},
        {QStringLiteral("messages"), messagesJson(request)},
    };
    if (const QString system = systemOf(request); !system.isEmpty())
        body.insert(QStringLiteral("system"), system);
    if (request.toolCall) {
        body.insert(QStringLiteral("tools"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), AgentTool::name()},
                                           {QStringLiteral("description"), AgentTool::description()},
                                           {QStringLiteral("input_schema"), AgentTool::parameters()}}});
        body.insert(QStringLiteral("tool_choice"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("tool")},
                                {QStringLiteral("name"), AgentTool::name()}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<QPair<QByteArray, QByteArray>> AnthropicDialect::headers(const QString &apiKey) const
{
    QList<QPair<QByteArray, QByteArray>> h{{"Content-Type", "application/json"},
                                           {"Accept", "text/event-stream"},
                                           {"anthropic-version", kVersion}};
    if (!apiKey.isEmpty())
        h.append({"x-api-key", apiKey.toUtf8()});
    return h;
}

StreamDelta AnthropicDialect::parseEvent(const SseEvent &event) const
{
    StreamDelta d;
    const std::optional<QJsonObject> object = jsonObject(event.data, d);
    if (!object)
        return d;
    const QJsonObject &o = *object;
    // The data's own "type" is the authority; the SSE event name repeats it.
    const QString type = o.value(QStringLiteral("type")).toString(QString::fromUtf8(event.type));
    if (type == u"content_block_delta") {
        const QJsonObject delta = o.value(QStringLiteral("delta")).toObject();
        const QString kind = delta.value(QStringLiteral("type")).toString();
        if (kind == u"text_delta")
            d.content = delta.value(QStringLiteral("text")).toString();
        else if (kind == u"thinking_delta")
            d.reasoning = delta.value(QStringLiteral("thinking")).toString();
        else if (kind == u"input_json_delta") // a tool call's arguments, as generated
            d.toolCall = delta.value(QStringLiteral("partial_json")).toString();
        // signature_delta carries no generated text.
    } else if (type == u"content_block_start") {
        // A tool_use block opens with the tool's name: the call's first generated token.
        const QJsonObject block = o.value(QStringLiteral("content_block")).toObject();
        if (block.value(QStringLiteral("type")).toString() == u"tool_use")
            d.toolCall = block.value(QStringLiteral("name")).toString();
    } else if (type == u"message_start") {
        const QJsonObject usage
            = o.value(QStringLiteral("message")).toObject().value(QStringLiteral("usage")).toObject();
        // input_tokens counts only what the cache neither read nor wrote: the
        // prompt is all three.
        const auto input = count(usage.value(QStringLiteral("input_tokens")), QStringLiteral("usage input_tokens"), d);
        const auto read = count(usage.value(QStringLiteral("cache_read_input_tokens")),
                                QStringLiteral("usage cache_read_input_tokens"), d);
        const auto written = count(usage.value(QStringLiteral("cache_creation_input_tokens")),
                                   QStringLiteral("usage cache_creation_input_tokens"), d);
        if (input)
            d.promptTokens = count(QJsonValue(double(*input + read.value_or(0) + written.value_or(0))),
                                   QStringLiteral("usage input_tokens with the cache's"), d);
        d.cachedPromptTokens = read;
    } else if (type == u"message_delta") {
        const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
        // Cumulative: the last one wins.
        d.completionTokens = count(usage.value(QStringLiteral("output_tokens")), QStringLiteral("usage output_tokens"),
                                   d);
        d.finishReason = o.value(QStringLiteral("delta")).toObject().value(QStringLiteral("stop_reason")).toString();
    } else if (type == u"message_stop") {
        d.done = true;
    } else if (type == u"error") {
        d.error = true;
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        const QString kind = e.value(QStringLiteral("type")).toString();
        const QString message = e.value(QStringLiteral("message")).toString();
        d.errorMessage = kind.isEmpty() ? message : message + QStringLiteral(" (") + kind + u')';
    }
    // ping, content_block_stop and other blocks' starts carry nothing to measure.
    return d;
}
