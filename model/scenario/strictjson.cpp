#include "strictjson.h"

#include "jsontextposition.h"

#include <algorithm>

namespace ck {

namespace {

// Objects with more keys than this look keys up in a hash instead of a list, so that an object
// of 100000 keys costs no more than 100000 small ones.
constexpr std::size_t maxListedKeys = 16;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

// A key as it appears in a path: bare when it is a plain word, quoted (escaped, shortened)
// otherwise, so that the refusal stays one line.
QString pathKey(const QString &key)
{
    const bool plain = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'_';
    });
    return plain ? key : ScenarioFault::quote(key);
}

bool isNumberChar(char c)
{
    return isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

} // namespace

void StrictJson::Frame::reset(bool isObject)
{
    object = isObject;
    expectsKey = isObject;
    index = 0;
    keys.clear();
    keySet.clear();
}

bool StrictJson::Frame::add(const QString &name)
{
    if (keys.size() < maxListedKeys) {
        if (std::find(keys.cbegin(), keys.cend(), name) != keys.cend())
            return false;
        keys.push_back(name);
        return true;
    }
    if (keySet.isEmpty())
        keySet = QSet<QString>(keys.cbegin(), keys.cend());
    if (keySet.contains(name))
        return false;
    keySet.insert(name);
    return true;
}

std::optional<ScenarioFault> StrictJson::find(const QByteArray &json)
{
    StrictJson scanner(json);
    scanner.scan();
    return scanner.m_fault;
}

bool StrictJson::scan()
{
    while (m_pos < m_json.size()) {
        const char c = m_data[m_pos];
        if (c == '{' || c == '[') {
            if (m_depth == m_stack.size())
                m_stack.emplace_back();
            m_stack[m_depth++].reset(c == '{');
            ++m_pos;
        } else if (c == '}' || c == ']') {
            --m_depth;
            ++m_pos;
        } else if (c == ',') {
            if (current().object)
                current().expectsKey = true;
            else
                ++current().index;
            ++m_pos;
        } else if (c == '"') {
            if (!readString(m_depth > 0 && current().object && current().expectsKey))
                return false;
        } else if (c == '-' || c == '.' || isDigit(c)) {
            if (!readNumber())
                return false;
        } else {
            ++m_pos; // white space, ':', a byte order mark, and the letters of true, false, null
        }
    }
    return true;
}

// Qt stops at the second digit of "01" (at the top level) or just after the number (in an
// object or array): the number is the run of number characters around the offset. It is one
// only where a value can start, not the end of a string such as "a01".
std::optional<ScenarioFault> StrictJson::explainRefusal(const QByteArray &json, qsizetype offset)
{
    if (offset < 0 || offset > json.size())
        return std::nullopt;
    qsizetype start = offset;
    while (start > 0 && isNumberChar(json.at(start - 1)))
        --start;
    qsizetype end = offset;
    while (end < json.size() && isNumberChar(json.at(end)))
        ++end;
    const QByteArrayView before = QByteArrayView(json).first(start).trimmed();
    if (!before.isEmpty() && !QByteArrayView(":,[").contains(before.back()))
        return std::nullopt;
    const QByteArrayView number = QByteArrayView(json).sliced(start, end - start);
    const QByteArrayView digits = number.startsWith('-') ? number.sliced(1) : number;
    if (digits.size() < 2 || digits.at(0) != '0' || !isDigit(digits.at(1)))
        return std::nullopt;
    StrictJson scanner(json);
    scanner.failAt(start, tr("illegal number %1 (JSON numbers have no leading zeros)")
                              .arg(ScenarioFault::quote(QString::fromLatin1(number))));
    return scanner.m_fault;
}

