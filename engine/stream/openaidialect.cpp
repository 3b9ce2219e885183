#include "openaidialect.h"

#include "sseevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonArray messagesJson(const ChatRequest &request)
{
    QJsonArray out;
    for (const ChatMessage &m : request.turns())
        out.append(QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    return out;
}

} // namespace

QByteArray OpenAiDialect::requestBody(const ChatRequest &request) const
{
    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messagesJson(request)},
        {QStringLiteral("max_tokens"), request.maxTokens},
        {QStringLiteral("stream"), true},
    };
    if (request.fixedOutput) {
        body.insert(QStringLiteral("min_tokens"), request.maxTokens);
        body.insert(QStringLiteral("ignore_eos"), true);
    }
    if (request.toolCall) {
        // A named choice: every OpenAI-compatible server that takes tools takes it.
        body.insert(QStringLiteral("tools"),
                    QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                           {QStringLiteral("function"),
                                            QJsonObject{{QStringLiteral("name"), AgentTool::name()},
                                                        {QStringLiteral("description"), AgentTool::description()},
                                                        {QStringLiteral("parameters"), AgentTool::parameters()}}}}});
        body.insert(QStringLiteral("tool_choice"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                {QStringLiteral("function"),
                                 QJsonObject{{QStringLiteral("name"), AgentTool::name()}}}});
    }
    if (request.includeUsage)
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<QPair<QByteArray, QByteArray>> OpenAiDialect::headers(const QString &apiKey) const
{
    QList<QPair<QByteArray, QByteArray>> h{{"Content-Type", "application/json"}, {"Accept", "text/event-stream"}};
    if (!apiKey.isEmpty())
        h.append({"Authorization", "Bearer " + apiKey.toUtf8()});
    return h;
}

StreamDelta OpenAiDialect::parseEvent(const SseEvent &event) const
{
    StreamDelta d;
    const QByteArray data = event.data.trimmed();
    if (data == "[DONE]") {
        d.done = true;
        return d;
    }
    const std::optional<QJsonObject> object = jsonObject(data, d);
    if (!object)
        return d;
    const QJsonObject &o = *object;
    if (o.contains(QStringLiteral("error")) && !o.value(QStringLiteral("error")).isNull()) {
        d.error = true;
        d.errorMessage = Dialect::errorText(o.value(QStringLiteral("error")));
    } else if (event.type == "error") {
        d.error = true;
        d.errorMessage = Dialect::errorText(
            o.value(QStringLiteral("message")).isString() ? o.value(QStringLiteral("message")) : QJsonValue(o));
    }
    readUsage(o.value(QStringLiteral("usage")), d);

    const QJsonArray choices = o.value(QStringLiteral("choices")).toArray();
    for (const QJsonValue &cv : choices) {
        const QJsonObject choice = cv.toObject();
        // Only the first choice is measured: one prompt, one answer (n = 1).
        if (choice.value(QStringLiteral("index")).toInt(0) != 0)
            continue;
        const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
        d.content += delta.value(QStringLiteral("content")).toString();
        // DeepSeek names it reasoning_content, OpenRouter and vLLM reasoning; some
        // vLLM releases send both with the same text, so take one, never both.
        const QString reasoningContent = delta.value(QStringLiteral("reasoning_content")).toString();
        d.reasoning += reasoningContent.isEmpty() ? delta.value(QStringLiteral("reasoning")).toString()
                                                  : reasoningContent;
        readToolCalls(delta, d);
        const QJsonValue finish = choice.value(QStringLiteral("finish_reason"));
        if (finish.isString() && !finish.toString().isEmpty())
            d.finishReason = finish.toString();
        // Some providers (Moonshot among them) put usage inside the choice.
        if (!d.completionTokens)
            readUsage(choice.value(QStringLiteral("usage")), d);
        if (d.finishReason == u"error" && !d.error) {
            d.error = true;
            d.errorMessage = QStringLiteral("the provider ended the answer with finish_reason \"error\"");
        }
    }
    return d;
}

// delta.tool_calls[] (and the older delta.function_call): the name in the
// first delta of a call, then its arguments a piece at a time.
void OpenAiDialect::readToolCalls(const QJsonObject &delta, StreamDelta &d)
{
    const auto read = [&d](const QJsonObject &function) {
        d.toolCall += function.value(QStringLiteral("name")).toString();
        d.toolCall += function.value(QStringLiteral("arguments")).toString();
    };
    for (const QJsonValue &call : delta.value(QStringLiteral("tool_calls")).toArray())
        read(call.toObject().value(QStringLiteral("function")).toObject());
    read(delta.value(QStringLiteral("function_call")).toObject());
}

void OpenAiDialect::readUsage(const QJsonValue &v, StreamDelta &d)
{
    if (!v.isObject())
        return;
    const QJsonObject u = v.toObject();
    if (const auto completion = count(u.value(QStringLiteral("completion_tokens")),
                                      QStringLiteral("usage completion_tokens"), d))
        d.completionTokens = completion;
    if (const auto prompt = count(u.value(QStringLiteral("prompt_tokens")), QStringLiteral("usage prompt_tokens"), d))
        d.promptTokens = prompt;
    // OpenAI (and vLLM, SGLang) name the cached share in prompt_tokens_details;
    // DeepSeek names the hits (and misses) on usage itself.
    const QJsonValue details = u.value(QStringLiteral("prompt_tokens_details"));
    if (const auto cached = count(details.toObject().value(QStringLiteral("cached_tokens")),
                                  QStringLiteral("usage prompt_tokens_details.cached_tokens"), d))
        d.cachedPromptTokens = cached;
    else if (const auto hit = count(u.value(QStringLiteral("prompt_cache_hit_tokens")),
                                    QStringLiteral("usage prompt_cache_hit_tokens"), d))
        d.cachedPromptTokens = hit;
}
