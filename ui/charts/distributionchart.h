#pragma once

#include "chartpanel.h"

#include <QHash>
#include <QList>

class QAbstractAxis;
class QBarCategoryAxis;
class QComboBox;
class QBoxPlotSeries;
class QBoxSet;
class QScatterSeries;
class QValueAxis;
class QLogValueAxis;
class RunState;

// The spread of one metric per model and region as box plots (box p25-p75,
// whiskers p10-p90, line at the median), coloured by the model's TTFT band,
// with the study's published figure marked beside each.
class DistributionChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistributionChart)

public:
    enum class Metric { Ttft, TokensPerS };

    // The TTFT chart sets the run's TTFT definition (RunState::setTtftKind) from its switch.
    DistributionChart(Metric metric, RunState *state, QWidget *parent = nullptr);

    // Boxes that have at least one measured value (for tests and the status line).
    int filledBoxes() const;

private:
    void rebuild();
    void refresh();
    void updateNote();
    QList<QList<double>> laneValues() const;
    void showTtftKind();

    Metric m_metric;
    RunState *m_state;
    QComboBox *m_which = nullptr; // TTFT: first token of any kind or first answer text
    QBarCategoryAxis *m_axisX;
    QAbstractAxis *m_axisY;           // log for TTFT (reasoning models wait 10x longer), linear for speed
    QList<QBoxPlotSeries *> m_series; // one per region
    QScatterSeries *m_published;
    QHash<const QBoxSet *, QString> m_firstKinds; // TTFT: what each lane's first tokens were
    int m_filled = 0;
};