// Keys are decoded as QJsonDocument decodes them ("w\u0061it" is "wait"); values are only
// checked.
bool StrictJson::readString(bool isKey)
{
    QString key;
    qsizetype plain = ++m_pos; // where the bytes without escapes start
    const auto takePlain = [&] {
        if (isKey)
            key += QString::fromUtf8(m_data + plain, m_pos - plain);
    };
    while (m_data[m_pos] != '"') {
        const auto byte = static_cast<unsigned char>(m_data[m_pos]);
        if (byte < 0x20)
            return failAt(m_pos, tr("control character U+%1 in a string (write it as an escape "
                                    "such as \\n, \\t or \\u0001)")
                                     .arg(QString::number(byte, 16).toUpper().rightJustified(
                                         4, QLatin1Char('0'))));
        if (byte != '\\') {
            ++m_pos;
            continue;
        }
        takePlain();
        if (!readEscape(isKey ? &key : nullptr))
            return false;
        plain = m_pos;
    }
    takePlain();
    ++m_pos;
    return !isKey || addKey(key);
}

bool StrictJson::readEscape(QString *text)
{
    const qsizetype start = m_pos;
    const char kind = m_data[m_pos + 1];
    m_pos += 2;
    static const QByteArray simple = QByteArrayLiteral("\"\\/bfnrt");
    static const QString decoded = QStringLiteral("\"\\/\b\f\n\r\t");
    if (kind == 'u') {
        char16_t unit = 0;
        for (int i = 0; i < 4; ++i)
            unit = char16_t(unit * 16 + hexValue(m_data[m_pos + i]));
        m_pos += 4;
        if (text)
            *text += QChar(unit);
        return true;
    }
    const qsizetype index = simple.indexOf(kind);
    if (index < 0) {
        // As written when it is plain ASCII ("\p"), else quoted so that the refusal stays one line.
        const QString escape = QString::fromUtf8(m_data + start, 2);
        const bool printable = kind > ' ' && kind < 0x7f;
        return failAt(start, tr("unknown escape %1 in a string (write \\\\ for a backslash)")
                                 .arg(printable ? escape : ScenarioFault::quote(escape)));
    }
    if (text)
        *text += decoded.at(index);
    return true;
}

// JSON's numbers: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?. Qt has refused the
// rest of what breaks this already; it lets ".5" and "1." through.
bool StrictJson::readNumber()
{
    const qsizetype start = m_pos;
    if (m_data[m_pos] == '-')
        ++m_pos;
    qsizetype digits = 0;
    while (m_pos < m_json.size() && isDigit(m_data[m_pos]))
        ++m_pos, ++digits;
    bool ok = digits > 0;
    if (m_pos < m_json.size() && m_data[m_pos] == '.') {
        ++m_pos;
        qsizetype fraction = 0;
        while (m_pos < m_json.size() && isDigit(m_data[m_pos]))
            ++m_pos, ++fraction;
        ok = ok && fraction > 0;
    }
    static const QByteArray exponent = QByteArrayLiteral("eE+-0123456789");
    while (m_pos < m_json.size() && exponent.contains(m_data[m_pos]))
        ++m_pos;
    if (ok)
        return true;
    return failAt(start,
                  tr("illegal number %1 (JSON needs a digit on each side of the point, as "
                     "in 0.5)")
                      .arg(ScenarioFault::quote(QString::fromUtf8(m_data + start, m_pos - start))));
}

bool StrictJson::addKey(const QString &key)
{
    Frame &frame = current();
    if (!frame.add(key)) {
        m_fault = ScenarioFault(path(), tr("duplicate key %1").arg(ScenarioFault::quote(key)));
        return false;
    }
    frame.key = key;
    frame.expectsKey = false;
    return true;
}

// The object or array being read, from the root.
JsonPath StrictJson::path() const
{
    JsonPath path;
    for (std::size_t i = 0; i + 1 < m_depth; ++i)
        path = m_stack[i].object ? path.key(pathKey(m_stack[i].key)) : path.at(m_stack[i].index);
    return path;
}

bool StrictJson::failAt(qsizetype offset, const QString &what)
{
    m_fault = ScenarioFault(
        JsonPath(), tr("not valid JSON at %1: %2").arg(JsonTextPosition::of(m_json, offset), what));
    return false;
}

} // namespace ck
