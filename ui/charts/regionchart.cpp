#include "regionchart.h"

#include "catalog/catalog.h"
#include "core/niceticks.h"
#include "run/runstate.h"
#include "style/colors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double kNoValue = 1.0; // ms; the axis starts at 10 or more

} // namespace

RegionChart::RegionChart(const RunState *state, QWidget *parent)
    : ChartPanel(tr("Regions side by side (TTFT p50, ms, log scale)"), parent)
    , m_state(state)
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisY(new QLogValueAxis(this))
    , m_series(new QBarSeries(this))
    , m_diff(new QScatterSeries(this))
    , m_axisDiff(new QValueAxis(this))
{
    view()->setToolTip(tr("Bars: TTFT p50 from each region; ■ the difference between them in ms (right axis)"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_axisX->setLabelsFont(small);
    m_axisX->setLabelsAngle(-90);
    m_series->setBarWidth(0.5);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setBase(10);
    m_axisY->setMinorTickCount(8);
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    chart()->addSeries(m_series);
    // The whole name and figure on hover: a crowded axis abbreviates names.
    connect(m_series, &QBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
        if (on && set && index >= 0 && index < m_categories.size() && set->at(index) > kNoValue)
            QToolTip::showText(
                QCursor::pos(),
                tr("%1 · %2: TTFT p50 %3 ms").arg(m_categories.at(index), set->label()).arg(set->at(index), 0, 'f', 0));
    });
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_axisDiff->setLabelFormat(QStringLiteral("%.0f")); // localized numbers take no "+" flag
    m_axisDiff->setGridLineVisible(false);
    chart()->addAxis(m_axisDiff, Qt::AlignRight);
    m_diff->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_diff->setMarkerSize(7);
    m_diff->setColor(palette().color(QPalette::Text));
    m_diff->setPointLabelsVisible(true);
    m_diff->setPointLabelsClipping(false);
    m_diff->setPointLabelsFormat(QStringLiteral("@yPoint"));
    m_diff->setPointLabelsColor(palette().color(QPalette::Text));
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.75);
    m_diff->setPointLabelsFont(labelFont);
    chart()->addSeries(m_diff);
    m_diff->attachAxis(m_axisX);
    m_diff->attachAxis(m_axisDiff);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    applyTheme();
    connect(state, &RunState::started, this, &RegionChart::rebuild);
    connect(state, &RunState::refreshed, this, &RegionChart::refresh);
}

int RegionChart::filledBars() const
{
    int n = 0;
    for (const QBarSet *set : m_sets) {
        for (int i = 0; i < set->count(); ++i)
            n += set->at(i) > kNoValue ? 1 : 0;
    }
    return n;
}

void RegionChart::rebuild()
{
    m_series->clear();
    m_sets.clear();
    const RunPlan &plan = m_state->plan();
    for (qsizetype r = 0; r < plan.regions.size(); ++r) {
        auto *set = new QBarSet(plan.regions.at(r).name);
        set->setColor(Colors::series(int(r) * 3));
        for (qsizetype m = 0; m < plan.models.size(); ++m)
            set->append(kNoValue);
        m_series->append(set);
        m_sets.append(set);
    }
    m_categories.clear();
    m_axisX->clear();
    m_diff->setName(plan.regions.size() > 1 ? tr("Δ ms, second − first region") : QString());
    m_diff->setVisible(plan.regions.size() > 1);
    m_axisDiff->setVisible(plan.regions.size() > 1);
    refresh();
}

void RegionChart::refresh()
{
    setTitle(tr("Regions side by side: TTFT p50 to the %1 (ms, log scale)")
                 .arg(Leaderboard::ttftKindText(m_state->ttftKind())));
    const RunPlan &plan = m_state->plan();
    QList<QList<std::optional<double>>> ttft(plan.regions.size(), QList<std::optional<double>>(plan.models.size()));
    for (const LeaderboardRow &row : m_state->rows()) {
        const qsizetype m = plan.models.indexOf(row.lane.model);
        const auto r = std::find_if(plan.regions.cbegin(), plan.regions.cend(),
                                    [&](const Region &route) { return route.id == row.lane.region; });
        if (m >= 0 && r != plan.regions.cend())
            ttft[r - plan.regions.cbegin()][m] = row.ttftP50();
    }
    QStringList categories;
    QList<QPointF> diffs;
    double top = 0, bottom = std::numeric_limits<double>::max(), lowDiff = 0, highDiff = 0;
    for (qsizetype m = 0; m < plan.models.size(); ++m) {
        const ModelInfo *info = m_state->catalog().model(plan.models.at(m));
        categories.append(info ? info->name : plan.models.at(m));
        if (plan.regions.size() > 1 && ttft[0][m] && ttft[1][m]) {
            const double diff = std::round(*ttft[1][m] - *ttft[0][m]);
            // Beside the model's bars (they fill the middle half of its slot).
            const bool last = m + 1 == plan.models.size(); // at the edge: its left side instead
            diffs.append(QPointF(double(m) + (last ? -0.38 : 0.38), diff));
            lowDiff = std::min(lowDiff, diff);
            highDiff = std::max(highDiff, diff);
        }
        for (qsizetype r = 0; r < m_sets.size(); ++r) {
            // A lane not measured yet gets a bar below the log axis' range: invisible,
            // and never a log of 0.
            const double v = ttft[r][m].value_or(kNoValue);
            if (m_sets.at(r)->at(int(m)) != v)
                m_sets.at(r)->replace(int(m), v);
            top = std::max(top, v);
            if (v > kNoValue)
                bottom = std::min(bottom, v);
        }
    }
    if (categories != m_categories) {
        m_categories = categories;
        m_axisX->setCategories(categories);
    }
    m_diff->replace(diffs);
    const double span = std::max(10.0, (highDiff - lowDiff) * 0.15);
    const NiceTicks t = NiceTicks::cover(lowDiff - span, highDiff + span, 6);
    m_axisDiff->setRange(t.min, t.max);
    m_axisDiff->setTickCount(t.count());
    setEmpty(filledBars() == 0);
    m_axisDiff->setVisible(!isEmpty() && plan.regions.size() > 1);
    // Whole decades keep the log axis readable.
    const double low = bottom < top ? std::pow(10.0, std::floor(std::log10(std::max(1.0, bottom * 0.9)))) : 10.0;
    const double high = top > 0 ? std::pow(10.0, std::ceil(std::log10(top * 1.1))) : 1000.0;
    m_axisY->setRange(low, std::max(high, low * 10));
}
