#pragma once

#include "dialect.h"

// OpenAI-compatible chat completions (`POST {base}/chat/completions`) as
// OpenAI, DeepSeek, OpenRouter, Azure, vLLM, llama.cpp and most gateways
// stream it.
class OpenAiDialect final : public Dialect
{
public:
    QString name() const override { return QStringLiteral("openai"); }
    QString path() const override { return QStringLiteral("/chat/completions"); }
    QByteArray requestBody(const ChatRequest &request) const override;
    QList<QPair<QByteArray, QByteArray>> headers(const QString &apiKey) const override;
    StreamDelta parseEvent(const SseEvent &event) const override;

private:
    static void readUsage(const QJsonValue &usage, StreamDelta &d);
    static void readToolCalls(const QJsonObject &delta, StreamDelta &d);
};
