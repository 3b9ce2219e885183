#include "workloadjson.h"

#include "core/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace {

// This file's strings, in the "WorkloadJson" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadJson)
};

} // namespace

QJsonObject WorkloadJson::toJson(const Workload &w)
{
    QJsonObject o{
        {QStringLiteral("profile"), w.profile},          {QStringLiteral("input_tokens"), w.inputTokens},
        {QStringLiteral("input_spread"), w.inputSpread}, {QStringLiteral("cache"), Workload::cacheId(w.cache)},
        {QStringLiteral("fixed_output"), w.fixedOutput},
    };
    if (w.toolCall)
        o.insert(QStringLiteral("tool_call"), true);
    if (!w.name.isEmpty())
        o.insert(QStringLiteral("name"), w.name);
    if (!w.inputSweep.isEmpty()) {
        QJsonArray sweep;
        for (const int n : w.inputSweep)
            sweep.append(n);
        o.insert(QStringLiteral("input_sweep"), sweep);
    }
    if (!w.datasetFile.isEmpty()) {
        o.insert(QStringLiteral("dataset_file"), w.datasetFile);
        o.insert(QStringLiteral("dataset_sha256"), w.datasetSha256);
        o.insert(QStringLiteral("dataset_seed"), QString::number(w.datasetSeed)); // 64 bits: a string
    }
    if (!w.promptFile.isEmpty()) {
        o.insert(QStringLiteral("prompt_file"), w.promptFile);
        o.insert(QStringLiteral("prompt_sha256"), w.promptSha256);
    }
    return o;
}

Workload WorkloadJson::read(JsonReader &r, const QJsonObject &o, const QVariantList &at)
{
    Workload w;
    w.profile = r.string(o, QStringLiteral("profile"), at, true).value_or(QString());
    w.inputTokens = int(
        r.number(o, QStringLiteral("input_tokens"), at, false, 0, Workload::kMaxInputTokens).value_or(0));
    w.inputSpread = r.number(o, QStringLiteral("input_spread"), at, false, 0, 0.9).value_or(0);
    const QJsonArray sweep = r.array(o, QStringLiteral("input_sweep"), at, false).value_or(QJsonArray());
    for (qsizetype i = 0; i < sweep.size() && i < Workload::kMaxSweepSteps; ++i) {
        const double n = sweep.at(i).toDouble(-1);
        if (n >= 1 && n <= Workload::kMaxInputTokens && n == std::floor(n))
            w.inputSweep.append(int(n));
        else if (r.ok())
            r.fail(at + QVariantList{QStringLiteral("input_sweep"), int(i)},
                   Tr::tr("expected a whole number of tokens from 1 to %1").arg(Workload::kMaxInputTokens));
    }
    const QString cache = r.string(o, QStringLiteral("cache"), at, false).value_or(QStringLiteral("unique"));
    if (const auto c = Workload::cacheFromId(cache))
        w.cache = *c;
    else if (r.ok())
        r.fail(at + QVariantList{QStringLiteral("cache")}, Tr::tr("expected unique or warm"));
    w.fixedOutput = r.boolean(o, QStringLiteral("fixed_output"), at, false).value_or(false);
    w.toolCall = r.boolean(o, QStringLiteral("tool_call"), at, false).value_or(false);
    w.name = r.string(o, QStringLiteral("name"), at, false).value_or(QString());
    w.promptFile = r.string(o, QStringLiteral("prompt_file"), at, false).value_or(QString());
    w.promptSha256 = r.string(o, QStringLiteral("prompt_sha256"), at, false).value_or(QString());
    w.datasetFile = r.string(o, QStringLiteral("dataset_file"), at, false).value_or(QString());
    w.datasetSha256 = r.string(o, QStringLiteral("dataset_sha256"), at, false).value_or(QString());
    const QString seed = r.string(o, QStringLiteral("dataset_seed"), at, false).value_or(QStringLiteral("1"));
    bool seedOk = false;
    w.datasetSeed = seed.toULongLong(&seedOk);
    if (!seedOk && r.ok())
        r.fail(at + QVariantList{QStringLiteral("dataset_seed")}, Tr::tr("expected a whole number, as a string"));
    return w;
}

Workload WorkloadJson::older(const QString &prompt, int maxTokens)
{
    Workload w;
    const auto study = Workload::profileOf(QStringLiteral("study"));
    w.profile = study && prompt == study->prompt && maxTokens == study->maxTokens ? study->workload.profile
                                                                                  : QStringLiteral("custom");
    w.cache = Workload::Cache::Warm;
    return w;
}
