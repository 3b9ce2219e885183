#include "workloadoptions.h"

#include "plan/runsettings.h"
#include "settings/savedworkload.h"
#include "workload/dataset.h"
#include "workload/promptfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

// This file's strings, in the "WorkloadOptions" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadOptions)
};

// "100,1000,4000": every length a whole number of tokens, two to twelve of them.
bool readSweep(const QString &value, Workload *w, QString *error)
{
    w->inputSweep.clear();
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > Workload::kMaxInputTokens) {
            *error = Tr::tr("--input-sweep takes whole numbers of tokens from 1 to %1, not \"%2\"")
                         .arg(Workload::kMaxInputTokens)
                         .arg(part);
            return false;
        }
        w->inputSweep.append(n);
    }
    const QString problem = w->validate();
    if (!problem.isEmpty())
        *error = QStringLiteral("--input-sweep: ") + problem;
    return problem.isEmpty();
}

bool readDatasetSeed(const QCommandLineParser &p, Workload *w, QString *error)
{
    bool ok = false;
    w->datasetSeed = p.value(QStringLiteral("dataset-seed")).toULongLong(&ok);
    if (!ok)
        *error = Tr::tr("--dataset-seed must be a whole number from 0 to 2^64-1, not \"%1\"")
                     .arg(p.value(QStringLiteral("dataset-seed")));
    return ok;
}

// --dataset and its seed: the file read now, its conversations kept for the run.
bool readDataset(const QCommandLineParser &p, RunSettings *s, QString *error)
{
    if (p.isSet(QStringLiteral("dataset-seed")) && !p.isSet(QStringLiteral("dataset")) && !s->dataset) {
        *error = Tr::tr("--dataset-seed needs --dataset");
        return false;
    }
    if (!p.isSet(QStringLiteral("dataset"))) {
        if (s->dataset && p.isSet(QStringLiteral("dataset-seed")))
            return readDatasetSeed(p, &s->workload, error); // a saved workload's dataset, drawn anew
        return true;
    }
    for (const QString &other : {QStringLiteral("prompt"), QStringLiteral("prompt-file"),
                                 QStringLiteral("input-tokens"), QStringLiteral("input-sweep")}) {
        if (p.isSet(other)) {
            *error = Tr::tr("--dataset and --%1 cannot both be given: a conversation is sent as it is").arg(other);
            return false;
        }
    }
    Workload &w = s->workload;
    if (w.inputTokens > 0 || !w.inputSweep.isEmpty()) {
        *error = Tr::tr("--dataset sends conversations as they are: the %1 workload's synthetic prompts cannot go "
                        "with it")
                     .arg(w.profile);
        return false;
    }
    if (p.isSet(QStringLiteral("dataset-seed")) && !readDatasetSeed(p, &w, error))
        return false;
    std::optional<Dataset> dataset = Dataset::read(p.value(QStringLiteral("dataset")), error);
    if (!dataset)
        return false;
    w.datasetFile = dataset->name();
    w.datasetSha256 = dataset->sha256();
    w.inputTokens = 0; // a conversation is sent as it is
    w.inputSweep.clear();
    s->dataset = std::make_shared<const Dataset>(std::move(*dataset));
    return true;
}

// A workload saved in the dashboard: what it asks, its dataset read again.
bool readSavedWorkload(const SavedWorkload &w, RunSettings *s, QString *error)
{
    w.applyTo(s);
    if (w.datasetPath.isEmpty())
        return true;
    std::optional<Dataset> dataset = Dataset::read(w.datasetPath, error);
    if (!dataset)
        return false;
    s->workload.datasetSha256 = dataset->sha256(); // the file as it is now
    s->dataset = std::make_shared<const Dataset>(std::move(*dataset));
    return true;
}

} // namespace

