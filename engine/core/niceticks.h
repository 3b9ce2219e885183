#pragma once

#include <QList>

// Axis ticks at round numbers (1, 2 or 5 times a power of ten) that cover a
// range: 0/50/100/150, never 0/38/75/113. Shared by the charts of the window
// and of the exported reports.
struct NiceTicks
{
    double min = 0;
    double max = 1;
    double step = 1;

    int count() const; // ticks from min to max, both included
    QList<double> values() const;

    // At most `maxTicks` ticks (at least 2) over [low, high]; a range of one
    // value is widened around it, an empty or non-finite one becomes 0..1.
    static NiceTicks cover(double low, double high, int maxTicks = 6);
};
