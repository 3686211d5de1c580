#include "cppprogram.h"

#include "codesyntax.h"
#include "cppdownload.h"
#include "cppprelude.h"
#include "run/stepexecutor.h"
#include "scenario/fstring.h"
#include "scenario/scenario.h"
#include "scenario/stepfinder.h"
#include "scenario/steptree.h"
#include "stepcode.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

#include <algorithm>

namespace ck {

std::optional<GeneratedProgram> CppProgram::generate(const Scenario &scenario,
                                                     const Strategy &strategy, Language language,
                                                     double speed, QString *)
{
    return CppProgram(scenario, strategy, language, speed > 0 ? speed : 1.0).program();
}

QString CppProgram::differencesFromPython()
{
    return tr("<p>Both programs print the same lines in the same order. A Python coroutine "
              "object does nothing until it is awaited or wrapped in a task; a "
              "<code>QCoro::Task</code> starts running the moment it is called, up to its first "
              "<code>co_await</code>. So <code>await brew()</code> is simply <code>co_await "
              "brew()</code>, but where <code>asyncio.gather()</code> and "
              "<code>asyncio.create_task()</code> start a coroutine on the next turn of the event "
              "loop, the C++ program defers it with <code>ck::spawn</code>. QCoro 0.8 has no event "
              "loop of its own, no gather, semaphore or event: <code>ck::Scheduler</code>, "
              "<code>ck::gather</code>, <code>ck::AsyncSemaphore</code> and "
              "<code>ck::AsyncEvent</code> are CoroKitchen's, the ones the app itself runs on, "
              "with asyncio's timing: a <code>ck::Task</code> is done when its coroutine returns, "
              "and whoever awaits it goes on one turn of the loop later.</p>");
}

CppProgram::CppProgram(const Scenario &scenario, const Strategy &strategy, Language language,
                       double speed)
    : m_scenario(scenario), m_strategy(strategy), m_speed(speed),
      m_downloads(DownloadUse::of(scenario)),
      m_usesEvents(strategy.isConcurrent() && scenario.hasOrderings()),
      m_unawaited(std::any_of(scenario.tasks.begin(), scenario.tasks.end(),
                              [](const ScenarioTask &task) { return !task.awaited; })),
      m_valued(valuedRoutines(scenario)), m_out(language)
{}

QSet<QString> CppProgram::valuedRoutines(const Scenario &scenario)
{
    QSet<QString> valued;
    for (const Routine &routine : scenario.routines) {
        if (StepExecutor::returnsValue(routine))
            valued.insert(routine.name);
    }
    StepFinder::firstWhere(scenario, [&valued](const Step &step) {
        const bool binds = step.kind == Step::Kind::Call || step.kind == Step::Kind::Gather;
        if (binds && !step.variable.isEmpty()) // a routine without a return step gives None
            valued.unite(QSet<QString>(step.routineNames.begin(), step.routineNames.end()));
        return false; // visit every step
    });
    // A std::vector of tasks holds one type: as_completed, wait_tasks and a gather with
    // return_exceptions take all or none.
    for (qsizetype before = -1; before != valued.size();) {
        before = valued.size();
        StepFinder::firstWhere(scenario, [&valued](const Step &step) {
            const bool vector = step.kind == Step::Kind::AsCompleted ||
                                step.kind == Step::Kind::WaitTasks ||
                                (step.kind == Step::Kind::Gather && step.returnExceptions);
            if (!vector)
                return false;
            const bool any =
                !step.variable.isEmpty() ||
                std::any_of(step.routineNames.begin(), step.routineNames.end(),
                            [&valued](const QString &name) { return valued.contains(name); });
            if (any)
                valued.unite(QSet<QString>(step.routineNames.begin(), step.routineNames.end()));
            return false;
        });
    }
    return valued;
}

GeneratedProgram CppProgram::program()
{
    m_out.addTitle(QStringLiteral("//"), m_scenario.title.in(m_out.language()), m_strategy.name(),
                   m_speed);
    if (m_strategy.isAsync())
        comment(QStringLiteral("Build it against CoroKitchen's model library, whose event loop it "
                               "runs on:"),
                QStringLiteral("CoroKitchen의 모델 라이브러리와 함께 빌드합니다(그 이벤트 루프 "
                               "위에서 돕니다):"));
    else
        comment(QStringLiteral("Build it against CoroKitchen's model library (for Qt and QCoro):"),
                QStringLiteral("CoroKitchen의 모델 라이브러리와 함께 빌드합니다(Qt와 QCoro):"));
    m_out.add(QStringLiteral("//   add_executable(program program.cpp)"));
    m_out.add(QStringLiteral("//   target_link_libraries(program PRIVATE corokitchen_model)"));
    if (!m_strategy.isAsync())
        comment(QStringLiteral("Sync mode: plain functions, and every wait blocks (time.sleep)."),
                QStringLiteral("sync 모드: 보통 함수이고, 모든 대기가 프로그램을 막습니다"
                               "(time.sleep)."));
    CppPrelude::writeIncludes(m_out, needs());
    m_out.add();
    m_out.add(QStringLiteral("using namespace std::chrono_literals;"));
    m_out.add();
    m_out.add(QStringLiteral("namespace {"));
    m_out.add();
    CppPrelude::writeGlobals(m_out, needs());
    CppDownload::writeHelpers(m_out, m_downloads, m_strategy.isAsync());
    for (std::size_t i = 0; i < m_scenario.routines.size(); ++i)
        writeFunction(m_scenario.routines[i].name, m_scenario.routines[i].steps,
                      CodeLocation::routine(int(i)), nullptr);
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i)
        writeFunction(m_scenario.tasks[i].name, m_scenario.tasks[i].steps,
                      CodeLocation::task(int(i)), &m_scenario.tasks[i]);
    if (m_strategy.isAsync()) {
        writeMain();
        CppPrelude::writeRunner(m_out, needs());
    } else {
        m_out.add(QStringLiteral("} // namespace"));
        m_out.add();
        writeMain();
    }
    return m_out.program();
}

