#include "workloadnotes.h"

#include "core/format.h"
#include "prefillfit.h"
#include "run/lanesummary.h"
#include "workload/workload.h"

#include <QCoreApplication>

namespace {

// This file's strings, in the "WorkloadNotes" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadNotes)
};

QString lane(const QString &model, const QString &region)
{
    return model + u' ' + region;
}

QString lane(const LaneSummary &s)
{
    return lane(s.model, s.region);
}

QString cacheLine(const LaneSummary &s)
{
    const QString cached = Format::ms(s.ttftCachedAnyMs.p50), served = QString::number(s.cachedRequests);
    if (s.ttftColdAnyMs.isEmpty())
        return Tr::tr("%1: all %2 requests were served cached input tokens; TTFT p50 %3 ms (no cold request to "
                      "compare)")
            .arg(lane(s), served, cached);
    return Tr::tr("%1: %2 of %3 requests were served cached input tokens; TTFT p50 %4 ms cold, %5 ms cached")
        .arg(lane(s), served, QString::number(s.n), Format::ms(s.ttftColdAnyMs.p50), cached);
}

QString outputLengthLine(const QList<LaneSummary> &lanes)
{
    const auto differ = WorkloadNotes::outputLengthsDiffer(lanes);
    if (!differ)
        return {};
    const auto [shortest, longest] = *differ;
    return Tr::tr("Output lengths differ by more than 20% between lanes (p50 %1 tokens for %2, %3 for %4): their "
                  "tokens/s and end-to-end times do not compare directly; ask for a fixed length or compare text "
                  "speed (chars/s).")
        .arg(Format::integer(qRound64(shortest->outputTokensEach.p50)), lane(*shortest),
             Format::integer(qRound64(longest->outputTokensEach.p50)), lane(*longest));
}

} // namespace

std::optional<std::pair<const LaneSummary *, const LaneSummary *>> WorkloadNotes::outputLengthsDiffer(
    const QList<LaneSummary> &lanes)
{
    const LaneSummary *shortest = nullptr, *longest = nullptr;
    for (const LaneSummary &s : lanes) {
        if (s.outputTokensEach.isEmpty() || s.tokensEstimated)
            continue; // counted from events, a length says little next to the servers' counts
        if (!shortest || s.outputTokensEach.p50 < shortest->outputTokensEach.p50)
            shortest = &s;
        if (!longest || s.outputTokensEach.p50 > longest->outputTokensEach.p50)
            longest = &s;
    }
    if (!shortest || longest->outputTokensEach.p50 <= (1 + kOutputMismatch) * shortest->outputTokensEach.p50)
        return std::nullopt;
    return std::pair{shortest, longest};
}

QString WorkloadNotes::prefillLine(const PrefillFit &f)
{
    const QString rate = Format::integer(qRound64(f.rate().value_or(0)));
    const QString low = f.rateLow() ? Format::integer(qRound64(*f.rateLow())) : QStringLiteral("0");
    const QString high = f.rateHigh() ? Format::integer(qRound64(*f.rateHigh())) : QStringLiteral("∞");
    const QString n = QString::number(f.n), lengths = QString::number(f.steps.size());
    if (!f.rate())
        return Tr::tr("%1: no prefill rate: TTFT did not grow measurably with the input (%2 requests at %3 lengths)")
            .arg(lane(f.model, f.region), n, lengths);
    return Tr::tr("%1: prefill ~%2 input tokens/s (95% interval %3–%4), estimated from TTFT against input tokens over "
                  "%5 requests at %6 lengths")
        .arg(lane(f.model, f.region), rate, low, high, n, lengths);
}

QStringList WorkloadNotes::lines(const Workload &workload, const QList<LaneSummary> &lanes,
                                 const QList<PrefillFit> &prefill)
{
    QStringList out{Tr::tr("Workload: %1.").arg(workload.describe())};
    for (const PrefillFit &f : prefill)
        out << prefillLine(f);
    bool cachedAndPriced = false;
    for (const LaneSummary &s : lanes) {
        if (s.cachedRequests > 0)
            out << cacheLine(s);
        cachedAndPriced |= s.cachedRequests > 0 && s.costCoversInput;
    }
    if (cachedAndPriced)
        out << Tr::tr("Costs count cached input tokens at the full input price; providers bill them for less.");
    for (const LaneSummary &s : lanes) {
        if (s.inputTargetTokens.isEmpty() || s.promptTokens.isEmpty())
            continue;
        const double target = s.inputTargetTokens.p50;
        const double counted = s.promptTokens.p50;
        if (qAbs(counted - target) > kInputMismatch * target)
            out << Tr::tr("%1: the prompts were cut to ~%2 input tokens, but the server counted %3 (p50 of "
                          "usage.prompt_tokens): its tokenizer differs from the estimate")
                       .arg(lane(s), Format::integer(qRound64(target)), Format::integer(qRound64(counted)));
    }
    for (const LaneSummary &s : lanes) {
        if (!s.toolCallMs.isEmpty())
            out << Tr::tr("%1: %2 of %3 requests answered with a tool call, its first token after %4 ms (p50), its "
                          "arguments at %5 characters/s")
                       .arg(lane(s), QString::number(s.toolCallMs.n), QString::number(s.n),
                            Format::ms(s.toolCallMs.p50),
                            s.toolCharsPerS.isEmpty() ? QStringLiteral("-")
                                                      : Format::integer(qRound64(s.toolCharsPerS.p50)));
    }
    if (const QString line = outputLengthLine(lanes); !line.isEmpty())
        out << line;
    return out;
}
