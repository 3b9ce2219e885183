#include "statistics.h"

#include <algorithm>
#include <cmath>

double percentileSorted(const QList<double> &sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    const double rank = qBound(0.0, q, 100.0) / 100.0 * double(sorted.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto hi = qsizetype(std::ceil(rank));
    return sorted.at(lo) + (sorted.at(hi) - sorted.at(lo)) * (rank - double(lo));
}

Distribution Distribution::of(QList<double> values)
{
    Distribution d;
    if (values.isEmpty())
        return d;
    std::sort(values.begin(), values.end());
    d.n = int(values.size());
    double sum = 0;
    for (double v : values)
        sum += v;
    d.mean = sum / d.n;
    if (d.n > 1) {
        double sq = 0;
        for (double v : values)
            sq += (v - d.mean) * (v - d.mean);
        d.stddev = std::sqrt(sq / (d.n - 1));
    }
    d.min = values.constFirst();
    d.max = values.constLast();
    d.p50 = percentileSorted(values, 50);
    d.p90 = percentileSorted(values, 90);
    d.p95 = percentileSorted(values, 95);
    d.p99 = percentileSorted(values, 99);
    return d;
}
