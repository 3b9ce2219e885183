#include "niceticks.h"

#include <algorithm>
#include <cmath>

namespace {

// The smallest of 1, 2, 5 (times a power of ten) at least `raw`.
double roundStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw * (1 - 1e-9))
            return m * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

int NiceTicks::count() const
{
    return int(std::lround((max - min) / step)) + 1;
}

QList<double> NiceTicks::values() const
{
    QList<double> out;
    for (int i = 0; i < count(); ++i)
        out.append(min + step * i);
    return out;
}

NiceTicks NiceTicks::cover(double low, double high, int maxTicks)
{
    if (!std::isfinite(low) || !std::isfinite(high) || low > high)
        return {};
    if (low == high) {
        const double pad = low == 0 ? 1 : std::abs(low) * 0.1;
        low -= pad;
        high += pad;
    }
    const int intervals = std::max(1, maxTicks - 1);
    double step = roundStep((high - low) / intervals);
    NiceTicks t;
    // A rounding can push one more interval in: widen the step until it fits.
    for (int guard = 0; guard < 4; ++guard) {
        t.step = step;
        t.min = std::floor(low / step) * step;
        t.max = std::ceil(high / step) * step;
        if (t.count() <= maxTicks)
            break;
        step = roundStep(step * 1.5);
    }
    // -0 reads as "-0" in a label.
    t.min = t.min == 0 ? 0 : t.min;
    t.max = t.max == 0 ? 0 : t.max;
    return t;
}
