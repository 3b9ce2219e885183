#pragma once

#include "report/comparison.h"

#include <QDialog>

class ForestPlot;
class QComboBox;
class QStandardItemModel;

// Two runs side by side: what makes them other than like for like (time
// scales, endpoints, workloads) first; then a forest plot of one figure's
// change per model and region with its 95% interval, and the table of every
// figure: A, B, the change, its interval and whether it is beyond noise.
class ComparisonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonDialog)

public:
    ComparisonDialog(const RunComparison &comparison, const QString &before, const QString &after,
                     QWidget *parent = nullptr);

    int rowCount() const;
    const RunComparison &comparison() const { return m_comparison; }

private:
    void fillTable();
    void showFigure(int index);

    RunComparison m_comparison;
    QStandardItemModel *m_model;
    QComboBox *m_figure;
    ForestPlot *m_plot;
};
