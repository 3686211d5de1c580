#pragma once

#include "stepkind.h"

#include <QCoreApplication>

namespace ck {

// {"repeat": {"times": 3, "as": "i", "steps": [...]}}: for i in range(3): the steps, three
// times (`for _ in range(3):` without "as"). `i` is a local int of the function the loop is in,
// 0, 1, 2, that the body's f-strings can print. Its one block (Step::blocks) is the body; its
// cost and ideal time are the body's times `times`.
class RepeatStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(RepeatStep)

public:
    QString key() const override { return QStringLiteral("repeat"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    JsonPath blockPath(const Step &step, const JsonPath &path, std::size_t n) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    QCoro::Task<> run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                      int lane, int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    bool awaitsInCpp(const Step &step, bool async) const override;
    QJsonObject schema() const override;
    QJsonValue example() const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;

    // Whether any of `steps` (those their blocks hold included) has a co_await in C++.
    static bool anyAwaitsInCpp(const std::vector<Step> &steps, bool async);
    // The body of a loop at the current indentation, `pass` when it is empty.
    static void writePythonBody(const std::vector<Step> &steps, StepCode &code);
    static void writeCppBody(const std::vector<Step> &steps, StepCode &code);

private:
    bool readTimes(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                   Step &step) const;
};

} // namespace ck
