#pragma once

#include <QSortFilterProxyModel>

// The leaderboard regrouped by price tier (cheapest tier first, then by price):
// each tier's models with their measured figures.
class TierProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierProxyModel)

public:
    explicit TierProxyModel(QObject *parent = nullptr);

protected:
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
