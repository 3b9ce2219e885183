#include "historypanel.h"

#include "catalog/catalognames.h"

#include "comparisondialog.h"
#include "history/historystore.h"
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

HistoryPanel::HistoryPanel(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new HistoryModel(store, this))
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
        connect(ask, &QMessageBox::accepted, this, [this] {
            QString error;
            if (!removeSelected(&error) && !error.isEmpty())
                Q_EMIT message(error);
        });
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
        QString error;
        if (!path.isEmpty() && !importReport(path, &error))
            QMessageBox::warning(this, tr("Import a report"), error);
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
    const QString path = m_store->path();
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
    const QList<qint64> selected = selectedRuns();
    m_model->reload(m_search->text().trimmed());
    select(selected);
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

std::optional<LoadedReport> HistoryPanel::loadRun(qint64 id)
{
    QString error;
    std::optional<LoadedReport> report = m_store->load(id, &error);
    if (!report)
        Q_EMIT message(error);
    return report;
}

void HistoryPanel::openSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.isEmpty())
        return;
    QList<LoadedReport> runs;
    QStringList names;
    for (qint64 id : ids) {
        const std::optional<LoadedReport> r = loadRun(id);
        if (!r)
            return;
        runs.append(*r);
        const std::optional<HistoryRun> run = m_store->run(id);
        names.append(run ? CatalogNames::runName(run->name) : QString::number(id));
    }
    Q_EMIT openRequested(RunMerge::merge(runs), names.join(QStringLiteral(" + ")));
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
    const std::optional<LoadedReport> before = loadRun(a), after = loadRun(b);
    if (!before || !after)
        return;
    const RunComparison comparison = Comparison::compareRuns(before->result, after->result, &after->catalog,
                                                             m_ttftKind);
    if (comparison.lanes.isEmpty()) {
        Q_EMIT message(tr("The two runs share no model and region to compare."));
        return;
    }
    // Two runs of one minute share a name: their ids tell them apart.
    const auto title = [this](qint64 id) {
        return tr("run %1: %2").arg(id).arg(CatalogNames::runName(m_store->run(id)->name));
    };
    auto *dialog = new ComparisonDialog(comparison, title(a), title(b), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HistoryPanel::compareWithin(qint64 id)
{
    const std::optional<LoadedReport> run = loadRun(id);
    if (!run)
        return;
    const RunPlan &plan = run->result.plan;
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
    const Catalog &catalog = run->catalog;
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
    const RunResult result = run->result;
    connect(dialog, &QDialog::accepted, this, [this, result, catalog = run->catalog, kind, a, b] {
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

bool HistoryPanel::importReport(const QString &path, QString *error)
{
    const std::optional<LoadedReport> report = ReportReader::load(path, error);
    if (!report)
        return false;
    const std::optional<qint64> id = m_store->import(*report, QFileInfo(path).completeBaseName(), error);
    if (!id)
        return false;
    reload();
    select({*id});
    Q_EMIT message(tr("Imported %1 as run %2.").arg(path).arg(*id));
    return true;
}

bool HistoryPanel::exportSelected(QString *error)
{
    const QList<qint64> ids = selectedRuns();
    if (ids.size() != 1) {
        *error = tr("Select one run to export.");
        return false;
    }
    const std::optional<LoadedReport> report = m_store->load(ids.constFirst(), error);
    if (!report)
        return false;
    const std::optional<HistoryRun> run = m_store->run(ids.constFirst());
    Q_EMIT exportRequested(*report, run ? CatalogNames::runName(run->name) : QString());
    return true;
}

bool HistoryPanel::removeSelected(QString *error)
{
    const QList<qint64> ids = selectedRuns();
    for (qint64 id : ids) {
        if (!m_store->remove(id, error))
            return false;
    }
    reload();
    return !ids.isEmpty();
}
