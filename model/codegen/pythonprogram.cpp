#include "pythonprogram.h"

#include "scenario/scenario.h"
#include "scenario/stepfinder.h"

#include <set>

namespace ck {

namespace {

const QString kIndent = QStringLiteral("    ");

QString pyString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
        .replace(QLatin1Char('\r'), QStringLiteral("\\r"))
        .replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QStringList indented(const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines)
        result << (line.isEmpty() ? line : kIndent + line);
    return result;
}

} // namespace

std::optional<QString> PythonProgram::generate(const Scenario &scenario, const Strategy &strategy,
                                               Language language, double speed, QString *error)
{
    const QString download = StepFinder::firstWhere(
        scenario, [](const Step &step) { return step.kind == Step::Kind::Download; });
    if (!download.isEmpty()) {
        *error = tr("download steps have no Python form yet");
        return std::nullopt;
    }
    return PythonProgram(scenario, strategy, language, speed > 0 ? speed : 1.0).program();
}

PythonProgram::PythonProgram(const Scenario &scenario, const Strategy &strategy, Language language,
                             double speed)
    : m_scenario(scenario), m_strategy(strategy), m_language(language), m_speed(speed)
{}

QString PythonProgram::program() const
{
    QStringList lines{QStringLiteral("# %1 (%2), written by CoroKitchen")
                          .arg(m_scenario.title.in(m_language), m_strategy.name())};
    if (m_speed != 1.0)
        lines << QStringLiteral("# every duration divided by %1").arg(m_speed);
    if (m_strategy.isAsync())
        lines << QStringLiteral("import asyncio");
    lines << QStringLiteral("import time") << QString();
    if (usesEvents())
        lines << QStringLiteral("done = {}  # task name -> asyncio.Event, set when it ends")
              << QString();
    for (const Routine &routine : m_scenario.routines)
        lines << this->routine(routine.name, routine.steps, false, -1) << QString();
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i)
        lines << routine(m_scenario.tasks[i].name, m_scenario.tasks[i].steps, true, int(i))
              << QString();
    lines << mainLines() << QString();
    lines << (m_strategy.isAsync() ? QStringLiteral("asyncio.run(main())")
                                   : QStringLiteral("main()"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString PythonProgram::routine(const QString &name, const std::vector<Step> &steps, bool isTask,
                               int taskIndex) const
{
    QStringList body;
    if (isTask && m_strategy.isConcurrent() && m_strategy.kind() != Strategy::Kind::Bounded) {
        for (const QString &predecessor : m_scenario.tasks[std::size_t(taskIndex)].after)
            body << QStringLiteral("await done[%1].wait()").arg(pyString(predecessor));
    }
    for (const Step &step : steps)
        body << stepLines(step);
    if (isTask) {
        const ScenarioTask &task = m_scenario.tasks[std::size_t(taskIndex)];
        if (usesEvents())
            body << QStringLiteral("done[%1].set()").arg(pyString(task.name));
        if (task.result)
            body << QStringLiteral("return %1").arg(pyString(task.result->in(m_language)));
    }
    if (body.isEmpty())
        body << QStringLiteral("pass");
    const QString keyword =
        m_strategy.isAsync() ? QStringLiteral("async def") : QStringLiteral("def");
    return (QStringList{QStringLiteral("%1 %2():").arg(keyword, name)} + indented(body))
        .join(QLatin1Char('\n'));
}

QStringList PythonProgram::stepLines(const Step &step) const
{
    const bool async = m_strategy.isAsync();
    switch (step.kind) {
    case Step::Kind::Log:
        return {QStringLiteral("print(%1)").arg(pyString(step.text.in(m_language)))};
    case Step::Kind::Wait:
        return {async ? QStringLiteral("await asyncio.sleep(%1)").arg(seconds(step.duration))
                      : QStringLiteral("time.sleep(%1)").arg(seconds(step.duration))};
    case Step::Kind::Block:
        return {
            QStringLiteral("time.sleep(%1)  # blocks the event loop").arg(seconds(step.duration))};
    case Step::Kind::Call:
        return {callOf(step.routineNames.front())};
    case Step::Kind::Gather: {
        if (!async) {
            QStringList calls;
            for (const QString &name : step.routineNames)
                calls << callOf(name);
            return calls;
        }
        QStringList calls;
        for (const QString &name : step.routineNames)
            calls << name + QStringLiteral("()");
        return {QStringLiteral("await asyncio.gather(%1)").arg(calls.join(QStringLiteral(", ")))};
    }
    case Step::Kind::Download:
        break; // refused in generate()
    }
    return {};
}

QStringList PythonProgram::mainLines() const
{
    QStringList body{QStringLiteral("start_time = time.time()")};
    QStringList results;
    for (const ScenarioTask &task : m_scenario.tasks)
        results << (task.result ? QStringLiteral("result_") + task.name : QStringLiteral("_"));
    switch (m_strategy.kind()) {
    case Strategy::Kind::Sync:
    case Strategy::Kind::Sequential:
        for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i)
            body << QStringLiteral("%1 = %2").arg(results[qsizetype(i)],
                                                  callOf(m_scenario.tasks[i].name));
        break;
    case Strategy::Kind::Gather:
    case Strategy::Kind::Bounded: {
        QStringList calls;
        for (const ScenarioTask &task : m_scenario.tasks) {
            if (m_strategy.kind() == Strategy::Kind::Gather) {
                calls << task.name + QStringLiteral("()");
                continue;
            }
            QStringList arguments{task.name};
            for (const QString &predecessor : task.after)
                arguments << pyString(predecessor);
            calls << QStringLiteral("admitted(%1)").arg(arguments.join(QStringLiteral(", ")));
        }
        if (m_strategy.kind() == Strategy::Kind::Bounded)
            body << QStringLiteral("semaphore = asyncio.Semaphore(%1)").arg(m_strategy.limit())
                 << QString() << QStringLiteral("async def admitted(task, *after):")
                 << kIndent + QStringLiteral("for name in after:")
                 << kIndent + kIndent + QStringLiteral("await done[name].wait()")
                 << kIndent + QStringLiteral("async with semaphore:")
                 << kIndent + kIndent + QStringLiteral("return await task()") << QString();
        body << QStringLiteral("%1, = await asyncio.gather(%2)")
                    .arg(results.join(QStringLiteral(", ")), calls.join(QStringLiteral(", ")));
        break;
    }
    case Strategy::Kind::CreateTask:
        for (const ScenarioTask &task : m_scenario.tasks)
            body << QStringLiteral("%1_task = asyncio.create_task(%1())").arg(task.name);
        for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i)
            body << QStringLiteral("%1 = await %2_task")
                        .arg(results[qsizetype(i)], m_scenario.tasks[i].name);
        break;
    }
    body << resultLines();
    QStringList lines;
    if (usesEvents())
        lines
            << QStringLiteral("done.update({name: asyncio.Event() for name in (%1,)})").arg([this] {
                   QStringList names;
                   for (const ScenarioTask &task : m_scenario.tasks)
                       names << pyString(task.name);
                   return names.join(QStringLiteral(", "));
               }());
    const QString keyword =
        m_strategy.isAsync() ? QStringLiteral("async def") : QStringLiteral("def");
    return QStringList{QStringLiteral("%1 main():").arg(keyword)} + indented(lines + body);
}

