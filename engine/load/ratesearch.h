#pragma once

#include <optional>

// The highest rate that meets a run's SLOs, by bisection between a low and a
// high rate: the low one first (if it fails, none does), then the high one
// (if it holds, the answer is at least that), then midpoints until the bounds
// are within `precision` of each other or the steps run out.
class RateSearch
{
public:
    RateSearch(double low, double high, int maxSteps, double precision);

    double first() const { return m_low; }
    // The step at `rate` met the SLOs or not: the next rate to try, or nothing when done.
    std::optional<double> next(double rate, bool met);
    // The highest rate that met them; nothing when even the lowest failed.
    std::optional<double> best() const { return m_best; }
    // The lowest rate that failed; nothing when none did.
    std::optional<double> firstFailing() const { return m_failing; }

private:
    double m_low;
    double m_high;
    int m_stepsLeft;
    double m_precision;
    std::optional<double> m_best;
    std::optional<double> m_failing;
};
