#include "simpromptcache.h"

#include "workload/tokenestimate.h"

#include <QList>

namespace {

constexpr quint64 kFnvOffset = 14695981039346656037ULL;
constexpr quint64 kFnvPrime = 1099511628211ULL;

quint64 mix(quint64 h, QStringView text)
{
    for (const QChar c : text) {
        h = (h ^ c.unicode()) * kFnvPrime;
    }
    return h;
}

} // namespace

int SimPromptCache::serve(const QString &scope, const QString &prompt)
{
    using TokenEstimate::kCharsPerToken;
    constexpr qsizetype kStepChars = qsizetype(kStepTokens) * kCharsPerToken;
    // Prefixes end at 1,024 tokens and every 128 after (template tokens aside).
    QList<quint64> hashes;
    quint64 h = mix(mix(kFnvOffset, scope), u"\x1f");
    qsizetype done = 0;
    for (qsizetype end = qsizetype(kMinTokens) * kCharsPerToken; end <= prompt.size(); end += kStepChars) {
        h = mix(h, QStringView(prompt).mid(done, end - done));
        done = end;
        hashes.append(h);
    }
    int cached = 0;
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        if (m_prefixes.contains(hashes.at(i)))
            cached = kMinTokens + int(i) * kStepTokens;
    }
    if (m_prefixes.size() + hashes.size() > kMaxEntries)
        m_prefixes.clear();
    for (const quint64 hash : std::as_const(hashes))
        m_prefixes.insert(hash);
    return cached;
}
