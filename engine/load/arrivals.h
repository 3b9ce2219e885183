#pragma once

#include "load.h"

#include <random>

// When the next request of an open-loop lane is due: constant gaps, or gaps
// drawn from a gamma distribution of shape `burstiness` (1: exponential, a
// Poisson process; below 1 burstier; above 1 steadier), as vllm bench serve draws them.
class Arrivals
{
public:
    Arrivals(Load::Arrival arrival, double burstiness, quint64 seed);

    // The gap before the next request at `rate` requests/s, in seconds.
    double nextGapS(double rate);

private:
    Load::Arrival m_arrival;
    double m_shape;
    std::mt19937_64 m_rng;
};
