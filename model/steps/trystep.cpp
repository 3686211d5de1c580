#include "trystep.h"

#include "codegen/codesyntax.h"
#include "codegen/programtext.h"
#include "codegen/stepcode.h"
#include "coro/exceptiongroup.h"
#include "coro/exceptiontypes.h"
#include "coro/exceptstar.h"
#include "run/idealtime.h"
#include "run/runcontext.h"
#include "run/stepexecutor.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/jsonpath.h"
#include "scenario/scenariolimits.h"
#include "scenario/step.h"
#include "scenario/steptree.h"
#include "stepkinds.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ck {

namespace {

const QString stepsKey = QStringLiteral("steps");
const QString exceptKey = QStringLiteral("except");
const QString exceptStarKey = QStringLiteral("except*");
const QString finallyKey = QStringLiteral("finally");
const QString typeKey = QStringLiteral("type");

const StepBlock *finallyOf(const Step &step)
{
    const StepBlock &last = step.blocks.back();
    return last.role == StepBlock::Role::Finally ? &last : nullptr;
}

} // namespace

bool TryStep::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                   Step &step) const
{
    const JsonPath at = path.key(key());
    if (!value.isObject())
        return reader.fail(at, tr("\"try\" must be an object such as {\"steps\": [...], "
                                  "\"except\": [...], \"finally\": [...]}, found %1")
                                   .arg(JsonFieldReader::describe(value)));
    const QJsonObject object = value.toObject();
    if (!reader.checkKeys(object, at, {stepsKey, exceptKey, exceptStarKey, finallyKey}) ||
        !reader.require(object, at, stepsKey))
        return false;
    if (!object.contains(exceptKey) && !object.contains(exceptStarKey) &&
        !object.contains(finallyKey))
        return reader.fail(at, tr("a try needs \"except\" or \"finally\" (or both), as in Python"));
    if (object.contains(exceptKey) && object.contains(exceptStarKey))
        return reader.fail(at, tr("a try cannot have both \"except\" and \"except*\", as in "
                                  "Python (SyntaxError: cannot have both 'except' and 'except*' "
                                  "on the same 'try')"));
    step.blocks.push_back({StepBlock::Role::Body, {}, {}});
    if (!reader.readSteps(object.value(stepsKey), at.key(stepsKey), step.blocks.back().steps))
        return false;
    const bool star = object.contains(exceptStarKey);
    const QString &clausesKey = star ? exceptStarKey : exceptKey;
    if (object.contains(clausesKey) &&
        !readClauses(object.value(clausesKey), at, reader, step, star))
        return false;
    if (!object.contains(finallyKey))
        return true;
    step.blocks.push_back({StepBlock::Role::Finally, {}, {}});
    return reader.readSteps(object.value(finallyKey), at.key(finallyKey), step.blocks.back().steps);
}

bool TryStep::readClauses(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                          Step &step, bool star) const
{
    const QString &clausesKey = star ? exceptStarKey : exceptKey;
    const JsonPath at = path.key(clausesKey);
    const QJsonArray clauses = value.toArray();
    if (!value.isArray() || clauses.isEmpty())
        return reader.fail(at, tr("\"%1\" must be a non-empty array of clauses such as "
                                  "{\"type\": \"ValueError\", \"steps\": [...]}, found %2")
                                   .arg(clausesKey, JsonFieldReader::describe(value)));
    if (clauses.size() > ScenarioLimits::maxStepsPerList)
        return reader.fail(at, tr("too many except clauses: %1 (the limit is %2)")
                                   .arg(QString::number(clauses.size()),
                                        QString::number(ScenarioLimits::maxStepsPerList)));
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        if (!readClause(clauses.at(i), at.at(i), reader, step, star))
            return false;
    }
    return true;
}

