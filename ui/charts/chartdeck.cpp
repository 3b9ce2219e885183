#include "chartdeck.h"

#include "chartpanel.h"

#include <QChartView>
#include <QEvent>
#include <QResizeEvent>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabBar>
#include <QTabWidget>

namespace {

constexpr int kHysteresis = 40;

} // namespace

ChartDeck::ChartDeck(const QList<QList<ChartPanel *>> &rows, QWidget *parent)
    : QWidget(parent)
    , m_rows(rows)
    , m_grid(new QSplitter(Qt::Vertical, this))
    , m_tabs(new QTabWidget(this))
    , m_stack(new QStackedLayout(this))
{
    m_grid->setObjectName(QStringLiteral("chartRows"));
    m_grid->setChildrenCollapsible(false);
    const QStringList names{QStringLiteral("top"), QStringLiteral("middle")};
    for (qsizetype r = 0; r < rows.size(); ++r) {
        auto *row = new QSplitter(Qt::Horizontal, m_grid);
        row->setObjectName(names.value(r, QStringLiteral("row%1").arg(r)));
        row->setChildrenCollapsible(false);
        m_grid->addWidget(row);
        m_rowSplitters.append(row);
    }
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_tabs);
    for (ChartPanel *chart : charts()) {
        chart->view()->viewport()->installEventFilter(this);
        chart->view()->setToolTip(chart->view()->toolTip()
                                  + tr("\nDouble-click to give this chart the whole window, again to restore."));
    }
    arrange(false);
}

QList<QSplitter *> ChartDeck::splitters() const
{
    return QList<QSplitter *>{m_grid} + m_rowSplitters;
}

QList<ChartPanel *> ChartDeck::charts() const
{
    QList<ChartPanel *> all;
    for (const QList<ChartPanel *> &row : m_rows)
        all += row;
    return all;
}

void ChartDeck::arrange(bool tabbed)
{
    m_tabbed = tabbed;
    if (tabbed) {
        m_saved.clear();
        for (QSplitter *row : std::as_const(m_rowSplitters))
            m_saved.append(row->saveState());
        for (ChartPanel *chart : charts())
            m_tabs->addTab(chart, chart->shortTitle());
        m_stack->setCurrentWidget(m_tabs);
    } else {
        while (m_tabs->count() > 0)
            m_tabs->removeTab(0);
        for (qsizetype r = 0; r < m_rows.size(); ++r)
            for (ChartPanel *chart : m_rows.at(r))
                m_rowSplitters.at(r)->addWidget(chart);
        for (qsizetype r = 0; r < m_saved.size() && r < m_rowSplitters.size(); ++r)
            m_rowSplitters.at(r)->restoreState(m_saved.at(r));
        m_stack->setCurrentWidget(m_grid);
    }
    setMaximised(m_maximised);
}

void ChartDeck::showChart(ChartPanel *chart)
{
    if (m_tabbed && chart)
        m_tabs->setCurrentWidget(chart);
}

void ChartDeck::setMaximised(ChartPanel *chart)
{
    m_maximised = chart;
    if (m_tabbed) {
        m_tabs->tabBar()->setVisible(!chart);
        if (chart)
            m_tabs->setCurrentWidget(chart);
    } else {
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            bool rowShown = false;
            for (ChartPanel *c : m_rows.at(r)) {
                c->setVisible(!chart || c == chart);
                rowShown = rowShown || c->isVisibleTo(m_rowSplitters.at(r));
            }
            m_rowSplitters.at(r)->setVisible(rowShown);
        }
    }
    Q_EMIT maximisedChanged(chart);
}

void ChartDeck::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QSize s = event->size();
    const int slack = m_tabbed ? kHysteresis : 0; // no flicker at the threshold
    const bool tabbed = s.width() < kGridMinWidth + slack || s.height() < kGridMinHeight + slack;
    if (tabbed != m_tabbed && !m_maximised)
        arrange(tabbed);
}

bool ChartDeck::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonDblClick) {
        for (ChartPanel *chart : charts()) {
            if (chart->view()->viewport() == watched) {
                setMaximised(m_maximised == chart ? nullptr : chart);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
