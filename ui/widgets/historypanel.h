#pragma once

#include "report/reportreader.h"
#include "run/lanesummary.h"

#include <QWidget>

#include <functional>

class HistoryAccess;
class HistoryModel;
struct HistoryRun;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class TableView;

// The history in the dashboard: search, rename and tag (edit in place),
// delete, open one run or several together (merging regions measured from
// different machines), compare two, import a report made elsewhere, export one.
// The history is read and changed off this thread (HistoryAccess): each
// action's outcome (a run opened, a dialog, a message) follows when it is done.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    HistoryPanel(HistoryAccess *history, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    void reload();
    // Selected runs, by id, in the order shown.
    QList<qint64> selectedRuns() const;
    void select(const QList<qint64> &ids);

    // The actions, for buttons, shortcuts and tests.
    void openSelected();
    void compareSelected();
    // Adds a report file as a run: imported(), or importFailed() with the reason.
    void importReport(const QString &path);
    // Asks the window to export the selected run (exportRequested, once it is read);
    // false, and *error, when not one run is selected.
    bool exportSelected(QString *error);
    // Deletes the selected runs (false: none selected); the list reloads after.
    bool removeSelected();
    // What TTFT means in comparisons (the window's choice).
    void setTtftKind(TtftKind kind) { m_ttftKind = kind; }

Q_SIGNALS:
    void openRequested(const LoadedReport &report, const QString &title);
    void exportRequested(const LoadedReport &report, const QString &title);
    void message(const QString &text);
    void imported(qint64 id);
    void importFailed(const QString &error);

private:
    void watchStore();
    using Continuation = std::function<void(const QList<LoadedReport> &, const QList<HistoryRun> &)>;
    void withRuns(const QList<qint64> &ids, const Continuation &then);
    // Asks which two regions or models of one run to compare, then shows them.
    void compareWithin(qint64 id);
    void askWhatToCompare(const LoadedReport &run);

    HistoryAccess *m_history;
    QList<qint64> m_keepSelected;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    TableView *m_view;
    TtftKind m_ttftKind = TtftKind::FirstToken;
};
