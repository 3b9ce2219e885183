#include "arrivals.h"

#include <QtGlobal>

Arrivals::Arrivals(Load::Arrival arrival, double burstiness, quint64 seed)
    : m_arrival(arrival)
    , m_shape(qBound(0.01, burstiness, 100.0))
    , m_rng(seed)
{ }

double Arrivals::nextGapS(double rate)
{
    const double meanS = 1.0 / qMax(1e-6, rate);
    if (m_arrival != Load::Arrival::Poisson)
        return meanS;
    std::gamma_distribution<double> gamma(m_shape, meanS / m_shape);
    return gamma(m_rng);
}
