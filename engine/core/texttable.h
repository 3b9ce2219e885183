#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// A table for a terminal: every column as wide as its widest cell, figures
// right and words left, two spaces between columns, no trailing blanks.
namespace TextTable {

QString render(const QList<QStringList> &rows, const std::function<bool(qsizetype column)> &leftAligned);

} // namespace TextTable
