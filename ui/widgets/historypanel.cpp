#include "historypanel.h"

#include "catalog/catalognames.h"

#include "comparisondialog.h"
#include "history/historyaccess.h"
#include "models/historymodel.h"
#include "report/jsonreport.h"
#include "report/runmerge.h"
#include "tableview.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(HistoryAccess *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_model(new HistoryModel(history, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new TableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);
    m_search->setPlaceholderText(tr("Search runs by name, tag, model or endpoint"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &HistoryPanel::reload);
    connect(m_model, &HistoryModel::storeError, this, &HistoryPanel::message);
    connect(m_model, &HistoryModel::reloaded, this, [this] { select(m_keepSelected); });
    connect(this, &HistoryPanel::importFailed, this, [this](const QString &error) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import a report"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    watchStore();
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Double-click to open; select two to compare; F2 renames or edits tags"));
    connect(m_view, &QAbstractItemView::doubleClicked, this, &HistoryPanel::openSelected);
    auto *del = new QAction(tr("Delete run"), m_view);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, [this] {
        const int n = int(selectedRuns().size());
        if (n == 0)
            return;
        // Deleting loses measurements: ask first, without blocking the window.
        auto *ask = new QMessageBox(QMessageBox::Question, tr("Delete runs"),
                                    tr("Delete %n run(s) and all their requests from the history?", nullptr, n),
                                    QMessageBox::Yes | QMessageBox::No, this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &QMessageBox::accepted, this, &HistoryPanel::removeSelected);
        ask->open();
    });
    m_view->addAction(del);

    const auto button = [this](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_search, 1);
    buttons->addWidget(button(tr("Open"), &HistoryPanel::openSelected));
    buttons->addWidget(button(tr("Compare"), &HistoryPanel::compareSelected));
    buttons->addWidget(button(tr("Import…"), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a report"), QString(),
                                                          tr("Tokenmeter reports (*.json)"));
        if (!path.isEmpty())
            importReport(path);
    }));
    buttons->addWidget(button(tr("Export…"), [this] {
        QString error;
        if (!exportSelected(&error))
            QMessageBox::warning(this, tr("Export the run"), error);
    }));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    reload();
}

void HistoryPanel::watchStore()
{
    // A run tokenmeter-cli (or another window) adds shows up by itself: the
    // database, its write-ahead log and their folder are watched, and a burst
    // of writes reloads once.
    auto *watcher = new QFileSystemWatcher(this);
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    const QString path = m_history->path();
    const auto watchFiles = [watcher, path] {
        for (const QString &f : QStringList{path, path + QStringLiteral("-wal")})
            if (QFileInfo::exists(f) && !watcher->files().contains(f))
                watcher->addPath(f);
    };
    if (!path.isEmpty()) {
        watcher->addPath(QFileInfo(path).absolutePath());
        watchFiles();
    }
    connect(watcher, &QFileSystemWatcher::fileChanged, debounce, qOverload<>(&QTimer::start));
    connect(watcher, &QFileSystemWatcher::directoryChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this, watchFiles] {
        watchFiles(); // a log made anew is watched again
        reload();
    });
}

void HistoryPanel::reload()
{
    m_keepSelected = selectedRuns(); // selected again when the runs come
    m_model->reload(m_search->text().trimmed());
}

QList<qint64> HistoryPanel::selectedRuns() const
{
    QList<qint64> ids;
    if (!m_view->selectionModel())
        return ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids.append(i.data(HistoryModel::RunIdRole).toLongLong());
    return ids;
}

void HistoryPanel::select(const QList<qint64> &ids)
{
    m_view->clearSelection();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex i = m_proxy->index(row, 0);
        if (ids.contains(i.data(HistoryModel::RunIdRole).toLongLong()))
            m_view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

// Loaded off this thread; `then` runs here with every report and its run
// (in the order of `ids`), unless one cannot be read: then a message says why.
void HistoryPanel::withRuns(const QList<qint64> &ids, const Continuation &then)
{
    struct Loaded
    {
        QList<LoadedReport> reports;
        QList<HistoryRun> runs;
        QString error;
    };
    m_history->call(
        this,
        [ids](HistoryStore &store) {
            Loaded loaded;
            for (qint64 id : ids) {
                std::optional<LoadedReport> report = store.load(id, &loaded.error);
                if (!report)
                    return Loaded{{}, {}, loaded.error};
                loaded.reports.append(std::move(*report));
                HistoryRun fallback;
                fallback.id = id;
                loaded.runs.append(store.run(id).value_or(fallback));
            }
            return loaded;
        },
        [this, then](const Loaded &loaded) {
            if (loaded.reports.isEmpty()) {
                if (!loaded.error.isEmpty())
                    Q_EMIT message(loaded.error);
                return;
            }
            then(loaded.reports, loaded.runs);
        });
}

void HistoryPanel::openSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.isEmpty())
        return;
    withRuns(ids, [this](const QList<LoadedReport> &reports, const QList<HistoryRun> &runs) {
        QStringList names;
        for (const HistoryRun &run : runs)
            names.append(run.name.isEmpty() ? QString::number(run.id) : CatalogNames::runName(run.name));
        Q_EMIT openRequested(RunMerge::merge(reports), names.join(QStringLiteral(" + ")));
    });
}