QStringList PythonProgram::resultLines() const
{
    QStringList lines{QStringLiteral("elapsed = time.time() - start_time")};
    const bool korean = m_language == Language::Korean;
    for (const ScenarioTask &task : m_scenario.tasks) {
        if (!task.result)
            continue;
        const QString text = korean ? QStringLiteral("%1 결과 : {result_%1}")
                                    : QStringLiteral("Result of %1 : {result_%1}");
        lines << QStringLiteral("print(f%1)").arg(pyString(text.arg(task.name)));
    }
    lines << (korean ? QStringLiteral("print(f\"총 실행 시간 : {elapsed:.2f} 초\")")
                     : QStringLiteral("print(f\"Total execution time : {elapsed:.2f} seconds\")"));
    return lines;
}

bool PythonProgram::usesEvents() const
{
    return m_strategy.isConcurrent() &&
           std::any_of(m_scenario.tasks.begin(), m_scenario.tasks.end(),
                       [](const ScenarioTask &task) { return !task.after.isEmpty(); });
}

QString PythonProgram::seconds(std::chrono::nanoseconds duration) const
{
    return QString::number(std::chrono::duration<double>(duration).count() / m_speed, 'g', 9);
}

QString PythonProgram::callOf(const QString &name) const
{
    return (m_strategy.isAsync() ? QStringLiteral("await %1()") : QStringLiteral("%1()")).arg(name);
}

} // namespace ck
