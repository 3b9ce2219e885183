#pragma once

#include "chartpanel.h"

#include <QHash>
#include <QString>

class QLineSeries;
class QScatterSeries;
class QValueAxis;
class RunState;

// An input-length sweep: TTFT p50 at each input length per model and region
// (points), and the least-squares line whose slope estimates the model's
// prefill rate (input tokens/s). Empty, and saying how to fill it, when the
// run has no sweep.
class InputLengthChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputLengthChart)

public:
    explicit InputLengthChart(const RunState *state, QWidget *parent = nullptr);

    // Lanes with a fitted line.
    int fittedLanes() const { return m_fitted; }

private:
    struct Lane
    {
        QScatterSeries *points = nullptr;
        QLineSeries *fit = nullptr;
        QString estimate; // the prefill rate in a sentence
    };

    void rebuild();
    void refresh();
    Lane &laneFor(const QString &model, const QString &region);

    const RunState *m_state;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QHash<QString, Lane> m_lanes; // by laneKey
    qsizetype m_seen = -1;        // records summarised at the last refresh
    int m_fitted = 0;
};
