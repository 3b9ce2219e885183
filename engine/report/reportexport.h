#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct LoadedReport;

// A report's tables, once, for every export format.
struct ReportTable
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
    QString note; // what the reader needs to read it right
};

// Exports of a run beyond its JSON: CSV (one row per request, or per model
// and region), Markdown (the published study's tables with p90/p99, ready to
// paste into a post) and a self-contained HTML page with the charts inline.
namespace ReportExport {

QList<ReportTable> tables(const LoadedReport &report);

QString requestsCsv(const LoadedReport &report);
QString summaryCsv(const LoadedReport &report);
QString markdown(const LoadedReport &report);
// The charts as standalone SVG documents, in the order html() shows them.
QStringList svgCharts(const LoadedReport &report);
// With `imageCharts`, each chart is <img src="chart:N"> for a renderer that
// cannot draw inline SVG (the PDF writer supplies the images).
QString html(const LoadedReport &report, bool imageCharts = false);

} // namespace ReportExport
