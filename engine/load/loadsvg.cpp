#include "loadsvg.h"

#include "core/niceticks.h"

#include <QCoreApplication>
#include <QPointF>

namespace {

// This file's strings, in the "LoadSvg" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LoadSvg)
};

constexpr int kWidth = 720, kLeft = 60, kRight = 20, kTop = 30, kPlotHeight = 260, kLegendRow = 16;
const char *const kColors[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
                               "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

struct Scale
{
    NiceTicks x, y;
    double px(double v) const { return kLeft + (v - x.min) / (x.max - x.min) * (kWidth - kLeft - kRight); }
    double py(double v) const { return kTop + kPlotHeight - (v - y.min) / (y.max - y.min) * kPlotHeight; }
};

QString axes(const Scale &s, const QString &xLabel, const QString &yLabel)
{
    QString out;
    for (int i = 0; i < s.x.count(); ++i) {
        const double v = s.x.min + i * s.x.step;
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#ddd\"/>"
                              "<text x=\"%1\" y=\"%4\" text-anchor=\"middle\">%5</text>")
                   .arg(num(s.px(v)))
                   .arg(kTop)
                   .arg(kTop + kPlotHeight)
                   .arg(kTop + kPlotHeight + 14)
                   .arg(QString::number(v, 'g', 4));
    }
    for (int i = 0; i < s.y.count(); ++i) {
        const double v = s.y.min + i * s.y.step;
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#ddd\"/>"
                              "<text x=\"%4\" y=\"%5\" text-anchor=\"end\">%6</text>")
                   .arg(kLeft)
                   .arg(num(s.py(v)))
                   .arg(kWidth - kRight)
                   .arg(kLeft - 4)
                   .arg(num(s.py(v) + 4))
                   .arg(QString::number(v, 'g', 4));
    }
    return out
        + QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
              .arg(kLeft + (kWidth - kLeft - kRight) / 2)
              .arg(kTop + kPlotHeight + 30)
              .arg(QString(xLabel + QStringLiteral("; ") + yLabel).toHtmlEscaped());
}

QPointF pointOf(const StepLane &s, LoadSvg::Chart chart)
{
    if (chart == LoadSvg::Chart::Goodput)
        return {s.value, s.goodputPerS};
    return {s.requestsPerS, s.ttftMs.isEmpty() ? 0.0 : s.ttftMs.p90};
}

} // namespace

QString LoadSvg::chart(const QString &title, const QList<StepLane> &lanes, const Load &load, Chart chart)
{
    const QList<QList<StepLane>> byLane = StepSummary::byLane(lanes);
    double maxX = 0, maxY = 0;
    for (const StepLane &s : lanes) {
        const QPointF p = pointOf(s, chart);
        maxX = qMax(maxX, p.x());
        maxY = qMax(maxY, p.y());
    }
    const Scale sc{NiceTicks::cover(0, maxX > 0 ? maxX * 1.05 : 1, 6),
                   NiceTicks::cover(0, maxY > 0 ? maxY * 1.08 : 1, 6)};
    const QString xLabel = chart == Chart::Goodput
        ? (load.openLoop() ? Tr::tr("offered load, requests/s") : Tr::tr("concurrency"))
        : Tr::tr("throughput, requests/s served");
    const QString yLabel = chart == Chart::Goodput ? Tr::tr("goodput, requests/s that met every SLO")
                                                   : Tr::tr("TTFT p90 in ms (ringed: the knee)");
    const int legendTop = kTop + kPlotHeight + 48;
    QString out = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "font-family=\"sans-serif\" font-size=\"11\"><text x=\"0\" y=\"16\" "
                                 "font-size=\"13\" font-weight=\"bold\">%3</text>")
                      .arg(kWidth)
                      .arg(legendTop + int(byLane.size()) * kLegendRow + 8)
                      .arg(title.toHtmlEscaped());
    out += axes(sc, xLabel, yLabel);
    for (qsizetype i = 0; i < byLane.size(); ++i) {
        QList<StepLane> lane = byLane.at(i);
        std::stable_sort(lane.begin(), lane.end(),
                         [](const StepLane &a, const StepLane &b) { return a.value < b.value; });
        const QString colour = QLatin1String(kColors[i % 10]);
        const std::optional<int> knee = StepSummary::knee(lane, !load.slos.isEmpty());
        QStringList points;
        for (const StepLane &s : lane) {
            const QPointF p = pointOf(s, chart);
            points.append(num(sc.px(p.x())) + u',' + num(sc.py(p.y())));
            out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3.5\" fill=\"%3\"/>")
                       .arg(num(sc.px(p.x())), num(sc.py(p.y())), colour);
            if (knee && s.step == *knee && chart == Chart::LatencyThroughput)
                out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"8\" fill=\"none\" stroke=\"%3\" "
                                      "stroke-width=\"2\"/>")
                           .arg(num(sc.px(p.x())), num(sc.py(p.y())), colour);
        }
        out += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" points=\"%2\"/>").arg(colour, points.join(u' '));
        const int y = legendTop + int(i) * kLegendRow;
        out += QStringLiteral("<rect x=\"0\" y=\"%1\" width=\"10\" height=\"10\" fill=\"%2\"/>"
                              "<text x=\"16\" y=\"%3\">%4</text>")
                   .arg(y - 9)
                   .arg(colour)
                   .arg(y)
                   .arg(QString(lane.first().model + QStringLiteral(" · ") + lane.first().region).toHtmlEscaped());
    }
    return out + QStringLiteral("</svg>");
}
