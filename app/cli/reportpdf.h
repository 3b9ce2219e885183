#pragma once

#include <QString>

struct LoadedReport;

// The HTML report laid out on A4 pages, charts included, written atomically.
// Needs a QGuiApplication (tokenmeter-cli makes one for --format pdf).
bool writeReportPdf(const LoadedReport &report, const QString &path, QString *error);
