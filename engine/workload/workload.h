#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

// What each request of a run asks: the prompt (as typed, read from a file, or
// synthetic text of a set input length), how long an answer it wants, and
// whether requests may share a cacheable prefix. A profile fills these in;
// the study's is the default, so a run with no workload options is the
// published study's run.
struct Workload
{
    // Unique: every request starts with its own marker, so no two share a
    // cacheable prefix. Warm: the marker goes last, so every request of the
    // run repeats one prefix and a provider's prompt cache can serve it.
    enum class Cache { Unique, Warm };

    static constexpr int kMaxInputTokens = 200000;
    static constexpr int kMaxSweepSteps = 12;

    QString profile = QStringLiteral("study"); // a profile id, or "custom"
    QString name;                              // a saved custom workload's name, as the user gave it; empty otherwise
    int inputTokens = 0;                       // synthetic prompts of about this many tokens; 0: the prompt as given
    double inputSpread = 0;                    // each request's target is drawn within +- this share of inputTokens
    // An input-length sweep: each lane sends `iterations` requests at each of
    // these lengths, interleaved (so a drift over the run touches every length
    // alike); TTFT against input tokens gives each model's prefill rate.
    QList<int> inputSweep;
    QString promptFile;   // the prompt's file, when it came from one (reported by name)
    QString promptSha256; // of that file's bytes (hex)
    // A JSONL dataset of conversations: each request sends one, drawn with the
    // seed (the nth request of every lane the same one). Reports keep the
    // file's name and SHA-256, never its text.
    QString datasetFile;
    QString datasetSha256;
    quint64 datasetSeed = 1;
    Cache cache = Cache::Unique;
    bool fixedOutput = false; // ask for exactly max_tokens: min_tokens and ignore_eos (vLLM, llama.cpp)
    // Offer a tool and require a call to it (the agent profile): the answer is
    // a tool call whose arguments stream, timed as tokens of their own kind.
    bool toolCall = false;

    // The built-in profiles' ids, the study's first.
    static QStringList profileIds();
    // A profile's name in the user's language ("Short chat").
    static QString profileName(const QString &id);
    // The profile `id` with its prompt instruction and max tokens; nothing for an unknown id.
    struct Profile;
    static std::optional<Profile> profileOf(const QString &id);

    // Measured requests per lane for `iterations` (a sweep multiplies them).
    int requestsPerLane(int iterations) const { return iterations * int(qMax<qsizetype>(1, inputSweep.size())); }
    // The input length the nth measured request of a lane is cut to, before its spread.
    int inputTokensAt(int iteration) const
    {
        return inputSweep.isEmpty() ? inputTokens : inputSweep.at(iteration % inputSweep.size());
    }

    // One line for summaries and reports: "RAG: ~2000 input tokens ±10%, unique prefixes".
    QString describe() const;
    static QString cacheId(Cache cache);
    static std::optional<Cache> cacheFromId(const QString &id);
    // Empty when the workload can run, else what is wrong with it.
    QString validate() const;
};

struct Workload::Profile
{
    Workload workload;
    QString prompt; // the instruction every request ends with
    int maxTokens = 150;

    // Whether a run asking this is still the profile; else it is a custom workload.
    bool fits(const QString &runPrompt, int runMaxTokens, const Workload &w) const
    {
        return prompt == runPrompt && maxTokens == runMaxTokens && workload.inputTokens == w.inputTokens
            && workload.inputSweep == w.inputSweep && workload.toolCall == w.toolCall && w.promptFile.isEmpty()
            && w.datasetFile.isEmpty();
    }
};