void addWorkloadOptions(QCommandLineParser *p)
{
    p->addOptions({
        {QStringLiteral("workload"),
         Tr::tr("What each request asks: study (the study's prompt, 150 max tokens: the default), chat (~100 input "
                "tokens), rag (~2000), long (~16000), sweep (100, 1000, 4000 and 16000: TTFT against input length) or "
                "agent (a required call to a get_weather tool, timed to its first token)."),
         Tr::tr("PROFILE")},
        {QStringLiteral("input-tokens"),
         Tr::tr("Send synthetic prompts of about N input tokens (cut from public-domain prose), ending with the "
                "prompt as the instruction."),
         Tr::tr("N")},
        {QStringLiteral("input-sweep"),
         Tr::tr("Measure TTFT against input length: --iterations requests at each of these input lengths (e.g. "
                "100,1000,4000,16000), interleaved; each model's prefill rate is estimated from the slope."),
         Tr::tr("a,b,c")},
        {QStringLiteral("prompt-file"),
         Tr::tr("Send the text of FILE as the prompt (reports keep its name and SHA-256, not its text)."),
         Tr::tr("FILE")},
        {QStringLiteral("warm-cache"),
         Tr::tr("Let every request repeat one prefix, so a provider's prompt cache can serve it (default: each "
                "request starts with its own marker, so no cache is hit).")},
        {QStringLiteral("fixed-output"),
         Tr::tr("Ask for exactly --max-tokens tokens with min_tokens and ignore_eos (vLLM, llama.cpp servers; "
                "others may refuse the request).")},
        {QStringLiteral("dataset"),
         Tr::tr("Send conversations from FILE, JSON Lines of OpenAI \"messages\" or ShareGPT \"conversations\": "
                "each request one, drawn with --dataset-seed, the nth request of every lane the same (reports keep "
                "the file's name and SHA-256, not its text)."),
         Tr::tr("FILE")},
        {QStringLiteral("dataset-seed"), Tr::tr("Seed of the draw from --dataset (default 1)."), Tr::tr("N")},
        {QStringLiteral("tool-call"),
         Tr::tr("Offer a tool (get_weather) and require a call to it, as an agent would (the agent workload does "
                "this): the answer is the call, its arguments stream as tokens, and the time to its first token is "
                "reported beside TTFT.")},
    });
}

bool readWorkloadProfile(const QCommandLineParser &p, const QList<SavedWorkload> &saved, RunSettings *s, QString *error)
{
    if (!p.isSet(QStringLiteral("workload")))
        return true;
    const QString id = p.value(QStringLiteral("workload"));
    const auto profile = Workload::profileOf(id);
    if (const SavedWorkload *w = SavedWorkload::find(saved, id); w && !profile)
        return readSavedWorkload(*w, s, error);
    if (!profile) {
        QStringList names = Workload::profileIds();
        for (const SavedWorkload &w : saved) {
            if (!names.contains(w.name))
                names << w.name;
        }
        *error = Tr::tr("--workload must be one of %1, not \"%2\"").arg(names.join(QStringLiteral(", ")), id);
        return false;
    }
    s->workload = profile->workload;
    s->prompt = profile->prompt;
    s->maxTokens = profile->maxTokens;
    return true;
}

bool readWorkloadOptions(const QCommandLineParser &p, RunSettings *s, QString *error)
{
    Workload &w = s->workload;
    if (p.isSet(QStringLiteral("input-tokens"))) {
        bool ok = false;
        const int n = p.value(QStringLiteral("input-tokens")).toInt(&ok);
        if (!ok || n < 1 || n > Workload::kMaxInputTokens) {
            *error = Tr::tr("--input-tokens must be a whole number from 1 to %1, not \"%2\"")
                         .arg(Workload::kMaxInputTokens)
                         .arg(p.value(QStringLiteral("input-tokens")));
            return false;
        }
        w.inputTokens = n;
    }
    if (p.isSet(QStringLiteral("input-sweep")) && !readSweep(p.value(QStringLiteral("input-sweep")), &w, error))
        return false;
    if (p.isSet(QStringLiteral("prompt-file"))) {
        if (p.isSet(QStringLiteral("prompt"))) {
            *error = Tr::tr("--prompt and --prompt-file cannot both be given");
            return false;
        }
        const std::optional<PromptFile> file = PromptFile::read(p.value(QStringLiteral("prompt-file")), error);
        if (!file)
            return false;
        s->prompt = file->text;
        w.promptFile = file->name;
        w.promptSha256 = file->sha256;
    }
    if (!readDataset(p, s, error))
        return false;
    if (p.isSet(QStringLiteral("tool-call")))
        w.toolCall = true;
    // A profile changed by an option is a custom workload, and says so.
    const auto profile = Workload::profileOf(w.profile);
    if (!profile || !profile->fits(s->prompt, s->maxTokens, w))
        w.profile = QStringLiteral("custom");
    if (p.isSet(QStringLiteral("warm-cache")))
        w.cache = Workload::Cache::Warm;
    if (p.isSet(QStringLiteral("fixed-output")))
        w.fixedOutput = true;
    // A saved workload changed by an option is no longer that workload.
    for (const char *option : {"prompt", "max-tokens", "input-tokens", "input-sweep", "prompt-file", "warm-cache",
                               "fixed-output", "tool-call", "dataset", "dataset-seed"}) {
        if (p.isSet(QLatin1String(option)))
            w.name.clear();
    }
    return true;
}
