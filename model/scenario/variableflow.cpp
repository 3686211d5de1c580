#include "variableflow.h"

#include "steptree.h"

#include "fstring.h"
#include "run/pyvalue.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

#include <algorithm>

namespace ck {

namespace {

const QString stepsKey = QStringLiteral("steps");

// Names the generated programs use inside functions: a local of that name would hide them.
const QStringList &programNames()
{
    static const QStringList names{
        QStringLiteral("asyncio"),    QStringLiteral("time"),     QStringLiteral("print"),
        QStringLiteral("str"),        QStringLiteral("done"),     QStringLiteral("loop"),
        QStringLiteral("ck"),         QStringLiteral("std"),      QStringLiteral("main"),
        QStringLiteral("start_time"), QStringLiteral("elapsed"),  QStringLiteral("semaphore"),
        QStringLiteral("admitted"),   QStringLiteral("gathered"), QStringLiteral("arrival"),
        QStringLiteral("delivered"),  QStringLiteral("last"),     QStringLiteral("parts"),
        QStringLiteral("piece"),      QStringLiteral("port"),     QStringLiteral("next_done"),
        QStringLiteral("pending"),    QStringLiteral("task"),     QStringLiteral("secure"),
        QStringLiteral("sent"),       QStringLiteral("start"),    QStringLiteral("status"),
        QStringLiteral("target"),     QStringLiteral("fetch"),    QStringLiteral("Value")};
    return names;
}

// The length of a text's repr, the longer of its two languages.
double literalBound(const LocalizedText &text)
{
    return double(
        std::max(PyValue::reprOf(text.english()).size(), PyValue::reprOf(text.korean()).size()));
}

} // namespace

VariableFlow::VariableFlow(Scenario &scenario)
    : m_scenario(scenario), m_routineShapes(scenario.routines.size()),
      m_queueBounds(scenario.objects.size(), 0.0)
{
    for (const ScenarioTask &task : scenario.tasks)
        m_functionNames.insert(task.name, 0);
    for (const Routine &routine : scenario.routines)
        m_functionNames.insert(routine.name, 0);
    // `orders = await orders.get()` would make the queue a local of the function.
    for (const NamedObject &object : scenario.objects)
        m_functionNames.insert(object.name, 0);
}

std::optional<ScenarioFault> VariableFlow::check(Scenario &scenario)
{
    VariableFlow flow(scenario);
    flow.noteLiteralPuts();
    // A get's value is what a put of its queue renders, which may hold a get's value in turn
    // (a queue feeding another): each pass knows at least one more queue, so passes beyond the
    // number of objects only come from items that grow as they go round.
    for (std::size_t pass = 0; pass <= scenario.objects.size() + 1; ++pass) {
        const std::vector<double> before = flow.m_queueBounds;
        if (!flow.checkFunctions())
            return flow.m_fault;
        if (flow.m_queueBounds == before)
            return std::nullopt;
    }
    flow.fail(JsonPath().key(QStringLiteral("objects")),
              tr("an item got from a queue is put back in an f-string that makes it longer each "
                 "round: its length is not followed"));
    return flow.m_fault;
}

bool VariableFlow::checkFunctions()
{
    std::fill(m_routineShapes.begin(), m_routineShapes.end(), std::nullopt);
    for (std::size_t i = 0; i < m_scenario.routines.size(); ++i) {
        Shape shape;
        if (!routineShape(int(i), &shape))
            return false;
    }
    for (std::size_t i = 0; i < m_scenario.tasks.size(); ++i) {
        const JsonPath path = JsonPath().key(QStringLiteral("tasks")).at(qsizetype(i));
        if (!checkFunction(m_scenario.tasks[i].steps.edit(), path, false, nullptr))
            return false;
    }
    return true;
}

void VariableFlow::noteLiteralPuts()
{
    const auto note = [this](const Step &step) {
        if (step.kind == Step::Kind::Put && !step.formatted)
            notePut(step);
    };
    for (const ScenarioTask &task : m_scenario.tasks)
        StepTree::forEach(task.steps, note);
    for (const Routine &routine : m_scenario.routines)
        StepTree::forEach(routine.steps, note);
}

void VariableFlow::notePut(const Step &step)
{
    if (step.objectIndex < 0 || std::size_t(step.objectIndex) >= m_queueBounds.size())
        return;
    // repr writes a character as at most 6 ("\\uXXXX"), in quotes
    const double bound = step.formatted ? 6 * step.textBound + 2 : literalBound(step.text);
    double &known = m_queueBounds[std::size_t(step.objectIndex)];
    known = std::max(known, bound);
}

// Callees first: the call graph has no cycle and is at most maxCallDepth deep.
bool VariableFlow::routineShape(int index, Shape *shape)
{
    std::optional<Shape> &known = m_routineShapes[std::size_t(index)];
    if (!known) {
        Shape returned;
        const JsonPath path = JsonPath().key(QStringLiteral("routines")).at(index);
        if (!checkFunction(m_scenario.routines[std::size_t(index)].steps, path, true, &returned))
            return false;
        known = returned;
    }
    *shape = *known;
    return true;
}

bool VariableFlow::checkFunction(std::vector<Step> &steps, const JsonPath &path, bool isRoutine,
                                 Shape *returned)
{
    Locals locals;
    bool hasReturned = false;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        Step &step = steps[i];
        if (isLoop(step)) {
            if (!checkLoop(step, locals, path.key(stepsKey).at(qsizetype(i))))
                return false;
            // As in Python, the loop's variable keeps its last value after the loop (a loop of
            // no rounds binds nothing).
            if (!step.variable.isEmpty() && step.kind == Step::Kind::Repeat && step.times > 0)
                locals.insert(step.variable, loopVariable(step));
            continue;
        }
        if (!step.blocks.empty() && !checkBlocks(step, path.key(stepsKey).at(qsizetype(i))))
            return false;
        if (!step.formatted && step.variable.isEmpty() && step.kind != Step::Kind::Return)
            continue; // most steps: nothing to follow, and no path built
        const JsonPath at = path.key(stepsKey).at(qsizetype(i)).key(StepKinds::of(step).key());
        if (!checkUses(step, locals, steps, at) || !checkBinding(step, locals, at))
            return false;
        if (step.kind == Step::Kind::Put)
            notePut(step);
        if (step.kind != Step::Kind::Return)
            continue;
        if (!isRoutine)
            return fail(at, tr("a task does not return a value here: its value is its "
                               "\"result\""));
        Shape value;
        if (!checkReturn(step, locals, at, &value))
            return false;
        if (!hasReturned && returned)
            *returned = value; // the first return ends the routine
        hasReturned = true;
    }
    return true;
}

