#include "ratesearch.h"

#include <QtGlobal>

RateSearch::RateSearch(double low, double high, int maxSteps, double precision)
    : m_low(qMin(low, high))
    , m_high(qMax(low, high))
    , m_stepsLeft(maxSteps)
    , m_precision(precision)
{ }

std::optional<double> RateSearch::next(double rate, bool met)
{
    --m_stepsLeft;
    if (met && (!m_best || rate > *m_best))
        m_best = rate;
    if (!met && (!m_failing || rate < *m_failing))
        m_failing = rate;
    if (!m_best) // the lowest rate failed: nothing lower was asked for
        return std::nullopt;
    if (!m_failing && *m_best >= m_high) // the highest held
        return std::nullopt;
    if (m_stepsLeft <= 0)
        return std::nullopt;
    if (!m_failing)
        return m_high;
    if ((*m_failing - *m_best) <= m_precision * *m_failing)
        return std::nullopt;
    return (*m_best + *m_failing) / 2;
}
