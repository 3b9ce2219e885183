#pragma once

#include "run/lanesummary.h"

#include <QList>
#include <QString>

struct LeaderboardRow;
struct RunPlan;

// The charts of an exported report as standalone SVG: one horizontal bar per
// model and region (its p50, a line to its p90, the figure beside it), a
// legend of the regions' colours, ticks at round numbers, and the study's
// published figure marked where it measures the same thing.
namespace ReportSvg {

enum class Metric { Ttft, TokensPerS };

QString bars(const QString &title, const QList<LeaderboardRow> &rows, const RunPlan &plan, Metric metric);

} // namespace ReportSvg
