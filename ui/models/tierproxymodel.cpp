#include "tierproxymodel.h"

#include "leaderboardmodel.h"

#include <algorithm>
#include <array>

TierProxyModel::TierProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LeaderboardModel::SortRole);
    setDynamicSortFilter(true);
    sort(0);
}

bool TierProxyModel::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    using C = LeaderboardModel::Column;
    static constexpr std::array<int, 8> kept{C::Tier,    C::Model,   C::Region, C::Price,
                                             C::TtftP50, C::TtftP90, C::TpsP50, C::Band};
    return std::find(kept.cbegin(), kept.cend(), sourceColumn) != kept.cend();
}

bool TierProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Tier, then price, then model name, then region; models without a price last.
    const auto value = [&](const QModelIndex &i, int column) {
        return sourceModel()->index(i.row(), column).data(LeaderboardModel::SortRole);
    };
    for (int column : {int(LeaderboardModel::Tier), int(LeaderboardModel::Price)}) {
        const QVariant a = value(left, column), b = value(right, column);
        if (a.isValid() != b.isValid())
            return a.isValid();
        if (a.isValid() && a.toDouble() != b.toDouble())
            return a.toDouble() < b.toDouble();
    }
    for (int column : {int(LeaderboardModel::Model), int(LeaderboardModel::Region)}) {
        const int c = QString::localeAwareCompare(value(left, column).toString(), value(right, column).toString());
        if (c != 0)
            return c < 0;
    }
    return false;
}