bool TryStep::readClause(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                         Step &step, bool star) const
{
    if (!value.isObject())
        return reader.fail(path, tr("an except clause must be an object such as {\"type\": "
                                    "\"ValueError\", \"steps\": [...]}, found %1")
                                     .arg(JsonFieldReader::describe(value)));
    const QJsonObject clause = value.toObject();
    if (!reader.checkKeys(clause, path, {typeKey, stepsKey}) ||
        !reader.require(clause, path, typeKey) || !reader.require(clause, path, stepsKey))
        return false;
    StepBlock &block = step.blocks.emplace_back();
    block.role = star ? StepBlock::Role::ExceptStar : StepBlock::Role::Except;
    return readTypes(clause.value(typeKey), path.key(typeKey), reader, block.exceptionTypes) &&
           reader.readSteps(clause.value(stepsKey), path.key(stepsKey), block.steps) &&
           (!star || checkStarClause(block, path, reader));
}

bool TryStep::checkStarClause(const StepBlock &block, const JsonPath &path,
                              JsonFieldReader &reader) const
{
    // Python raises TypeError for it when the clause is tried: a group is split, never caught
    // whole by except*.
    if (block.exceptionTypes.contains(QStringLiteral("ExceptionGroup")))
        return reader.fail(path.key(typeKey),
                           tr("except* cannot catch ExceptionGroup, as in Python (TypeError: "
                              "catching ExceptionGroup with except* is not allowed. Use except "
                              "instead.)"));
    bool returns = false;
    StepTree::forEach(block.steps, [&returns](const Step &nested) {
        returns |= nested.kind == Step::Kind::Return;
    });
    if (returns)
        return reader.fail(path.key(stepsKey),
                           tr("a return cannot be in an except* clause, as in Python "
                              "(SyntaxError: 'break', 'continue' and 'return' cannot appear in an "
                              "except* block)"));
    return true;
}

bool TryStep::readTypes(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                        QStringList &types) const
{
    const QStringList known = ExceptionTypes::names();
    const auto refuse = [&] {
        return reader.fail(
            path, tr("\"type\" must be an exception class among %1, or an "
                     "array of them, found %2")
                      .arg(known.join(QStringLiteral(", ")), JsonFieldReader::describe(value)));
    };
    const QJsonArray names = value.isArray() ? value.toArray() : QJsonArray{value};
    if (names.isEmpty() || names.size() > known.size())
        return refuse();
    for (const QJsonValue &name : names) {
        if (!name.isString() || !known.contains(name.toString()))
            return refuse();
        types << name.toString();
    }
    return true;
}

JsonPath TryStep::blockPath(const Step &step, const JsonPath &path, std::size_t n) const
{
    const JsonPath at = path.key(key());
    switch (step.blocks[n].role) {
    case StepBlock::Role::Body:
        return at.key(stepsKey);
    case StepBlock::Role::Except:
        return at.key(exceptKey).at(qsizetype(n) - 1).key(stepsKey);
    case StepBlock::Role::ExceptStar:
        return at.key(exceptStarKey).at(qsizetype(n) - 1).key(stepsKey);
    case StepBlock::Role::Finally:
        break;
    }
    return at.key(finallyKey);
}

ScenarioCost::Cost TryStep::cost(const Step &step, ScenarioCost &costs) const
{
    // At most the body, one clause and the finally run; all of them bound it.
    ScenarioCost::Cost total;
    for (const StepBlock &block : step.blocks)
        total += costs.steps(block.steps);
    return total;
}

std::chrono::nanoseconds TryStep::idealTime(const Step &step, IdealTime &ideal) const
{
    // As it runs when nothing is raised: the body, then the finally.
    const StepBlock *last = finallyOf(step);
    return ideal.steps(step.blocks.front().steps) +
           (last ? ideal.steps(last->steps) : std::chrono::nanoseconds(0));
}

const StepBlock *TryStep::handlerFor(const Step &step, const std::exception_ptr &error)
{
    for (const StepBlock &block : step.blocks) {
        if (block.role == StepBlock::Role::Except &&
            ExceptionTypes::catches(error, block.exceptionTypes))
            return &block;
    }
    return nullptr;
}