// Values are followed through a function's own steps only: a value inside a try's or an
// async_with's blocks, which may be left halfway, is refused rather than followed wrongly.
bool VariableFlow::checkBlocks(const Step &step, const JsonPath &at)
{
    bool usesValues = false;
    for (const StepBlock &block : step.blocks) {
        StepTree::forEach(block.steps, [&usesValues](const Step &nested) {
            usesValues = usesValues || nested.formatted || !nested.variable.isEmpty() ||
                         nested.kind == Step::Kind::Return;
        });
    }
    if (usesValues && step.kind == Step::Kind::AsyncWith)
        return fail(at, tr("return values, variables and f-strings inside an async_with are not "
                           "followed yet: use them outside it"));
    if (usesValues)
        return fail(at, tr("return values, variables and f-strings inside a try are not "
                           "followed yet: use them outside it"));
    return true;
}

bool VariableFlow::isLoop(const Step &step)
{
    return step.kind == Step::Kind::Repeat || step.kind == Step::Kind::Forever ||
           step.kind == Step::Kind::AsCompleted;
}

// An int printed by an f-string: as many digits as the loop's last round.
VariableFlow::Shape VariableFlow::loopVariable(const Step &step)
{
    return Shape{Shape::Type::Int,
                 double(QString::number(std::max<qint64>(step.times - 1, 0)).size())};
}

// What as_completed's `await next_done` gives: any of its routines' values.
bool VariableFlow::resultShape(const Step &step, Shape *shape)
{
    *shape = Shape{};
    for (const int routine : step.routineIndices) {
        Shape value;
        if (!routineShape(routine, &value))
            return false;
        if (value.bound >= shape->bound)
            *shape = value;
    }
    return true;
}

// A loop's body sees the function's variables and the loop's own ("as": an int of at most as many
// digits as its last round). Its f-strings are followed; a value bound or returned in it, which
// changes from round to round, is refused rather than followed wrongly.
bool VariableFlow::checkLoop(Step &step, const Locals &outer, const JsonPath &stepPath)
{
    const StepKind &kind = StepKinds::of(step);
    Locals locals = outer;
    if (!step.variable.isEmpty()) {
        if (m_functionNames.contains(step.variable) || programNames().contains(step.variable))
            return fail(stepPath.key(kind.key()).key(QStringLiteral("as")),
                        tr("a variable cannot be called %1: the programs use that name")
                            .arg(ScenarioFault::quote(step.variable)));
        Shape shape = loopVariable(step);
        if (step.kind == Step::Kind::AsCompleted && !resultShape(step, &shape))
            return false;
        step.textBound = shape.bound;
        locals.insert(step.variable, shape);
    }
    std::vector<Step> &body = step.blocks.front().steps;
    const JsonPath bodyPath = kind.blockPath(step, stepPath, 0);
    for (std::size_t i = 0; i < body.size(); ++i) {
        Step &nested = body[i];
        const JsonPath at = bodyPath.at(qsizetype(i));
        if (isLoop(nested)) {
            if (!checkLoop(nested, locals, at))
                return false;
            continue;
        }
        if (!nested.blocks.empty() && !checkBlocks(nested, at))
            return false;
        const JsonPath where = at.key(StepKinds::of(nested).key());
        // A queue's item is any of the texts put in it, whichever round gets it: it is followed.
        const bool gets = nested.kind == Step::Kind::Get;
        if ((!nested.variable.isEmpty() && !gets) || nested.kind == Step::Kind::Return)
            return fail(where, tr("values bound or returned inside a loop are not followed yet: "
                                  "use them outside it"));
        if (!checkUses(nested, locals, body, where) ||
            (gets && !checkBinding(nested, locals, where)))
            return false;
        if (nested.kind == Step::Kind::Put)
            notePut(nested);
    }
    return true;
}

