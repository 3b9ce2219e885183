#pragma once

#include "reportreader.h"

#include <QList>

// Several runs seen as one (say, the same models measured from two machines in
// different regions): models and regions united, every request kept. A region
// id that two runs share keeps both, the later one renamed "id (2)", so no
// request is silently pooled with another machine's.
namespace RunMerge {

LoadedReport merge(const QList<LoadedReport> &runs);

} // namespace RunMerge
