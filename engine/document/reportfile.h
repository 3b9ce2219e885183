#pragma once

#include "report/reportexport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

struct LoadedReport;

// Every way a run leaves Tokenmeter, for both faces: `tokenmeter-cli report`
// and the window's Export write the same bytes through here.
namespace ReportFile {

enum class Format { Table, Json, SummaryCsv, RequestsCsv, Markdown, Html, Pdf };

// The CLI's --format names: table, json, csv, requests-csv, md, html, pdf.
std::optional<Format> fromName(const QString &name);
QString nameOf(Format format);
QStringList names();
// The format a file name asks for by its suffix (.json, .csv, .md, .html,
// .htm, .pdf, .txt); a .csv is `csv` (per lane or per request, as chosen).
std::optional<Format> fromPath(const QString &path, Format csv = Format::SummaryCsv);
QString suffixOf(Format format);

// The bytes of a text format (every one but Pdf).
QByteArray render(const LoadedReport &report, Format format, const ReportOptions &options = {});
// Writes atomically (a file half written is never left behind). Pdf needs a QGuiApplication.
bool write(const LoadedReport &report, Format format, const QString &path, const ReportOptions &options,
           QString *error);

} // namespace ReportFile