QCoro::Task<> TryStep::run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                           int lane, int depth) const
{
    const CodeLocation owner{at.owner, at.index, -1};
    const int firstSpan = int(context->recorder().spans().size());
    std::exception_ptr error;
    try {
        co_await StepExecutor::runSteps(context, &step->blocks.front().steps, owner, lane, depth);
    } catch (...) {
        error = std::current_exception();
    }
    if (hasStarClauses(*step))
        co_await runStarClauses(context, step, at, lane, depth, firstSpan, &error);
    else if (const StepBlock *handler = error ? handlerFor(*step, error) : nullptr) {
        context->events().note(
            LoopEvent::of(lane, LoopEvent::Kind::Caught, at, ExceptionTypes::textOf(error)));
        // What it ended (before the clause runs: what the clause records is its own).
        markCaught(*context, lane, firstSpan, error, clauseHeader(*handler));
        error = nullptr;
        try {
            co_await StepExecutor::runSteps(context, &handler->steps, owner, lane, depth);
        } catch (...) {
            error = std::current_exception();
        }
    }
    // An exception the finally steps raise replaces the one in flight, as in Python.
    if (const StepBlock *last = finallyOf(*step))
        co_await StepExecutor::runSteps(context, &last->steps, owner, lane, depth);
    if (error)
        std::rethrow_exception(error);
}

bool TryStep::hasStarClauses(const Step &step)
{
    return step.blocks.size() > 1 && step.blocks[1].role == StepBlock::Role::ExceptStar;
}

QCoro::Task<> TryStep::runStarClauses(std::shared_ptr<RunContext> context, const Step *step,
                                      CodeLocation at, int lane, int depth, int firstSpan,
                                      std::exception_ptr *error)
{
    const CodeLocation owner{at.owner, at.index, -1};
    ExceptStar clauses(*error);
    QStringList takers; // the headers of the clauses that took members
    for (const StepBlock &block : step->blocks) {
        if (block.role != StepBlock::Role::ExceptStar)
            continue;
        const std::exception_ptr match = clauses.take(block.exceptionTypes);
        if (!match)
            continue;
        context->events().note(starCaught(lane, at, *error, match));
        takers << clauseHeader(block);
        // Only an exception the clauses took whole was handled: a part left goes on raising.
        if (clauses.tookAll())
            markCaught(*context, lane, firstSpan, *error, takers.join(u", "));
        try {
            co_await StepExecutor::runSteps(context, &block.steps, owner, lane, depth);
        } catch (...) {
            clauses.raised(std::current_exception());
        }
    }
    const std::exception_ptr raised = std::exchange(*error, clauses.rest());
    if (*error && !clauses.tookAll() && *error != raised) // a part goes on, in a new group
        context->passedOn().insert(ExceptionTypes::textOf(*error), ExceptionTypes::textOf(raised));
}

void TryStep::markCaught(RunContext &context, int lane, int firstSpan,
                         const std::exception_ptr &error, const QString &clause)
{
    QStringList texts{ExceptionTypes::textOf(error)};
    for (auto from = context.passedOn().constFind(texts.back());
         from != context.passedOn().cend() && !texts.contains(*from);
         from = context.passedOn().constFind(texts.back()))
        texts << *from;
    for (const QString &text : texts)
        context.recorder().markCaught(lane, firstSpan, text, clause);
}

LoopEvent TryStep::starCaught(int lane, const CodeLocation &at, const std::exception_ptr &error,
                              const std::exception_ptr &match)
{
    // The members it took, as their tracebacks' last lines; a naked exception is its own.
    QStringList texts;
    const auto collect = [&texts](const auto &self, const std::exception_ptr &part) -> void {
        if (const ExceptionGroup *group = ExceptionGroup::of(part)) {
            for (const std::exception_ptr &member : group->exceptions())
                self(self, member);
        } else {
            texts << ExceptionTypes::textOf(part);
        }
    };
    collect(collect, match);
    LoopEvent event = LoopEvent::of(lane, LoopEvent::Kind::Caught, at, texts.join(u", "));
    event.ref = ExceptionGroup::of(error) ? LoopEvent::kFromGroup : LoopEvent::kNakedStar;
    return event;
}

void TryStep::writePythonBlock(const QString &header, const StepBlock &block, StepCode &code)
{
    code.out.add(header);
    code.out.indent();
    code.writeBlock(block.steps);
    if (block.steps.empty())
        code.out.add(QStringLiteral("pass"));
    code.out.dedent();
}

