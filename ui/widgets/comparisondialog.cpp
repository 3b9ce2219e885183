#include "comparisondialog.h"

#include "charts/forestplot.h"
#include "core/format.h"
#include "report/leaderboard.h"
#include "tableview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const FigureChange &figureOf(const LaneComparison &l, int index)
{
    switch (index) {
    case 1:
        return l.ttftP90;
    case 2:
        return l.ttftP99;
    case 3:
        return l.tokensPerSP50;
    case 4:
        return l.charsPerSP50;
    default:
        return l.ttftP50;
    }
}

QList<QStandardItem *> row(const LaneComparison &l, const QString &figure, const FigureChange &c, bool ms,
                           bool likeForLike)
{
    const auto num = [ms](std::optional<double> v) { return ms ? Format::ms(v) : Format::rate(v); };
    const auto signedNum = [ms](std::optional<double> v) {
        return ms ? Format::signedMs(v) : (v && *v > 0.05 ? u'+' + Format::rate(v) : Format::rate(v));
    };
    const QString interval = c.ciLow ? QStringLiteral("%1 … %2").arg(signedNum(c.ciLow), signedNum(c.ciHigh))
                                     : Format::rate({});
    QList<QStandardItem *> items;
    for (const QString &text :
         {l.modelName, l.regionName, QStringLiteral("%1/%2").arg(l.nBefore).arg(l.nAfter), figure, num(c.before),
          num(c.after), signedNum(c.delta()), Format::percent(c.deltaPercent(), true), interval,
          Comparison::verdict(c, likeForLike)}) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        item->setToolTip(Comparison::explanation());
        if (c.beyondNoise)
            item->setBackground(QColor(240, 192, 64, 70));
        items.append(item);
    }
    for (int column = 2; column < items.size() - 1; ++column)
        items.at(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return items;
}

QLabel *caveatsLabel(const QStringList &caveats, QWidget *parent)
{
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin:0\">")
                       .arg(ComparisonDialog::tr("Read with care: part of a difference may come from how the "
                                                 "runs were measured, not from the models."));
    for (const QString &c : caveats)
        html += QStringLiteral("<li>%1</li>").arg(c.toHtmlEscaped());
    auto *label = new QLabel(html + QStringLiteral("</ul>"), parent);
    label->setObjectName(QStringLiteral("caveats"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0b000;"
                                        " padding: 6px; }"));
    return label;
}

} // namespace

ComparisonDialog::ComparisonDialog(const RunComparison &comparison, const QString &before, const QString &after,
                                   QWidget *parent)
    : QDialog(parent)
    , m_comparison(comparison)
    , m_model(new QStandardItemModel(this))
    , m_figure(new QComboBox(this))
    , m_plot(new ForestPlot(this))
{
    setWindowTitle(tr("Compare runs"));
    auto *header = new QLabel(tr("<b>A</b>: %1<br><b>B</b>: %2<br>TTFT: time to the %3.")
                                  .arg(before.toHtmlEscaped(), after.toHtmlEscaped(),
                                       Leaderboard::ttftKindText(comparison.ttft)),
                              this);
    header->setWordWrap(true);
    fillTable();
    auto *table = new TableView(this);
    table->setModel(m_model);
    table->setSortingEnabled(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_figure->addItems(
        {tr("TTFT p50"), tr("TTFT p90"), tr("TTFT p99"), tr("Tokens/s p50"), tr("Characters/s p50 (answer text)")});
    connect(m_figure, &QComboBox::currentIndexChanged, this, &ComparisonDialog::showFigure);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_plot);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    auto *pick = new QHBoxLayout;
    auto *pickLabel = new QLabel(tr("&Figure:"), chartPage);
    pickLabel->setBuddy(m_figure);
    pick->addWidget(pickLabel);
    pick->addWidget(m_figure);
    pick->addStretch();
    chartLayout->addLayout(pick);
    chartLayout->addWidget(scroll);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(chartPage, tr("Chart"));
    tabs->addTab(table, tr("Table"));

    auto *note = new QLabel(Comparison::explanation(), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    if (!comparison.likeForLike())
        layout->addWidget(caveatsLabel(comparison.caveats, this));
    layout->addWidget(tabs, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    showFigure(0);
    // Fits a 1280x720 screen; larger where there is room.
    const QSize room = (parent && parent->screen() ? parent->screen() : screen())->availableSize();
    resize(std::min(1100, room.width() * 9 / 10), std::min(760, room.height() * 9 / 10));
}

void ComparisonDialog::fillTable()
{
    m_model->setHorizontalHeaderLabels({tr("Model"), tr("Region"), tr("n A/B"), tr("Figure"), QStringLiteral("A"),
                                        QStringLiteral("B"), tr("Change"), tr("Change %"), tr("95% interval"),
                                        tr("Beyond noise")});
    const bool like = m_comparison.likeForLike();
    for (const LaneComparison &l : m_comparison.lanes) {
        m_model->appendRow(row(l, tr("TTFT p50 ms"), l.ttftP50, true, like));
        m_model->appendRow(row(l, tr("TTFT p90 ms"), l.ttftP90, true, like));
        m_model->appendRow(row(l, tr("TTFT p99 ms"), l.ttftP99, true, like));
        m_model->appendRow(row(l, tr("tok/s p50"), l.tokensPerSP50, false, like));
        m_model->appendRow(row(l, tr("chars/s p50"), l.charsPerSP50, false, like));
        m_model->appendRow(row(l, tr("out tok p50"), l.outputTokensP50, false, like));
    }
}

void ComparisonDialog::showFigure(int index)
{
    QList<ForestPlot::Row> rows;
    for (const LaneComparison &l : m_comparison.lanes) {
        const FigureChange &c = figureOf(l, index);
        rows.append({l.modelName + QStringLiteral(" · ") + l.regionName, c.delta(), c.ciLow, c.ciHigh, c.beyondNoise});
    }
    const QString units[]{tr("ms"), tr("ms"), tr("ms"), tr("tokens/s"), tr("characters/s")};
    m_plot->setRows(rows, units[qBound(0, index, 4)], index < 3);
    m_plot->setTitle(tr("Change in %1 from A to B, with its 95% interval").arg(m_figure->itemText(index)));
}

int ComparisonDialog::rowCount() const
{
    return m_model->rowCount();
}
