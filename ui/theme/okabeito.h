#pragma once

// Okabe & Ito's colour-blind-safe palette ("Color Universal Design", 2008): the hues of the
// timeline, the code markers and the syntax highlighting.

#include <QColor>

namespace ck::OkabeIto {

constexpr QRgb kOrange = 0xE69F00;
constexpr QRgb kSkyBlue = 0x56B4E9;
constexpr QRgb kBluishGreen = 0x009E73;
constexpr QRgb kYellow = 0xF0E442;
constexpr QRgb kBlue = 0x0072B2;
constexpr QRgb kVermillion = 0xD55E00;
constexpr QRgb kReddishPurple = 0xCC79A7;

} // namespace ck::OkabeIto
