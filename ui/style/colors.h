#pragma once

#include <QColor>

class QPalette;

// The dashboard's colour code, shared by tables and charts so that a band or
// a tier reads the same everywhere.
namespace Colors {

// TTFT bands in catalog order: instant, fast, noticeable, slow.
QColor band(int index);
// Price tiers in catalog order: ultra-budget, budget, mid-range, premium.
QColor tier(int index);
// A distinct colour for the n-th model or series.
QColor series(int index);
// A tint of `c` that keeps text of `palette` readable over it.
QColor rowTint(const QColor &c, const QPalette &palette);
bool isDark(const QPalette &palette);

} // namespace Colors
