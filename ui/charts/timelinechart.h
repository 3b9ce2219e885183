#pragma once

#include "chartpanel.h"

#include <QByteArray>
#include <QList>

class QLineSeries;
class QValueAxis;
class RunState;
struct RequestRecord;

// Token arrival: cumulative tokens against run time, one line per request,
// requests in flight growing as their events arrive. Draws at most kMaxLines
// requests (those in flight first, then the most recent finished) and says so
// when there are more: a thousand lines redrawn 20 times a second would take
// the CPU the measurement needs.
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
    void updateNote(qsizetype drawn);

    const RunState *m_state;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<Slot> m_slots;
    QString m_legend; // the colours' swatches, HTML
    int m_noted = -1; // 1: the note says not every request is drawn; -1: no note yet
};
