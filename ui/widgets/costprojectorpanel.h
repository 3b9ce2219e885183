#pragma once

#include <QWidget>

class Catalog;
class QDoubleSpinBox;
class QLabel;
class StrategyModel;
class TableView;

// The monthly cost projector: output tokens a month, and strategies (one model
// or a routing mix) with what each costs.
class CostProjectorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostProjectorPanel)

public:
    CostProjectorPanel(const Catalog *catalog, StrategyModel *model, QWidget *parent = nullptr);

    // Adds a strategy that splits evenly across the given models.
    void addEvenMix(const QStringList &modelIds);

private:
    const Catalog *m_catalog;
    StrategyModel *m_model;
    QDoubleSpinBox *m_tokens;
    QLabel *m_message;
    TableView *m_view;
};
