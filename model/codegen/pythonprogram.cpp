#include "pythonprogram.h"

#include "codesyntax.h"
#include "pythondownload.h"
#include "scenario/scenario.h"
#include "scenario/stepfinder.h"
#include "stepcode.h"
#include "steps/callstep.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

#include <algorithm>

namespace ck {

std::optional<GeneratedProgram> PythonProgram::generate(const Scenario &scenario,
                                                        const Strategy &strategy, Language language,
                                                        double speed, QString *error)
{
    Q_UNUSED(error);
    return PythonProgram(scenario, strategy, language, speed > 0 ? speed : 1.0).program();
}

PythonProgram::PythonProgram(const Scenario &scenario, const Strategy &strategy, Language language,
                             double speed)
    : m_scenario(scenario), m_strategy(strategy), m_speed(speed),
      m_downloads(DownloadUse::of(scenario)),
      m_usesEvents(strategy.isConcurrent() && scenario.hasOrderings()),
      m_cancels(!StepFinder::firstWhere(
                     scenario, [](const Step &step) { return step.kind == Step::Kind::Cancel; })
                     .isEmpty()),
      m_out(language)
{}

GeneratedProgram PythonProgram::program()
{
    m_out.addTitle(QStringLiteral("#"), m_scenario.title.in(m_out.language()), m_strategy.name(),
                   m_speed);
    QStringList imports = PythonDownload::imports(m_downloads, m_strategy.isAsync());
    if (m_strategy.isAsync() || catchesCancellation())
        imports << QStringLiteral("import asyncio");
    imports << QStringLiteral("import time");
    if (usesThreads())
        imports << QStringLiteral("from concurrent.futures import ThreadPoolExecutor");
    std::sort(imports.begin(), imports.end());
    m_out.add(imports);
    m_out.add();
    writeObjects();
    if (usesEvents()) {
        m_out.add(QStringLiteral("done = {}  # %1")
                      .arg(m_out.say(QStringLiteral("task name -> asyncio.Event, set when it ends"),
                                     QStringLiteral("태스크 이름 -> asyncio.Event, 끝나면 set"))));
        m_out.add();
    }
    if (m_cancels) {
        m_out.add(QStringLiteral("tasks = {}  # %1")
                      .arg(m_out.say(QStringLiteral("task name -> asyncio.Task, for task.cancel()"),
                                     QStringLiteral("태스크 이름 -> asyncio.Task, "
                                                    "task.cancel()에 씁니다"))));
        m_out.add();
    }
    PythonDownload::writeHelpers(m_out, m_downloads, m_strategy.isAsync());
    for (std::size_t i = 0; i < m_scenario.routines.size(); ++i)
        writeFunction(m_scenario.routines[i].name, m_scenario.routines[i].steps,
                      CodeLocation::routine(int(i)), -1);
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i)
        writeFunction(m_scenario.tasks[i].name, m_scenario.tasks[i].steps,
                      CodeLocation::task(int(i)), int(i));
    writeMain();
    m_out.add();
    m_out.add(m_strategy.isAsync() ? QStringLiteral("asyncio.run(main())")
                                   : QStringLiteral("main()"));
    return m_out.program();
}

void PythonProgram::writeFunction(const QString &name, const std::vector<Step> &steps,
                                  const CodeLocation &header, int taskIndex)
{
    const QString keyword =
        m_strategy.isAsync() ? QStringLiteral("async def") : QStringLiteral("def");
    m_out.add(header, QStringLiteral("%1 %2():").arg(keyword, CodeSyntax::pythonName(name)));
    m_out.indent();
    const int firstLine = m_out.nextLine();
    const ScenarioTask *task = taskIndex >= 0 ? &m_scenario.tasks[std::size_t(taskIndex)] : nullptr;
    if (task && m_strategy.isConcurrent() && m_strategy.kind() != Strategy::Kind::Bounded) {
        for (const QString &predecessor : task->after())
            m_out.add(
                QStringLiteral("await done[%1].wait()").arg(CodeSyntax::pythonString(predecessor)));
    }
    for (const Step &step : steps)
        writeStep(step, header);
    if (task) {
        if (usesEvents())
            m_out.add(QStringLiteral("done[%1].set()").arg(CodeSyntax::pythonString(task->name)));
        if (task->result())
            m_out.add(QStringLiteral("return %1")
                          .arg(CodeSyntax::pythonString(task->result()->in(m_out.language()))));
    }
    if (m_out.nextLine() == firstLine)
        m_out.add(QStringLiteral("pass"));
    m_out.dedent();
    m_out.add();
}

