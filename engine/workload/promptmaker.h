#pragma once

#include "workload.h"

#include "stream/chatmessage.h"

#include <QList>
#include <QString>

#include <memory>

class Dataset;

// Builds each request's prompt from the run's workload. Every prompt carries
// a marker naming its run and request; with unique prefixes it comes first,
// so no two requests share a cacheable prefix, and with a warm cache it comes
// last, so every request repeats the same prefix. Synthetic prompts are cut
// from public-domain prose to a drawn input length; the same run nonce and
// request give the same prompt.
class PromptMaker
{
public:
    struct Prompt
    {
        QString text;                // the prompt, or a conversation's last user turn
        QList<ChatMessage> messages; // a dataset's conversation, marker included; empty for a single prompt
        int targetTokens = 0;        // the input length it was cut to; 0 for a prompt as given
    };

    // With `dataset`, each request sends one of its conversations instead of `instruction`.
    PromptMaker(Workload workload, QString instruction, quint64 runNonce, std::shared_ptr<const Dataset> dataset = {});

    Prompt make(int lane, bool warmup, int iteration) const;

private:
    int drawTarget(int lane, bool warmup, int iteration) const;
    Prompt conversation(const QString &marker, bool warmup, int iteration) const;
    QString document(qsizetype chars, qsizetype offset) const;

    Workload m_workload;
    QString m_instruction;
    quint64 m_nonce = 0;
    std::shared_ptr<const Dataset> m_dataset;
};
