#pragma once

#include "stepkind.h"

#include "trace/loopevent.h"

#include <QCoreApplication>

namespace ck {

struct StepBlock;

// {"try": {"steps": [...], "except": [{"type": "ValueError", "steps": [...]}], "finally": [...]}}:
// Python's try statement around steps. An exception the body raises (a raise step, a routine
// that raises, CancelledError when the task is cancelled) runs the first except clause whose
// types it is an instance of; the finally steps run however the body and the clause end, and an
// exception they raise replaces the one in flight, as in Python. With "except*" clauses instead
// (3.11, PEP 654; never both, as Python refuses), each clause in order takes the members of the
// ExceptionGroup (or the naked exception) that match its types and runs once if it took any
// (ExceptStar). Its blocks (Step::blocks) are the body, the clauses in order, then the finally.
class TryStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(TryStep)

public:
    QString key() const override { return QStringLiteral("try"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    JsonPath blockPath(const Step &step, const JsonPath &path, std::size_t n) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    QCoro::Task<> run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                      int lane, int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void addCppNeeds(const Step &step, CppPrelude::Needs &needs) const override;
    bool awaitsInCpp(const Step &step, bool async) const override;
    QJsonObject schema() const override;
    QJsonObject schemaDefinitions() const override;
    QJsonValue example() const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;

    // The first except clause of `step` that catches `error`, or nullptr.
    static const StepBlock *handlerFor(const Step &step, const std::exception_ptr &error);
    // An except or except* clause's header as Python spells it, without the colon:
    // "except ValueError", "except* (ValueError, TypeError)".
    static QString clauseHeader(const StepBlock &block);

private:
    bool readClauses(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                     Step &step, bool star) const;
    bool readClause(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                    Step &step, bool star) const;
    bool readTypes(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                   QStringList &types) const;
    // What Python refuses in an except* clause: catching ExceptionGroup, a return in it.
    bool checkStarClause(const StepBlock &block, const JsonPath &path,
                         JsonFieldReader &reader) const;
    static bool hasStarClauses(const Step &step);
    // The schema of an except or except* clause whose type is one of `names`.
    QJsonObject clauseSchema(const QString &description, const QStringList &names) const;
    // The except* clauses after the body raised `*error`, which becomes what travels on
    // (ExceptStar::rest()).
    // `firstSpan`: the first span the body recorded (those its exception ended become caught
    // once the clauses took all of it).
    static QCoro::Task<> runStarClauses(std::shared_ptr<RunContext> context, const Step *step,
                                        CodeLocation at, int lane, int depth, int firstSpan,
                                        std::exception_ptr *error);
    // The spans of `lane` from `firstSpan` on that `error` ended, or what it was passed on
    // from by except* clauses (RunContext::passedOn), end caught by `clause`.
    static void markCaught(RunContext &context, int lane, int firstSpan,
                           const std::exception_ptr &error, const QString &clause);
    // The Caught event of an except* clause that took `match` out of `error`.
    static LoopEvent starCaught(int lane, const CodeLocation &at, const std::exception_ptr &error,
                                const std::exception_ptr &match);
    static void writePythonBlock(const QString &header, const StepBlock &block, StepCode &code);
    // try { steps } catch (...) { <onError> }
    static void writeCppBlock(const StepBlock &block, const QString &onError, StepCode &code);
    // `if (caught) {` for the first clause, `} else if (caught) {` for the next ones.
    static void writeCppClause(const StepBlock &block, const QString &error, bool first,
                               StepCode &code);
    static QString keepIn(const QString &error);
    // {QStringLiteral("ValueError"), ...}
    static QString cppTypes(const QStringList &types);
    // ck::ExceptStar over `error`, each clause's take(), then what travels on back in `error`.
    static void writeCppStarClauses(const Step &step, const QString &error, StepCode &code);
};

} // namespace ck
