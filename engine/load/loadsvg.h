#pragma once

#include "stepsummary.h"

#include <QString>

// A sweep's charts as SVG for the HTML and PDF reports: latency against
// throughput (the classic curve, one line per lane, its knee ringed), and
// goodput against the load offered.
namespace LoadSvg {

enum class Chart { LatencyThroughput, Goodput };
QString chart(const QString &title, const QList<StepLane> &lanes, const Load &load, Chart chart);

} // namespace LoadSvg
