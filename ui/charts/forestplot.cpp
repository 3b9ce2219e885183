#include "forestplot.h"

#include "core/format.h"
#include "core/niceticks.h"
#include "style/colors.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kPad = 8;
constexpr int kTicks = 7;

// `v` rounded; never "-0"; "+" before what rounds above zero when `sign`.
QString number(double v, bool sign, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(v * scale) / scale;
    if (rounded == 0)
        rounded = 0;
    const QString text = QLocale().toString(rounded, 'f', decimals);
    return sign && rounded > 0 ? u'+' + text : text;
}

// One decimal for small figures, none for large ones.
QString number(double v, bool sign)
{
    return number(v, sign, std::abs(v) < 10 ? 1 : 0);
}

} // namespace

struct ForestPlot::Geometry
{
    int labelWidth = 0;
    int figuresWidth = 0;
    int top = 0;
    QRect plot; // the rows' marks
    NiceTicks ticks;

    int x(double v) const
    {
        return plot.left() + int(std::lround((v - ticks.min) / (ticks.max - ticks.min) * plot.width()));
    }
};

ForestPlot::ForestPlot(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setMouseTracking(true);
}

void ForestPlot::setRows(const QList<Row> &rows, const QString &unit, bool higherIsWorse)
{
    m_rows = rows;
    m_unit = unit;
    m_higherIsWorse = higherIsWorse;
    updateGeometry();
    update();
}

void ForestPlot::setTitle(const QString &title)
{
    m_title = title;
    update();
}

int ForestPlot::rowHeight() const
{
    return fontMetrics().height() + 8;
}

QSize ForestPlot::sizeHint() const
{
    return {720, minimumSizeHint().height()};
}

QSize ForestPlot::minimumSizeHint() const
{
    // Title, rows, axis and legend.
    const int lines = fontMetrics().height();
    return {420,
            kPad + lines + kPad + int(std::max<qsizetype>(1, m_rows.size())) * rowHeight() + 2 * lines + kPad + lines
                + kPad};
}

ForestPlot::Geometry ForestPlot::geometry() const
{
    Geometry g;
    const QFontMetrics fm = fontMetrics();
    for (const Row &r : m_rows) {
        g.labelWidth = std::max(g.labelWidth, fm.horizontalAdvance(r.label));
        g.figuresWidth = std::max(g.figuresWidth, fm.horizontalAdvance(figures(r)));
    }
    // Names and figures keep at most 30% and 40% of the width (elided, whole in the tooltip).
    // A few pixels spare: eliding measures a little differently from horizontalAdvance().
    g.labelWidth = std::min(g.labelWidth + 8, width() * 3 / 10);
    g.figuresWidth = std::min(g.figuresWidth + 8, width() * 2 / 5);
    g.top = kPad + fm.height() + kPad;
    const int left = kPad + g.labelWidth + kPad;
    const int right = width() - kPad - g.figuresWidth - kPad;
    g.plot = QRect(left, g.top, std::max(40, right - left), int(m_rows.size()) * rowHeight());
    double lo = 0, hi = 0; // zero is always on the axis
    for (const Row &r : m_rows)
        for (const std::optional<double> &v : {r.change, r.low, r.high})
            if (v) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
    g.ticks = NiceTicks::cover(lo, hi, kTicks);
    return g;
}

QString ForestPlot::figures(const Row &row) const
{
    if (!row.change)
        return tr("no data");
    const QString change = number(*row.change, true) + u' ' + m_unit;
    if (!row.low)
        return tr("%1 (too few requests for an interval)").arg(change);
    return tr("%1 [%2 … %3]").arg(change, number(*row.low, true), number(*row.high, true));
}

QColor ForestPlot::colourOf(const Row &row) const
{
    if (!row.beyondNoise || !row.change)
        return palette().color(QPalette::PlaceholderText);
    const bool worse = (*row.change > 0) == m_higherIsWorse;
    return worse ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32);
}