bool VariableFlow::checkUses(Step &step, const Locals &locals, const std::vector<Step> &steps,
                             const JsonPath &at)
{
    if (!step.formatted)
        return true;
    double bound = 0;
    for (const QString &text : {step.text.english(), step.text.korean()}) {
        QString error;
        const std::optional<FString> parsed = FString::parse(text, &error);
        if (!parsed)
            return fail(at, error); // not reached: the step kind has read it
        double rendered = 0;
        for (const FString::Piece &piece : parsed->pieces()) {
            if (!piece.isName) {
                rendered += double(piece.text.size());
                continue;
            }
            if (const auto found = locals.constFind(piece.text); found != locals.cend()) {
                rendered += found->bound;
                continue;
            }
            const bool later = std::any_of(steps.begin(), steps.end(), [&](const Step &other) {
                return other.variable == piece.text;
            });
            return fail(at.key(QStringLiteral("f")),
                        (later ? tr("variable %1 is used before it is bound in this function")
                               : tr("unknown variable %1: bind it in this function first, "
                                    "with \"as\" in a call or gather"))
                            .arg(ScenarioFault::quote(piece.text)));
        }
        bound = std::max(bound, rendered);
    }
    step.textBound = bound;
    return true;
}

bool VariableFlow::checkBinding(Step &step, Locals &locals, const JsonPath &at)
{
    if (step.variable.isEmpty())
        return true;
    const JsonPath name = at.key(step.addsTo ? QStringLiteral("add_to") : QStringLiteral("as"));
    if (m_functionNames.contains(step.variable) || programNames().contains(step.variable))
        return fail(name, tr("a variable cannot be called %1: the programs use that name")
                              .arg(ScenarioFault::quote(step.variable)));
    Shape value;
    if (step.kind == Step::Kind::Get) {
        value = Shape{Shape::Type::Str, m_queueBounds[std::size_t(step.objectIndex)]};
    } else if (step.kind == Step::Kind::Gather) {
        value = Shape{Shape::Type::List, 2};
        for (const int routine : step.routineIndices) {
            Shape item;
            if (!routineShape(routine, &item))
                return false;
            value.bound += item.bound + 2; // ", "
        }
    } else if (!routineShape(step.routineIndices.front(), &value)) {
        return false;
    }
    if (step.addsTo) {
        const auto left = locals.constFind(step.variable);
        if (left == locals.cend())
            return fail(name,
                        tr("%1 += needs %1 bound before in this function").arg(step.variable));
        if (left->type == Shape::Type::Int)
            return fail(name,
                        tr("%1 is a loop's int: += on it is not followed yet").arg(step.variable));
        if (left->type == Shape::Type::List && value.type == Shape::Type::Str)
            return fail(name, tr("list += str would add the characters one by one; return a "
                                 "list or bind a str"));
        // str + None and the like raise TypeError when the run gets there, as in Python.
        value = Shape{left->type, left->bound + value.bound};
    }
    step.textBound = value.bound;
    locals.insert(step.variable, value);
    return true;
}

bool VariableFlow::checkReturn(Step &step, const Locals &locals, const JsonPath &at,
                               Shape *returned)
{
    QString error;
    const std::optional<FString> english =
        step.formatted ? FString::parse(step.text.english(), &error) : std::nullopt;
    const QString sole = english ? english->soleName() : QString();
    if (sole.isEmpty()) {
        *returned = Shape{Shape::Type::Str,
                          // repr writes a character as at most 6 ("\\uXXXX"), in quotes
                          step.formatted ? 6 * step.textBound + 2 : literalBound(step.text)};
        step.textBound = returned->bound;
        return true;
    }
    // return data: the value itself, the same in both languages.
    if (!step.text.korean().isEmpty() && step.text.korean() != step.text.english())
        return fail(
            at.key(QStringLiteral("f")),
            tr("\"{%1}\" returns the variable itself: the Korean text must be the same").arg(sole));
    *returned = locals.value(sole);
    if (returned->type == Shape::Type::Int)
        return fail(at.key(QStringLiteral("f")),
                    tr("%1 is a loop's int: returning it is not followed yet").arg(sole));
    step.textBound = returned->bound;
    return true;
}

bool VariableFlow::fail(const JsonPath &path, const QString &what)
{
    m_fault = ScenarioFault(path, what);
    return false;
}

} // namespace ck