void CppProgram::writeFunction(const QString &name, const std::vector<Step> &steps,
                               const CodeLocation &header, const ScenarioTask *task)
{
    const bool async = m_strategy.isAsync();
    // A routine nobody awaits would be an unused function (a warning), not so in Python.
    const bool unused = !task && !isAwaited(name);
    m_out.add(header, QStringLiteral("%1%2 %3()")
                          .arg(unused ? QStringLiteral("[[maybe_unused]] ") : QString(),
                               returnType(name, task), CodeSyntax::cppName(name)));
    m_out.add(QStringLiteral("{"));
    m_out.indent();
    writeLocals(steps);
    bool suspends = false;
    if (task && m_strategy.isConcurrent() && m_strategy.kind() != Strategy::Kind::Bounded) {
        for (const QString &predecessor : task->after()) {
            m_out.add(QStringLiteral("co_await done.at(%1).wait();")
                          .arg(CodeSyntax::cppCString(predecessor)));
            suspends = true;
        }
    }
    for (const Step &step : steps) {
        writeStep(step, header);
        suspends = suspends || StepKinds::of(step).awaitsInCpp(step, async);
    }
    if (task && usesEvents())
        m_out.add(QStringLiteral("done.at(%1).set();").arg(CodeSyntax::cppCString(task->name)));
    const bool valued = !task && m_valued.contains(name);
    const bool returns = std::any_of(steps.begin(), steps.end(), [](const Step &step) {
        return step.kind == Step::Kind::Return;
    });
    if (valued && !returns) {
        m_out.add(QStringLiteral("%1 ck::PyValue(); // None")
                      .arg(async ? QStringLiteral("co_return") : QStringLiteral("return")));
    } else if (task && task->result() && task->awaited) {
        m_out.add(QStringLiteral("%1 %2;").arg(
            async ? QStringLiteral("co_return") : QStringLiteral("return"),
            CodeSyntax::cppString(task->result()->in(m_out.language()))));
    } else if (async && !suspends && !returns) {
        m_out.add(QStringLiteral("co_return; // %1")
                      .arg(m_out.say(QStringLiteral("makes this a coroutine, like async def"),
                                     QStringLiteral("이 줄이 있어야 코루틴이 됩니다(async def "
                                                    "처럼)"))));
    }
    m_out.dedent();
    m_out.add(QStringLiteral("}"));
    m_out.add();
}

