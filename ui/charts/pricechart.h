#pragma once

#include "chartpanel.h"

#include <QHash>

class QComboBox;
class QGraphicsSimpleTextItem;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;
class RunState;

// Price against speed: each model's $/M output (log axis) against its measured
// tokens/s or TTFT p50, one point per region, coloured by price tier.
class PriceChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceChart)

public:
    explicit PriceChart(const RunState *state, QWidget *parent = nullptr);

    int plottedPoints() const;

private:
    void rebuild();
    void refresh();
    // Names beside their points where they fit without covering another
    // name or point; the others are told by hovering (never overprinted).
    void placeLabels();

    const RunState *m_state;
    QComboBox *m_metric;
    QLogValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QHash<QString, QScatterSeries *> m_series;                          // keyed by model + region
    QList<QScatterSeries *> m_legend;                                   // empty series that explain colours and shapes
    QList<QPair<QScatterSeries *, QGraphicsSimpleTextItem *>> m_labels; // the first region's points, named
};
