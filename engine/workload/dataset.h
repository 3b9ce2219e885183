#pragma once

#include "stream/chatmessage.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

class QFile;
class QJsonObject;

// A prompt dataset read from JSON Lines (OpenAI "messages" or ShareGPT
// "conversations"): real conversations that a run's requests are sampled from.
class Dataset
{
public:
    static constexpr qint64 kMaxBytes = 128 * 1024 * 1024;
    static constexpr qsizetype kMaxLineBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxConversations = 200000; // the rest are counted in truncated()
    static constexpr qsizetype kMaxMessages = 256; // turns kept per conversation: the system turn and the latest

    // Reads one JSON object a line, either OpenAI style
    //   {"messages":[{"role":"system|developer|user|assistant|tool","content":"..." or
    //   [{"type":"text","text":"..."}]}]}
    // or ShareGPT style {"conversations":[{"from":"system|human|gpt|user|assistant","value":"..."}]}.
    // Each conversation ends with its last user turn (what is sent); tool turns
    // and turns without text are dropped. A JSON line with no usable
    // conversation is skipped and counted; a line that is not JSON or too long
    // fails as "FILE:LINE: what is wrong". Nothing, with a message naming the
    // file, when it cannot be read, is too large, not UTF-8, a JSON array, or
    // holds no usable conversation.
    static std::optional<Dataset> read(const QString &path, QString *error);
    // The same, stopping (with nothing and no message) soon after `*cancel` turns true.
    static std::optional<Dataset> read(const QString &path, QString *error, const std::atomic_bool *cancel);

    QString name() const { return m_name; }                   // the file's name, without its folders
    QString sha256() const { return m_sha256; }               // hex, of the file's bytes
    qsizetype size() const { return m_conversations.size(); } // at least 1
    int skipped() const { return m_skipped; }                 // JSON lines with no usable conversation
    int truncated() const { return m_truncated; }             // usable conversations past kMaxConversations
    const QList<ChatMessage> &conversation(qsizetype index) const { return m_conversations.at(index); }

    // The conversation the nth request gets: the same for every lane, so that
    // models answer the same prompts; another one for warm-up requests than for
    // measured ones; deterministic for a seed and spread over the whole dataset.
    qsizetype indexFor(quint64 seed, bool warmup, int iteration) const;
    // Characters of all the conversation's contents, for estimates.
    qsizetype chars(qsizetype index) const;

private:
    Dataset() = default; // read() makes them, never empty
    bool readLines(QFile &file, const QString &path, QString *error, const std::atomic_bool *cancel);
    bool addLine(const QByteArray &line, int lineNumber, const QString &path, QString *error);
    void add(const QJsonObject &object);

    QString m_name;
    QString m_sha256;
    QList<QList<ChatMessage>> m_conversations;
    int m_skipped = 0;
    int m_truncated = 0;
};
