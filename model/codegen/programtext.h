#pragma once

#include "codelocation.h"
#include "generatedprogram.h"
#include "scenario/language.h"

#include <QString>
#include <QStringList>

namespace ck {

// The lines of a program being written, at an indentation level, with the CodeLocation of the
// lines that stand for a scenario step, a function or a task of main. Comments in the program
// speak the program's language, which need not be the window's.
class ProgramText
{
public:
    explicit ProgramText(Language language, QString indentUnit = QStringLiteral("    "))
        : m_language(language), m_indentUnit(std::move(indentUnit))
    {}

    Language language() const { return m_language; }
    // English or Korean, as the program speaks.
    QString say(const QString &english, const QString &korean) const
    {
        return m_language == Language::Korean ? korean : english;
    }

    // The program's first lines, as comments starting with `mark` ("#", "//"): what it is, and
    // by how much its durations were divided, if they were. The title is the scenario's, written
    // as CodeSyntax::comment has it.
    void addTitle(const QString &mark, const QString &title, const QString &mode, double speed);
    // Appends a line at the current indentation (empty lines stay empty).
    void add(const QString &line = {});
    // Appends a line and records it as the line of `location`.
    void add(const CodeLocation &location, const QString &line);
    void add(const QStringList &lines);
    // Records the next line as the line of `location` too.
    void mark(const CodeLocation &location) { m_locations.set(location, nextLine()); }
    void indent() { ++m_depth; }
    void dedent() { m_depth = m_depth > 0 ? m_depth - 1 : 0; }
    // The 1-based number the next line will have.
    int nextLine() const { return int(m_lines.size()) + 1; }

    GeneratedProgram program() const;

private:
    Language m_language;
    QString m_indentUnit;
    int m_depth = 0;
    QStringList m_lines;
    CodeLines m_locations;
};

} // namespace ck
