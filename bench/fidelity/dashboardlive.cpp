// tokenmeter-bench-dashboard: one run of the dashboard against an endpoint,
// drawn live, for the fidelity benchmark (bench/fidelity.py).
//
// Usage: tokenmeter-bench-dashboard BASE_URL STREAMS MAX_TOKENS OUT.json
// STREAMS requests of one model, all at once, from this machine, while the
// window (1600x1000; run with QT_QPA_PLATFORM=offscreen) draws every
// snapshot as a user would see it; the JSON report is written to OUT.json.
#include "catalog/catalog.h"
#include "core/filelimit.h"
#include "document/reportfile.h"
#include "mainwindow.h"
#include "models/catalogmodel.h"
#include "report/reportreader.h"
#include "run/runresult.h"
#include "settings/appsettings.h"
#include "widgets/runsettingspanel.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

bool saveReport(const RunResult &result, const Catalog &catalog, const QString &path)
{
    QString error;
    if (ReportFile::write(LoadedReport{result, catalog}, ReportFile::Format::Json, path, {}, &error))
        return true;
    std::fprintf(stderr, "tokenmeter-bench-dashboard: %s\n", qPrintable(error));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    FileLimit::raise(); // as the dashboard does
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    bool streamsOk = false, tokensOk = false;
    const int streams = args.value(2).toInt(&streamsOk), maxTokens = args.value(3).toInt(&tokensOk);
    if (args.size() != 5 || !streamsOk || !tokensOk || streams < 1 || streams > 4096 || maxTokens < 1) {
        std::fprintf(stderr, "usage: tokenmeter-bench-dashboard BASE_URL STREAMS MAX_TOKENS OUT.json\n");
        return 2;
    }
    QTemporaryDir dir; // settings of this run only; nothing is kept in the user's history
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    Endpoint endpoint;
    endpoint.id = QStringLiteral("bench");
    endpoint.name = QStringLiteral("Fidelity benchmark server");
    endpoint.baseUrl = args.at(1);
    settings.setEndpoints({endpoint});
    Region here;
    here.id = QStringLiteral("local");
    here.name = QStringLiteral("This machine");
    settings.setRegions({here});

    MainWindow window(&catalog, &settings, nullptr);
    window.resize(1600, 1000);
    window.show();
    window.catalogModel()->setCheckedIds({QStringLiteral("qwen3-8b")});
    RunSettings s;
    s.simulated = false;
    s.endpoint = endpoint.id;
    s.regions = {here.id};
    s.iterations = streams;
    s.concurrency = streams;
    s.warmup = 0;
    s.maxTokens = maxTokens;
    window.settingsPanel()->setSettings(s);

    int status = 1;
    QObject::connect(&window, &MainWindow::runFinished, &app, [&](const RunResult &result) {
        status = saveReport(result, catalog, args.at(4)) ? 0 : 1;
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, &window, [&] {
        if (!window.startRun()) {
            std::fprintf(stderr, "tokenmeter-bench-dashboard: the run did not start\n");
            QCoreApplication::exit(1);
        }
    });
    const int loop = QApplication::exec();
    return loop != 0 ? loop : status;
}
