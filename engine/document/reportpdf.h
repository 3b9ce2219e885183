#pragma once

#include <QString>

struct LoadedReport;
struct ReportOptions;

// The HTML report laid out on landscape A4 pages: a header on every page
// (the run's name, its date, the page), the simulated banner as in the
// window, the charts with their legends and tables whose cells never break
// inside a word. Written atomically. Needs a QGuiApplication.
namespace ReportPdf {

bool write(const LoadedReport &report, const ReportOptions &options, const QString &path, QString *error);

} // namespace ReportPdf
