#include "workloadnotes.h"

#include "core/format.h"
#include "run/lanesummary.h"
#include "workload/workload.h"

#include <QCoreApplication>

namespace {

// This file's strings, in the "WorkloadNotes" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadNotes)
};

QString lane(const LaneSummary &s)
{
    return s.model + u' ' + s.region;
}

QString cacheLine(const LaneSummary &s)
{
    const QString cached = Format::ms(s.ttftCachedAnyMs.p50);
    if (s.ttftColdAnyMs.isEmpty())
        return Tr::tr("%1: all %2 requests were served cached input tokens; TTFT p50 %3 ms (no cold request to "
                      "compare)")
            .arg(lane(s))
            .arg(s.cachedRequests)
            .arg(cached);
    return Tr::tr("%1: %2 of %3 requests were served cached input tokens; TTFT p50 %4 ms cold, %5 ms cached")
        .arg(lane(s))
        .arg(s.cachedRequests)
        .arg(s.n)
        .arg(Format::ms(s.ttftColdAnyMs.p50), cached);
}

} // namespace

QStringList WorkloadNotes::lines(const Workload &workload, const QList<LaneSummary> &lanes)
{
    QStringList out{Tr::tr("Workload: %1.").arg(workload.describe())};
    for (const LaneSummary &s : lanes) {
        if (s.cachedRequests > 0)
            out << cacheLine(s);
    }
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
    return out;
}