void PythonProgram::writeStep(const Step &step, const CodeLocation &owner)
{
    StepCode code{m_out, m_strategy.isAsync(), m_speed, false, {}, {}, {}};
    code.writeBlock = [this, owner](const std::vector<Step> &steps) {
        for (const Step &nested : steps)
            writeStep(nested, owner);
    };
    StepKinds::of(step).writePython(step, CodeLocation{owner.owner, owner.index, step.order}, code);
}

// The scenario's objects, at module level as asyncio programs make them: since 3.10 an object
// binds the running loop when first used, not when made.
void PythonProgram::writeObjects()
{
    if (!m_strategy.isAsync() || m_scenario.objects.empty())
        return; // sync mode refuses the steps that use them
    for (const NamedObject &object : m_scenario.objects)
        m_out.add(QStringLiteral("%1 = %2").arg(CodeSyntax::pythonName(object.name),
                                                object.pythonConstructor()));
    m_out.add();
}

bool PythonProgram::catchesCancellation() const
{
    return !StepFinder::firstWhere(m_scenario, [](const Step &step) {
                return std::any_of(
                    step.blocks.cbegin(), step.blocks.cend(), [](const StepBlock &block) {
                        return block.exceptionTypes.contains(QStringLiteral("CancelledError"));
                    });
            }).isEmpty();
}

bool PythonProgram::usesThreads() const
{
    return m_strategy.isAsync() && !StepFinder::firstWhere(m_scenario, [](const Step &step) {
                                        return step.kind == Step::Kind::ToThread;
                                    }).isEmpty();
}

void PythonProgram::writeExecutor()
{
    m_out.add(QStringLiteral("# %1").arg(m_out.say(
        QStringLiteral("asyncio.to_thread's worker threads: %1, whatever the machine (the "
                       "default is min(32, os.cpu_count() + 4))")
            .arg(m_scenario.threads),
        QStringLiteral("asyncio.to_thread의 작업 스레드: 기계와 상관없이 %1개(기본값은 "
                       "min(32, os.cpu_count() + 4))")
            .arg(m_scenario.threads))));
    m_out.add(
        QStringLiteral("asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(%1))")
            .arg(m_scenario.threads));
}

void PythonProgram::writeMain()
{
    const QString keyword =
        m_strategy.isAsync() ? QStringLiteral("async def") : QStringLiteral("def");
    m_out.add(CodeLocation::main(), QStringLiteral("%1 main():").arg(keyword));
    m_out.indent();
    if (usesEvents()) {
        QStringList names;
        for (const ScenarioTask &task : m_scenario.tasks)
            names << CodeSyntax::pythonString(task.name);
        m_out.add(QStringLiteral("done.update({name: asyncio.Event() for name in (%1,)})")
                      .arg(names.join(QStringLiteral(", "))));
    }
    if (usesThreads())
        writeExecutor();
    m_out.add(QStringLiteral("start_time = time.time()"));
    writeUnawaited();
    const auto resultOf = [](const ScenarioTask &task) {
        return task.result() ? QStringLiteral("result_") + task.name : QStringLiteral("_");
    };
    switch (m_strategy.kind()) {
    case Strategy::Kind::Sync:
    case Strategy::Kind::Sequential:
        for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
            if (m_scenario.tasks[i].awaited)
                m_out.add(
                    CodeLocation::main(int(i)),
                    QStringLiteral("%1 = %2").arg(
                        resultOf(m_scenario.tasks[i]),
                        CallStep::pythonCall(m_scenario.tasks[i].name, m_strategy.isAsync())));
        }
        break;
    case Strategy::Kind::Gather:
    case Strategy::Kind::Bounded:
        writeGather();
        break;
    case Strategy::Kind::CreateTask:
        for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
            if (m_scenario.tasks[i].awaited)
                m_out.add(CodeLocation::main(int(i)),
                          QStringLiteral("%1_task = asyncio.create_task(%2())")
                              .arg(m_scenario.tasks[i].name,
                                   CodeSyntax::pythonName(m_scenario.tasks[i].name)));
        }
        for (const ScenarioTask &task : m_scenario.tasks) {
            if (task.awaited)
                writeKept(task);
        }
        for (const ScenarioTask &task : m_scenario.tasks) {
            if (task.awaited)
                m_out.add(QStringLiteral("%1 = await %2_task").arg(resultOf(task), task.name));
        }
        break;
    case Strategy::Kind::TaskGroup:
        writeTaskGroup();
        break;
    }
    writeResults();
    m_out.dedent();
}

