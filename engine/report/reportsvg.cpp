#include "reportsvg.h"

#include "core/niceticks.h"
#include "leaderboard.h"
#include "plan/runplan.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

// This file's strings, in the "ReportSvg" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportSvg)
};

constexpr int kWidth = 720, kLabelWidth = 240, kValueWidth = 64, kRowHeight = 16, kTop = 50;
constexpr int kMaxLabelChars = 38; // about kLabelWidth at 11 px sans

const char *const kColors[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

std::optional<double> p50Of(const LeaderboardRow &r, ReportSvg::Metric metric)
{
    if (metric == ReportSvg::Metric::Ttft)
        return r.ttftP50();
    return r.lane.tokensPerS.isEmpty() ? std::nullopt : std::optional<double>(r.lane.tokensPerS.p50);
}

std::optional<double> p90Of(const LeaderboardRow &r, ReportSvg::Metric metric)
{
    if (metric == ReportSvg::Metric::Ttft)
        return r.ttftP90();
    return r.lane.tokensPerS.isEmpty() ? std::nullopt : std::optional<double>(r.lane.tokensPerS.p90);
}

std::optional<double> publishedOf(const LeaderboardRow &r, ReportSvg::Metric metric)
{
    return metric == ReportSvg::Metric::Ttft ? r.comparablePublishedTtftMs() : r.publishedTokensPerS;
}

int regionIndex(const RunPlan &plan, const QString &id)
{
    for (qsizetype i = 0; i < plan.regions.size(); ++i) {
        if (plan.regions.at(i).id == id)
            return int(i);
    }
    return 0;
}

QString regionName(const RunPlan &plan, const QString &id)
{
    const Region &r = plan.regions.value(regionIndex(plan, id));
    return r.name.isEmpty() ? id : r.name;
}

QString legend(const RunPlan &plan, bool published)
{
    QString out;
    int x = 0;
    const auto item = [&out, &x](const QString &swatch, const QString &text) {
        out += swatch.arg(x) + QStringLiteral("<text x=\"%1\" y=\"38\">%2</text>").arg(x + 14).arg(esc(text));
        x += 24 + int(text.size()) * 7;
    };
    for (qsizetype i = 0; i < plan.regions.size(); ++i) {
        item(QStringLiteral("<rect x=\"%1\" y=\"29\" width=\"10\" height=\"10\" fill=\"")
                 + QLatin1String(kColors[i % 4]) + QStringLiteral("\"/>"),
             regionName(plan, plan.regions.at(i).id));
    }
    item(QStringLiteral("<line x1=\"%1\" x2=\"%1\" y1=\"29\" y2=\"39\" stroke=\"#333\"/>"), Tr::tr("line to p90"));
    if (published)
        item(QStringLiteral("<rect x=\"%1\" y=\"31\" width=\"7\" height=\"7\" fill=\"#000\"/>"),
             Tr::tr("published (study, not measured)"));
    return out;
}

} // namespace

QString ReportSvg::bars(const QString &title, const QList<LeaderboardRow> &rows, const RunPlan &plan, Metric metric)
{
    double top = 0;
    bool anyPublished = false;
    for (const LeaderboardRow &r : rows) {
        top = std::max({top, p90Of(r, metric).value_or(0), p50Of(r, metric).value_or(0)});
        anyPublished |= publishedOf(r, metric).has_value();
        top = std::max(top, publishedOf(r, metric).value_or(0));
    }
    const NiceTicks ticks = NiceTicks::cover(0, std::max(top, 1.0), 6);
    const double plotWidth = kWidth - kLabelWidth - kValueWidth;
    const auto xOf = [&](double v) { return kLabelWidth + std::clamp(v / ticks.max, 0.0, 1.0) * plotWidth; };
    const int plotBottom = kTop + kRowHeight * int(rows.size());
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "font-family=\"sans-serif\" font-size=\"11\">")
                      .arg(kWidth)
                      .arg(plotBottom + 22);
    svg += QStringLiteral("<text x=\"0\" y=\"16\" font-size=\"13\" font-weight=\"bold\">%1</text>").arg(esc(title));
    svg += legend(plan, anyPublished);
    for (const double t : ticks.values()) {
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%1\" y1=\"%2\" y2=\"%3\" stroke=\"#ddd\"/>"
                              "<text x=\"%1\" y=\"%4\" text-anchor=\"middle\" fill=\"#555\">%5</text>")
                   .arg(num(xOf(t)))
                   .arg(kTop - 2)
                   .arg(plotBottom)
                   .arg(plotBottom + 14)
                   .arg(QString::number(t, 'f', ticks.step < 1 ? 1 : 0));
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const LeaderboardRow &r = rows.at(i);
        const int y = kTop + int(i) * kRowHeight;
        const QString label = r.name + QStringLiteral(" · ") + regionName(plan, r.lane.region);
        const QString shown = label.size() > kMaxLabelChars ? label.left(kMaxLabelChars - 1) + u'…' : label;
        svg += QStringLiteral("<text x=\"0\" y=\"%1\">%2</text>").arg(y + 12).arg(esc(shown));
        const std::optional<double> p50 = p50Of(r, metric), p90 = p90Of(r, metric);
        if (p50) {
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"11\" fill=\"%4\"/>")
                       .arg(kLabelWidth)
                       .arg(y + 3)
                       .arg(num(xOf(*p50) - kLabelWidth))
                       .arg(QLatin1String(kColors[regionIndex(plan, r.lane.region) % 4]));
            if (p90 && *p90 > *p50)
                svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#333\"/>")
                           .arg(num(xOf(*p50)), num(xOf(*p90)))
                           .arg(y + 8);
        }
        const std::optional<double> published = publishedOf(r, metric);
        if (published)
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"7\" height=\"7\" fill=\"#000\"/>")
                       .arg(num(xOf(*published) - 3.5))
                       .arg(y + 5);
        // The figure right of everything drawn on its row, so nothing covers it.
        const double right = std::max(
            {p50 ? xOf(*p50) : 0.0, p90 ? xOf(*p90) : 0.0, published ? xOf(*published) + 4 : 0.0, double(kLabelWidth)});
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                   .arg(num(right + 4))
                   .arg(y + 12)
                   .arg(p50 ? QString::number(*p50, 'f', metric == Metric::Ttft ? 0 : 1) : QStringLiteral("-"));
    }
    return svg + QStringLiteral("</svg>");
}
