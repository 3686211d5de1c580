#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <vector>

namespace ck {

// The seed's two Python programs as text, with the lines that a run's events point at. The
// comments and the printed words are translated; the code itself is Python, as in the seed.
class DemoListing
{
    Q_DECLARE_TR_FUNCTIONS(DemoListing)

public:
    enum class Mark {
        AddSum,
        AddPrintSum,
        AddPrintName,
        CalcCallsAdd,
        CalcPrintName,
        RunCalc,
        CoroutineYield,
        CoroutinePrint,
        CreateCoroutine,
        StartCoroutine,
        SendOne,
        SendTwo,
        SendThree,
    };

    // calc() calls add(1, 2): a main routine and its subroutine.
    static DemoListing subroutine();
    // number_coroutine() receives 1, 2 and 3 through send().
    static DemoListing coroutine();

    // What add() and calc() print: their names.
    static QString printedByAdd();
    static QString printedByCalc();
    // `text` as a Python string literal: 'add'
    static QString pythonString(const QString &text);

    const QStringList &lines() const { return m_lines; }
    QString text() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'); }
    // 1-based line of `mark`, 0 if this program has no such line.
    int line(Mark mark) const;

private:
    struct Entry
    {
        QString code;
        QString comment;
        std::optional<Mark> mark;
    };

    explicit DemoListing(const std::vector<Entry> &entries);

    QStringList m_lines;
    std::map<Mark, int> m_marks;
};

} // namespace ck
