#include "loadchart.h"

#include "catalog/catalog.h"
#include "core/niceticks.h"
#include "load/stepsummary.h"
#include "load/steptable.h"
#include "run/runstate.h"
#include "run/statistics.h"
#include "style/colors.h"

#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace {
constexpr int kRedrawMs = 250; // the over-time view: four redraws a second at most
}

LoadChart::LoadChart(const RunState *state, QWidget *parent)
    : ChartPanel(tr("Load: throughput and latency"), parent)
    , m_state(state)
    , m_view(new QComboBox(this))
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_axisY2(new QValueAxis(this))
    , m_served(new QLineSeries(this))
    , m_ttftP50(new QLineSeries(this))
    , m_ttftP99(new QLineSeries(this))
    , m_kneeMarks(new QScatterSeries(this))
{
    m_view->setObjectName(QStringLiteral("loadView"));
    m_view->addItem(tr("Over time"), int(View::OverTime));
    m_view->addItem(tr("Latency against throughput"), int(View::LatencyThroughput));
    m_view->addItem(tr("Goodput against load"), int(View::Goodput));
    headerLayout()->addWidget(m_view);
    m_axisX->setLabelFormat(QStringLiteral("%.1f"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY2->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    chart()->addAxis(m_axisY2, Qt::AlignRight);
    m_served->setName(tr("finished, req/s (right)"));
    m_ttftP50->setName(tr("TTFT p50, ms"));
    m_ttftP99->setName(tr("TTFT p99, ms"));
    m_served->setColor(Colors::series(2));
    m_ttftP50->setColor(Colors::series(0));
    m_ttftP99->setColor(Colors::series(1));
    m_kneeMarks->setName(tr("knee"));
    m_kneeMarks->setMarkerSize(16);
    m_kneeMarks->setColor(Qt::transparent);
    m_kneeMarks->setBorderColor(QColor(0xc6, 0x28, 0x28));
    for (QXYSeries *s : {static_cast<QXYSeries *>(m_ttftP50), static_cast<QXYSeries *>(m_ttftP99),
                         static_cast<QXYSeries *>(m_kneeMarks)}) {
        chart()->addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    chart()->addSeries(m_served);
    m_served->attachAxis(m_axisX);
    m_served->attachAxis(m_axisY2);
    applyTheme();
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        m_seen = -1;
        m_stepsSeen = -1;
        refresh();
    });
    connect(state, &RunState::started, this, &LoadChart::clear);
    connect(state, &RunState::refreshed, this, &LoadChart::refresh);
    connect(state, &RunState::finished, this, [this] {
        m_slices.clear(); // the result's records, which are the authority
        m_added = 0;
        m_seen = -1; // the final figures, whatever the frame rate
        m_stepsSeen = -1;
        refresh();
    });
    clear();
}

LoadChart::View LoadChart::view() const
{
    return View(m_view->currentData().toInt());
}

void LoadChart::setView(View v)
{
    m_view->setCurrentIndex(m_view->findData(int(v)));
}

void LoadChart::clear()
{
    for (QLineSeries *s : std::as_const(m_curves)) {
        chart()->removeSeries(s);
        delete s;
    }
    m_curves.clear();
    for (QXYSeries *s : {static_cast<QXYSeries *>(m_served), static_cast<QXYSeries *>(m_ttftP50),
                         static_cast<QXYSeries *>(m_ttftP99), static_cast<QXYSeries *>(m_kneeMarks)})
        s->clear();
    m_seen = -1;
    m_stepsSeen = -1;
    m_knees = 0;
    m_slices.clear();
    m_added = 0;
    refresh();
}

void LoadChart::refresh()
{
    const Load &load = m_state->plan().load;
    if (!load.openLoop() && !load.timed()) {
        setNote(tr("Choose a load test under Load: in the run panel (an open loop at a rate, or a sweep of "
                   "concurrency or rate) to see throughput and latency over time and where latency breaks."));
        setEmpty(true);
        return;
    }
    const bool overTime = view() == View::OverTime;
    m_axisY2->setVisible(overTime);
    if (!overTime)
        m_axisY2->setTitleText(QString());
    for (QXYSeries *s :
         {static_cast<QXYSeries *>(m_served), static_cast<QXYSeries *>(m_ttftP50), static_cast<QXYSeries *>(m_ttftP99)})
        s->setVisible(overTime);
    m_kneeMarks->setVisible(!overTime);
    for (QLineSeries *s : std::as_const(m_curves))
        s->setVisible(!overTime);
    if (overTime)
        drawOverTime();
    else
        drawSteps();
}

// Each record goes into its slices once: a long run's redraw costs the slices, not every request again.
void LoadChart::addToSlices(qsizetype from)
{
    const QList<RequestRecord> &records = m_state->records();
    const double scale = m_state->plan().timeScale;
    const auto slice = [&](double runMs) -> Slice & {
        const qsizetype i = qBound(qsizetype(0), qsizetype(runMs * scale / 1000.0), qsizetype(100000));
        if (m_slices.size() <= i)
            m_slices.resize(i + 1);
        return m_slices[i];
    };
    for (qsizetype i = from; i < records.size(); ++i) {
        const RequestRecord &r = records.at(i);
        const RequestMetrics &m = m_state->metrics().at(i);
        const double sentMs = m_state->startOffsetMs(r);
        if (r.ok() && r.timeline.endUs >= 0)
            ++slice(sentMs + r.timeline.endUs / 1000.0).finished;
        if (m.ttftAnyMs) {
            Slice &s = slice(sentMs);
            s.ttfts.append(*m.ttftAnyMs);
            s.dirty = true;
        }
    }
    m_added = records.size();
}

void LoadChart::drawOverTime()
{
    const QList<RequestRecord> &records = m_state->records();
    if (records.size() == m_seen || (m_state->isRunning() && m_lastDraw.isValid() && m_lastDraw.elapsed() < kRedrawMs))
        return;
    m_seen = records.size();
    m_lastDraw.start();
    if (records.size() < m_added) { // a finished run's records replaced the live ones
        m_slices.clear();
        m_added = 0;
    }
    addToSlices(m_added);
    QList<QPointF> served, p50, p99;
    double maxY = 0, maxServed = 0;
    for (qsizetype i = 0; i < m_slices.size(); ++i) {
        Slice &s = m_slices[i];
        const double x = double(i) + 0.5;
        served.append({x, double(s.finished)});
        maxServed = qMax(maxServed, double(s.finished));
        if (s.ttfts.isEmpty())
            continue;
        if (s.dirty) {
            const Distribution d = Distribution::of(s.ttfts);
            s.p50 = d.p50;
            s.p99 = d.p99;
            s.dirty = false;
        }
        p50.append({x, s.p50});
        p99.append({x, s.p99});
        maxY = qMax(maxY, s.p99);
    }
    m_served->replace(served);
    m_ttftP50->replace(p50);
    m_ttftP99->replace(p99);
    m_axisX->setTitleText(tr("run time, s"));
    m_axisY->setTitleText(tr("TTFT (ms), first token, by when sent"));
    m_axisY2->setTitleText(tr("requests finished per second"));
    setAxes(double(m_slices.size()), maxY, maxServed);
    const QList<LoadStep> &steps = m_state->steps();
    setNote(steps.isEmpty() ? QString()
                            : tr("Step %1 of %2: %3.")
                                  .arg(steps.size())
                                  .arg(m_state->plan().load.search ? m_state->plan().load.searchSteps
                                                                   : qMax(1, int(m_state->plan().load.steps.size())))
                                  .arg(StepTable::valueText(m_state->plan().load, steps.constLast().value)));
    setEmpty(records.isEmpty());
    m_axisY2->setVisible(!records.isEmpty());
}

void LoadChart::drawSteps()
{
    const int done = m_state->finishedSteps();
    if (done == m_stepsSeen)
        return;
    m_stepsSeen = done;
    const RunPlan &plan = m_state->plan();
    const QList<StepLane> lanes = StepSummary::of(m_state->steps().mid(0, done), m_state->records(), plan,
                                                  &m_state->metrics());
    const QList<QList<StepLane>> byLane = StepSummary::byLane(lanes);
    const bool goodput = view() == View::Goodput;
    while (m_curves.size() < byLane.size()) {
        auto *s = new QLineSeries(this);
        s->setPointsVisible(true);
        s->setColor(Colors::series(int(m_curves.size())));
        chart()->addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
        m_curves.append(s);
    }
    double maxX = 0, maxY = 0;
    QList<QPointF> knees;
    for (qsizetype i = 0; i < byLane.size(); ++i) {
        const QList<StepLane> &lane = byLane.at(i);
        const ModelInfo *info = m_state->catalog().model(lane.first().model);
        m_curves[i]->setName((info ? info->name : lane.first().model) + QStringLiteral(" · ") + lane.first().region);
        const std::optional<int> knee = StepSummary::knee(lane, !plan.load.slos.isEmpty());
        QList<QPointF> points;
        for (const StepLane &s : lane) {
            const QPointF p = goodput ? QPointF(s.value, s.goodputPerS)
                                      : QPointF(s.requestsPerS, s.ttftMs.isEmpty() ? 0.0 : s.ttftMs.p90);
            points.append(p);
            maxX = qMax(maxX, p.x());
            maxY = qMax(maxY, p.y());
            if (knee && s.step == *knee && !goodput)
                knees.append(p);
        }
        m_curves[i]->replace(points);
    }
    m_kneeMarks->replace(knees);
    m_knees = int(knees.size());
    m_axisX->setTitleText(goodput ? (plan.load.openLoop() ? tr("offered load, requests/s") : tr("concurrency"))
                                  : tr("throughput, requests/s finished"));
    m_axisY->setTitleText(goodput ? tr("goodput, requests/s that met every SLO") : tr("TTFT p90 (ms)"));
    setAxes(maxX, maxY, 0);
    setNote(goodput && plan.load.slos.isEmpty()
                ? tr("Goodput needs SLOs: set them under Load: in the run panel.")
                : tr("%n finished step(s); one point per step, the knee ringed.", nullptr, done));
    setEmpty(lanes.isEmpty());
    m_axisY2->setVisible(false); // over time only
}

void LoadChart::setAxes(double maxX, double maxY, double maxY2)
{
    const NiceTicks x = NiceTicks::cover(0, maxX > 0 ? maxX * 1.05 : 1, 6);
    const NiceTicks y = NiceTicks::cover(0, maxY > 0 ? maxY * 1.08 : 1, 6);
    const NiceTicks y2 = NiceTicks::cover(0, maxY2 > 0 ? maxY2 * 1.08 : 1, 6);
    m_axisX->setRange(x.min, x.max);
    m_axisX->setTickCount(x.count());
    m_axisY->setRange(y.min, y.max);
    m_axisY->setTickCount(y.count());
    m_axisY2->setRange(y2.min, y2.max);
    m_axisY2->setTickCount(y2.count());
}
