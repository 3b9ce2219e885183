#include "distributionchart.h"

#include "catalog/catalog.h"
#include "catalog/catalognames.h"
#include "core/niceticks.h"
#include "run/measurementlag.h"
#include "run/runstate.h"
#include "run/statistics.h"
#include "style/colors.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHash>
#include <QLegendMarker>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

DistributionChart::DistributionChart(Metric metric, RunState *state, QWidget *parent)
    : ChartPanel(metric == Metric::Ttft ? tr("Time to first token (ms)") : tr("Output speed (tokens/s)"), parent)
    , m_metric(metric)
    , m_state(state)
    , m_axisX(new QBarCategoryAxis(this))
    , m_published(new QScatterSeries(this))
{
    view()->setToolTip(tr("Box p25–p75, whiskers p10–p90, line at the median; colour: TTFT band; ■ published figure"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_axisX->setLabelsAngle(-90);
    m_axisX->setLabelsFont(small);
    if (metric == Metric::Ttft) {
        m_which = new QComboBox(this);
        m_which->addItem(tr("First token of any kind"), int(TtftKind::FirstToken));
        m_which->addItem(tr("First answer text"), int(TtftKind::FirstText));
        m_which->setToolTip(tr("What TTFT means in every chart, table and export. Reasoning models think before they "
                               "answer: their first token comes long before their answer text. The published "
                               "figures are to the first token."));
        headerLayout()->addWidget(m_which);
        connect(m_which, &QComboBox::activated, this,
                [this](int index) { m_state->setTtftKind(TtftKind(m_which->itemData(index).toInt())); });
        connect(state, &RunState::ttftKindChanged, this, &DistributionChart::showTtftKind);
        showTtftKind();
        auto *log = new QLogValueAxis(this);
        log->setBase(10);
        log->setLabelFormat(QStringLiteral("%.0f"));
        log->setMinorTickCount(8);
        log->setTitleText(tr("ms (log scale)"));
        m_axisY = log;
    } else {
        auto *linear = new QValueAxis(this);
        linear->setLabelFormat(QStringLiteral("%.0f"));
        linear->setMin(0);
        m_axisY = linear;
    }
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    m_published->setName(tr("Published"));
    m_published->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_published->setMarkerSize(7);
    m_published->setColor(Qt::black);
    m_published->setBorderColor(Qt::white);
    applyTheme();
    connect(state, &RunState::started, this, &DistributionChart::rebuild);
    connect(state, &RunState::refreshed, this, &DistributionChart::refresh);
}

void DistributionChart::showTtftKind()
{
    const TtftKind kind = m_state->ttftKind();
    m_which->setCurrentIndex(m_which->findData(int(kind)));
    setTitle(kind == TtftKind::FirstToken ? tr("Time to first token: any kind, reasoning included (ms)")
                                          : tr("Time to first token: first answer text (ms)"));
}

int DistributionChart::filledBoxes() const
{
    return m_filled;
}

void DistributionChart::rebuild()
{
    for (QBoxPlotSeries *s : std::as_const(m_series)) {
        chart()->removeSeries(s);
        delete s;
    }
    m_series.clear();
    m_firstKinds.clear();
    if (chart()->series().contains(m_published))
        chart()->removeSeries(m_published);
    const RunPlan &plan = m_state->plan();
    QStringList names;
    for (const QString &id : plan.models) {
        const ModelInfo *m = m_state->catalog().model(id);
        names.append(m ? m->name : id);
    }
    m_axisX->setCategories(names);
    for (int r = 0; r < plan.regions.size(); ++r) {
        auto *series = new QBoxPlotSeries;
        series->setName(plan.regions.at(r).name);
        series->setBoxWidth(0.8);
        // The region is told apart by the fill pattern; the colour is the band's.
        series->setBrush(QBrush(Qt::gray, r == 0 ? Qt::SolidPattern : Qt::BDiagPattern));
        for (const QString &name : std::as_const(names)) {
            // Unmeasured boxes sit below the axis range and draw nothing; on the log
            // axis they must not be 0.
            auto *set = new QBoxSet(1, 1, 1, 1, 1, name);
            set->setPen(Qt::NoPen);
            set->setBrush(Qt::NoBrush);
            series->append(set);
        }
        // The whole name and figures on hover: a crowded axis abbreviates names.
        connect(series, &QBoxPlotSeries::hovered, this, [this, series](bool on, QBoxSet *set) {
            if (!on || !set || set->at(QBoxSet::Median) <= 1) // 1: not measured yet
                return;
            QString text = QStringLiteral("%1 · %2\np10 %3 · p50 %4 · p90 %5")
                               .arg(set->label(), series->name())
                               .arg(set->at(QBoxSet::LowerExtreme), 0, 'f', 1)
                               .arg(set->at(QBoxSet::Median), 0, 'f', 1)
                               .arg(set->at(QBoxSet::UpperExtreme), 0, 'f', 1);
            if (const QString kind = m_firstKinds.value(set); !kind.isEmpty())
                text += u'\n' + tr("First token: %1").arg(kind);
            QToolTip::showText(QCursor::pos(), text);
        });
        chart()->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        m_series.append(series);
    }
    chart()->addSeries(m_published);
    m_published->attachAxis(m_axisX);
    m_published->attachAxis(m_axisY);
    // What the fill colours mean: the TTFT band of the lane's p50.
    QStringList bands;
    const QList<TtftBand> &all = m_state->catalog().bands();
    for (qsizetype b = 0; b < all.size(); ++b)
        bands.append(QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
                         .arg(Colors::band(int(b)).name(), CatalogNames::display(all.at(b).name).toHtmlEscaped()));
    setLegendText(tr("Colour: TTFT band of the lane's p50") + QStringLiteral(" — ")
                  + bands.join(QStringLiteral(" &nbsp; ")));
    refresh();
}

// Values per lane (model-major, as the engine numbers lanes), by the chart's metric.
QList<QList<double>> DistributionChart::laneValues() const
{
    const RunPlan &plan = m_state->plan();
    QList<QList<double>> values(plan.models.size() * plan.regions.size());
    QList<QList<double>> firstTokens(values.size()); // the first answer text's fallback, as in LaneSummary::ttft
    const bool text = m_metric == Metric::Ttft && m_state->ttftKind() == TtftKind::FirstText;
    const auto &records = m_state->records();
    const auto &metrics = m_state->metrics();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const RequestRecord &r = records.at(i);
        if (r.warmup || !r.ok() || r.lane < 0 || r.lane >= values.size())
            continue;
        const RequestMetrics &m = metrics.at(i);
        if (m_metric == Metric::TokensPerS) {
            if (m.tokensPerS)
                values[r.lane].append(*m.tokensPerS);
            continue;
        }
        if (text && m.ttftMs)
            values[r.lane].append(*m.ttftMs);
        if (m.ttftAnyMs)
            (text ? firstTokens : values)[r.lane].append(*m.ttftAnyMs);
    }
    for (qsizetype lane = 0; text && lane < values.size(); ++lane) {
        if (values.at(lane).isEmpty())
            values[lane] = firstTokens.at(lane);
    }
    return values;
}

void DistributionChart::refresh()
{
    const RunPlan &plan = m_state->plan();
    const qsizetype regions = plan.regions.size();
    if (m_series.size() != regions)
        return;
    const bool text = m_metric == Metric::Ttft && m_state->ttftKind() == TtftKind::FirstText;
    const QList<QList<double>> values = laneValues();
    const Catalog &catalog = m_state->catalog();
    QHash<QString, std::optional<double>> laneTtft; // TTFT p50 per lane, for the speed chart's colours
    QHash<QString, QString> laneKinds;              // what the first tokens were, for the TTFT chart's tooltips
    for (const LeaderboardRow &row : m_state->rows()) {
        laneTtft.insert(laneKey(row.lane.model, row.lane.region), row.ttftP50());
        laneKinds.insert(laneKey(row.lane.model, row.lane.region), row.lane.firstKindText());
    }
    double top = 0;
    double bottom = std::numeric_limits<double>::max();
    QList<QPointF> published;
    m_filled = 0;
    for (qsizetype model = 0; model < plan.models.size(); ++model) {
        const ModelInfo *info = catalog.model(plan.models.at(model));
        for (qsizetype region = 0; region < regions; ++region) {
            QList<double> v = values.at(model * regions + region);
            QBoxSet *set = m_series.at(region)->boxSets().at(model);
            if (m_metric == Metric::Ttft)
                m_firstKinds.insert(set, laneKinds.value(laneKey(plan.models.at(model), plan.regions.at(region).id)));
            const double offset = regions > 1 ? (double(region) - (regions - 1) / 2.0) * 0.8 / double(regions) : 0;
            std::optional<double> reference;
            // The study's TTFT is to the first token: no mark beside the first answer text.
            if (info && !text) {
                reference = m_metric == Metric::Ttft ? info->referenceTtftMs(plan.regions.at(region).id)
                                                     : info->publishedTokensPerS;
            }
            if (reference) {
                published.append(QPointF(double(model) + offset, *reference));
                top = std::max(top, *reference);
                bottom = std::min(bottom, *reference);
            }
            if (v.isEmpty())
                continue;
            ++m_filled;
            std::sort(v.begin(), v.end());
            set->setValue(QBoxSet::LowerExtreme, percentileSorted(v, 10));
            set->setValue(QBoxSet::LowerQuartile, percentileSorted(v, 25));
            set->setValue(QBoxSet::Median, percentileSorted(v, 50));
            set->setValue(QBoxSet::UpperQuartile, percentileSorted(v, 75));
            set->setValue(QBoxSet::UpperExtreme, percentileSorted(v, 90));
            // The speed chart keeps the colour of the model's TTFT band, so one colour
            // follows a model across the charts.
            const TtftBand *band = m_metric == Metric::Ttft
                ? catalog.bandFor(percentileSorted(v, 50))
                : catalog.bandFor(laneTtft.value(laneKey(plan.models.at(model), plan.regions.at(region).id)));
            const QColor color = Colors::band(band ? int(band - catalog.bands().data()) : -1);
            set->setBrush(QBrush(color, region == 0 ? Qt::SolidPattern : Qt::BDiagPattern));
            set->setPen(QPen(color.darker(150), 1));
            top = std::max(top, v.last());
            bottom = std::min(bottom, v.first());
        }
    }
    m_published->replace(published);
    if (auto *log = qobject_cast<QLogValueAxis *>(m_axisY)) {
        // Whole decades, so the log axis keeps readable labels.
        const double low = bottom < top ? std::pow(10.0, std::floor(std::log10(std::max(1.0, bottom * 0.9)))) : 10.0;
        const double high = top > 0 ? std::pow(10.0, std::ceil(std::log10(top * 1.1))) : 1000.0;
        log->setRange(low, std::max(high, low * 10));
    } else if (auto *linear = qobject_cast<QValueAxis *>(m_axisY)) {
        const NiceTicks t = NiceTicks::cover(0, top > 0 ? top * 1.08 : 1.0, 6);
        linear->setRange(t.min, t.max);
        linear->setTickCount(t.count());
    }
    setEmpty(m_filled == 0);
    updateNote();
}

// A speed-up that distorts the figures says so beside them, and so does a
// workload the published figures were not measured with.
void DistributionChart::updateNote()
{
    QStringList notes;
    const std::optional<MeasurementLag> &lag = m_state->lag();
    if (m_metric == Metric::Ttft && lag && lag->exceeds())
        notes << QStringLiteral("⚠ ") + lag->text();
    const Workload &workload = m_state->plan().workload;
    if (m_metric == Metric::Ttft && workload.profile != u"study")
        notes << tr("Workload: %1. The published figures are the study's, for its short prompt.")
                     .arg(workload.describe());
    setNote(notes.join(u'\n'));
}
