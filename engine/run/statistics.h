#pragma once

#include <QList>

// Summary statistics of a sample: n, mean, sample standard deviation, and
// percentiles by linear interpolation between order statistics (numpy's default).
struct Distribution
{
    int n = 0;
    double mean = 0;
    double stddev = 0;
    double min = 0;
    double p50 = 0;
    double p90 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;

    bool isEmpty() const { return n == 0; }
    static Distribution of(QList<double> values);
};

// The q-th percentile (0..100) of sorted values.
double percentileSorted(const QList<double> &sorted, double q);
