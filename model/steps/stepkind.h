#pragma once

#include "codegen/codelocation.h"
#include "codegen/cppprelude.h"
#include "scenario/namedobject.h"
#include "scenario/scenariocost.h"

#include <QCoroTask>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace ck {

class IdealTime;
class JsonFieldReader;
class JsonPath;
class RunContext;
class Strategy;
struct StepCode;
struct Step;

// Everything about one kind of step, in one place: how it is read from a scenario file, what a
// run of it costs and how long it takes, how it runs, how it is written in Python and in C++,
// and how the editor makes and edits one. The parser, validator, cost, ideal time, runner,
// code generators and editor reach a kind only through this interface (StepKinds finds the
// unit of a step); a new kind is a new subclass and a line in StepKinds' table.
class StepKind
{
public:
    virtual ~StepKind() = default;

    // Its key in a scenario file: {"wait": 1}.
    virtual QString key() const = 0;

    // Fills `step` from the kind's value found at `path`, or keeps the fault in `reader` and
    // returns false. Routine names stay names; the validator resolves them.
    virtual bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                      Step &step) const = 0;
    // Where the step's n-th routine name is written, for a fault about it.
    virtual JsonPath routinePath(const JsonPath &step, qsizetype n) const;
    // The types of the scenario's objects the step may name (Step::objectName), empty for a kind
    // that names none; and where the name is written, for a fault about it.
    virtual QList<NamedObject::Type> objectTypes() const;
    virtual JsonPath objectPath(const JsonPath &step) const;
    // Where the steps of its n-th block are written (Step::blocks), for a fault in them.
    virtual JsonPath blockPath(const Step &step, const JsonPath &path, std::size_t n) const;

    // An upper bound on what a run of the step does (ScenarioCost adds them up).
    virtual ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const = 0;
    // How long the step takes with nothing else in its way.
    virtual std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const = 0;
    // Why a run of the step needs the real clock (it goes to the network); empty if it does not.
    virtual QString realClockReason(const Step &step) const;
    // Why `strategy` cannot run the step (the sync mode has no event loop; only create-task
    // mode keeps task objects); empty if it can.
    virtual QString modeRefusal(const Step &step, const Strategy &strategy) const;

    // Runs the step as a coroutine on `lane`, its spans nested at `depth`. By default, as a
    // step that runs inline does.
    virtual QCoro::Task<> run(std::shared_ptr<RunContext> context, const Step *step,
                              CodeLocation at, int lane, int depth) const;
    // A step that runs inline needs no coroutine of its own: runInline() does it at once and
    // returns -1, or begins a sleep of step.duration that the caller's frame awaits and returns
    // its span, which endInline() closes (it throws when the run was stopped). A flat task (a
    // crowd holds a million) runs such steps in its own frame.
    virtual bool runsInline() const;
    virtual int runInline(RunContext &context, const Step &step, const CodeLocation &at, int lane,
                          int depth) const;
    virtual void endInline(RunContext &context, int span, bool slept, const CodeLocation &at,
                           int lane) const;

    // Writes the step at `at` into a generated program.
    virtual void writePython(const Step &step, const CodeLocation &at, StepCode &code) const = 0;
    virtual void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const = 0;
    // What the C++ program must define for the step; whether its C++ holds a co_await.
    virtual void addCppNeeds(const Step &step, CppPrelude::Needs &needs) const;
    virtual bool awaitsInCpp(const Step &step, bool async) const;

    // Its entry in the JSON Schema's "step" (resources/corokitchen-scenario.schema.json,
    // which tst_stepkinds holds to these), and the definitions the entry refers to beyond
    // the shared ones (text, name, seconds).
    virtual QJsonObject schema() const = 0;
    virtual QJsonObject schemaDefinitions() const;

    // The editor: the value of a new step of this kind, the text its value is edited as, and
    // the value read back from an edited text (nullopt with the reason in `error`).
    virtual QJsonValue example() const = 0;
    virtual QString editText(const QJsonValue &value) const;
    // The text of any value, as the editor shows a value of no known kind.
    static QString plainEditText(const QJsonValue &value);
    virtual std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                                   QString *error) const;

protected:
    // The object an edited text holds as JSON, or nullopt with `refusal` in `error`.
    static std::optional<QJsonValue> objectFromEditText(const QString &text, const QString &refusal,
                                                        QString *error);
    // A schema entry: `json` holds one object, with "%1" for the kind's key.
    QJsonObject schemaOf(const char *json) const;
};

} // namespace ck