QString TryStep::clauseHeader(const StepBlock &block)
{
    QStringList types;
    for (const QString &type : block.exceptionTypes)
        types << ExceptionTypes::pythonName(type);
    const QString caught =
        types.size() == 1 ? types.front() : QStringLiteral("(%1)").arg(types.join(u", "));
    return (block.role == StepBlock::Role::ExceptStar ? QStringLiteral("except* %1")
                                                      : QStringLiteral("except %1"))
        .arg(caught);
}

void TryStep::writePython(const Step &step, const CodeLocation &at, StepCode &code) const
{
    code.out.mark(at);
    for (const StepBlock &block : step.blocks) {
        switch (block.role) {
        case StepBlock::Role::Body:
            writePythonBlock(QStringLiteral("try:"), block, code);
            break;
        case StepBlock::Role::Except:
        case StepBlock::Role::ExceptStar:
            writePythonBlock(clauseHeader(block) + u':', block, code);
            break;
        case StepBlock::Role::Finally:
            writePythonBlock(QStringLiteral("finally:"), block, code);
            break;
        }
    }
}

void TryStep::writeCppBlock(const StepBlock &block, const QString &onError, StepCode &code)
{
    code.out.add(QStringLiteral("try {"));
    code.out.indent();
    code.writeBlock(block.steps);
    code.out.dedent();
    code.out.add(QStringLiteral("} catch (...) {"));
    code.out.add(QStringLiteral("    %1").arg(onError));
    code.out.add(QStringLiteral("}"));
}

QString TryStep::keepIn(const QString &error)
{
    return QStringLiteral("%1 = std::current_exception();").arg(error);
}

void TryStep::writeCppStarClauses(const Step &step, const QString &error, StepCode &code)
{
    const QString clauses = QStringLiteral("star%1").arg(step.order);
    code.out.add(QStringLiteral("ck::ExceptStar %1(%2);").arg(clauses, error));
    for (const StepBlock &block : step.blocks) {
        if (block.role != StepBlock::Role::ExceptStar)
            continue;
        code.out.add(
            QStringLiteral("if (%1.take({%2})) {").arg(clauses, cppTypes(block.exceptionTypes)));
        code.out.indent();
        writeCppBlock(block, QStringLiteral("%1.raised(std::current_exception());").arg(clauses),
                      code);
        code.out.dedent();
        code.out.add(QStringLiteral("}"));
    }
    code.out.add(QStringLiteral("%1 = %2.rest();").arg(error, clauses));
}

QString TryStep::cppTypes(const QStringList &types)
{
    QStringList strings;
    for (const QString &type : types)
        strings << CodeSyntax::cppString(type);
    return strings.join(u", ");
}

void TryStep::writeCppClause(const StepBlock &block, const QString &error, bool first,
                             StepCode &code)
{
    code.out.add(QStringLiteral("%1 (%2 && ck::ExceptionTypes::catches(%2, {%3})) {")
                     .arg(first ? QStringLiteral("if") : QStringLiteral("} else if"), error,
                          cppTypes(block.exceptionTypes)));
    code.out.indent();
    code.out.add(QStringLiteral("%1 = nullptr;").arg(error));
    writeCppBlock(block, keepIn(error), code);
    code.out.dedent();
}

// C++ has no finally, and a coroutine cannot co_await in a catch handler: the exception is kept
// in a variable, the clause that catches it runs after the try, then the finally's steps.
void TryStep::writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const
{
    const QString error = QStringLiteral("error%1").arg(step.order);
    code.out.add(at, QStringLiteral("{ // try"));
    code.out.indent();
    code.out.add(QStringLiteral("std::exception_ptr %1;").arg(error));
    writeCppBlock(step.blocks.front(), keepIn(error), code);
    if (hasStarClauses(step))
        writeCppStarClauses(step, error, code);
    bool first = true;
    for (const StepBlock &block : step.blocks) {
        if (block.role == StepBlock::Role::Except) {
            writeCppClause(block, error, first, code);
            first = false;
        }
    }
    if (!first)
        code.out.add(QStringLiteral("}"));
    if (const StepBlock *last = finallyOf(step))
        code.writeBlock(last->steps);
    code.out.add(QStringLiteral("if (%1)").arg(error));
    code.out.add(QStringLiteral("    std::rethrow_exception(%1);").arg(error));
    code.out.dedent();
    code.out.add(QStringLiteral("}"));
}

