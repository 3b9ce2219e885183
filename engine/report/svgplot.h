#pragma once

#include "core/niceticks.h"

#include <QString>

#include <functional>

// What the reports' SVG line charts share: the plot's frame, its scale, the
// axes with their grid, the colours of the lines and a legend row each.
namespace SvgPlot {

constexpr int kWidth = 720, kLeft = 60, kRight = 20, kTop = 30, kPlotHeight = 260, kLegendRow = 16;
// The legend's first row, under the axes' caption.
constexpr int kLegendTop = kTop + kPlotHeight + 48;

QString number(double v); // one decimal, for coordinates
QString colour(qsizetype index);

struct Scale
{
    NiceTicks x, y;
    double px(double v) const { return kLeft + (v - x.min) / (x.max - x.min) * (kWidth - kLeft - kRight); }
    double py(double v) const { return kTop + kPlotHeight - (v - y.min) / (y.max - y.min) * kPlotHeight; }
};

// The opening <svg> of a chart `rows` legend rows tall, with its title.
QString open(const QString &title, qsizetype rows);
// The grid, tick labels (as `label` writes a value) and the caption under the x axis.
QString axes(const Scale &s, const QString &caption, const std::function<QString(double)> &label);
// Legend row `row`: a swatch of `colour` and `text`.
QString legendRow(qsizetype row, const QString &colour, const QString &text);

} // namespace SvgPlot
