#include "prefillsvg.h"

#include "core/format.h"
#include "prefillfit.h"
#include "svgplot.h"

#include <QCoreApplication>

namespace {

// This file's strings, in the "PrefillSvg" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrefillSvg)
};

} // namespace

QString PrefillSvg::chart(const QString &title, const QList<PrefillFit> &fits)
{
    double maxX = 0, maxY = 0;
    for (const PrefillFit &f : fits) {
        for (const PrefillFit::Step &s : f.steps) {
            maxX = qMax(maxX, s.inputTokens);
            maxY = qMax(maxY, s.ttftP50Ms);
        }
    }
    const SvgPlot::Scale s{NiceTicks::cover(0, maxX > 0 ? maxX * 1.05 : 1000, 6),
                           NiceTicks::cover(0, maxY > 0 ? maxY * 1.08 : 1000, 6)};
    QString out = SvgPlot::open(title, fits.size());
    out += SvgPlot::axes(s, Tr::tr("input tokens (the server's count); TTFT p50 in ms"),
                         [](double v) { return Format::integer(qRound64(v)); });
    for (qsizetype i = 0; i < fits.size(); ++i) {
        const PrefillFit &f = fits.at(i);
        const QString colour = SvgPlot::colour(i);
        const double end = f.steps.isEmpty() ? 0 : f.steps.constLast().inputTokens;
        // From where the line enters the plot (TTFT 0 or more) to the longest input.
        const double start = f.interceptMs < 0 && f.slopeMsPerToken > 0 ? qMin(end, -f.interceptMs / f.slopeMsPerToken)
                                                                        : 0.0;
        const auto at = [&f](double x) { return f.interceptMs + f.slopeMsPerToken * x; };
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\"/>")
                   .arg(SvgPlot::number(s.px(start)), SvgPlot::number(s.py(at(start))), SvgPlot::number(s.px(end)),
                        SvgPlot::number(s.py(at(end))), colour);
        for (const PrefillFit::Step &step : f.steps)
            out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3.5\" fill=\"%3\"/>")
                       .arg(SvgPlot::number(s.px(step.inputTokens)), SvgPlot::number(s.py(step.ttftP50Ms)), colour);
        const QString rate = f.rate()
            ? Tr::tr("~%1 input tokens/s (95%: %2–%3)")
                  .arg(Format::integer(qRound64(*f.rate())), Format::integer(qRound64(f.rateLow().value_or(0))),
                       f.rateHigh() ? Format::integer(qRound64(*f.rateHigh())) : QStringLiteral("∞"))
            : Tr::tr("no prefill rate");
        out += SvgPlot::legendRow(i, colour, f.model + QStringLiteral(" · ") + f.region + QStringLiteral(": ") + rate);
    }
    return out + QStringLiteral("</svg>");
}
