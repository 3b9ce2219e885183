#pragma once

#include "report/comparison.h"

#include <QDialog>

class QStandardItemModel;

// Two runs side by side: per model and region, TTFT p50/p90/p99 and tokens/s
// of each, the change, its 95% bootstrap interval and whether it is beyond
// run-to-run noise; and a chart of the TTFT p50 changes with their intervals.
class ComparisonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonDialog)

public:
    ComparisonDialog(const QList<LaneComparison> &lanes, const QString &before, const QString &after,
                     QWidget *parent = nullptr);

    int rowCount() const;

private:
    QStandardItemModel *m_model;
};
