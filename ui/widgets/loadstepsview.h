#pragma once

#include <QWidget>

class QLabel;
class QStandardItemModel;
class RunState;
class TableView;

// A load test's steps as they finish: throughputs, goodput, latency
// percentiles, the client's lag and the SLOs of each model and region per
// step, with what they say (the knee, a search's answer, unreliable steps).
class LoadStepsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStepsView)

public:
    explicit LoadStepsView(const RunState *state, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    QString notes() const;

private:
    void refresh();

    const RunState *m_state;
    QStandardItemModel *m_model;
    TableView *m_view;
    QLabel *m_notes;
    int m_shown = -1; // finished steps shown
};