// Python binds a local variable where a step first names it; C++ declares it once, here.
void CppProgram::writeLocals(const std::vector<Step> &steps)
{
    m_keptLoops = keptLoopVariables(steps);
    QStringList names;
    StepTree::forEach(steps, [&names, this](const Step &step) {
        // A repeat's "as" is its own loop counter, declared by the for statement, unless the
        // function names it after the loop.
        const bool counter = step.kind == Step::Kind::Repeat && !m_keptLoops.contains(step.order);
        if (!step.variable.isEmpty() && !counter)
            names << CodeSyntax::cppName(step.variable);
    });
    names.removeDuplicates();
    if (names.isEmpty())
        return;
    comment(QStringLiteral("Python's local variables: C++ declares them before they are bound "
                           "(None until then)."),
            QStringLiteral("파이썬의 지역 변수: C++에서는 값을 묶기 전에 선언합니다(그때까지는 "
                           "None)."));
    for (const QString &name : names)
        m_out.add(QStringLiteral("ck::PyValue %1;").arg(name));
}

QSet<int> CppProgram::keptLoopVariables(const std::vector<Step> &steps)
{
    const auto mentions = [](const Step &step, const QString &name) {
        if (step.variable == name)
            return 1;
        QString error;
        const std::optional<FString> parsed =
            step.formatted ? FString::parse(step.text.english(), &error) : std::nullopt;
        return parsed && parsed->names().contains(name) ? 1 : 0;
    };
    QSet<int> kept;
    StepTree::forEach(steps, [&](const Step &loop) {
        if (loop.kind != Step::Kind::Repeat || loop.variable.isEmpty())
            return;
        int inFunction = 0;
        int inLoop = 0;
        StepTree::forEach(steps,
                          [&](const Step &step) { inFunction += mentions(step, loop.variable); });
        StepTree::forEach(loop.blocks.front().steps,
                          [&](const Step &step) { inLoop += mentions(step, loop.variable); });
        if (inFunction > inLoop + 1) // the loop's own "as" is one
            kept.insert(loop.order);
    });
    return kept;
}

void CppProgram::writeStep(const Step &step, const CodeLocation &owner)
{
    StepCode code{m_out, m_strategy.isAsync(), m_speed, m_unawaited, {}, {}, {}};
    code.returnsValue = [this](const QString &routine) { return m_valued.contains(routine); };
    code.keepsLoopVariable = [this](const Step &loop) { return m_keptLoops.contains(loop.order); };
    code.writeBlock = [this, owner](const std::vector<Step> &steps) {
        for (const Step &nested : steps)
            writeStep(nested, owner);
    };
    StepKinds::of(step).writeCpp(step, CodeLocation{owner.owner, owner.index, step.order}, code);
}

