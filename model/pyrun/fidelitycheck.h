#pragma once

#include "fidelityresult.h"
#include "scenario/language.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <chrono>
#include <map>
#include <vector>

namespace ck {

class Recorder;
struct Lane;
struct Span;

// Compares the app's QCoro run of a scenario in a mode with CPython's run, under the app's
// harness on its virtual clock, of the Python program the app writes for it (PythonProgram), as
// tests/oracle/check_oracle.py does: the printed lines in the same order with the same text,
// each at the same time within 1 µs (the program's own total's line included, where it prints
// it: when main() returns), and task by task each app task's own span against the CPython call
// of its function nearest it, starting and ending within 1 µs, in the same state
// (docs/python-programs.md, "Check with CPython").
class FidelityCheck
{
    Q_DECLARE_TR_FUNCTIONS(FidelityCheck)

public:
    static constexpr std::chrono::nanoseconds kTolerance{1000};

    // `language`: the one the program was written in (its prints and its total's line).
    // `functions`: the program's function for an app task of another name.
    static FidelityResult compare(const Recorder &app, const Recorder &python, Language language,
                                  const QHash<QString, QString> &functions = {});

private:
    struct Line
    {
        std::chrono::nanoseconds time;
        QString text;
    };

    FidelityCheck(const Recorder &app, const Recorder &python, Language language,
                  const QHash<QString, QString> &functions);
    std::vector<Line> appLines() const;
    std::vector<Line> pythonLines() const;
    void compareLines();
    void compareLine(int number, const Line &ours, const Line &theirs);
    // CPython's calls of each function, in the order they began: each task's own span (the
    // lane named after its coroutine) and each Routine span (a call inside a task, as in the
    // bounded modes' `admitted` wrappers).
    std::map<QString, std::vector<const Span *>> pythonCalls() const;
    // Each app task against the call of its function in CPython nearest it in time (a function
    // called twice has two). CPython's wrappers and helpers have no app task: not compared.
    void compareTasks();
    // The call of `calls` that starts and ends nearest the task's, taken out (nullptr: none).
    static const Span *takeNearest(std::vector<const Span *> &calls, const Span &task);
    void compareTask(const QString &name, const Span &ours, const Span &theirs);
    void compareSpan(const QString &task, const Span &ours, const Span &theirs);
    // The app lane's function, as the program names it.
    QString functionOf(const Lane &lane) const;
    static bool sameTime(std::chrono::nanoseconds a, std::chrono::nanoseconds b);
    static QString seconds(std::chrono::nanoseconds time);

    const Recorder &m_app;
    const Recorder &m_python;
    Language m_language;
    QHash<QString, QString> m_functions;
    FidelityResult m_result;
};

} // namespace ck
