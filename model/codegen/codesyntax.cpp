#include "codesyntax.h"

#include "trace/visibletext.h"

#include <QStringList>
#include <cmath>

namespace ck {

namespace {

// Keywords, and the names the generated programs define or use at the top level.
const QStringList kPythonReserved{QStringLiteral("False"),        QStringLiteral("None"),
                                  QStringLiteral("True"),         QStringLiteral("and"),
                                  QStringLiteral("as"),           QStringLiteral("assert"),
                                  QStringLiteral("async"),        QStringLiteral("await"),
                                  QStringLiteral("break"),        QStringLiteral("class"),
                                  QStringLiteral("continue"),     QStringLiteral("def"),
                                  QStringLiteral("del"),          QStringLiteral("elif"),
                                  QStringLiteral("else"),         QStringLiteral("except"),
                                  QStringLiteral("finally"),      QStringLiteral("for"),
                                  QStringLiteral("from"),         QStringLiteral("global"),
                                  QStringLiteral("if"),           QStringLiteral("import"),
                                  QStringLiteral("in"),           QStringLiteral("is"),
                                  QStringLiteral("lambda"),       QStringLiteral("nonlocal"),
                                  QStringLiteral("not"),          QStringLiteral("or"),
                                  QStringLiteral("pass"),         QStringLiteral("raise"),
                                  QStringLiteral("return"),       QStringLiteral("try"),
                                  QStringLiteral("while"),        QStringLiteral("with"),
                                  QStringLiteral("yield"),        QStringLiteral("asyncio"),
                                  QStringLiteral("time"),         QStringLiteral("os"),
                                  QStringLiteral("urllib"),       QStringLiteral("print"),
                                  QStringLiteral("main"),         QStringLiteral("done"),
                                  QStringLiteral("semaphore"),    QStringLiteral("admitted"),
                                  QStringLiteral("download"),     QStringLiteral("fetch"),
                                  QStringLiteral("SERVER"),       QStringLiteral("min"),
                                  QStringLiteral("int"),          QStringLiteral("len"),
                                  QStringLiteral("TimeoutError"), QStringLiteral("ConnectionError"),
                                  QStringLiteral("start_time"),   QStringLiteral("elapsed"),
                                  QStringLiteral("failed"),       QStringLiteral("isinstance")};

const QStringList kCppReserved{QStringLiteral("alignas"),
                               QStringLiteral("alignof"),
                               QStringLiteral("and"),
                               QStringLiteral("and_eq"),
                               QStringLiteral("asm"),
                               QStringLiteral("auto"),
                               QStringLiteral("bitand"),
                               QStringLiteral("bitor"),
                               QStringLiteral("bool"),
                               QStringLiteral("break"),
                               QStringLiteral("case"),
                               QStringLiteral("catch"),
                               QStringLiteral("char"),
                               QStringLiteral("char8_t"),
                               QStringLiteral("char16_t"),
                               QStringLiteral("char32_t"),
                               QStringLiteral("class"),
                               QStringLiteral("compl"),
                               QStringLiteral("concept"),
                               QStringLiteral("const"),
                               QStringLiteral("consteval"),
                               QStringLiteral("constexpr"),
                               QStringLiteral("constinit"),
                               QStringLiteral("const_cast"),
                               QStringLiteral("continue"),
                               QStringLiteral("co_await"),
                               QStringLiteral("co_return"),
                               QStringLiteral("co_yield"),
                               QStringLiteral("decltype"),
                               QStringLiteral("default"),
                               QStringLiteral("delete"),
                               QStringLiteral("do"),
                               QStringLiteral("double"),
                               QStringLiteral("dynamic_cast"),
                               QStringLiteral("else"),
                               QStringLiteral("enum"),
                               QStringLiteral("explicit"),
                               QStringLiteral("export"),
                               QStringLiteral("extern"),
                               QStringLiteral("false"),
                               QStringLiteral("float"),
                               QStringLiteral("for"),
                               QStringLiteral("friend"),
                               QStringLiteral("goto"),
                               QStringLiteral("if"),
                               QStringLiteral("inline"),
                               QStringLiteral("int"),
                               QStringLiteral("long"),
                               QStringLiteral("mutable"),
                               QStringLiteral("namespace"),
                               QStringLiteral("new"),
                               QStringLiteral("noexcept"),
                               QStringLiteral("not"),
                               QStringLiteral("not_eq"),
                               QStringLiteral("nullptr"),
                               QStringLiteral("operator"),
                               QStringLiteral("or"),
                               QStringLiteral("or_eq"),
                               QStringLiteral("private"),
                               QStringLiteral("protected"),
                               QStringLiteral("public"),
                               QStringLiteral("register"),
                               QStringLiteral("reinterpret_cast"),
                               QStringLiteral("requires"),
                               QStringLiteral("return"),
                               QStringLiteral("short"),
                               QStringLiteral("signed"),
                               QStringLiteral("sizeof"),
                               QStringLiteral("static"),
                               QStringLiteral("static_assert"),
                               QStringLiteral("static_cast"),
                               QStringLiteral("struct"),
                               QStringLiteral("switch"),
                               QStringLiteral("template"),
                               QStringLiteral("this"),
                               QStringLiteral("thread_local"),
                               QStringLiteral("throw"),
                               QStringLiteral("true"),
                               QStringLiteral("try"),
                               QStringLiteral("typedef"),
                               QStringLiteral("typeid"),
                               QStringLiteral("typename"),
                               QStringLiteral("union"),
                               QStringLiteral("unsigned"),
                               QStringLiteral("using"),
                               QStringLiteral("virtual"),
                               QStringLiteral("void"),
                               QStringLiteral("volatile"),
                               QStringLiteral("wchar_t"),
                               QStringLiteral("while"),
                               QStringLiteral("xor"),
                               QStringLiteral("xor_eq"),
                               QStringLiteral("main"),
                               QStringLiteral("asyncMain"),
                               QStringLiteral("runMain"),
                               QStringLiteral("loop"),
                               QStringLiteral("done"),
                               QStringLiteral("print"),
                               QStringLiteral("semaphore"),
                               QStringLiteral("admitted"),
                               QStringLiteral("Permit"),
                               QStringLiteral("download"),
                               QStringLiteral("fetch"),
                               QStringLiteral("failed"),
                               QStringLiteral("server"),
                               QStringLiteral("network"),
                               QStringLiteral("std"),
                               QStringLiteral("ck"),
                               QStringLiteral("QCoro")};

// One character of a string literal, as an escape where the character could end the literal or
// its line, or hide what it says: quotes, backslashes and whatever VisibleText escapes. C++ gets
// octal below 0x80 and `\u` above (a hex escape would swallow the hex digits after it), which
// both a u"" and a UTF-8 "" literal read back as the same character; `?` after `?` is escaped so no
// trigraph can form, whatever the compiler's mode.
QString escapedChar(char32_t c, char32_t previous, bool cpp)
{
    switch (c) {
    case '\\':
        return QStringLiteral("\\\\");
    case '"':
        return QStringLiteral("\\\"");
    case '\n':
        return QStringLiteral("\\n");
    case '\r':
        return QStringLiteral("\\r");
    case '\t':
        return QStringLiteral("\\t");
    case '?':
        return cpp && previous == '?' ? QStringLiteral("\\?") : QStringLiteral("?");
    default:
        break;
    }
    if (c >= 0xd800 && c <= 0xdfff)
        c = 0xfffd; // a surrogate without its pair: no language can print it
    if (!VisibleText::isHidden(c))
        return QStringView(QChar::fromUcs4(c)).toString();
    if (!cpp)
        return VisibleText::escape(c); // \x1b or \u202e: Python reads exactly 2 or 4 digits
    if (c < 0x80)
        return QStringLiteral("\\%1").arg(uint(c), 3, 8, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

QString escaped(const QString &text, bool cpp)
{
    QString out;
    char32_t previous = 0;
    for (const char32_t c : text.toUcs4()) {
        out += escapedChar(c, previous, cpp);
        previous = c;
    }
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

QString CodeSyntax::pythonString(const QString &text)
{
    return escaped(text, false);
}

QString CodeSyntax::cppString(const QString &text)
{
    return QStringLiteral("QStringLiteral(%1)").arg(escaped(text, true));
}

QString CodeSyntax::cppCString(const QString &text)
{
    return escaped(text, true);
}

QString CodeSyntax::comment(const QString &text)
{
    QString line = VisibleText::of(text);
    // C++ splices a line ending in a backslash to the next one, a `//` comment's line too, and
    // with trigraphs ??/ is a backslash: such a last character is written as its escape.
    if (line.endsWith(QLatin1Char('\\')) || line.endsWith(QStringLiteral("?\?/"))) {
        const char32_t last = line.back().unicode();
        line.chop(1);
        line += VisibleText::escape(last);
    }
    return line;
}

QString CodeSyntax::pythonName(const QString &name)
{
    return kPythonReserved.contains(name) ? name + QLatin1Char('_') : name;
}

QString CodeSyntax::cppName(const QString &name)
{
    // Names with a double underscore or an underscore and a capital are the implementation's.
    if (name.contains(QStringLiteral("__")) ||
        (name.startsWith(QLatin1Char('_')) && name.size() > 1 && name[1].isUpper()))
        return QStringLiteral("ck") + name;
    return kCppReserved.contains(name) ? name + QLatin1Char('_') : name;
}

std::chrono::nanoseconds CodeSyntax::scaled(std::chrono::nanoseconds duration, double speed)
{
    return std::chrono::nanoseconds(std::llround(double(duration.count()) / speed));
}

QString CodeSyntax::pythonSeconds(std::chrono::nanoseconds duration, double speed)
{
    return QString::number(std::chrono::duration<double>(duration).count() / speed, 'g', 9);
}

QString CodeSyntax::cppDuration(std::chrono::nanoseconds duration, double speed)
{
    const qint64 ns = scaled(duration, speed).count();
    if (ns % 1'000'000'000 == 0)
        return QStringLiteral("%1s").arg(ns / 1'000'000'000);
    if (ns % 1'000'000 == 0)
        return QStringLiteral("%1ms").arg(ns / 1'000'000);
    if (ns % 1'000 == 0)
        return QStringLiteral("%1us").arg(ns / 1'000);
    return QStringLiteral("%1ns").arg(ns);
}

QString CodeSyntax::number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace ck
