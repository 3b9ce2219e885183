#pragma once

#include <QList>
#include <QWidget>

class ChartPanel;
class QSplitter;
class QStackedLayout;
class QTabWidget;

// The dashboard's charts: side by side in rows where there is room, one per
// tab where there is not (a laptop screen), so no chart is squeezed until its
// labels vanish. Any chart can take the whole deck: double-click it, and
// again to restore.
class ChartDeck final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartDeck)

public:
    // Below this size (with some hysteresis) the charts go to tabs.
    static constexpr int kGridMinWidth = 960;
    static constexpr int kGridMinHeight = 520;

    ChartDeck(const QList<QList<ChartPanel *>> &rows, QWidget *parent = nullptr);

    // The rows' splitters, for the window to remember their sizes.
    QList<QSplitter *> splitters() const;
    bool isTabbed() const { return m_tabbed; }
    ChartPanel *maximised() const { return m_maximised; }
    // Gives `chart` the whole deck; nullptr restores them all.
    void setMaximised(ChartPanel *chart);
    QList<ChartPanel *> charts() const;
    // Brings `chart` to the front (its tab, when the charts are in tabs).
    void showChart(ChartPanel *chart);

Q_SIGNALS:
    void maximisedChanged(ChartPanel *chart);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arrange(bool tabbed);

    QList<QList<ChartPanel *>> m_rows;
    QSplitter *m_grid;
    QList<QSplitter *> m_rowSplitters;
    QList<QByteArray> m_saved; // the rows' sizes while the charts are in tabs
    QTabWidget *m_tabs;
    QStackedLayout *m_stack;
    ChartPanel *m_maximised = nullptr;
    bool m_tabbed = false;
};