void TryStep::addCppNeeds(const Step &step, CppPrelude::Needs &needs) const
{
    needs.catches = true;
    needs.exceptStars |= hasStarClauses(step);
}

bool TryStep::awaitsInCpp(const Step &step, bool async) const
{
    for (const StepBlock &block : step.blocks) {
        for (const Step &nested : block.steps) {
            if (StepKinds::of(nested).awaitsInCpp(nested, async))
                return true;
        }
    }
    return false;
}

QJsonObject TryStep::schema() const
{
    return schemaOf(R"json({"description":
        "try: steps, then the first except clause that catches what they raised (or each except* clause that matches members of it), then finally.",
        "required": ["%1"], "properties": {"%1": {"type": "object", "additionalProperties": false,
        "required": ["steps"],
        "anyOf": [{"required": ["except"]}, {"required": ["except*"]}, {"required": ["finally"]}],
        "not": {"required": ["except", "except*"]},
        "properties": {"steps": {"$ref": "#/$defs/steps"},
            "except": {"type": "array", "minItems": 1, "maxItems": 10000,
                       "items": {"$ref": "#/$defs/exceptClause"}},
            "except*": {"type": "array", "minItems": 1, "maxItems": 10000,
                        "items": {"$ref": "#/$defs/exceptStarClause"}},
            "finally": {"$ref": "#/$defs/steps"}}}}})json");
}

QJsonObject TryStep::clauseSchema(const QString &description, const QStringList &names) const
{
    const QJsonObject type{{QStringLiteral("enum"), QJsonArray::fromStringList(names)}};
    QJsonObject types{{QStringLiteral("type"), QStringLiteral("array")},
                      {QStringLiteral("minItems"), 1},
                      {QStringLiteral("items"), type}};
    QJsonObject clause = schemaOf(R"json({"type": "object",
        "additionalProperties": false, "required": ["type", "steps"],
        "properties": {"steps": {"$ref": "#/$defs/steps"}}})json");
    clause.insert(QStringLiteral("description"), description);
    QJsonObject properties = clause.value(QStringLiteral("properties")).toObject();
    properties.insert(typeKey, QJsonObject{{QStringLiteral("oneOf"), QJsonArray{type, types}}});
    clause.insert(QStringLiteral("properties"), properties);
    return clause;
}

QJsonObject TryStep::schemaDefinitions() const
{
    // except* splits a group and cannot catch ExceptionGroup itself (checkStarClause).
    QStringList starNames = ExceptionTypes::names();
    starNames.removeAll(QStringLiteral("ExceptionGroup"));
    return {{QStringLiteral("exceptClause"),
             clauseSchema(QStringLiteral("except Type: steps"), ExceptionTypes::names())},
            {QStringLiteral("exceptStarClause"),
             clauseSchema(QStringLiteral("except* Type: steps, run once if members of the "
                                         "ExceptionGroup match"),
                          starNames)}};
}

QJsonValue TryStep::example() const
{
    return QJsonObject{
        {stepsKey, QJsonArray{QJsonObject{{QStringLiteral("wait"), 1}}}},
        {exceptKey,
         QJsonArray{QJsonObject{{typeKey, QStringLiteral("ValueError")},
                                {stepsKey, QJsonArray{QJsonObject{{QStringLiteral("log"),
                                                                   QStringLiteral("caught")}}}}}}}};
}

std::optional<QJsonValue> TryStep::fromEditText(const QString &text, const QJsonValue &,
                                                QString *error) const
{
    return objectFromEditText(text,
                              tr("\"try\" takes an object such as {\"steps\": [...], "
                                 "\"except\": [{\"type\": \"ValueError\", \"steps\": [...]}]}"),
                              error);
}

} // namespace ck
