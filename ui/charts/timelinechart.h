#pragma once

#include "chartpanel.h"

#include <QByteArray>
#include <QList>

class QLineSeries;
class QValueAxis;
class RunState;

// Token arrival: cumulative tokens against run time, one line per request,
// requests in flight growing as their events arrive. Shows the most recent
// requests (kMaxLines), so a long run stays cheap to draw.
class TimelineChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineChart)

public:
    static constexpr int kMaxLines = 90;

    explicit TimelineChart(const RunState *state, QWidget *parent = nullptr);

    int drawnLines() const;

private:
    struct Slot
    {
        QLineSeries *series = nullptr;
        QByteArray requestId;
        qsizetype events = -1;
        bool finished = false;
    };
    void rebuild();
    void refresh();

    const RunState *m_state;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<Slot> m_slots;
};
