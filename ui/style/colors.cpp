#include "colors.h"

#include <QPalette>

#include <array>

namespace {

template<std::size_t N>
QColor pick(const std::array<QRgb, N> &colors, int index)
{
    return index >= 0 ? QColor(colors[std::size_t(index) % N]) : QColor(Qt::gray);
}

} // namespace

QColor Colors::band(int index)
{
    // Green to red, distinguishable with the common colour-vision deficiencies.
    static constexpr std::array<QRgb, 4> colors{0x2e9e5b, 0x3b7dd8, 0xe6a23c, 0xd64545};
    return pick(colors, index);
}

QColor Colors::tier(int index)
{
    static constexpr std::array<QRgb, 4> colors{0x17becf, 0x2ca02c, 0x9467bd, 0xd62728};
    return pick(colors, index);
}

QColor Colors::series(int index)
{
    static constexpr std::array<QRgb, 15> colors{0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                                 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf,
                                                 0x393b79, 0xad494a, 0x637939, 0xce6dbd, 0x8ca252};
    return pick(colors, index);
}

QColor Colors::rowTint(const QColor &c, const QPalette &palette)
{
    QColor tint = c;
    tint.setAlpha(isDark(palette) ? 90 : 55);
    return tint;
}

bool Colors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
