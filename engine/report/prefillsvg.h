#pragma once

#include <QList>
#include <QString>

struct PrefillFit;

// An input-length sweep as a standalone SVG for exported reports: TTFT p50
// against input tokens per lane (points), each lane's fitted line, and a
// legend naming each lane with its estimated prefill rate.
namespace PrefillSvg {

QString chart(const QString &title, const QList<PrefillFit> &fits);

} // namespace PrefillSvg
