#pragma once

#include "dialect.h"

// Anthropic's Messages API streaming (`POST {base}/messages`): message_start,
// content_block_delta with text and thinking deltas, message_delta with the
// stop reason and cumulative output tokens, message_stop, ping and error.
class AnthropicDialect final : public Dialect
{
public:
    static constexpr char kVersion[] = "2023-06-01";

    QString name() const override { return QStringLiteral("anthropic"); }
    QString path() const override { return QStringLiteral("/messages"); }
    QByteArray requestBody(const ChatRequest &request) const override;
    QList<QPair<QByteArray, QByteArray>> headers(const QString &apiKey) const override;
    StreamDelta parseEvent(const SseEvent &event) const override;
};
