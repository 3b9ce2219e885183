#pragma once

#include "run/lanesummary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Catalog;
struct RunResult;

// How one figure changed between two runs, and whether the change is beyond
// run-to-run noise: a 95% bootstrap confidence interval of the difference
// (resampling each run's requests) that does not contain 0.
struct FigureChange
{
    std::optional<double> before;
    std::optional<double> after;
    std::optional<double> ciLow; // of after - before
    std::optional<double> ciHigh;
    bool beyondNoise = false;

    std::optional<double> delta() const;
    std::optional<double> deltaPercent() const;
};

struct LaneComparison
{
    QString model;
    QString region;
    QString modelName;  // as the catalog names it (the id when it does not)
    QString regionName; // as the run named it (the id when it did not)
    int nBefore = 0;    // successful measured requests
    int nAfter = 0;
    FigureChange ttftP50;
    FigureChange ttftP90;
    FigureChange ttftP99;
    FigureChange tokensPerSP50;
    FigureChange charsPerSP50;    // answer text, characters/s: the tokenizer does not skew it
    FigureChange outputTokensP50; // per request: tokens/s and E2E compare only at like lengths
};

// Two runs compared lane by lane, and what to read with care: a difference
// "beyond noise" between runs measured at different time scales, endpoints or
// workloads, or distorted by a speed-up's lag, may be that, not the models'.
struct RunComparison
{
    QList<LaneComparison> lanes;
    QStringList caveats; // empty when the runs are like for like and undistorted
    TtftKind ttft = TtftKind::FirstToken;

    bool likeForLike() const { return caveats.isEmpty(); }
};

namespace Comparison {

// Fewer successful requests on either side, and no difference is called beyond
// noise: with 3 against 3 even a complete separation is a 1-in-10 chance.
inline constexpr int kMinSamples = 5;

// Lanes present in both runs, in the order of `before`, TTFT as `kind`
// defines it. Deterministic for a seed.
QList<LaneComparison> compare(const RunResult &before, const RunResult &after, TtftKind kind = TtftKind::FirstToken,
                              quint64 seed = 1, int resamples = 2000);
// compare(), with display names from `catalog` (may be null) and the caveats.
RunComparison compareRuns(const RunResult &before, const RunResult &after, const Catalog *catalog,
                          TtftKind kind = TtftKind::FirstToken);
// What differs between the runs beyond their models' speed, one sentence each.
QStringList caveats(const RunResult &before, const RunResult &after);
// "yes", "no" or "too few requests"; "yes" is qualified when there are caveats.
QString verdict(const FigureChange &change, bool likeForLike);

// One figure: `statistic` percentile (0-100) of each sample, with its bootstrap interval.
FigureChange change(const QList<double> &before, const QList<double> &after, double percentile, quint64 seed,
                    int resamples);

// Two parts of one run as two runs, to compare two regions (same models) or
// two models (same regions) with compare(). The second part's lanes take the
// first part's names so they line up; false when a part has no request.
bool splitByRegion(const RunResult &run, const QString &a, const QString &b, RunResult *first, RunResult *second);
bool splitByModel(const RunResult &run, const QString &a, const QString &b, RunResult *first, RunResult *second);

// Lanes whose output lengths (p50) differ by more than this share between the
// runs are named in the caveats.
inline constexpr double kOutputMismatch = 0.2;
// That caveat, or nothing when the lengths agree.
QString outputLengthCaveat(const QList<LaneComparison> &lanes);

// What the interval means, for tooltips and reports.
QString explanation();

} // namespace Comparison