void PythonProgram::writeGather()
{
    const bool bounded = m_strategy.kind() == Strategy::Kind::Bounded;
    if (bounded) {
        m_out.add(QStringLiteral("semaphore = asyncio.Semaphore(%1)").arg(m_strategy.limit()));
        m_out.add();
        m_out.add(QStringLiteral("async def admitted(task, *after):"));
        m_out.add(QStringLiteral("    for name in after:"));
        m_out.add(QStringLiteral("        await done[name].wait()"));
        m_out.add(QStringLiteral("    async with semaphore:"));
        m_out.add(QStringLiteral("        return await task()"));
        m_out.add();
    }
    QStringList results;
    QStringList calls;
    for (const ScenarioTask &task : m_scenario.tasks) {
        if (!task.awaited)
            continue;
        results << (task.result() ? QStringLiteral("result_") + task.name : QStringLiteral("_"));
        if (!bounded) {
            calls << CodeSyntax::pythonName(task.name) + QStringLiteral("()");
            continue;
        }
        QStringList arguments{CodeSyntax::pythonName(task.name)};
        for (const QString &predecessor : task.after())
            arguments << CodeSyntax::pythonString(predecessor);
        calls << QStringLiteral("admitted(%1)").arg(arguments.join(QStringLiteral(", ")));
    }
    // One line for all: every task's line of main is the gather.
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
        if (m_scenario.tasks[i].awaited)
            m_out.mark(CodeLocation::main(int(i)));
    }
    // One result unpacks with a trailing comma (`a, = ...`); several need none (`a, b = ...`).
    const QString targets = results.size() == 1 ? results.front() + QLatin1Char(',')
                                                : results.join(QStringLiteral(", "));
    m_out.add(QStringLiteral("%1 = await asyncio.gather(%2)")
                  .arg(targets, calls.join(QStringLiteral(", "))));
}

// The tasks' results are read once the group has waited for all of them.
void PythonProgram::writeTaskGroup()
{
    m_out.add(QStringLiteral("async with asyncio.TaskGroup() as tg:"));
    m_out.indent();
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
        const ScenarioTask &task = m_scenario.tasks[i];
        if (task.awaited)
            m_out.add(CodeLocation::main(int(i)),
                      QStringLiteral("%1_task = tg.create_task(%2())")
                          .arg(task.name, CodeSyntax::pythonName(task.name)));
    }
    m_out.dedent();
    for (const ScenarioTask &task : m_scenario.tasks) {
        if (task.awaited && task.result())
            m_out.add(QStringLiteral("result_%1 = %1_task.result()").arg(task.name));
    }
}

void PythonProgram::writeResults()
{
    m_out.add(QStringLiteral("elapsed = time.time() - start_time"));
    const bool korean = m_out.language() == Language::Korean;
    for (const ScenarioTask &task : m_scenario.tasks) {
        if (!task.result() || !task.awaited)
            continue;
        const QString text = korean ? QStringLiteral("%1 결과 : {result_%1}")
                                    : QStringLiteral("Result of %1 : {result_%1}");
        m_out.add(QStringLiteral("print(f%1)").arg(CodeSyntax::pythonString(text.arg(task.name))));
    }
    m_out.add(korean ? QStringLiteral("print(f\"총 실행 시간 : {elapsed:.2f} 초\")")
                     : QStringLiteral("print(f\"Total execution time : {elapsed:.2f} seconds\")"));
}

void PythonProgram::writeUnawaited()
{
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
        const ScenarioTask &task = m_scenario.tasks[i];
        if (task.awaited)
            continue;
        const QString why =
            isCancelled(int(i))
                ? m_out.say(QStringLiteral("never awaited: a step cancels it, and awaiting it "
                                           "would raise CancelledError in main()"),
                            QStringLiteral("await하지 않음: 한 단계가 취소하며, await하면 "
                                           "main()에서 CancelledError가 일어납니다"))
                : m_out.say(QStringLiteral("never awaited: asyncio.run cancels it when "
                                           "main() returns"),
                            QStringLiteral("await하지 않음: main()이 반환되면 "
                                           "asyncio.run이 취소합니다"));
        m_out.add(CodeLocation::main(int(i)),
                  QStringLiteral("%1_task = asyncio.create_task(%2())  # %3")
                      .arg(task.name, CodeSyntax::pythonName(task.name), why));
        writeKept(task);
    }
}

bool PythonProgram::isCancelled(int task) const
{
    return m_cancels && !StepFinder::firstWhere(m_scenario, [task](const Step &step) {
                             return step.kind == Step::Kind::Cancel && step.taskIndex == task;
                         }).isEmpty();
}

void PythonProgram::writeKept(const ScenarioTask &task)
{
    if (m_cancels)
        m_out.add(QStringLiteral("tasks[%1] = %2_task")
                      .arg(CodeSyntax::pythonString(task.name), task.name));
}

bool PythonProgram::usesEvents() const
{
    return m_usesEvents;
}

} // namespace ck
