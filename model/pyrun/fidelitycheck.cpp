#include "fidelitycheck.h"

#include "trace/recorder.h"
#include "trace/secondstext.h"
#include "trace/spankind.h"

#include <algorithm>
#include <map>

namespace ck {

namespace {

// The spans of a lane in the order they started (a chunk is recorded when it ends).
std::vector<const Span *> spansOf(const Recorder &recorder, int lane)
{
    std::vector<const Span *> spans;
    for (int s = recorder.firstSpanOf(lane); s >= 0; s = recorder.nextSpanOf(s))
        spans.push_back(&recorder.spans()[std::size_t(s)]);
    std::stable_sort(spans.begin(), spans.end(), [](const Span *a, const Span *b) {
        return a->start != b->start ? a->start < b->start : a->depth < b->depth;
    });
    return spans;
}

QString quoted(const QString &text)
{
    return QStringLiteral("\"%1\"").arg(text);
}

} // namespace

FidelityResult FidelityCheck::compare(const Recorder &app, const Recorder &python,
                                      Language language, const QHash<QString, QString> &functions)
{
    FidelityCheck check(app, python, language, functions);
    check.compareTasks();
    check.compareLines();
    return check.m_result;
}

FidelityCheck::FidelityCheck(const Recorder &app, const Recorder &python, Language language,
                             const QHash<QString, QString> &functions)
    : m_app(app), m_python(python), m_language(language), m_functions(functions)
{}

std::vector<FidelityCheck::Line> FidelityCheck::appLines() const
{
    // The program prints its total when main() returns (PythonProgram::writeResults), before
    // what tasks never awaited print in asyncio.run's last iteration; not when main() raised.
    const RunInfo &info = m_app.info();
    const QString total =
        m_language == Language::Korean
            ? QStringLiteral("총 실행 시간 : %1 초").arg(SecondsText::fixed(info.total, 2))
            : QStringLiteral("Total execution time : %1 seconds")
                  .arg(SecondsText::fixed(info.total, 2));
    const int totalAt = !info.mainError.isEmpty() ? -1
                        : info.mainLines >= 0     ? info.mainLines
                                                  : int(m_app.logLines().size());
    std::vector<Line> lines;
    for (int i = 0; i <= int(m_app.logLines().size()); ++i) {
        if (i == totalAt)
            lines.push_back({info.total, total});
        if (i < int(m_app.logLines().size()))
            lines.push_back({m_app.logLines()[std::size_t(i)].time,
                             m_app.logLines()[std::size_t(i)].text.in(m_language)});
    }
    return lines;
}

std::vector<FidelityCheck::Line> FidelityCheck::pythonLines() const
{
    std::vector<Line> lines;
    for (const LogLine &line : m_python.logLines())
        lines.push_back({line.time, line.text.in(m_language)});
    return lines;
}

void FidelityCheck::compareLines()
{
    const std::vector<Line> ours = appLines();
    const std::vector<Line> theirs = pythonLines();
    m_result.lines = int(ours.size());
    const auto textAt = [](const std::vector<Line> &lines, std::size_t at) {
        return at < lines.size() ? lines[at].text : QString();
    };
    std::size_t a = 0;
    std::size_t p = 0;
    while (a < ours.size() || p < theirs.size()) {
        const int number = int(a) + 1;
        if (a < ours.size() && p < theirs.size() && ours[a].text == theirs[p].text) {
            compareLine(number, ours[a++], theirs[p++]);
        } else if (a < ours.size() && ours[a].text == textAt(theirs, p + 1) &&
                   theirs[p].text == textAt(ours, a + 1)) {
            m_result.differences << tr("lines %1 and %2: the order differs: the app prints %3 "
                                       "first, CPython %4")
                                        .arg(number)
                                        .arg(number + 1)
                                        .arg(quoted(ours[a].text), quoted(theirs[p].text));
            a += 2;
            p += 2;
        } else if (p < theirs.size() &&
                   (a >= ours.size() || ours[a].text == textAt(theirs, p + 1))) {
            m_result.differences << tr("line %1: only CPython prints %2 (at %3 s)")
                                        .arg(number)
                                        .arg(quoted(theirs[p].text), seconds(theirs[p].time));
            ++p;
        } else if (p >= theirs.size() || textAt(ours, a + 1) == theirs[p].text) {
            m_result.differences << tr("line %1: only the app prints %2 (at %3 s)")
                                        .arg(number)
                                        .arg(quoted(ours[a].text), seconds(ours[a].time));
            ++a;
        } else {
            m_result.differences << tr("line %1: the app prints %2, CPython %3")
                                        .arg(number)
                                        .arg(quoted(ours[a].text), quoted(theirs[p].text));
            ++a;
            ++p;
        }
    }
}

void FidelityCheck::compareLine(int number, const Line &ours, const Line &theirs)
{
    if (!sameTime(ours.time, theirs.time))
        m_result.differences << tr("line %1 (%2): at %3 s in the app, %4 s in CPython")
                                    .arg(number)
                                    .arg(quoted(ours.text), seconds(ours.time),
                                         seconds(theirs.time));
}

QString FidelityCheck::functionOf(const Lane &lane, bool inApp) const
{
    const QString function = lane.function();
    return inApp ? m_functions.value(function, function) : function;
}

void FidelityCheck::compareTasks()
{
    // Each function's lanes in the order they were made, in each run.
    std::map<QString, std::pair<std::vector<int>, std::vector<int>>> byFunction;
    std::vector<QString> order;
    const auto note = [&](const Recorder &recorder, bool inApp) {
        for (int lane = 0; lane < int(recorder.lanes().size()); ++lane) {
            const QString function = functionOf(recorder.lanes()[std::size_t(lane)], inApp);
            auto &lanes = byFunction[function];
            if (lanes.first.empty() && lanes.second.empty())
                order.push_back(function);
            (inApp ? lanes.first : lanes.second).push_back(lane);
        }
    };
    note(m_app, true);
    note(m_python, false);
    for (const QString &function : order) {
        const auto &[ours, theirs] = byFunction[function];
        for (std::size_t i = 0; i < std::max(ours.size(), theirs.size()); ++i) {
            const QString name = ours.size() > 1 || theirs.size() > 1
                                     ? QStringLiteral("%1 #%2").arg(function).arg(i + 1)
                                     : function;
            if (i >= theirs.size())
                m_result.differences << tr("task %1: only in the app").arg(name);
            else if (i >= ours.size())
                m_result.differences << tr("task %1: only in CPython").arg(name);
            else
                compareLane(name, ours[i], theirs[i]);
        }
    }
}

void FidelityCheck::compareLane(const QString &name, int ours, int theirs)
{
    ++m_result.tasks;
    const auto appSpans = spansOf(m_app, ours);
    const auto pythonSpans = spansOf(m_python, theirs);
    if (appSpans.size() != pythonSpans.size())
        m_result.differences << tr("task %1: %2 spans in the app, %3 in CPython")
                                    .arg(name)
                                    .arg(appSpans.size())
                                    .arg(pythonSpans.size());
    for (std::size_t i = 0; i < std::min(appSpans.size(), pythonSpans.size()); ++i)
        compareSpan(i == 0 ? name : tr("%1, span %2").arg(name).arg(i + 1), *appSpans[i],
                    *pythonSpans[i]);
}

void FidelityCheck::compareSpan(const QString &task, const Span &ours, const Span &theirs)
{
    if (ours.kind != theirs.kind)
        m_result.differences << tr("%1: a %2 in the app, a %3 in CPython")
                                    .arg(task, spanKindName(ours.kind), spanKindName(theirs.kind));
    if (!sameTime(ours.start, theirs.start))
        m_result.differences << tr("%1 starts at %2 s in the app, %3 s in CPython")
                                    .arg(task, seconds(ours.start), seconds(theirs.start));
    if (!sameTime(ours.end, theirs.end))
        m_result.differences << tr("%1 ends at %2 s in the app, %3 s in CPython")
                                    .arg(task, seconds(ours.end), seconds(theirs.end));
    if (ours.state != theirs.state)
        m_result.differences << tr("%1 ends %2 in the app, %3 in CPython")
                                    .arg(task, spanStateName(ours.state),
                                         spanStateName(theirs.state));
}

bool FidelityCheck::sameTime(std::chrono::nanoseconds a, std::chrono::nanoseconds b)
{
    return std::chrono::abs(a - b) <= kTolerance;
}

QString FidelityCheck::seconds(std::chrono::nanoseconds time)
{
    return SecondsText::fixed(time, 6);
}

} // namespace ck
