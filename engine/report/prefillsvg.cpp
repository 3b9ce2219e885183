#include "prefillsvg.h"

#include "core/format.h"
#include "core/niceticks.h"
#include "prefillfit.h"

#include <QCoreApplication>

namespace {

// This file's strings, in the "PrefillSvg" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrefillSvg)
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

QString axes(const Scale &s)
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
                   .arg(Format::integer(qRound64(v)));
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
                   .arg(Format::integer(qRound64(v)));
    }
    return out
        + QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
              .arg(kLeft + (kWidth - kLeft - kRight) / 2)
              .arg(kTop + kPlotHeight + 30)
              .arg(Tr::tr("input tokens (the server's count); TTFT p50 in ms").toHtmlEscaped());
}

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
    const Scale s{NiceTicks::cover(0, maxX > 0 ? maxX * 1.05 : 1000, 6),
                  NiceTicks::cover(0, maxY > 0 ? maxY * 1.08 : 1000, 6)};
    const int legendTop = kTop + kPlotHeight + 48;
    const int height = legendTop + int(fits.size()) * kLegendRow + 8;
    QString out = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "font-family=\"sans-serif\" font-size=\"11\"><text x=\"0\" y=\"16\" "
                                 "font-size=\"13\" font-weight=\"bold\">%3</text>")
                      .arg(kWidth)
                      .arg(height)
                      .arg(title.toHtmlEscaped());
    out += axes(s);
    for (qsizetype i = 0; i < fits.size(); ++i) {
        const PrefillFit &f = fits.at(i);
        const QString colour = QLatin1String(kColors[i % 10]);
        const double end = f.steps.isEmpty() ? 0 : f.steps.constLast().inputTokens;
        // From where the line enters the plot (TTFT 0 or more) to the longest input.
        const double start = f.interceptMs < 0 && f.slopeMsPerToken > 0 ? qMin(end, -f.interceptMs / f.slopeMsPerToken)
                                                                        : 0.0;
        const auto at = [&f](double x) { return f.interceptMs + f.slopeMsPerToken * x; };
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\"/>")
                   .arg(num(s.px(start)), num(s.py(at(start))), num(s.px(end)), num(s.py(at(end))), colour);
        for (const PrefillFit::Step &step : f.steps)
            out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3.5\" fill=\"%3\"/>")
                       .arg(num(s.px(step.inputTokens)), num(s.py(step.ttftP50Ms)), colour);
        const QString rate = f.rate()
            ? Tr::tr("~%1 input tokens/s (95%: %2–%3)")
                  .arg(Format::integer(qRound64(*f.rate())), Format::integer(qRound64(f.rateLow().value_or(0))),
                       f.rateHigh() ? Format::integer(qRound64(*f.rateHigh())) : QStringLiteral("∞"))
            : Tr::tr("no prefill rate");
        const int y = legendTop + int(i) * kLegendRow;
        out += QStringLiteral("<rect x=\"0\" y=\"%1\" width=\"10\" height=\"10\" fill=\"%2\"/>"
                              "<text x=\"16\" y=\"%3\">%4</text>")
                   .arg(y - 9)
                   .arg(colour)
                   .arg(y)
                   .arg(QString(f.model + QStringLiteral(" · ") + f.region + QStringLiteral(": ") + rate)
                            .toHtmlEscaped());
    }
    return out + QStringLiteral("</svg>");
}
