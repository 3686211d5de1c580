#include "secondstext.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace ck {

double SecondsText::of(std::chrono::nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

QString SecondsText::fixed(double value, int decimals)
{
    // GCC 12's std::to_chars is exact (Ryu printf): the binary value rounded half to even, as
    // CPython's float formatting does (checked against python3 in tst_secondstext). The largest
    // double takes 309 digits before the point; more decimals than a double holds add nothing.
    constexpr int kMaxDecimals = 100;
    std::array<char, 309 + 2 + kMaxDecimals + 1> text{};
    const auto [end, error] =
        std::to_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed,
                      std::clamp(decimals, 0, kMaxDecimals));
    if (error != std::errc())
        return {};
    return QString::fromLatin1(text.data(), end - text.data());
}

QString SecondsText::fixed(std::chrono::nanoseconds time, int decimals)
{
    return fixed(of(time), decimals);
}

QString SecondsText::withUnit(double seconds, int decimals)
{
    return tr("%1 s", "seconds").arg(fixed(seconds, decimals));
}

QString SecondsText::withUnit(std::chrono::nanoseconds time, int decimals)
{
    return withUnit(of(time), decimals);
}

QString SecondsText::stamp(std::chrono::nanoseconds time)
{
    return QStringLiteral("[%1 s]").arg(fixed(time, 3), 6);
}

} // namespace ck
