#include "timelinechart.h"

#include "catalog/catalog.h"
#include "core/niceticks.h"

#include "run/runstate.h"
#include "style/colors.h"

#include <QChart>
#include <QChartView>
#include <QHash>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

TimelineChart::TimelineChart(const RunState *state, QWidget *parent)
    : ChartPanel(tr("Token arrival"), parent)
    , m_state(state)
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
{
    setNote(tr("Cumulative output tokens per request; colour: model"));
    m_axisX->setTitleText(tr("Run time (s)"));
    m_axisX->setLabelFormat(QStringLiteral("%.1f"));
    m_axisY->setTitleText(tr("Tokens"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    chart()->legend()->setVisible(false);
    // Up to kMaxLines lines redrawn 20 times a second: antialiasing them costs
    // the GUI thread more than it adds.
    view()->setRenderHint(QPainter::Antialiasing, false);
    applyTheme();
    connect(state, &RunState::started, this, &TimelineChart::rebuild);
    connect(state, &RunState::refreshed, this, &TimelineChart::refresh);
}

int TimelineChart::drawnLines() const
{
    return int(std::count_if(m_slots.cbegin(), m_slots.cend(), [](const Slot &s) { return !s.requestId.isEmpty(); }));
}

void TimelineChart::rebuild()
{
    for (const Slot &slot : std::as_const(m_slots)) {
        chart()->removeSeries(slot.series);
        delete slot.series;
    }
    m_slots.clear();
    m_axisX->setTitleText(m_state->plan().timeScale != 1.0
                              ? tr("Run time (s, simulated time at %1× speed-up)").arg(m_state->plan().timeScale)
                              : tr("Run time (s)"));
    m_axisX->setRange(0, 1);
    m_axisY->setRange(0, 10);
    // The legend of the colours: one swatch per model, wrapping with the width.
    QStringList swatches;
    const RunPlan &plan = m_state->plan();
    for (qsizetype m = 0; m < plan.models.size(); ++m) {
        const ModelInfo *info = m_state->catalog().model(plan.models.at(m));
        swatches.append(
            QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
                .arg(Colors::series(int(m)).name(),
                     (info ? info->name : plan.models.at(m)).toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;"))));
    }
    m_legend = swatches.join(QStringLiteral(" &nbsp; "));
    m_noted = -1;
    updateNote(0);
}

// The note under the title: what the lines are, the colours, and whether
// every request is drawn. Set only when that changes: a new note re-lays out
// the chart, and with it every line.
void TimelineChart::updateNote(qsizetype drawn)
{
    const int capped = drawn < m_state->inFlight().size() + m_state->records().size() ? 1 : 0;
    if (capped == m_noted)
        return;
    m_noted = capped;
    QString note = tr("Cumulative output tokens per request; colour: model");
    if (capped)
        note += QStringLiteral(" ") + tr("(%1 requests drawn: those in flight first, then the latest)").arg(kMaxLines);
    setNote(note + QStringLiteral("<br>") + m_legend);
}

// The requests to draw: every one in flight, then the most recent finished.
QList<const RequestRecord *> TimelineChart::drawnRequests() const
{
    QList<const RequestRecord *> drawn;
    for (const RequestRecord &r : m_state->inFlight()) {
        if (drawn.size() == kMaxLines)
            return drawn;
        drawn.append(&r);
    }
    const auto &records = m_state->records();
    for (qsizetype i = records.size() - 1; i >= 0 && drawn.size() < kMaxLines; --i)
        drawn.append(&records.at(i));
    return drawn;
}

// Draws one request into its slot (only when it changed); grows *maxX and *maxY to fit it.
void TimelineChart::fill(Slot &slot, const RequestRecord &r, bool finished, double *maxX, double *maxY)
{
    const double scale = m_state->plan().timeScale;
    const RequestTimeline &t = r.timeline;
    const double start = m_state->startOffsetMs(r);
    const qsizetype events = t.tokenEventsUs.size();
    // With the server's usage known, events carry usage/events tokens each;
    // in flight, each event counts one until the count arrives.
    const double perEvent = t.usageCompletionTokens && events > 0 ? double(*t.usageCompletionTokens) / events : 1.0;
    const double endX = (start + std::max(0, t.lastTokenUs()) / 1000.0) * scale / 1000.0;
    *maxX = std::max(*maxX, endX);
    *maxY = std::max(*maxY, perEvent * events);
    if (slot.requestId == t.requestId && slot.events == events && slot.finished == finished)
        return;
    QList<QPointF> points;
    points.reserve(events + 1);
    points.append(QPointF(start * scale / 1000.0, 0));
    for (qsizetype i = 0; i < events; ++i)
        points.append(QPointF((start + t.tokenEventsUs.at(i) / 1000.0) * scale / 1000.0, perEvent * (i + 1)));
    slot.series->replace(points);
    const int model = int(m_state->plan().models.indexOf(r.model));
    // One pixel wide (a wider pen takes the stroker's slow path, for every
    // line, 20 times a second); finished requests fade so the live ones stand out.
    QColor colour = Colors::series(model);
    if (finished)
        colour.setAlphaF(0.45f);
    QPen pen(colour, 1.0);
    if (r.warmup)
        pen.setStyle(Qt::DotLine);
    slot.series->setPen(pen);
    slot.requestId = t.requestId;
    slot.events = events;
    slot.finished = finished;
}

// A free slot (a new series when none is), marked used.
qsizetype TimelineChart::freeSlot(QList<bool> *used)
{
    qsizetype slot = used->indexOf(false);
    if (slot >= 0) {
        (*used)[slot] = true;
    } else {
        auto *series = new QLineSeries;
        chart()->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        m_slots.append(Slot{series, {}, -1, false});
        used->append(true);
        slot = m_slots.size() - 1;
    }
    m_slots[slot].requestId.clear();
    return slot;
}

void TimelineChart::refresh()
{
    const QList<const RequestRecord *> drawn = drawnRequests();
    // Keep each request in its slot when it still is drawn, so only lines that
    // changed get a new buffer.
    QHash<QByteArray, qsizetype> slotOf;
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        if (!m_slots.at(i).requestId.isEmpty())
            slotOf.insert(m_slots.at(i).requestId, i);
    }
    QList<qsizetype> placed(drawn.size(), -1); // the slot each drawn request keeps
    QList<bool> used(m_slots.size(), false);
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        placed[i] = slotOf.value(drawn.at(i)->timeline.requestId, -1);
        if (placed.at(i) >= 0)
            used[placed.at(i)] = true;
    }
    double maxX = 1, maxY = 10;
    const qsizetype inFlightCount = m_state->inFlight().size();
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        const qsizetype slot = placed.at(i) >= 0 ? placed.at(i) : freeSlot(&used);
        fill(m_slots[slot], *drawn.at(i), i >= inFlightCount, &maxX, &maxY);
    }
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        if (!used.at(i) && !m_slots.at(i).requestId.isEmpty()) {
            m_slots[i].series->clear();
            m_slots[i].requestId.clear();
        }
    }
    // Grow the axes in steps: a new range re-maps every line, so it should
    // change a few times a run, not every frame.
    // Ticks at round numbers.
    const auto grow = [](QValueAxis *axis, double to) {
        const NiceTicks t = NiceTicks::cover(0, to, 6);
        axis->setRange(t.min, t.max);
        axis->setTickCount(t.count());
        axis->setLabelFormat(t.step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    };
    if (maxX > m_axisX->max())
        grow(m_axisX, maxX * 1.25);
    if (maxY > m_axisY->max())
        grow(m_axisY, maxY * 1.1);
    setEmpty(drawn.isEmpty());
    updateNote(drawn.size());
}