void HistoryPanel::compareSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.size() == 1) {
        compareWithin(ids.constFirst());
        return;
    }
    if (ids.size() != 2) {
        Q_EMIT message(tr("Select two runs to compare, or one run measured from two regions."));
        return;
    }
    // The older run is A.
    const qint64 a = std::min(ids.at(0), ids.at(1)), b = std::max(ids.at(0), ids.at(1));
    withRuns({a, b}, [this](const QList<LoadedReport> &reports, const QList<HistoryRun> &runs) {
        const LoadedReport &before = reports.at(0), &after = reports.at(1);
        const RunComparison comparison = Comparison::compareRuns(before.result, after.result, &after.catalog,
                                                                 m_ttftKind);
        if (comparison.lanes.isEmpty()) {
            Q_EMIT message(tr("The two runs share no model and region to compare."));
            return;
        }
        // Two runs of one minute share a name: their ids tell them apart.
        const auto title = [](const HistoryRun &run) {
            return tr("run %1: %2").arg(run.id).arg(CatalogNames::runName(run.name));
        };
        auto *dialog = new ComparisonDialog(comparison, title(runs.at(0)), title(runs.at(1)), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

void HistoryPanel::compareWithin(qint64 id)
{
    withRuns({id}, [this](const QList<LoadedReport> &reports, const QList<HistoryRun> &) {
        askWhatToCompare(reports.constFirst());
    });
}

void HistoryPanel::askWhatToCompare(const LoadedReport &run)
{
    const RunPlan &plan = run.result.plan;
    if (plan.regions.size() < 2 && plan.models.size() < 2) {
        Q_EMIT message(tr("Select two runs to compare, or one run with two regions or two models."));
        return;
    }
    // Two regions (model by model) or two models (region by region) of this run.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Compare within a run"));
    auto *kind = new QComboBox(dialog);
    auto *a = new QComboBox(dialog);
    auto *b = new QComboBox(dialog);
    if (plan.regions.size() >= 2)
        kind->addItem(tr("Two regions"), true);
    if (plan.models.size() >= 2)
        kind->addItem(tr("Two models"), false);
    const Catalog &catalog = run.catalog;
    const auto fill = [&plan, &catalog, kind, a, b] {
        a->clear();
        b->clear();
        if (kind->currentData().toBool()) {
            for (const Region &r : plan.regions) {
                a->addItem(r.name, r.id);
                b->addItem(r.name, r.id);
            }
        } else {
            for (const QString &m : plan.models) {
                const ModelInfo *info = catalog.model(m);
                const QString name = info && !info->name.isEmpty() ? info->name : m;
                a->addItem(name, m);
                b->addItem(name, m);
            }
        }
        b->setCurrentIndex(1);
    };
    fill();
    connect(kind, &QComboBox::currentIndexChanged, dialog, fill);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("Compare:"), kind);
    form->addRow(QStringLiteral("A:"), a);
    form->addRow(QStringLiteral("B:"), b);
    form->addRow(buttons);
    const RunResult result = run.result;
    connect(dialog, &QDialog::accepted, this, [this, result, catalog = run.catalog, kind, a, b] {
        RunResult first, second;
        const bool regions = kind->currentData().toBool();
        const QString ida = a->currentData().toString(), idb = b->currentData().toString();
        const bool ok = ida != idb
            && (regions ? Comparison::splitByRegion(result, ida, idb, &first, &second)
                        : Comparison::splitByModel(result, ida, idb, &first, &second));
        if (!ok) {
            Q_EMIT message(tr("Pick two different ones, each with requests."));
            return;
        }
        auto *view = new ComparisonDialog(Comparison::compareRuns(first, second, &catalog, m_ttftKind),
                                          a->currentText(), b->currentText(), this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->show();
    });
    dialog->open();
}

void HistoryPanel::importReport(const QString &path)
{
    struct Imported
    {
        std::optional<qint64> id;
        QString error;
    };
    // The file is read off this thread too: a report can be large.
    m_history->call(
        this,
        [path](HistoryStore &store) {
            Imported imported;
            if (const std::optional<LoadedReport> report = ReportReader::load(path, &imported.error))
                imported.id = store.import(*report, QFileInfo(path).completeBaseName(), &imported.error);
            return imported;
        },
        [this, path](const Imported &imported) {
            if (!imported.id) {
                Q_EMIT importFailed(imported.error);
                return;
            }
            reload();
            m_keepSelected = {*imported.id}; // shown selected once the reload comes
            Q_EMIT message(tr("Imported %1 as run %2.").arg(path).arg(*imported.id));
            Q_EMIT this->imported(*imported.id);
        });
}

bool HistoryPanel::exportSelected(QString *error)
{
    const QList<qint64> ids = selectedRuns();
    if (ids.size() != 1) {
        *error = tr("Select one run to export.");
        return false;
    }
    withRuns(ids, [this](const QList<LoadedReport> &reports, const QList<HistoryRun> &runs) {
        const HistoryRun &run = runs.constFirst();
        Q_EMIT exportRequested(reports.constFirst(), run.name.isEmpty() ? QString() : CatalogNames::runName(run.name));
    });
    return true;
}

bool HistoryPanel::removeSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.isEmpty())
        return false;
    m_history->call(
        this,
        [ids](HistoryStore &store) {
            QString error;
            for (qint64 id : ids) {
                if (!store.remove(id, &error))
                    return error;
            }
            return QString();
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT message(error);
            reload();
        });
    return true;
}
