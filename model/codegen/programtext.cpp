#include "programtext.h"

#include "codesyntax.h"
#include "trace/visibletext.h"

namespace ck {

void ProgramText::add(const QString &line)
{
    // One entry, one line: the line numbers depend on it. Every text is escaped before it gets
    // here (CodeSyntax); were one to slip through, its line break is written as an escape
    // rather than let it start a line of its own or stop the app.
    QString text = line;
    for (const char16_t lineBreak : {u'\n', u'\r'})
        text.replace(QChar(lineBreak), VisibleText::escape(lineBreak));
    m_lines << (text.isEmpty() ? text : m_indentUnit.repeated(m_depth) + text);
}

void ProgramText::addTitle(const QString &mark, const QString &title, const QString &mode,
                           double speed)
{
    add(mark + say(QStringLiteral(" %1 (%2), written by CoroKitchen"),
                   QStringLiteral(" %1 (%2), CoroKitchen이 만든 프로그램"))
                   .arg(CodeSyntax::comment(title), mode));
    if (speed != 1.0)
        add(mark + say(QStringLiteral(" every duration divided by %1"),
                       QStringLiteral(" 모든 시간을 %1(으)로 나눴습니다"))
                       .arg(speed));
}

void ProgramText::add(const CodeLocation &location, const QString &line)
{
    m_locations.set(location, nextLine());
    add(line);
}

void ProgramText::add(const QStringList &lines)
{
    for (const QString &line : lines)
        add(line);
}

GeneratedProgram ProgramText::program() const
{
    return {m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'), m_locations};
}

} // namespace ck
