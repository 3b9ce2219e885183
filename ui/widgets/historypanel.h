#pragma once

#include "report/reportreader.h"
#include "run/lanesummary.h"

#include <QWidget>

class HistoryModel;
class HistoryStore;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class TableView;

// The history in the dashboard: search, rename and tag (edit in place),
// delete, open one run or several together (merging regions measured from
// different machines), compare two, import a report made elsewhere, export one.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    HistoryPanel(HistoryStore *store, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    void reload();
    // Selected runs, by id, in the order shown.
    QList<qint64> selectedRuns() const;
    void select(const QList<qint64> &ids);

    // The actions, for buttons, shortcuts and tests.
    void openSelected();
    void compareSelected();
    bool importReport(const QString &path, QString *error);
    // Asks the window to export the selected run (exportRequested).
    bool exportSelected(QString *error);
    bool removeSelected(QString *error);
    // What TTFT means in comparisons (the window's choice).
    void setTtftKind(TtftKind kind) { m_ttftKind = kind; }

Q_SIGNALS:
    void openRequested(const LoadedReport &report, const QString &title);
    void exportRequested(const LoadedReport &report, const QString &title);
    void message(const QString &text);

private:
    void watchStore();
    std::optional<LoadedReport> loadRun(qint64 id);
    // Asks which two regions or models of one run to compare, then shows them.
    void compareWithin(qint64 id);

    HistoryStore *m_store;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    TableView *m_view;
    TtftKind m_ttftKind = TtftKind::FirstToken;
};
