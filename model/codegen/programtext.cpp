#include "programtext.h"

namespace ck {

void ProgramText::add(const QString &line)
{
    Q_ASSERT(!line.contains(QLatin1Char('\n'))); // one entry, one line: the numbers depend on it
    m_lines << (line.isEmpty() ? line : m_indentUnit.repeated(m_depth) + line);
}

void ProgramText::addTitle(const QString &mark, const QString &title, const QString &mode,
                           double speed)
{
    add(mark + say(QStringLiteral(" %1 (%2), written by CoroKitchen"),
                   QStringLiteral(" %1 (%2), CoroKitchen이 만든 프로그램"))
                   .arg(title, mode));
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
