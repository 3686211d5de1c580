#include "pyvalue.h"

#include "coro/pythonexception.h"

#include <QStringList>

#include <stdexcept>

namespace ck {

namespace {

// str.isprintable(): not a control, format, surrogate, private-use or unassigned character,
// nor a separator other than the ASCII space (Objects/unicodectype.c).
bool isPrintable(char32_t c)
{
    if (c == U' ')
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

// How unicode_repr (Objects/unicodeobject.c) writes one character inside the quotes.
QString escaped(char32_t c, QChar quote)
{
    if (c == U'\\' || c == quote.unicode())
        return QLatin1Char('\\') + QString::fromUcs4(&c, 1);
    if (c == U'\t')
        return QStringLiteral("\\t");
    if (c == U'\n')
        return QStringLiteral("\\n");
    if (c == U'\r')
        return QStringLiteral("\\r");
    if (c < 0x7f && c >= U' ')
        return QString(QChar(char16_t(c)));
    if (c >= 0x7f && isPrintable(c))
        return QString::fromUcs4(&c, 1);
    if (c <= 0xff)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    if (c <= 0xffff)
        return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    return QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
}

} // namespace

PyValue PyValue::str(LocalizedText text)
{
    PyValue value;
    value.m_type = Type::Str;
    value.m_text = std::move(text);
    return value;
}

PyValue PyValue::str(const QString &text)
{
    return str(LocalizedText(text));
}

PyValue PyValue::list(std::vector<PyValue> items)
{
    PyValue value;
    value.m_type = Type::List;
    value.m_items = std::make_shared<const std::vector<PyValue>>(std::move(items));
    return value;
}

const std::vector<PyValue> &PyValue::items() const
{
    static const std::vector<PyValue> none;
    return m_items ? *m_items : none;
}

QString PyValue::toStr(Language language) const
{
    return m_type == Type::Str ? m_text.in(language) : repr(language);
}

QString PyValue::repr(Language language) const
{
    switch (m_type) {
    case Type::None:
        return QStringLiteral("None");
    case Type::Str:
        return reprOf(m_text.in(language));
    case Type::List:
        break;
    }
    QStringList parts;
    for (const PyValue &item : items())
        parts << item.repr(language);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

LocalizedText PyValue::reprText() const
{
    return LocalizedText(repr(Language::English), repr(Language::Korean));
}

QString PyValue::typeName() const
{
    switch (m_type) {
    case Type::None:
        return QStringLiteral("NoneType");
    case Type::Str:
        return QStringLiteral("str");
    case Type::List:
        break;
    }
    return QStringLiteral("list");
}

QString PyValue::reprOf(const QString &text)
{
    // Single quotes, unless the text holds one and no double quote.
    const QChar quote = text.contains(QLatin1Char('\'')) && !text.contains(QLatin1Char('"'))
                            ? QLatin1Char('"')
                            : QLatin1Char('\'');
    QString out(quote);
    for (const char32_t c : text.toUcs4())
        out += escaped(c, quote);
    return out + quote;
}

PyValue PyValue::added(const PyValue &left, const PyValue &right)
{
    const QString typeError = QStringLiteral("TypeError");
    if (left.m_type == Type::Str) {
        if (right.m_type != Type::Str)
            throw PythonException(typeError, QStringLiteral("can only concatenate str (not \"%1\") "
                                                            "to str")
                                                 .arg(right.typeName()));
        return str(LocalizedText(left.m_text.english() + right.m_text.english(),
                                 left.m_text.korean() + right.m_text.korean()));
    }
    if (left.m_type == Type::None)
        throw PythonException(typeError,
                              QStringLiteral("unsupported operand type(s) for +=: 'NoneType' and "
                                             "'%1'")
                                  .arg(right.typeName()));
    // list += iterable: extends the list (a str by its characters).
    std::vector<PyValue> items = left.items();
    if (right.m_type == Type::None)
        throw PythonException(typeError, QStringLiteral("'NoneType' object is not iterable"));
    if (right.m_type == Type::List) {
        items.insert(items.end(), right.items().begin(), right.items().end());
        return list(std::move(items));
    }
    // list += str extends the list by the characters, which differ between the languages of a
    // text: the validator refuses it (VariableFlow), so a run never gets here.
    throw std::logic_error("list += str");
}

PyValue &PyValue::operator+=(const PyValue &right)
{
    *this = added(*this, right);
    return *this;
}

QString str(const PyValue &value)
{
    return value.toStr(Language::English);
}

QString str(long long number)
{
    return QString::number(number);
}

} // namespace ck