void ForestPlot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor grid = palette().color(QPalette::Mid);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(kPad, kPad, width() - 2 * kPad, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_title, Qt::ElideRight, width() - 2 * kPad));
    p.setFont(font());
    if (m_rows.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No lane is in both runs."));
        return;
    }
    // Grid and ticks at round numbers; the zero line stronger.
    const int axisY = g.plot.bottom() + 4;
    for (const double v : g.ticks.values()) {
        const int x = g.x(v);
        p.setPen(QPen(grid, v == 0 ? 1.5 : 0.5, v == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(x, g.plot.top(), x, axisY);
        p.setPen(text);
        const QString label = number(v, true, g.ticks.step < 1 ? 1 : 0);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRect(x - w / 2 - 2, axisY + 2, w + 4, fm.height()), Qt::AlignCenter, label);
    }
    p.drawText(QRect(g.plot.left(), axisY + 2 + fm.height(), g.plot.width(), fm.height()), Qt::AlignCenter,
               tr("change, B − A (%1)").arg(m_unit));
    const int h = rowHeight();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        const int y = g.plot.top() + int(i) * h + h / 2;
        if (i % 2 == 1)
            p.fillRect(QRect(0, y - h / 2, width(), h), palette().color(QPalette::AlternateBase));
        p.setPen(text);
        p.drawText(QRect(kPad, y - h / 2, g.labelWidth, h), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(r.label, Qt::ElideMiddle, g.labelWidth));
        const QColor c = colourOf(r);
        p.setPen(QPen(c, 2));
        if (r.low && r.high) {
            const int x0 = g.x(*r.low), x1 = g.x(*r.high);
            p.drawLine(x0, y, x1, y);
            p.drawLine(x0, y - 4, x0, y + 4);
            p.drawLine(x1, y - 4, x1, y + 4);
        }
        if (r.change) {
            p.setBrush(c);
            p.drawEllipse(QPoint(g.x(*r.change), y), 4, 4);
            p.setBrush(Qt::NoBrush);
        }
        p.setPen(r.beyondNoise ? c : text);
        p.drawText(QRect(width() - kPad - g.figuresWidth, y - h / 2, g.figuresWidth, h),
                   Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(figures(r), Qt::ElideRight, g.figuresWidth));
    }
    // The legend: what a dot, a line and each colour mean.
    const int ly = axisY + 2 + 2 * fm.height() + kPad / 2;
    int x = kPad;
    const auto item = [&](const QColor &c, const QString &label, bool dot) {
        p.setPen(QPen(c, 2));
        p.setBrush(dot ? QBrush(c) : QBrush());
        if (dot)
            p.drawEllipse(QPoint(x + 5, ly + fm.height() / 2), 4, 4);
        else
            p.drawLine(x, ly + fm.height() / 2, x + 18, ly + fm.height() / 2);
        p.setBrush(Qt::NoBrush);
        x += dot ? 14 : 24;
        p.setPen(text);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRect(x, ly, w + 2, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += w + 16;
    };
    item(text, tr("change"), true);
    item(text, tr("95% interval"), false);
    item(QColor(0xc6, 0x28, 0x28), tr("beyond noise, worse"), true);
    item(QColor(0x2e, 0x7d, 0x32), tr("beyond noise, better"), true);
    item(palette().color(QPalette::PlaceholderText), tr("within noise"), true);
}

int ForestPlot::rowAt(int y) const
{
    const Geometry g = geometry();
    if (y < g.plot.top() || y >= g.plot.bottom())
        return -1;
    return (y - g.plot.top()) / rowHeight();
}

bool ForestPlot::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int i = rowAt(help->pos().y());
        if (i >= 0 && i < m_rows.size())
            QToolTip::showText(help->globalPos(), m_rows.at(i).label + u'\n' + figures(m_rows.at(i)), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
