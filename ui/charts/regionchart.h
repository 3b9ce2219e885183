#pragma once

#include "chartpanel.h"

#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QScatterSeries;
class QLogValueAxis;
class QValueAxis;
class RunState;

// Regions side by side: TTFT p50 of each model from each region as grouped
// bars, and the measured difference of the second region from the first as
// labelled points on an axis of its own.
class RegionChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionChart)

public:
    explicit RegionChart(const RunState *state, QWidget *parent = nullptr);

    int filledBars() const;

private:
    void rebuild();
    void refresh();

    const RunState *m_state;
    QBarCategoryAxis *m_axisX;
    QLogValueAxis *m_axisY; // log: reasoning models wait ten times longer than the rest
    QBarSeries *m_series;
    QScatterSeries *m_diff; // the difference from the first region, on its own axis
    QValueAxis *m_axisDiff;
    QList<QBarSet *> m_sets; // one per region
    QStringList m_categories;
};
