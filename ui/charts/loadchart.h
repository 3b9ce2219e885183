#pragma once

#include "chartpanel.h"

#include <QElapsedTimer>
#include <QList>

class QComboBox;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class RunState;

// A load test's chart, three views: over time (requests/s finished and TTFT
// p50/p99 per one-second slice of run time, live), latency against
// throughput (one line per model and region, a point per finished step, the
// knee ringed) and goodput against the load offered. Empty, and saying how to
// fill it, for a run that is not a load test.
class LoadChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadChart)

public:
    enum class View { OverTime, LatencyThroughput, Goodput };

    explicit LoadChart(const RunState *state, QWidget *parent = nullptr);

    View view() const;
    void setView(View view);
    // Lanes drawn in the step views, and the knees found (for tests).
    int lanes() const { return int(m_curves.size()); }
    int knees() const { return m_knees; }

private:
    void clear();
    void refresh();
    void drawOverTime();
    void drawSteps();
    void setAxes(double maxX, double maxY, double maxY2);

    const RunState *m_state;
    QComboBox *m_view;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QValueAxis *m_axisY2; // requests/s, over time
    QLineSeries *m_served;
    QLineSeries *m_ttftP50;
    QLineSeries *m_ttftP99;
    QList<QLineSeries *> m_curves;
    QScatterSeries *m_kneeMarks;
    QElapsedTimer m_lastDraw;
    // Over time, added to as requests finish: per one-second slice of run
    // time, requests finished, the TTFTs of those sent, and p50/p99 once known.
    struct Slice
    {
        int finished = 0;
        QList<double> ttfts;
        bool dirty = false;
        double p50 = 0;
        double p99 = 0;
    };
    void addToSlices(qsizetype from);
    QList<Slice> m_slices;
    qsizetype m_added = 0; // records already in m_slices
    qsizetype m_seen = -1;
    int m_stepsSeen = -1;
    int m_knees = 0;
};
