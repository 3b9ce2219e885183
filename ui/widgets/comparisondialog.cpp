#include "comparisondialog.h"

#include "core/format.h"
#include "tableview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {

QList<QStandardItem *> row(const LaneComparison &l, const QString &figure, const FigureChange &c, bool ms)
{
    const auto num = [ms](std::optional<double> v) { return ms ? Format::ms(v) : Format::rate(v); };
    const QString interval = c.ciLow ? QStringLiteral("%1 … %2").arg(num(c.ciLow), num(c.ciHigh)) : Format::rate({});
    const QString verdict = !c.ciLow ? ComparisonDialog::tr("too few requests")
        : c.beyondNoise              ? ComparisonDialog::tr("yes")
                                     : ComparisonDialog::tr("no");
    QList<QStandardItem *> items;
    for (const QString &text :
         {l.model, l.region, QStringLiteral("%1/%2").arg(l.nBefore).arg(l.nAfter), figure, num(c.before), num(c.after),
          num(c.delta()), Format::percent(c.deltaPercent(), true), interval, verdict}) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        item->setToolTip(Comparison::explanation());
        if (c.beyondNoise)
            item->setBackground(QColor(240, 192, 64, 70));
        items.append(item);
    }
    return items;
}

QChartView *deltaChart(const QList<LaneComparison> &lanes, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(ComparisonDialog::tr("Change in TTFT p50 (ms), with its 95% interval"));
    auto *bars = new QBarSeries;
    auto *set = new QBarSet(ComparisonDialog::tr("Change"));
    auto *low = new QScatterSeries;
    auto *high = new QScatterSeries;
    low->setName(ComparisonDialog::tr("95% interval"));
    high->setName(QString());
    for (QScatterSeries *s : {low, high}) {
        s->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        s->setMarkerSize(6);
        s->setColor(Qt::black);
    }
    QStringList categories;
    double lo = 0, hi = 0;
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const LaneComparison &l = lanes.at(i);
        categories.append(l.model + QStringLiteral("<br>") + l.region);
        const double d = l.ttftP50.delta().value_or(0);
        set->append(d);
        lo = std::min(lo, d);
        hi = std::max(hi, d);
        if (l.ttftP50.ciLow) {
            low->append(double(i), *l.ttftP50.ciLow);
            high->append(double(i), *l.ttftP50.ciHigh);
            lo = std::min(lo, *l.ttftP50.ciLow);
            hi = std::max(hi, *l.ttftP50.ciHigh);
        }
    }
    bars->append(set);
    chart->addSeries(bars);
    chart->addSeries(low);
    chart->addSeries(high);
    auto *x = new QBarCategoryAxis;
    x->setCategories(categories);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    auto *y = new QValueAxis;
    y->setRange(lo - 5, hi + 5);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // One legend entry for the interval's two ends.
    for (QLegendMarker *marker : chart->legend()->markers(high))
        marker->setVisible(false);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    return view;
}

} // namespace

ComparisonDialog::ComparisonDialog(const QList<LaneComparison> &lanes, const QString &before, const QString &after,
                                   QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
{
    setWindowTitle(tr("Compare runs"));
    m_model->setHorizontalHeaderLabels({tr("Model"), tr("Region"), tr("n A/B"), tr("Figure"), QStringLiteral("A"),
                                        QStringLiteral("B"), tr("Change"), tr("Change %"), tr("95% interval"),
                                        tr("Beyond noise")});
    for (const LaneComparison &l : lanes) {
        m_model->appendRow(row(l, tr("TTFT p50 ms"), l.ttftP50, true));
        m_model->appendRow(row(l, tr("TTFT p90 ms"), l.ttftP90, true));
        m_model->appendRow(row(l, tr("TTFT p99 ms"), l.ttftP99, true));
        m_model->appendRow(row(l, tr("tok/s p50"), l.tokensPerSP50, false));
    }
    auto *header = new QLabel(tr("<b>A</b>: %1<br><b>B</b>: %2").arg(before.toHtmlEscaped(), after.toHtmlEscaped()),
                              this);
    auto *note = new QLabel(Comparison::explanation(), this);
    note->setWordWrap(true);
    auto *view = new TableView(this);
    view->setModel(m_model);
    view->setSortingEnabled(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(view, 2);
    layout->addWidget(deltaChart(lanes, this), 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(1100, 700);
}

int ComparisonDialog::rowCount() const
{
    return m_model->rowCount();
}
