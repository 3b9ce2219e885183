#pragma once

#include "run/lanesummary.h"

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

// How a report is written: which TTFT, under which name.
struct ReportOptions
{
    TtftKind ttft = TtftKind::FirstToken;
    QString title; // the run's name; empty: "Tokenmeter run, <start time>"
};

// Exports of a run beyond its JSON: CSV (one row per request, or per model
// and region), Markdown (the published study's tables with p90/p99, ready to
// paste into a post) and a self-contained HTML page with the charts inline.
namespace ReportExport {

QList<ReportTable> tables(const LoadedReport &report, const ReportOptions &options = {});
// The heading of every export: the title, or "Tokenmeter run, <start time>".
QString titleOf(const LoadedReport &report, const ReportOptions &options);
// What a reader must know before any figure (simulated, unfinished, time scale).
QStringList warnings(const LoadedReport &report);

QString requestsCsv(const LoadedReport &report);
// The leaderboard as CSV; a sweep's steps instead, which one leaderboard cannot pool.
QString summaryCsv(const LoadedReport &report, const ReportOptions &options = {});
// The terminal's table: the leaderboard, then a timed run's steps (a sweep's steps alone).
QString table(const LoadedReport &report, const ReportOptions &options = {});
QString markdown(const LoadedReport &report, const ReportOptions &options = {});
// The charts as standalone SVG documents, in the order html() shows them.
QStringList svgCharts(const LoadedReport &report, const ReportOptions &options = {});
// With `imageCharts`, each chart is <img src="chart:N"> for a renderer that
// cannot draw inline SVG (the PDF writer supplies the images).
QString html(const LoadedReport &report, const ReportOptions &options = {}, bool imageCharts = false);

} // namespace ReportExport
