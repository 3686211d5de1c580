#include "demolisting.h"

#include <algorithm>

namespace ck {

QString DemoListing::pythonString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

DemoListing::DemoListing(const std::vector<Entry> &entries)
{
    // Comments start in one column, as a person would line them up.
    qsizetype column = 0;
    for (const Entry &entry : entries)
        if (!entry.comment.isEmpty())
            column = std::max(column, entry.code.size() + 2);
    for (const Entry &entry : entries) {
        QString line = entry.code;
        if (!entry.comment.isEmpty())
            line = line.leftJustified(column) + QStringLiteral("# ") + entry.comment;
        m_lines << line;
        if (entry.mark)
            m_marks[*entry.mark] = int(m_lines.size());
    }
}

DemoListing DemoListing::subroutine()
{
    return DemoListing({
        {QStringLiteral("def add(a, b):"), {}, {}},
        {QStringLiteral("    c = a + b"), tr("a, b and c live only while add runs"), Mark::AddSum},
        {QStringLiteral("    print(c)"), {}, Mark::AddPrintSum},
        {QStringLiteral("    print(%1)").arg(pythonString(printedByAdd())), {}, Mark::AddPrintName},
        {{}, {}, {}},
        {QStringLiteral("def calc():"), {}, {}},
        {QStringLiteral("    add(1, 2)"), tr("when add ends, calc carries on here"),
         Mark::CalcCallsAdd},
        {QStringLiteral("    print(%1)").arg(pythonString(printedByCalc())),
         {},
         Mark::CalcPrintName},
        {{}, {}, {}},
        {QStringLiteral("calc()"), {}, Mark::RunCalc},
    });
}

DemoListing DemoListing::coroutine()
{
    return DemoListing({
        {QStringLiteral("def number_coroutine():"), {}, {}},
        {QStringLiteral("    while True:"), tr("never ends, so it can keep receiving"), {}},
        {QStringLiteral("        x = (yield)"), tr("pauses here; send(v) puts v in x"),
         Mark::CoroutineYield},
        {QStringLiteral("        print(x)"), {}, Mark::CoroutinePrint},
        {{}, {}, {}},
        {QStringLiteral("co = number_coroutine()"), tr("creates it; its body has not run"),
         Mark::CreateCoroutine},
        {QStringLiteral("next(co)"), tr("runs it to its first yield"), Mark::StartCoroutine},
        {{}, {}, {}},
        {QStringLiteral("co.send(1)"), tr("sends %1 into the coroutine").arg(1), Mark::SendOne},
        {QStringLiteral("co.send(2)"), tr("sends %1 into the coroutine").arg(2), Mark::SendTwo},
        {QStringLiteral("co.send(3)"), tr("sends %1 into the coroutine").arg(3), Mark::SendThree},
    });
}

QString DemoListing::printedByAdd()
{
    //: What add() prints in the seed's program: its name ("add 함수").
    return tr("add");
}

QString DemoListing::printedByCalc()
{
    //: What calc() prints in the seed's program: its name ("calc 함수").
    return tr("calc");
}

int DemoListing::line(Mark mark) const
{
    const auto found = m_marks.find(mark);
    return found != m_marks.end() ? found->second : 0;
}

} // namespace ck
