#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;

// A titled chart with the dashboard's look (palette-aware theme, animations
// off for live data) and a context menu to export it as PNG or SVG.
class ChartPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(const QString &title, QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *view() const { return m_view; }
    QString title() const;
    void setTitle(const QString &title);
    // A tab's name for the chart ("TTFT"); the title when not set.
    QString shortTitle() const { return m_short.isEmpty() ? title() : m_short; }
    void setShortTitle(const QString &name) { m_short = name; }
    // A short note under the title (what the marks mean).
    void setNote(const QString &note);
    QString note() const;
    // No data: the axes hide and the chart says "No data yet" instead of
    // drawing an empty grid with made-up ticks.
    void setEmpty(bool empty);
    // A legend under the chart for what its colours mean, as rich text that
    // wraps with the width (never cut to "Ultr… Bu…").
    void setLegendText(const QString &html);
    bool isEmpty() const { return m_empty; }

    bool savePng(const QString &path, QString *error) const;
    bool saveSvg(const QString &path, QString *error) const;

protected:
    // Widgets (a metric switch) placed at the right of the title.
    QHBoxLayout *headerLayout() const { return m_header; }
    void changeEvent(QEvent *event) override;
    // Colours the frame, legend and axes from the palette; call after adding axes.
    void applyTheme();

private:
    void exportAs(const QString &suffix);

    QLabel *m_title;
    QLabel *m_note;
    QHBoxLayout *m_header;
    QChartView *m_view;
    QString m_short;
    QLabel *m_emptyNote;
    QLabel *m_legend;
    bool m_empty = false;
};