void CppProgram::writeMain()
{
    const bool async = m_strategy.isAsync();
    if (async)
        m_out.add(CodeLocation::main(), QStringLiteral("QCoro::Task<> asyncMain()"));
    else
        m_out.add(CodeLocation::main(), m_downloads.fetched
                                            ? QStringLiteral("int main(int argc, char *argv[])")
                                            : QStringLiteral("int main()"));
    m_out.add(QStringLiteral("{"));
    m_out.indent();
    if (!async && m_downloads.fetched)
        m_out.add(QStringLiteral("QCoreApplication app(argc, argv); // %1")
                      .arg(m_out.say(QStringLiteral("for the network"),
                                     QStringLiteral("네트워크에 필요합니다"))));
    if (usesEvents()) {
        QStringList names;
        for (const ScenarioTask &task : m_scenario.tasks)
            names << CodeSyntax::cppCString(task.name);
        m_out.add(
            QStringLiteral("for (const char *name : {%1})").arg(names.join(QStringLiteral(", "))));
        m_out.add(QStringLiteral("    done.try_emplace(name, *loop);"));
    }
    if (m_strategy.kind() == Strategy::Kind::Bounded) {
        m_out.add(QStringLiteral("ck::AsyncSemaphore permits(*loop, %1);").arg(m_strategy.limit()));
        m_out.add(QStringLiteral("semaphore = &permits;"));
    }
    if (async) {
        m_out.add(QStringLiteral("const auto started = loop->now(); // time.perf_counter()"));
    } else {
        m_out.add(QStringLiteral("QElapsedTimer clock;"));
        m_out.add(QStringLiteral("clock.start();"));
    }
    writeUnawaited();
    // Without a loop to catch it (runMain), a download's fault ends the program here.
    const bool catches = !async && (m_downloads.fetched || m_downloads.faults);
    if (catches) {
        m_out.add(QStringLiteral("try {"));
        m_out.indent();
    }
    switch (m_strategy.kind()) {
    case Strategy::Kind::Sync:
    case Strategy::Kind::Sequential:
        writeSequence();
        break;
    case Strategy::Kind::Gather:
    case Strategy::Kind::Bounded:
        writeGather();
        break;
    case Strategy::Kind::CreateTask:
        writeCreatedTasks();
        break;
    case Strategy::Kind::TaskGroup:
        writeTaskGroup();
        break;
    }
    writeResults();
    if (catches) {
        m_out.dedent();
        m_out.add(QStringLiteral("} catch (const std::exception &error) {"));
        m_out.add(QStringLiteral("    QTextStream(stderr) << error.what() << Qt::endl;"));
        m_out.add(QStringLiteral("    return 1;"));
        m_out.add(QStringLiteral("}"));
    }
    if (!async)
        m_out.add(QStringLiteral("return 0;"));
    m_out.dedent();
    m_out.add(QStringLiteral("}"));
}

void CppProgram::writeSequence()
{
    const bool async = m_strategy.isAsync();
    if (async) {
        comment(QStringLiteral("A QCoro::Task runs from the call to its first co_await;"),
                QStringLiteral("QCoro::Task는 호출하는 순간 첫 co_await까지 실행됩니다."));
        comment(QStringLiteral("awaiting it at once is Python's `await task()`."),
                QStringLiteral("바로 co_await하면 파이썬의 `await task()`와 같습니다."));
    }
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
        const ScenarioTask &task = m_scenario.tasks[i];
        if (!task.awaited)
            continue;
        const QString call = QStringLiteral("%1%2()").arg(
            async ? QStringLiteral("co_await ") : QString(), CodeSyntax::cppName(task.name));
        m_out.add(CodeLocation::main(int(i)),
                  task.result()
                      ? QStringLiteral("const QString result_%1 = %2;").arg(task.name, call)
                      : call + QLatin1Char(';'));
    }
}

void CppProgram::writeGather()
{
    comment(QStringLiteral("asyncio.gather() wraps each coroutine in a task that starts on the "
                           "next loop iteration;"),
            QStringLiteral("asyncio.gather()는 코루틴마다 태스크를 만들어 다음 루프 반복에서 "
                           "시작합니다."));
    comment(QStringLiteral("a QCoro::Task would start at the call, so ck::spawn defers it the "
                           "same way."),
            QStringLiteral("QCoro::Task는 호출하는 순간 시작하므로 ck::spawn으로 똑같이 "
                           "미룹니다."));
    const bool anyResult =
        std::any_of(m_scenario.tasks.begin(), m_scenario.tasks.end(), [](const ScenarioTask &task) {
            return task.awaited && task.result() != nullptr;
        });
    if (anyResult) {
        QStringList names;
        for (const ScenarioTask &task : m_scenario.tasks) {
            if (task.awaited)
                names << (task.result() ? QStringLiteral("result_") : QStringLiteral("unused_")) +
                             task.name;
        }
        m_out.add(QStringLiteral("const auto [%1] = co_await ck::gather(")
                      .arg(names.join(QStringLiteral(", "))));
    } else {
        m_out.add(QStringLiteral("co_await ck::gather("));
    }
    m_out.indent();
    const bool bounded = m_strategy.kind() == Strategy::Kind::Bounded;
    const std::size_t lastAwaited = lastAwaitedTask();
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
        const ScenarioTask &task = m_scenario.tasks[i];
        if (!task.awaited)
            continue;
        QString factory = CodeSyntax::cppName(task.name);
        if (bounded) {
            QStringList arguments{factory};
            if (!task.after().isEmpty()) {
                QStringList after;
                for (const QString &predecessor : task.after())
                    after << CodeSyntax::cppCString(predecessor);
                arguments << QStringLiteral("{%1}").arg(after.join(QStringLiteral(", ")));
            }
            factory = QStringLiteral("[] { return admitted(%1); }")
                          .arg(arguments.join(QStringLiteral(", ")));
        }
        const bool last = i == lastAwaited;
        m_out.add(CodeLocation::main(int(i)),
                  QStringLiteral("ck::spawn(loop, %1)%2")
                      .arg(factory, last ? QStringLiteral(");") : QStringLiteral(",")));
    }
    m_out.dedent();
}

