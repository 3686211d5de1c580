#pragma once

#include "jsonpath.h"
#include "scenario.h"
#include "scenariofault.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <vector>

namespace ck {

// Follows the values of a scenario through its functions, as Python would: each function's
// local variables are bound by a call, gather or queue get ("as", "add_to") and used by
// f-strings (log, return, put) further down; a routine returns the value of its first return step,
// else None. Refuses a name used where it is not bound, a += Python would refuse before or that the
// app cannot show (list += str), a variable named like a routine or a task, a return in a task.
// Sets each step's textBound (ScenarioCost): values are text a run keeps and prints. Runs after
// the routine names are resolved and found free of cycles.
class VariableFlow
{
    Q_DECLARE_TR_FUNCTIONS(VariableFlow)

public:
    static std::optional<ScenarioFault> check(Scenario &scenario);

private:
    // What the validator knows of a value: its type, and an upper bound on its repr's length.
    struct Shape
    {
        enum class Type { None, Str, List, Int } type = Type::None; // Int: a loop's
        double bound = 4;                                           // "None"
    };
    using Locals = QHash<QString, Shape>;

    explicit VariableFlow(Scenario &scenario);
    // One pass over every function; the queues' items are known once a pass changes nothing.
    bool checkFunctions();
    // What the puts of each queue may put: literal items before the passes, f-strings as the
    // passes render them (a get's value is any of them).
    void noteLiteralPuts();
    void notePut(const Step &step);
    bool checkFunction(std::vector<Step> &steps, const JsonPath &path, bool isRoutine,
                       Shape *returned);
    bool checkBlocks(const Step &step, const JsonPath &at);
    static bool isLoop(const Step &step);
    static Shape loopVariable(const Step &step);
    bool resultShape(const Step &step, Shape *shape);
    bool checkLoop(Step &step, const Locals &outer, const JsonPath &stepPath);
    bool checkUses(Step &step, const Locals &locals, const std::vector<Step> &steps,
                   const JsonPath &at);
    bool checkBinding(Step &step, Locals &locals, const JsonPath &at);
    bool checkReturn(Step &step, const Locals &locals, const JsonPath &at, Shape *returned);
    // The shape of what routine `index` returns (each routine is followed once).
    bool routineShape(int index, Shape *shape);
    bool fail(const JsonPath &path, const QString &what);

    Scenario &m_scenario;
    std::vector<std::optional<Shape>> m_routineShapes;
    QHash<QString, int> m_functionNames; // tasks, routines and objects: no variable takes
                                         // their names
    std::vector<double> m_queueBounds;   // by object: an upper bound on the repr of its items
    std::optional<ScenarioFault> m_fault;
};

} // namespace ck
