#pragma once

#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

struct LaneSummary;
struct PrefillFit;
struct Workload;

// What a run's workload means for its figures, in sentences for summaries and
// reports: the workload itself, the requests the prompt cache served (with
// their TTFT apart from the cold ones), and input lengths the servers counted
// far from the target.
namespace WorkloadNotes {

// A server's count this far from the target is called out.
inline constexpr double kInputMismatch = 0.2;
// Lanes whose median output lengths differ by more than this share are flagged:
// their tokens/s and end-to-end times do not compare directly.
inline constexpr double kOutputMismatch = 0.2;

// The shortest and the longest lane by median output tokens, when they differ
// by more than kOutputMismatch; else nothing.
std::optional<std::pair<const LaneSummary *, const LaneSummary *>> outputLengthsDiffer(const QList<LaneSummary> &lanes);

QStringList lines(const Workload &workload, const QList<LaneSummary> &lanes, const QList<PrefillFit> &prefill = {});
// One lane's prefill estimate in a sentence.
QString prefillLine(const PrefillFit &fit);

} // namespace WorkloadNotes