void CppProgram::writeCreatedTasks()
{
    comment(QStringLiteral("asyncio.create_task() starts the coroutine on the next loop "
                           "iteration;"),
            QStringLiteral("asyncio.create_task()는 코루틴을 다음 루프 반복에서 시작합니다."));
    comment(QStringLiteral("a QCoro::Task would start at the call, so ck::spawn defers it the "
                           "same way."),
            QStringLiteral("QCoro::Task는 호출하는 순간 시작하므로 ck::spawn으로 똑같이 "
                           "미룹니다."));
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
        if (m_scenario.tasks[i].awaited)
            m_out.add(
                CodeLocation::main(int(i)),
                QStringLiteral("auto %1_task = ck::spawn(loop, %2);")
                    .arg(m_scenario.tasks[i].name, CodeSyntax::cppName(m_scenario.tasks[i].name)));
    }
    for (const ScenarioTask &task : m_scenario.tasks) {
        if (task.awaited)
            writeKept(task, task.name + QStringLiteral("_task"));
    }
    for (const ScenarioTask &task : m_scenario.tasks) {
        if (!task.awaited)
            continue;
        m_out.add(task.result()
                      ? QStringLiteral("const QString result_%1 = co_await %1_task;").arg(task.name)
                      : QStringLiteral("co_await %1_task;").arg(task.name));
    }
    for (const ScenarioTask &task : m_scenario.tasks) {
        // Done, and gone with main's frame: a task left running that cancels it does nothing,
        // as cancel() on a done task does in Python.
        if (task.awaited && needs().cancels)
            m_out.add(QStringLiteral("tasks.erase(%1);").arg(CodeSyntax::cppCString(task.name)));
    }
}

// ck::withTaskGroup is `async with asyncio.TaskGroup() as tg:`; the group owns its tasks, so a
// task's result is kept as it returns. Its ck::ExceptionGroup is a ck::PythonException, printed
// as Python's last line "ExceptionGroup: ...".
void CppProgram::writeTaskGroup()
{
    for (const ScenarioTask &task : m_scenario.tasks) {
        if (task.awaited && task.result())
            m_out.add(QStringLiteral("QString result_%1;").arg(task.name));
    }
    m_out.add(QStringLiteral(
        "co_await ck::withTaskGroup(*loop, [&](ck::TaskGroup &tg) -> QCoro::Task<> {"));
    m_out.indent();
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
        const ScenarioTask &task = m_scenario.tasks[i];
        if (!task.awaited)
            continue;
        const QString name = CodeSyntax::cppName(task.name);
        m_out.add(CodeLocation::main(int(i)),
                  task.result() ? QStringLiteral("tg.createTask([&]() -> QCoro::Task<> { result_%1 "
                                                 "= co_await %2(); });")
                                      .arg(task.name, name)
                                : QStringLiteral("tg.createTask([] { return %1(); });").arg(name));
    }
    m_out.add(QStringLiteral("co_return;"));
    m_out.dedent();
    m_out.add(QStringLiteral("});"));
}

