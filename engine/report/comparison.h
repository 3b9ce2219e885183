#pragma once

#include <QList>
#include <QString>

#include <optional>

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
    int nBefore = 0; // successful measured requests
    int nAfter = 0;
    FigureChange ttftP50;
    FigureChange ttftP90;
    FigureChange ttftP99;
    FigureChange tokensPerSP50;
};

namespace Comparison {

// Fewer successful requests on either side, and no difference is called beyond
// noise: with 3 against 3 even a complete separation is a 1-in-10 chance.
inline constexpr int kMinSamples = 5;

// Lanes present in both runs, in the order of `before`. Deterministic for a seed.
QList<LaneComparison> compare(const RunResult &before, const RunResult &after, quint64 seed = 1, int resamples = 2000);

// One figure: `statistic` percentile (0-100) of each sample, with its bootstrap interval.
FigureChange change(const QList<double> &before, const QList<double> &after, double percentile, quint64 seed,
                    int resamples);

// Two parts of one run as two runs, to compare two regions (same models) or
// two models (same regions) with compare(). The second part's lanes take the
// first part's names so they line up; false when a part has no request.
bool splitByRegion(const RunResult &run, const QString &a, const QString &b, RunResult *first, RunResult *second);
bool splitByModel(const RunResult &run, const QString &a, const QString &b, RunResult *first, RunResult *second);

// What the interval means, for tooltips and reports.
QString explanation();

} // namespace Comparison
