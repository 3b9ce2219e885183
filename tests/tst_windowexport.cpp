// Every report format written from the window, through its file dialog, is
// what `tokenmeter-cli report` writes from the same run; History → Export too.
#include "catalog/catalog.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "models/catalogmodel.h"
#include "models/historymodel.h"
#include "run/runresult.h"
#include "run/runstate.h"
#include "settings/appsettings.h"
#include "widgets/historypanel.h"
#include "widgets/reportexporter.h"
#include "widgets/runsettingspanel.h"

#include <QFileDialog>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// tokenmeter-cli's exit code; its stdout in *out.
int cli(const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.start(QStringLiteral(TOKENMETER_CLI), args);
    if (!p.waitForFinished(60000))
        return -1;
    *out = p.readAllStandardOutput();
    return p.exitCode();
}

} // namespace

class TestWindowExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyFormatFromTheWindowMatchesTheCli();

private:
    // Opens File → Export, picks `filter`, names `path`, accepts; waits for the file.
    bool exportThroughDialog(MainWindow *window, const QString &filter, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWindowExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestWindowExport::exportThroughDialog(MainWindow *window, const QString &filter, const QString &path)
{
    // The dialogs of earlier exports close now and are deleted later.
    QFileDialog *dialog = nullptr;
    for (QFileDialog *d : window->findChildren<QFileDialog *>(QStringLiteral("exportDialog")))
        dialog = d->isVisible() ? d : dialog;
    if (!dialog)
        return false;
    QSignalSpy finished(window->exporter(), &ReportExporter::finished);
    dialog->selectNameFilter(filter);
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept"); // protected; a slot all the same
    if (!finished.wait(60000))
        return false;
    const QString error = finished.at(0).at(1).toString();
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty();
}

void TestWindowExport::everyFormatFromTheWindowMatchesTheCli()
{
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    HistoryStore history;
    QString error;
    QVERIFY2(history.open(m_dir->filePath(QStringLiteral("history.sqlite")), &error), qPrintable(error));
    MainWindow window(&catalog, &settings, &history);
    window.show();
    QVERIFY(!window.shownReport());
    window.catalogModel()->setCheckedIds({QStringLiteral("qwen3-8b"), QStringLiteral("deepseek-r1")});
    RunSettings s;
    s.simulated = true;
    s.simulatedRegions = {QStringLiteral("us-east"), QStringLiteral("asia")};
    s.timeScale = 20;
    s.iterations = 2;
    s.warmup = 0;
    window.settingsPanel()->setSettings(s);
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QVERIFY(window.startRun());
    QVERIFY2(finished.wait(60000), "the run did not finish within 60 s");
    QVERIFY(window.shownReport());

    // The JSON first: the CLI re-exports it for the byte-for-byte comparison.
    const QString json = m_dir->filePath(QStringLiteral("run.json"));
    window.exportShownRun();
    QVERIFY(exportThroughDialog(&window, ReportExporter::filters().at(5), json));
    QVERIFY(readAll(json).contains("\"tokenmeter.report/2\""));
    const QList<QPair<ReportFile::Format, QString>> formats{{ReportFile::Format::Table, QStringLiteral("table")},
                                                            {ReportFile::Format::SummaryCsv, QStringLiteral("csv")},
                                                            {ReportFile::Format::RequestsCsv,
                                                             QStringLiteral("requests-csv")},
                                                            {ReportFile::Format::Markdown, QStringLiteral("md")},
                                                            {ReportFile::Format::Html, QStringLiteral("html")}};
    for (const auto &[format, name] : formats) {
        // No suffix typed: the filter's is added, and decides the format.
        const QString base = m_dir->filePath(QStringLiteral("run-") + name);
        QString filter;
        for (const QString &f : ReportExporter::filters()) {
            if (ReportExporter::formatOfFilter(f) == format)
                filter = f;
        }
        window.exportShownRun();
        QVERIFY2(exportThroughDialog(&window, filter, base), qPrintable(name));
        const QString path = base + u'.' + ReportFile::suffixOf(format);
        QByteArray fromCli;
        QCOMPARE(cli({QStringLiteral("report"), json, QStringLiteral("--format"), name}, &fromCli), 0);
        QVERIFY2(!fromCli.isEmpty(), qPrintable(name));
        QCOMPARE(readAll(path), fromCli);
    }
    // A PDF, named .pdf under another filter: the file type decides.
    const QString pdf = m_dir->filePath(QStringLiteral("run.pdf"));
    window.exportShownRun();
    QVERIFY(exportThroughDialog(&window, ReportExporter::filters().at(2), pdf));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));

    // History → Export: the run under its history name.
    QTRY_COMPARE_WITH_TIMEOUT(history.runs().value(0).state, HistoryRun::State::Finished, 10000);
    HistoryPanel *panel = window.historyPanel();
    QVERIFY(panel);
    panel->reload();
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), int(history.runs().size()), 10000);
    panel->select({history.runs().constFirst().id});
    // The run is read off the GUI thread; the window's export dialog opens when it comes.
    QSignalSpy exportRequested(panel, &HistoryPanel::exportRequested);
    QVERIFY2(panel->exportSelected(&error), qPrintable(error));
    QVERIFY(exportRequested.wait(10000));
    QCOMPARE(exportRequested.at(0).at(1).toString(), history.runs().constFirst().name);
    QCOMPARE(exportRequested.at(0).at(0).value<LoadedReport>().result.records.size(), 2 * 2 * 2);
    // The window asks where to save it (the dialog's own workings are tested above).
    QFileDialog *dialog = nullptr;
    for (QFileDialog *d : window.findChildren<QFileDialog *>(QStringLiteral("exportDialog")))
        dialog = d->isVisible() ? d : dialog;
    QVERIFY(dialog);
    dialog->reject();
    // Nothing selected: a clear message, no dialog.
    panel->select({});
    QVERIFY(!panel->exportSelected(&error));
    QVERIFY(error.contains(QStringLiteral("Select one run")));
}

QTEST_MAIN(TestWindowExport)
#include "tst_windowexport.moc"