void CppProgram::writeUnawaited()
{
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
        const ScenarioTask &task = m_scenario.tasks[i];
        if (task.awaited)
            continue;
        comment(QStringLiteral("Never awaited: asyncio.run cancels it once main() has returned."),
                QStringLiteral("await하지 않음: main()이 반환되면 asyncio.run이 취소합니다."));
        m_out.add(CodeLocation::main(int(i)),
                  QStringLiteral("leftovers.push_back(ck::spawn(loop, %1));")
                      .arg(CodeSyntax::cppName(task.name)));
        writeKept(task, QStringLiteral("leftovers.back()"));
    }
}

void CppProgram::writeKept(const ScenarioTask &task, const QString &handle)
{
    if (needs().cancels)
        m_out.add(QStringLiteral("tasks[%1] = &%2.core();")
                      .arg(CodeSyntax::cppCString(task.name), handle));
}

std::size_t CppProgram::lastAwaitedTask() const
{
    std::size_t last = 0;
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
        if (m_scenario.tasks[i].awaited)
            last = i;
    }
    return last;
}

void CppProgram::writeResults()
{
    m_out.add(
        m_strategy.isAsync()
            ? QStringLiteral("const double elapsed = std::chrono::duration<double>(loop->now() "
                             "- started).count();")
            : QStringLiteral("const double elapsed = clock.nsecsElapsed() / 1e9;"));
    const bool korean = m_out.language() == Language::Korean;
    for (const ScenarioTask &task : m_scenario.tasks) {
        if (!task.result() || !task.awaited)
            continue;
        const QString label =
            korean ? QStringLiteral("%1 결과 : ") : QStringLiteral("Result of %1 : ");
        m_out.add(QStringLiteral("print(%1 + result_%2);")
                      .arg(CodeSyntax::cppString(label.arg(task.name)), task.name));
    }
    m_out.add(QStringLiteral("print(%1.arg(twoDecimals(elapsed)));")
                  .arg(CodeSyntax::cppString(
                      korean ? QStringLiteral("총 실행 시간 : %1 초")
                             : QStringLiteral("Total execution time : %1 seconds"))));
}

void CppProgram::comment(const QString &english, const QString &korean)
{
    m_out.add(QStringLiteral("// ") + m_out.say(english, korean));
}

QString CppProgram::returnType(const QString &name, const ScenarioTask *task) const
{
    const bool result = task && task->result() && task->awaited; // nobody takes it otherwise
    QString type = result ? QStringLiteral("QString") : QString();
    if (!task && m_valued.contains(name))
        type = QStringLiteral("ck::PyValue");
    if (m_strategy.isAsync())
        return QStringLiteral("QCoro::Task<%1>").arg(type);
    return type.isEmpty() ? QStringLiteral("void") : type;
}

bool CppProgram::usesEvents() const
{
    return m_usesEvents;
}

CppPrelude::Needs CppProgram::needs() const
{
    CppPrelude::Needs needs;
    needs.async = m_strategy.isAsync();
    needs.gather =
        m_strategy.kind() == Strategy::Kind::Gather || m_strategy.kind() == Strategy::Kind::Bounded;
    needs.events = usesEvents();
    StepFinder::firstWhere(m_scenario, [&needs](const Step &step) {
        StepKinds::of(step).addCppNeeds(step, needs);
        return false; // visit every step
    });
    needs.values =
        !StepFinder::firstWhere(m_scenario, [](const Step &step) {
             return step.kind == Step::Kind::Return || step.formatted || !step.variable.isEmpty();
         }).isEmpty();
    needs.limit = m_strategy.kind() == Strategy::Kind::Bounded ? m_strategy.limit() : 0;
    if (m_strategy.kind() == Strategy::Kind::TaskGroup)
        needs.taskGroups = needs.raises = true;
    needs.downloads = m_downloads;
    needs.unawaited = m_unawaited;
    needs.workers = needs.threads ? m_scenario.threads : 0;
    if (needs.async)
        needs.objects = m_scenario.objects;
    return needs;
}

bool CppProgram::isAwaited(const QString &routine) const
{
    return !StepFinder::firstWhere(m_scenario, [&routine](const Step &step) {
                return step.routineNames.contains(routine);
            }).isEmpty();
}

} // namespace ck
