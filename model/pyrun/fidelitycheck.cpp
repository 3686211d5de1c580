#include "fidelitycheck.h"

#include "trace/recorder.h"
#include "trace/secondstext.h"
#include "trace/spankind.h"

#include <algorithm>
#include <map>

namespace ck {

namespace {

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

QString FidelityCheck::functionOf(const Lane &lane) const
{
    const QString function = lane.function();
    return m_functions.value(function, function);
}

std::map<QString, std::vector<const Span *>> FidelityCheck::pythonCalls() const
{
    std::map<QString, std::vector<const Span *>> calls;
    for (const Span &span : m_python.spans()) {
        const bool laneOwn = span.depth == 0 && span.kind == SpanKind::Task;
        if (laneOwn)
            calls[m_python.lanes()[std::size_t(span.lane)].function()].push_back(&span);
        else if (span.kind == SpanKind::Routine)
            calls[m_python.nameOf(span)].push_back(&span);
    }
    for (auto &[function, spans] : calls)
        std::stable_sort(spans.begin(), spans.end(),
                         [](const Span *a, const Span *b) { return a->start < b->start; });
    return calls;
}

void FidelityCheck::compareTasks()
{
    // A plain function of sync mode is no coroutine: the harness records no call of it.
    if (m_app.info().mode == QLatin1String("sync"))
        return;
    auto calls = pythonCalls();
    std::vector<std::pair<QString, const Span *>> unmatched;
    for (int lane = 0; lane < int(m_app.lanes().size()); ++lane) {
        // The lane's Task span: Bounded mode's wait for a slot comes before it, outside the
        // task as the program's `async with semaphore:` is outside the call it traces.
        int first = m_app.firstSpanOf(lane);
        while (first >= 0 && m_app.spans()[std::size_t(first)].kind == SpanKind::ObjectWait)
            first = m_app.nextSpanOf(first);
        if (first < 0 || m_app.lanes()[std::size_t(lane)].worker > 0)
            continue;
        const Span &task = m_app.spans()[std::size_t(first)];
        const QString function = functionOf(m_app.lanes()[std::size_t(lane)]);
        const Span *call = takeNearest(calls[function], task);
        if (call == nullptr)
            unmatched.emplace_back(function, &task);
        else
            compareTask(function, task, *call);
    }
    // A task the program names otherwise (the seed calls both viewers watch_movie) takes the
    // program's task left over nearest it, when as many are left over.
    std::vector<const Span *> leftOver;
    for (const auto &[function, spans] : calls)
        for (const Span *span : spans)
            if (span != nullptr && span->kind == SpanKind::Task)
                leftOver.push_back(span);
    const bool pairs = leftOver.size() == unmatched.size();
    for (const auto &[function, task] : unmatched) {
        if (pairs)
            compareTask(function, *task, *takeNearest(leftOver, *task));
        else
            m_result.differences << tr("task %1: only in the app").arg(function);
    }
}

const Span *FidelityCheck::takeNearest(std::vector<const Span *> &calls, const Span &task)
{
    const auto distance = [&](const Span *call) {
        return std::chrono::abs(call->start - task.start) + std::chrono::abs(call->end - task.end);
    };
    auto nearest = calls.end();
    for (auto call = calls.begin(); call != calls.end(); ++call)
        if (*call != nullptr && (nearest == calls.end() || distance(*call) < distance(*nearest)))
            nearest = call;
    if (nearest == calls.end())
        return nullptr;
    const Span *taken = *nearest;
    *nearest = nullptr; // each call matches one task
    return taken;
}

void FidelityCheck::compareTask(const QString &name, const Span &ours, const Span &theirs)
{
    ++m_result.tasks;
    compareSpan(name, ours, theirs);
}

void FidelityCheck::compareSpan(const QString &task, const Span &ours, const Span &theirs)
{
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
