#pragma once

#include "chartpanel.h"

#include <QByteArray>
#include <QList>

class QLineSeries;
class QValueAxis;
class RunState;
struct RequestRecord;

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
    QList<const RequestRecord *> drawnRequests() const;
    void fill(Slot &slot, const RequestRecord &r, bool finished, double *maxX, double *maxY);
    qsizetype freeSlot(QList<bool> *used);

    const RunState *m_state;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<Slot> m_slots;
};
