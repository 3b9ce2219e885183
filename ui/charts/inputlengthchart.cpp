#include "inputlengthchart.h"

#include "catalog/catalog.h"
#include "core/niceticks.h"
#include "report/prefillfit.h"
#include "report/workloadnotes.h"
#include "run/requestrecord.h"
#include "run/runstate.h"
#include "style/colors.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

InputLengthChart::InputLengthChart(const RunState *state, QWidget *parent)
    : ChartPanel(tr("TTFT against input tokens (ms): prefill rate estimated from the slope"), parent)
    , m_state(state)
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
{
    view()->setToolTip(tr("Points: TTFT p50 (first token) at each input length of the sweep; lines: the least-squares "
                          "fit through every request, whose slope is the time each input token adds"));
    m_axisX->setTitleText(tr("input tokens (the server's count)"));
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTitleText(tr("TTFT p50 (ms)"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    chart()->legend()->setVisible(false); // a dozen lanes: names on hover and in the note
    applyTheme();
    connect(state, &RunState::started, this, &InputLengthChart::rebuild);
    connect(state, &RunState::refreshed, this, &InputLengthChart::refresh);
    rebuild();
}

void InputLengthChart::rebuild()
{
    for (const Lane &lane : std::as_const(m_lanes)) {
        chart()->removeSeries(lane.points);
        chart()->removeSeries(lane.fit);
        delete lane.points;
        delete lane.fit;
    }
    m_lanes.clear();
    m_seen = -1;
    m_fitted = 0;
    refresh();
}

InputLengthChart::Lane &InputLengthChart::laneFor(const QString &model, const QString &region)
{
    const QString key = laneKey(model, region);
    auto it = m_lanes.find(key);
    if (it != m_lanes.end())
        return *it;
    const ModelInfo *info = m_state->catalog().model(model);
    const QString name = (info ? info->name : model) + QStringLiteral(" · ") + region;
    const QColor colour = Colors::series(int(m_lanes.size()));
    Lane lane{new QScatterSeries(this), new QLineSeries(this), {}};
    lane.points->setName(name);
    lane.points->setColor(colour);
    lane.points->setMarkerSize(8);
    lane.fit->setName(name);
    lane.fit->setColor(colour);
    for (QXYSeries *s : {static_cast<QXYSeries *>(lane.points), static_cast<QXYSeries *>(lane.fit)}) {
        chart()->addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    connect(lane.points, &QXYSeries::hovered, this, [name](const QPointF &p, bool on) {
        if (on)
            QToolTip::showText(
                QCursor::pos(),
                tr("%1: %2 input tokens, TTFT p50 %3 ms").arg(name).arg(qRound(p.x())).arg(qRound(p.y())));
    });
    connect(lane.fit, &QXYSeries::hovered, this, [this, key](const QPointF &, bool on) {
        if (on)
            QToolTip::showText(QCursor::pos(), m_lanes.value(key).estimate);
    });
    return *m_lanes.insert(key, lane);
}

void InputLengthChart::refresh()
{
    const Workload &workload = m_state->plan().workload;
    if (workload.inputSweep.isEmpty()) {
        setNote(tr("Choose the \"Input-length sweep\" workload (or tokenmeter-cli run --input-sweep 100,1000,4000) "
                   "to measure TTFT against input length."));
        setEmpty(true);
        return;
    }
    if (m_state->records().size() == m_seen)
        return;
    m_seen = m_state->records().size();
    const QList<PrefillFit> fits = PrefillFit::of(m_state->records(), workload, m_state->plan().timeScale,
                                                  &m_state->metrics());
    double maxX = 0, maxY = 0;
    QStringList notes;
    for (const PrefillFit &f : fits) {
        Lane &lane = laneFor(f.model, f.region);
        QList<QPointF> points;
        for (const PrefillFit::Step &s : f.steps) {
            points.append({s.inputTokens, s.ttftP50Ms});
            maxX = qMax(maxX, s.inputTokens);
            maxY = qMax(maxY, s.ttftP50Ms);
        }
        lane.points->replace(points);
        const double end = points.isEmpty() ? 0 : points.constLast().x();
        lane.fit->replace({{0, f.interceptMs}, {end, f.interceptMs + f.slopeMsPerToken * end}});
        lane.estimate = WorkloadNotes::prefillLine(f);
        notes << lane.estimate;
    }
    m_fitted = int(fits.size());
    const NiceTicks x = NiceTicks::cover(0, maxX > 0 ? maxX * 1.05 : 1000, 6);
    const NiceTicks y = NiceTicks::cover(0, maxY > 0 ? maxY * 1.08 : 1000, 6);
    m_axisX->setRange(x.min, x.max);
    m_axisX->setTickCount(x.count());
    m_axisY->setRange(y.min, y.max);
    m_axisY->setTickCount(y.count());
    setNote(notes.size() > 3 ? tr("%1 lanes fitted: hover a line for its prefill rate (an estimate, with its 95% "
                                  "interval).")
                                   .arg(notes.size())
                             : notes.join(u'\n'));
    setEmpty(fits.isEmpty());
}
