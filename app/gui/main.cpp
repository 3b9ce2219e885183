// The dashboard's entry point: the catalog, settings and translations go in,
// and with --demo a run starts at once and the window saves a screenshot of
// itself when it ends.
#include "catalog/catalog.h"
#include "core/filelimit.h"
#include "core/stallprobe.h"
#include "core/translations.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "run/runresult.h"
#include "settings/appsettings.h"

#include "demostage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <memory>

#include <cstdio>

namespace {

struct Options
{
    bool demo = false;
    double timeScale = 1.0;
    int iterations = 3;
    QString screenshot;
    QSize size;
    QString language;
    QString settingsFile;
    QString catalogFile;
    QString view = QStringLiteral("dashboard");
    QStringList models;           // --demo's models; empty: every one
    double screenshotAfterS = -1; // live: the screenshot this far into the run, which then stops
};

QList<QCommandLineOption> optionList()
{
    return {
        {QStringLiteral("demo"),
         QApplication::translate("main", "Start a run of every model on the simulated provider at launch.")},
        {QStringLiteral("time-scale"),
         QApplication::translate("main", "Speed-up of the simulated provider (default 1)."), QStringLiteral("X")},
        {QStringLiteral("iterations"),
         QApplication::translate("main", "Requests per model and region in --demo (default 3)."), QStringLiteral("N")},
        {QStringLiteral("screenshot"),
         QApplication::translate("main", "With --demo: save a screenshot here when the run ends, then quit."),
         QStringLiteral("FILE.png")},
        {QStringLiteral("size"), QApplication::translate("main", "Window size, e.g. 1600x1000."),
         QStringLiteral("WxH")},
        {QStringLiteral("language"), QApplication::translate("main", "en, de or zh_CN (default: the system's)."),
         QStringLiteral("LANG")},
        {QStringLiteral("settings"), QApplication::translate("main", "Use this settings file instead of the user's."),
         QStringLiteral("FILE.ini")},
        {QStringLiteral("catalog"), QApplication::translate("main", "Add or override models from a catalog file."),
         QStringLiteral("FILE.json")},
        {QStringLiteral("models"),
         QApplication::translate("main", "With --demo: run these catalog models only (comma-separated ids)."),
         QStringLiteral("a,b")},
        {QStringLiteral("screenshot-after"),
         QApplication::translate("main", "With --screenshot: take it S seconds into the run, live, then stop."),
         QStringLiteral("S")},
        {QStringLiteral("show"),
         QApplication::translate(
             "main",
             "With --demo: what the screenshot shows: %1 (compare runs the demo until the history holds two runs).")
             .arg(DemoStage::names().join(QStringLiteral(", "))),
         QStringLiteral("VIEW"), QStringLiteral("dashboard")},
    };
}

bool parse(const QApplication &app, Options *o, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QApplication::translate("main", "Measures how fast LLM APIs really stream."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions(optionList());
    p.process(app);
    o->demo = p.isSet(QStringLiteral("demo"));
    bool ok = true;
    if (p.isSet(QStringLiteral("time-scale"))) {
        o->timeScale = p.value(QStringLiteral("time-scale")).toDouble(&ok);
        if (!ok || o->timeScale < 1 || o->timeScale > 100) {
            *error = QApplication::translate("main", "--time-scale must be a number from 1 to 100");
            return false;
        }
    }
    if (p.isSet(QStringLiteral("iterations"))) {
        o->iterations = p.value(QStringLiteral("iterations")).toInt(&ok);
        if (!ok || o->iterations < 1 || o->iterations > 1000) {
            *error = QApplication::translate("main", "--iterations must be a whole number from 1 to 1000");
            return false;
        }
    }
    o->screenshot = p.value(QStringLiteral("screenshot"));
    if (!o->screenshot.isEmpty() && !o->demo) {
        *error = QApplication::translate("main", "--screenshot needs --demo");
        return false;
    }
    if (p.isSet(QStringLiteral("size"))) {
        const QStringList wh = p.value(QStringLiteral("size")).split(u'x');
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        if (wh.size() != 2 || w < 640 || h < 480 || w > 10000 || h > 10000) {
            *error = QApplication::translate("main", "--size must look like 1600x1000 (at least 640x480)");
            return false;
        }
        o->size = QSize(w, h);
    }
    o->language = p.value(QStringLiteral("language"));
    o->settingsFile = p.value(QStringLiteral("settings"));
    o->catalogFile = p.value(QStringLiteral("catalog"));
    o->view = p.value(QStringLiteral("show"));
    o->models = p.value(QStringLiteral("models")).split(u',', Qt::SkipEmptyParts);
    if (p.isSet(QStringLiteral("screenshot-after"))) {
        o->screenshotAfterS = p.value(QStringLiteral("screenshot-after")).toDouble(&ok);
        if (!ok || o->screenshotAfterS < 0 || o->screenshotAfterS > 3600 || o->screenshot.isEmpty()) {
            *error = QApplication::translate("main", "--screenshot-after needs --screenshot and 0 to 3600 seconds");
            return false;
        }
    }
    if (!DemoStage::names().contains(o->view)) {
        *error = QApplication::translate("main", "--show must be one of %1")
                     .arg(DemoStage::names().join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

// A window that, when the user picks another language, gives way to a new
// one built in it: the layout, picks and settings are saved first and the
// run shown is carried over. Deletes itself when closed.
MainWindow *openWindow(QApplication *app, Catalog *catalog, AppSettings *settings, HistoryStore *history)
{
    auto *window = new MainWindow(catalog, settings, history);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(window, &MainWindow::languageChangeRequested, window, [=](const QString &language) {
        window->saveState();
        Translations::install(app, language);
        MainWindow *next = openWindow(app, catalog, settings, history);
        if (const std::optional<LoadedReport> &shown = window->shownReport())
            next->showRun(*shown, window->shownTitle());
        next->show();
        window->close();
    });
    return window;
}

// Every run is kept, request by request, in the history shared with tokenmeter-cli.
void openHistory(HistoryStore *history)
{
    const QString path = qEnvironmentVariableIsSet("TOKENMETER_HISTORY") ? qEnvironmentVariable("TOKENMETER_HISTORY")
                                                                         : HistoryStore::defaultPath();
    QString error;
    if (!history->open(path, &error))
        std::fprintf(stderr, "tokenmeter: runs will not be kept: %s\n", qPrintable(error));
}

// --demo: runs, then (with --screenshot) grabs the window and quits; all
// that the lambdas reach lives until main's event loop returns.
void runDemo(MainWindow &window, const Options &options, HistoryStore &history)
{
    auto runs = std::make_shared<int>(0);
    QObject::connect(
        &window, &MainWindow::runFinished, &window, [&window, &options, &history, runs](const RunResult &result) {
            std::fprintf(
                stderr,
                "tokenmeter: run %s, %lld requests; GUI thread longest stall %.1f ms over %d ticks, %d over 50 ms\n",
                result.cancelled ? "cancelled" : "finished", qint64(result.records.size()),
                window.stallProbe()->longestStallMs(), window.stallProbe()->ticks(),
                window.stallProbe()->stallsOver50Ms());
            if (options.screenshot.isEmpty())
                return;
            if (++*runs < 3 && DemoStage::needsAnotherRun(options.view, history.runs().size())) {
                QTimer::singleShot(0, &window,
                                   [&] { window.startDemo(options.timeScale, options.iterations, options.models); });
                return;
            }
            DemoStage::show(&window, options.view, [&] {
                if (options.size.isValid() && window.size() != options.size) {
                    std::fprintf(
                        stderr,
                        "tokenmeter: the window is %dx%d, not the %dx%d asked for (its contents need more room)\n",
                        window.width(), window.height(), options.size.width(), options.size.height());
                }
                QString saveError;
                if (!window.saveScreenshot(options.screenshot, &saveError)) {
                    std::fprintf(stderr, "tokenmeter: %s\n", qPrintable(saveError));
                    QApplication::exit(1);
                    return;
                }
                std::fprintf(stderr, "tokenmeter: screenshot saved to %s\n", qPrintable(options.screenshot));
                QApplication::exit(0);
            });
        });
    QTimer::singleShot(0, &window, [&] {
        if (!window.startDemo(options.timeScale, options.iterations, options.models))
            QApplication::exit(1);
    });
    if (options.screenshotAfterS >= 0) // live: grabbed mid-run; the run's end then takes it again and quits
        QTimer::singleShot(int(options.screenshotAfterS * 1000), &window, [&] {
            DemoStage::show(&window, options.view, [&] {
                QString saveError;
                if (!window.saveScreenshot(options.screenshot, &saveError))
                    std::fprintf(stderr, "tokenmeter: %s\n", qPrintable(saveError));
                else
                    std::fprintf(stderr, "tokenmeter: live screenshot saved to %s\n", qPrintable(options.screenshot));
                QApplication::exit(saveError.isEmpty() ? 0 : 1);
            });
        });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tokenmeter"));
    QApplication::setApplicationName(QStringLiteral("Tokenmeter"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENMETER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tokenmeter"));
    FileLimit::raise(); // a socket per stream

    Options options;
    QString error;
    if (!parse(app, &options, &error)) {
        std::fprintf(stderr, "tokenmeter: %s\n", qPrintable(error));
        return 2;
    }
    std::unique_ptr<AppSettings> settings = options.settingsFile.isEmpty()
        ? std::make_unique<AppSettings>()
        : std::make_unique<AppSettings>(options.settingsFile);
    Translations::install(&app, options.language.isEmpty() ? settings->language() : options.language);

    Catalog catalog = Catalog::builtIn();
    if (!options.catalogFile.isEmpty() && !catalog.mergeFile(options.catalogFile, &error))
        std::fprintf(stderr, "tokenmeter: %s\n", qPrintable(error)); // the built-in catalog still loads

    HistoryStore history;
    openHistory(&history);

    MainWindow &window = *openWindow(&app, &catalog, settings.get(), &history);
    if (options.size.isValid())
        window.resize(options.size);
    else if (settings->windowGeometry().isEmpty())
        window.resize(1600, 1000);
    window.show();

    if (options.demo) {
        runDemo(window, options, history);
    } else {
        // A first launch measures how fast the simulated provider may honestly run here.
        QTimer::singleShot(500, &window, [&window] { window.measureSpeedupIfNeeded(); });
    }
    return QApplication::exec();
}
