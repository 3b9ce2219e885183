#pragma once

#include "report/costprojection.h"

#include <QAbstractTableModel>

class Catalog;

// The cost projector's strategies: a name and a routing mix each (both
// editable), and what each costs a month at the chosen volume.
class StrategyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategyModel)

public:
    enum Column { Name, Mix, BlendedPrice, Monthly, Saving, ColumnCount };

    explicit StrategyModel(const Catalog *catalog, QObject *parent = nullptr);

    void setTokensPerMonth(double tokens);
    double tokensPerMonth() const { return m_tokensPerMonth; }
    void setStrategies(const QList<RoutingStrategy> &strategies);
    const QList<RoutingStrategy> &strategies() const { return m_strategies; }
    void addStrategy(const RoutingStrategy &strategy);
    void removeStrategy(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // A mix the user typed could not be read; the strategy kept its old mix.
    void mixRejected(const QString &message);

private:
    const Catalog *m_catalog;
    QList<RoutingStrategy> m_strategies;
    double m_tokensPerMonth = 50e6;
};
