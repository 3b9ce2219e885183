#include "pricechart.h"

#include "catalog/catalog.h"
#include "catalog/catalognames.h"
#include "core/niceticks.h"
#include "run/requestrecord.h"
#include "run/runstate.h"
#include "style/colors.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace {

QScatterSeries::MarkerShape shapeOf(qsizetype region)
{
    return region == 0 ? QScatterSeries::MarkerShapeCircle : QScatterSeries::MarkerShapeRectangle;
}

} // namespace

PriceChart::PriceChart(const RunState *state, QWidget *parent)
    : ChartPanel(tr("Price against speed"), parent)
    , m_state(state)
    , m_metric(new QComboBox(this))
    , m_axisX(new QLogValueAxis(this))
    , m_axisY(new QValueAxis(this))
{
    m_metric->addItem(tr("tokens/s p50"));
    m_metric->addItem(tr("TTFT p50 (ms)"));
    headerLayout()->addWidget(m_metric);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &PriceChart::refresh);
    m_axisX->setBase(10);
    m_axisX->setTitleText(tr("$ per million output tokens (log)"));
    m_axisX->setLabelFormat(QStringLiteral("$%.2f"));
    m_axisX->setRange(0.005, 5);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    applyTheme();
    connect(state, &RunState::started, this, &PriceChart::rebuild);
    connect(state, &RunState::refreshed, this, &PriceChart::refresh);
    connect(chart(), &QChart::plotAreaChanged, this, &PriceChart::placeLabels);
}

int PriceChart::plottedPoints() const
{
    int n = 0;
    for (const QScatterSeries *s : m_series)
        n += s->count();
    return n;
}

void PriceChart::rebuild()
{
    const auto all = chart()->series();
    for (QAbstractSeries *s : all) {
        chart()->removeSeries(s);
        delete s;
    }
    m_series.clear();
    m_legend.clear();
    for (const auto &[series, label] : std::as_const(m_labels))
        delete label;
    m_labels.clear();
    const RunPlan &plan = m_state->plan();
    const Catalog &catalog = m_state->catalog();
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.75);
    for (const QString &id : plan.models) {
        const ModelInfo *m = catalog.model(id);
        const PriceTier *tier = m ? catalog.tierFor(m->outputPricePerM) : nullptr;
        const QColor color = Colors::tier(tier ? int(tier - catalog.tiers().data()) : -1);
        for (qsizetype r = 0; r < plan.regions.size(); ++r) {
            auto *s = new QScatterSeries;
            s->setColor(color);
            s->setBorderColor(color.darker(140));
            s->setMarkerSize(9);
            s->setMarkerShape(shapeOf(r));
            const QString name = m ? m->name : id;
            const QString region = plan.regions.at(r).name;
            connect(s, &QScatterSeries::hovered, this, [name, region](const QPointF &p, bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(),
                                       QStringLiteral("%1 · %2\n$%3/M · %4")
                                           .arg(name, region)
                                           .arg(p.x(), 0, 'f', 2)
                                           .arg(p.y(), 0, 'f', 1));
            });
            if (r == 0) {
                auto *label = new QGraphicsSimpleTextItem(name, chart());
                label->setFont(labelFont);
                label->setBrush(palette().color(QPalette::Text));
                label->setZValue(10);
                m_labels.append({s, label});
            }
            chart()->addSeries(s);
            s->attachAxis(m_axisX);
            s->attachAxis(m_axisY);
            m_series.insert(laneKey(id, plan.regions.at(r).id), s);
        }
    }
    // The legend explains the colours (tiers) and shapes (regions) only.
    const auto addLegend = [&](const QString &name, const QColor &color, QScatterSeries::MarkerShape shape) {
        auto *s = new QScatterSeries;
        s->setName(name);
        s->setColor(color);
        s->setMarkerShape(shape);
        s->setMarkerSize(9);
        chart()->addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
        m_legend.append(s);
    };
    for (qsizetype t = 0; t < catalog.tiers().size(); ++t)
        addLegend(CatalogNames::display(catalog.tiers().at(t).name), Colors::tier(int(t)),
                  QScatterSeries::MarkerShapeCircle);
    if (plan.regions.size() > 1) {
        view()->setToolTip(tr("● %1, ■ %2; labels on the first region's points")
                               .arg(plan.regions.at(0).name, plan.regions.at(1).name));
    }
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.75);
    chart()->legend()->setFont(legendFont);
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers)
        marker->setVisible(m_legend.contains(static_cast<QScatterSeries *>(marker->series())));
    refresh();
}

void PriceChart::placeLabels()
{
    const QRectF area = chart()->plotArea();
    QList<QRectF> taken;
    for (QScatterSeries *s : std::as_const(m_series)) {
        if (s->count() > 0) {
            const QPointF at = chart()->mapToPosition(s->at(0), s);
            taken.append(QRectF(at - QPointF(5, 5), QSizeF(10, 10)));
        }
    }
    for (const auto &[series, label] : std::as_const(m_labels)) {
        label->setVisible(false);
        if (series->count() == 0)
            continue;
        const QPointF at = chart()->mapToPosition(series->at(0), series);
        const QSizeF size = label->boundingRect().size();
        // Right, left, above, below the point: the first place that is free.
        const QList<QPointF> places{{at.x() + 7, at.y() - size.height() / 2},
                                    {at.x() - 7 - size.width(), at.y() - size.height() / 2},
                                    {at.x() - size.width() / 2, at.y() - 6 - size.height()},
                                    {at.x() - size.width() / 2, at.y() + 6}};
        for (const QPointF &place : places) {
            const QRectF box(place, size);
            const bool free = area.contains(box)
                && std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(box); });
            if (free) {
                label->setPos(place);
                label->setVisible(true);
                taken.append(box);
                break;
            }
        }
    }
}

void PriceChart::refresh()
{
    const bool speed = m_metric->currentIndex() == 0;
    m_axisY->setTitleText(speed ? tr("tokens/s p50")
                                : tr("TTFT p50 to the %1 (ms)").arg(Leaderboard::ttftKindText(m_state->ttftKind())));
    double top = 0;
    for (const LeaderboardRow &row : m_state->rows()) {
        QScatterSeries *s = m_series.value(laneKey(row.lane.model, row.lane.region));
        if (!s)
            continue;
        const std::optional<double> y = speed
            ? (row.lane.tokensPerS.isEmpty() ? std::nullopt : std::optional(row.lane.tokensPerS.p50))
            : row.ttftP50();
        if (!row.outputPricePerM || !y || *row.outputPricePerM <= 0) {
            s->clear();
            continue;
        }
        s->replace(QList<QPointF>{QPointF(*row.outputPricePerM, *y)});
        top = std::max(top, *y);
    }
    const NiceTicks t = NiceTicks::cover(0, top > 0 ? top * 1.12 : 1.0, 6);
    m_axisY->setRange(t.min, t.max);
    m_axisY->setTickCount(t.count());
    setEmpty(plottedPoints() == 0);
    placeLabels();
}
