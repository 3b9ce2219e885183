#include "reportfile.h"

#include "report/jsonreport.h"
#include "report/leaderboard.h"
#include "report/reportreader.h"
#include "reportpdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

// This file's strings, in the "ReportFile" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportFile)
};

struct Entry
{
    ReportFile::Format format;
    const char *name;
    const char *suffix;
};

constexpr Entry kEntries[] = {
    {ReportFile::Format::Table, "table", "txt"},    {ReportFile::Format::Json, "json", "json"},
    {ReportFile::Format::SummaryCsv, "csv", "csv"}, {ReportFile::Format::RequestsCsv, "requests-csv", "csv"},
    {ReportFile::Format::Markdown, "md", "md"},     {ReportFile::Format::Html, "html", "html"},
    {ReportFile::Format::Pdf, "pdf", "pdf"},
};

} // namespace

std::optional<ReportFile::Format> ReportFile::fromName(const QString &name)
{
    for (const Entry &e : kEntries) {
        if (name == QLatin1String(e.name))
            return e.format;
    }
    return std::nullopt;
}

QString ReportFile::nameOf(Format format)
{
    for (const Entry &e : kEntries) {
        if (e.format == format)
            return QLatin1String(e.name);
    }
    return {};
}

QStringList ReportFile::names()
{
    QStringList out;
    for (const Entry &e : kEntries)
        out << QLatin1String(e.name);
    return out;
}

QString ReportFile::suffixOf(Format format)
{
    for (const Entry &e : kEntries) {
        if (e.format == format)
            return QLatin1String(e.suffix);
    }
    return {};
}

std::optional<ReportFile::Format> ReportFile::fromPath(const QString &path, Format csv)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return csv == Format::RequestsCsv ? Format::RequestsCsv : Format::SummaryCsv;
    if (suffix == u"htm")
        return Format::Html;
    for (const Entry &e : kEntries) {
        if (suffix == QLatin1String(e.suffix))
            return e.format;
    }
    return std::nullopt;
}

QByteArray ReportFile::render(const LoadedReport &report, Format format, const ReportOptions &options)
{
    switch (format) {
    case Format::Json:
        return QJsonDocument(JsonReport::toJson(report.result, report.catalog)).toJson(QJsonDocument::Indented);
    case Format::Table:
        return ReportExport::table(report, options).toUtf8();
    case Format::SummaryCsv:
        return ReportExport::summaryCsv(report, options).toUtf8();
    case Format::RequestsCsv:
        return ReportExport::requestsCsv(report).toUtf8();
    case Format::Markdown:
        return ReportExport::markdown(report, options).toUtf8();
    case Format::Html:
        return ReportExport::html(report, options).toUtf8();
    case Format::Pdf:
        break;
    }
    return {};
}

bool ReportFile::write(const LoadedReport &report, Format format, const QString &path, const ReportOptions &options,
                       QString *error)
{
    if (format == Format::Pdf)
        return ReportPdf::write(report, options, path, error);
    const QByteArray bytes = render(report, format, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
