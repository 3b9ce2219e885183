#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QPair>
#include <QSignalSpy>
#include <QStringList>

// Helpers shared by the item-model suites.
namespace ModelTesting {

using Tester = QAbstractItemModelTester;
inline constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

inline QString joined(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

// A column as the user reads it, top to bottom.
inline QString column(const QAbstractItemModel &m, int col)
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.index(row, col).data().toString());
    return joined(out);
}

// The first and last row of the i-th rowsInserted/rowsRemoved signal.
inline QPair<int, int> range(const QSignalSpy &spy, int i)
{
    return {spy.at(i).at(1).toInt(), spy.at(i).at(2).toInt()};
}

} // namespace ModelTesting
