#pragma once

#include <QSet>
#include <QString>

// The simulated provider's prompt cache, as OpenAI describes its own: a prompt
// of 1,024 tokens or more is cached in steps of 128 tokens, and a later prompt
// that starts with a cached prefix has that prefix served from the cache. One
// cache per model and region (`scope`). Bounded: when full it forgets all.
class SimPromptCache
{
public:
    static constexpr int kMinTokens = 1024;
    static constexpr int kStepTokens = 128;
    static constexpr qsizetype kMaxEntries = qsizetype(1) << 16;

    // The tokens of `prompt` a cached prefix covers; remembers its prefixes.
    int serve(const QString &scope, const QString &prompt);

private:
    QSet<quint64> m_prefixes; // hashes of scope + prefix, at every step
};
