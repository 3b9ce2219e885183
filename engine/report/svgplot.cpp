#include "svgplot.h"

namespace SvgPlot {

QString number(double v)
{
    return QString::number(v, 'f', 1);
}

QString colour(qsizetype index)
{
    static const char *const colours[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
                                          "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    return QLatin1String(colours[index % 10]);
}

QString open(const QString &title, qsizetype rows)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                          "font-family=\"sans-serif\" font-size=\"11\"><text x=\"0\" y=\"16\" "
                          "font-size=\"13\" font-weight=\"bold\">%3</text>")
        .arg(kWidth)
        .arg(kLegendTop + int(rows) * kLegendRow + 8)
        .arg(title.toHtmlEscaped());
}

QString axes(const Scale &s, const QString &caption, const std::function<QString(double)> &label)
{
    QString out;
    for (int i = 0; i < s.x.count(); ++i) {
        const double v = s.x.min + i * s.x.step;
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#ddd\"/>"
                              "<text x=\"%1\" y=\"%4\" text-anchor=\"middle\">%5</text>")
                   .arg(number(s.px(v)))
                   .arg(kTop)
                   .arg(kTop + kPlotHeight)
                   .arg(kTop + kPlotHeight + 14)
                   .arg(label(v));
    }
    for (int i = 0; i < s.y.count(); ++i) {
        const double v = s.y.min + i * s.y.step;
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#ddd\"/>"
                              "<text x=\"%4\" y=\"%5\" text-anchor=\"end\">%6</text>")
                   .arg(kLeft)
                   .arg(number(s.py(v)))
                   .arg(kWidth - kRight)
                   .arg(kLeft - 4)
                   .arg(number(s.py(v) + 4))
                   .arg(label(v));
    }
    return out
        + QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
              .arg(kLeft + (kWidth - kLeft - kRight) / 2)
              .arg(kTop + kPlotHeight + 30)
              .arg(caption.toHtmlEscaped());
}

QString legendRow(qsizetype row, const QString &colour, const QString &text)
{
    const int y = kLegendTop + int(row) * kLegendRow;
    return QStringLiteral("<rect x=\"0\" y=\"%1\" width=\"10\" height=\"10\" fill=\"%2\"/>"
                          "<text x=\"16\" y=\"%3\">%4</text>")
        .arg(y - 9)
        .arg(colour)
        .arg(y)
        .arg(text.toHtmlEscaped());
}

} // namespace SvgPlot
