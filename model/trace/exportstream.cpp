#include "exportstream.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ck {

namespace {

constexpr double kLargestExactInteger = 9007199254740992.0; // 2^53
// From here up, QJsonDocument writes a number that is not whole in fixed notation (the shorter
// of fixed and exponent, fixed when they tie: "0.001", but "1e-04" and "3.1e-05").
constexpr double kSmallestFixed = 0.001;

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// QJsonDocument's escape of an ASCII character, or nullptr for one it writes as it is. The
// other control characters are \u00XX (lower-case hex).
const char *shortEscape(char16_t c)
{
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default:
        return nullptr;
    }
}

} // namespace

ExportStream::ExportStream(QIODevice &device)
    : m_device(device), m_buffer(std::make_unique<char[]>(std::size_t(kCapacity)))
{}

ExportStream::~ExportStream()
{
    flush();
}

ExportStream &ExportStream::operator<<(QByteArrayView bytes)
{
    if (bytes.size() > kCapacity) {
        flush();
        m_ok = m_ok && m_device.write(bytes.data(), bytes.size()) == bytes.size();
        return *this;
    }
    std::memcpy(reserve(bytes.size()), bytes.data(), std::size_t(bytes.size()));
    m_used += bytes.size();
    return *this;
}

void ExportStream::text(QStringView text)
{
    if (!isAscii(text) || text.size() > kCapacity) {
        *this << text.toUtf8();
        return;
    }
    char *at = reserve(text.size());
    for (const QChar c : text)
        *at++ = char(c.unicode());
    m_used += text.size();
}

// A text with other characters than ASCII goes through QJsonDocument itself, which alone
// decides how it writes a surrogate without its pair.
void ExportStream::jsonString(QStringView text)
{
    if (!isAscii(text) || text.size() > kCapacity / 8) {
        const QByteArray array =
            QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact);
        *this << QByteArrayView(array).sliced(1, array.size() - 2); // the string within [ ]
        return;
    }
    char *at = reserve(6 * text.size() + 2);
    *at++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u != '"' && u != '\\') {
            *at++ = char(u);
        } else if (const char *escape = shortEscape(u)) {
            *at++ = escape[0];
            *at++ = escape[1];
        } else {
            for (const char digit : {'\\', 'u', '0', '0', hexDigit(u >> 4), hexDigit(u & 0xf)})
                *at++ = digit;
        }
    }
    *at++ = '"';
    m_used = at - m_buffer.get();
}

void ExportStream::integer(qint64 value)
{
    char *at = reserve(kNumberRoom);
    m_used = std::to_chars(at, at + kNumberRoom, value).ptr - m_buffer.get();
}

void ExportStream::jsonNumber(double value)
{
    if (!std::isfinite(value)) {
        *this << "null";
        return;
    }
    // QJsonValue keeps a whole number that a double holds exactly as an integer.
    const double magnitude = std::abs(value);
    if (std::trunc(value) == value && magnitude <= kLargestExactInteger) {
        integer(qint64(value));
        return;
    }
    // Shortest round-trip digits (as QJsonDocument's), in fixed notation; a number below 2^53
    // has fewer than 17 digits before the point, and at least 0.001 fewer than 3 zeros after.
    if (magnitude >= kSmallestFixed && magnitude < kLargestExactInteger) {
        char *at = reserve(kNumberRoom);
        m_used = std::to_chars(at, at + kNumberRoom, value, std::chars_format::fixed).ptr -
                 m_buffer.get();
        return;
    }
    *this << QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void ExportStream::spaces(int count)
{
    count = int(std::clamp<qsizetype>(count, 0, kCapacity));
    std::memset(reserve(count), ' ', std::size_t(count));
    m_used += count;
}

bool ExportStream::flush()
{
    if (m_ok && m_used > 0)
        m_ok = m_device.write(m_buffer.get(), m_used) == m_used;
    m_used = 0;
    return m_ok;
}

} // namespace ck
