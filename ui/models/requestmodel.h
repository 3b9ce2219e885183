#pragma once

#include "run/requestmetrics.h"
#include "run/requestrecord.h"

#include <QAbstractTableModel>
#include <QHash>

// Every finished request of a run, in the order they finished; appended in
// batches as the run streams.
class RequestModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestModel)

public:
    enum Column {
        Model,
        Region,
        Iteration,
        Status,
        Ttft,
        TtftAny,
        FirstKind,
        Tps,
        Chars,
        Tokens,
        Source,
        E2e,
        Error,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, RecordIndexRole };

    explicit RequestModel(QObject *parent = nullptr);

    void setTimeScale(double timeScale) { m_timeScale = timeScale; }
    void setNames(const QHash<QString, QString> &modelNames, const QHash<QString, QString> &regionNames);
    void clear();
    // Appends records[first..last] of the run's list, which this model mirrors.
    void append(const QList<RequestRecord> &records, int first, int last);
    const RequestRecord &record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RequestRecord> m_records;
    QList<RequestMetrics> m_metrics; // derived once per record, not per painted cell
    QHash<QString, QString> m_modelNames;
    QHash<QString, QString> m_regionNames;
    double m_timeScale = 1.0;
};
