#include "reportexporter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>

namespace {

struct Offer
{
    ReportFile::Format format;
    const char *text; // translated in the "ReportExporter" context
};

const Offer kOffers[] = {
    {ReportFile::Format::Pdf, QT_TRANSLATE_NOOP("ReportExporter", "PDF document (*.pdf)")},
    {ReportFile::Format::Html, QT_TRANSLATE_NOOP("ReportExporter", "HTML page (*.html *.htm)")},
    {ReportFile::Format::Markdown, QT_TRANSLATE_NOOP("ReportExporter", "Markdown (*.md)")},
    {ReportFile::Format::SummaryCsv, QT_TRANSLATE_NOOP("ReportExporter", "CSV, one row per model and region (*.csv)")},
    {ReportFile::Format::RequestsCsv, QT_TRANSLATE_NOOP("ReportExporter", "CSV, one row per request (*.csv)")},
    {ReportFile::Format::Json, QT_TRANSLATE_NOOP("ReportExporter", "Tokenmeter report, JSON (*.json)")},
    {ReportFile::Format::Table, QT_TRANSLATE_NOOP("ReportExporter", "Plain-text leaderboard (*.txt)")},
};

// A file name from the run's title: letters, digits and dashes.
QString fileNameOf(const QString &title)
{
    QString name;
    for (const QChar c : title)
        name += c.isLetterOrNumber() ? c : QChar(u'-');
    while (name.contains(QStringLiteral("--")))
        name.replace(QStringLiteral("--"), QStringLiteral("-"));
    name = name.mid(0, 80);
    while (name.endsWith(u'-'))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("tokenmeter-run") : name;
}

} // namespace

ReportExporter::ReportExporter(QObject *parent)
    : QObject(parent)
{ }

QStringList ReportExporter::filters()
{
    QStringList out;
    for (const Offer &o : kOffers)
        out << tr(o.text);
    return out;
}

ReportFile::Format ReportExporter::formatOfFilter(const QString &filter)
{
    for (const Offer &o : kOffers) {
        if (filter == tr(o.text))
            return o.format;
    }
    return ReportFile::Format::Pdf;
}

void ReportExporter::exportWithDialog(QWidget *parent, const LoadedReport &report, const ReportOptions &options)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(parent, tr("Export the run"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(filters());
    dialog->setDirectory(dir);
    // No suffix: the type picked adds its own; a typed one decides the format.
    dialog->selectFile(fileNameOf(ReportExport::titleOf(report, options)));
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, report, options](const QString &path) {
        // The file type decides; a name without a known one takes the filter's.
        const ReportFile::Format chosen = formatOfFilter(dialog->selectedNameFilter());
        if (const std::optional<ReportFile::Format> typed = ReportFile::fromPath(path, chosen))
            write(report, *typed, path, options);
        else if (QFileInfo(path).suffix().isEmpty())
            write(report, chosen, path + u'.' + ReportFile::suffixOf(chosen), options);
        else
            write(report, chosen, path, options);
    });
    dialog->open();
}

void ReportExporter::write(const LoadedReport &report, ReportFile::Format format, const QString &path,
                           const ReportOptions &options)
{
    ++m_busy;
    Q_EMIT started(path);
    QPointer<ReportExporter> self(this);
    QThreadPool::globalInstance()->start([self, report, format, path, options] {
        QString error;
        ReportFile::write(report, format, path, options, &error);
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, error] {
                if (!self)
                    return;
                --self->m_busy;
                Q_EMIT self->finished(path, error);
            },
            Qt::QueuedConnection);
    });
}
