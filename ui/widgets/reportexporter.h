#pragma once

#include "document/reportfile.h"
#include "report/reportreader.h"

#include <QObject>

class QWidget;

// Saves a run in any report format from the window (File and History →
// Export): the format follows the file type picked, the bytes are those of
// `tokenmeter-cli report` (ReportFile), and the writing happens on a worker
// thread so a PDF never freezes the window.
class ReportExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExporter)

public:
    explicit ReportExporter(QObject *parent = nullptr);

    // Asks where (a file dialog over `parent`), then writes.
    void exportWithDialog(QWidget *parent, const LoadedReport &report, const ReportOptions &options);
    // Writes in the background; finished() says how it went.
    void write(const LoadedReport &report, ReportFile::Format format, const QString &path,
               const ReportOptions &options);
    bool isBusy() const { return m_busy > 0; }

    // The file dialog's filters, one per format, in the order offered.
    static QStringList filters();
    static ReportFile::Format formatOfFilter(const QString &filter);

Q_SIGNALS:
    void started(const QString &path);
    // An empty error: written.
    void finished(const QString &path, const QString &error);

private:
    int m_busy = 0;
};
