#include "loadsvg.h"

#include "report/svgplot.h"

#include <QCoreApplication>
#include <QPointF>

namespace {

// This file's strings, in the "LoadSvg" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LoadSvg)
};

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
    const SvgPlot::Scale sc{NiceTicks::cover(0, maxX > 0 ? maxX * 1.05 : 1, 6),
                            NiceTicks::cover(0, maxY > 0 ? maxY * 1.08 : 1, 6)};
    const QString xLabel = chart == Chart::Goodput
        ? (load.openLoop() ? Tr::tr("offered load, requests/s") : Tr::tr("concurrency"))
        : Tr::tr("throughput, requests/s served");
    const QString yLabel = chart == Chart::Goodput ? Tr::tr("goodput, requests/s that met every SLO")
                                                   : Tr::tr("TTFT p90 in ms (ringed: the knee)");
    QString out = SvgPlot::open(title, byLane.size());
    out += SvgPlot::axes(sc, xLabel + QStringLiteral("; ") + yLabel,
                         [](double v) { return QString::number(v, 'g', 4); });
    for (qsizetype i = 0; i < byLane.size(); ++i) {
        const QList<StepLane> &lane = byLane.at(i);
        const QString colour = SvgPlot::colour(i);
        const std::optional<int> knee = StepSummary::knee(lane, !load.slos.isEmpty());
        QStringList points;
        for (const StepLane &s : lane) {
            const QPointF p = pointOf(s, chart);
            points.append(SvgPlot::number(sc.px(p.x())) + u',' + SvgPlot::number(sc.py(p.y())));
            out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3.5\" fill=\"%3\"/>")
                       .arg(SvgPlot::number(sc.px(p.x())), SvgPlot::number(sc.py(p.y())), colour);
            if (knee && s.step == *knee && chart == Chart::LatencyThroughput)
                out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"8\" fill=\"none\" stroke=\"%3\" "
                                      "stroke-width=\"2\"/>")
                           .arg(SvgPlot::number(sc.px(p.x())), SvgPlot::number(sc.py(p.y())), colour);
        }
        out += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" points=\"%2\"/>").arg(colour, points.join(u' '));
        out += SvgPlot::legendRow(i, colour, lane.first().model + QStringLiteral(" · ") + lane.first().region);
    }
    return out + QStringLiteral("</svg>");
}
