#pragma once

#include "catalog/catalog.h"
#include "run/runresult.h"

#include <QByteArray>
#include <QString>

#include <optional>

// A run read back from a saved report, with the catalog of its run time: the
// prices it was costed at (over the built-in tiers and bands), so a report
// re-exported later says what it said then.
struct LoadedReport
{
    RunResult result;
    Catalog catalog;
};

// Reads "tokenmeter.report/2" files, and the older "/1". Every problem is a message naming the
// file, the line and the field ("run.json:812: requests[40].ttft_ms: expected
// a number from 0 to 2000000"); nothing in a report, however hostile, can
// crash the reader or reach a run unchecked.
namespace ReportReader {

inline constexpr qint64 kMaxBytes = qint64(1) << 30; // 1 GiB: far above 100,000 requests

std::optional<LoadedReport> load(const QString &path, QString *error);
std::optional<LoadedReport> parse(const QByteArray &json, const QString &sourceName, QString *error);

} // namespace ReportReader
