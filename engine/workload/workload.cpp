#include "workload.h"

#include <QCoreApplication>

namespace {

// This file's strings, in the "Workload" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workload)
};

const QString kStudyPrompt = QStringLiteral("Explain recursion in 200 words");
const QString kSummary = QStringLiteral("Summarise the text above in about 200 words.");
const QString kAgent = QStringLiteral("What will the weather be in Paris over the next three days? Call the "
                                      "get_weather tool to find out.");

} // namespace

QStringList Workload::profileIds()
{
    return {QStringLiteral("study"), QStringLiteral("chat"),  QStringLiteral("rag"),
            QStringLiteral("long"),  QStringLiteral("sweep"), QStringLiteral("agent")};
}

QString Workload::profileName(const QString &id)
{
    if (id == u"study")
        return Tr::tr("The study's prompt");
    if (id == u"chat")
        return Tr::tr("Short chat");
    if (id == u"rag")
        return Tr::tr("RAG");
    if (id == u"long")
        return Tr::tr("Long context");
    if (id == u"sweep")
        return Tr::tr("Input-length sweep");
    if (id == u"agent")
        return Tr::tr("Agent (tool call)");
    return Tr::tr("Custom");
}

std::optional<Workload::Profile> Workload::profileOf(const QString &id)
{
    Profile p;
    p.workload.profile = id;
    if (id == u"study") {
        p.prompt = kStudyPrompt;
        return p;
    }
    if (id == u"agent") {
        // A short turn that must answer with a call, timed to its first token (the name).
        p.prompt = kAgent;
        p.maxTokens = 200;
        p.workload.toolCall = true;
        return p;
    }
    p.prompt = kSummary;
    if (id == u"chat") {
        p.workload.inputTokens = 100;
        p.workload.inputSpread = 0.2;
        p.maxTokens = 256;
    } else if (id == u"rag") {
        p.workload.inputTokens = 2000;
        p.workload.inputSpread = 0.1;
        p.maxTokens = 300;
    } else if (id == u"long") {
        p.workload.inputTokens = 16000;
        p.workload.inputSpread = 0.05;
        p.maxTokens = 300;
    } else if (id == u"sweep") {
        // Short answers: the point is the time to the first token.
        p.workload.inputSweep = {100, 1000, 4000, 16000};
        p.maxTokens = 64;
    } else {
        return std::nullopt;
    }
    return p;
}

QString Workload::cacheId(Cache cache)
{
    return cache == Cache::Warm ? QStringLiteral("warm") : QStringLiteral("unique");
}

std::optional<Workload::Cache> Workload::cacheFromId(const QString &id)
{
    if (id == u"unique")
        return Cache::Unique;
    if (id == u"warm")
        return Cache::Warm;
    return std::nullopt;
}

QString Workload::describe() const
{
    QString input;
    if (!inputSweep.isEmpty()) {
        QStringList lengths;
        for (const int n : inputSweep)
            lengths << QString::number(n);
        input = Tr::tr("an input-length sweep over %1 tokens").arg(lengths.join(QStringLiteral(", ")));
    } else if (inputTokens > 0)
        input = inputSpread > 0
            ? Tr::tr("synthetic prompts of ~%1 input tokens (±%2%)").arg(inputTokens).arg(qRound(inputSpread * 100))
            : Tr::tr("synthetic prompts of ~%1 input tokens").arg(inputTokens);
    else if (!datasetFile.isEmpty())
        input = Tr::tr("conversations of the dataset %1 (SHA-256 %2), drawn with seed %3")
                    .arg(datasetFile, datasetSha256.left(12))
                    .arg(datasetSeed);
    else if (!promptFile.isEmpty())
        input = Tr::tr("the prompt of %1 (SHA-256 %2)").arg(promptFile, promptSha256.left(12));
    else
        input = Tr::tr("the prompt as given");
    const QString cacheText = cache == Cache::Warm
        ? (datasetFile.isEmpty() ? Tr::tr("warm cache: every request repeats one prefix")
                                 : Tr::tr("warm cache: a conversation drawn again repeats its prefix"))
        : Tr::tr("unique prefixes: no two requests share a cacheable prefix");
    QString line = Tr::tr("%1: %2; %3").arg(name.isEmpty() ? profileName(profile) : name, input, cacheText);
    if (fixedOutput)
        line += Tr::tr("; fixed output length (min_tokens, ignore_eos)");
    if (toolCall)
        line += Tr::tr("; a call to the tool get_weather required");
    return line;
}

QString Workload::validate() const
{
    if (inputTokens < 0 || inputTokens > kMaxInputTokens)
        return Tr::tr("the input length must be from 0 (the prompt as given) to %1 tokens").arg(kMaxInputTokens);
    if (inputSweep.size() == 1 || inputSweep.size() > kMaxSweepSteps)
        return Tr::tr("an input-length sweep needs from 2 to %1 lengths").arg(kMaxSweepSteps);
    for (const int n : inputSweep) {
        if (n < 1 || n > kMaxInputTokens)
            return Tr::tr("every length of an input-length sweep must be from 1 to %1 tokens").arg(kMaxInputTokens);
    }
    if (!datasetFile.isEmpty() && (inputTokens > 0 || !inputSweep.isEmpty() || !promptFile.isEmpty()))
        return Tr::tr("a dataset's conversations are sent as they are: no synthetic input length, sweep or prompt "
                      "file with it");
    if (!(inputSpread >= 0 && inputSpread <= 0.9))
        return Tr::tr("the input length's spread must be from 0% to 90%");
    return {};
}
