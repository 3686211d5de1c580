#include "programtext.h"

namespace ck {

void ProgramText::add(const QString &line)
{
    Q_ASSERT(!line.contains(QLatin1Char('\n'))); // one entry, one line: the numbers depend on it
    m_lines << (line.isEmpty() ? line : m_indentUnit.repeated(m_depth) + line);
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
