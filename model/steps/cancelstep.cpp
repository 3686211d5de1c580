#include "cancelstep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "run/runcontext.h"
#include "run/strategy.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"
#include "scenario/step.h"

namespace ck {

bool CancelStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                      Step &step) const
{
    if (!value.isString())
        return reader.fail(path, tr("\"cancel\" must be the name of a task, found %1")
                                     .arg(JsonFieldReader::describe(value)));
    step.taskName = value.toString(); // the validator resolves it to a task
    return true;
}

ScenarioCost::Cost CancelStep::cost(const Step &, ScenarioCost &) const
{
    return {}; // a loop event; the victim's end is the victim's own cost
}

std::chrono::nanoseconds CancelStep::idealTime(const Step &, IdealTime &) const
{
    return std::chrono::nanoseconds(0);
}

int CancelStep::runInline(RunContext &context, const Step &step, const CodeLocation &at, int lane,
                          int) const
{
    if (context.events().isRecording()) {
        LoopEvent event = LoopEvent::of(lane, LoopEvent::Kind::Cancels, at, step.taskName);
        event.awaited = {step.taskIndex};
        // Whether the task was still to be cancelled (Task.cancel()'s result) is read from the
        // victim's end; done tasks refuse, and the event says only that cancel() was called.
        event.state = context.tasks().isDone(step.taskIndex) ? SpanState::Done : SpanState::Running;
        context.events().note(std::move(event));
    }
    context.tasks().cancel(step.taskIndex);
    return -1;
}

QString CancelStep::callText(const QString &task)
{
    return QStringLiteral("%1_task.cancel()").arg(task);
}

void CancelStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    // main()'s `make_toast_task` is its own local: the program keeps every task in `tasks`.
    code.out.add(at, QStringLiteral("tasks[%1].cancel()  # %2")
                         .arg(CodeSyntax::pythonString(step.taskName),
                              callText(CodeSyntax::pythonName(step.taskName))));
}

void CancelStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    // Not in the map once main() is done with it: then cancel() would do nothing.
    code.out.add(at, QStringLiteral("if (const auto task = tasks.find(%1); task != tasks.end())")
                         .arg(CodeSyntax::cppCString(step.taskName)));
    code.out.add(QStringLiteral("    task->second->cancel(); // %1").arg(callText(step.taskName)));
}

void CancelStep::addCppNeeds(const Step &, CppPrelude::Needs &needs) const
{
    needs.cancels = true;
}

QString CancelStep::modeRefusal(const Step &, const Strategy &strategy) const
{
    if (strategy.kind() == Strategy::Kind::CreateTask)
        return {};
    return tr("task.cancel() needs the task object, which only create-task mode keeps, not %1 "
              "mode")
        .arg(strategy.name());
}

QJsonObject CancelStep::schema() const
{
    return schemaOf(R"json({"description":
        "task.cancel() on a top-level task: CancelledError at its await, one loop iteration later (create-task mode).",
        "required": ["%1"], "properties": {"%1": {"$ref": "#/$defs/name"}}})json");
}

QJsonValue CancelStep::example() const
{
    return QStringLiteral("task_1");
}

} // namespace ck
