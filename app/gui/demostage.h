#pragma once

#include <QStringList>

#include <functional>

class MainWindow;

// What --demo shows for its screenshot once its run has finished: the
// dashboard, one chart in front, the history with two runs compared (which
// takes a second run), or the endpoints dialog.
namespace DemoStage {

QStringList names(); // dashboard, compare, endpoints, and the charts' names
// Whether the view needs another demo run first, with `runsKept` runs in the
// history (a comparison needs two).
bool needsAnotherRun(const QString &view, qsizetype runsKept);
// Shows `view` in `window`, then calls `ready` once it has painted.
void show(MainWindow *window, const QString &view, const std::function<void()> &ready);

} // namespace DemoStage
