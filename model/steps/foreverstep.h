#pragma once

#include "stepkind.h"

#include <QCoreApplication>

namespace ck {

// {"forever": [...]}: while True: the steps. It ends only by an exception: the task cancelled
// (a cancel step, wait_for's deadline, asyncio.run cancelling what main() left running) or a
// raise. A body that could never suspend would hold the event loop forever: it is refused when
// nothing in it awaits or raises, and a run stops any forever loop that goes round more than
// ScenarioLimits::maxForeverRounds times all told (a call to a routine that never suspends).
// Its cost is its body's that many times; its ideal time is none of its own, since whatever
// ends it sets how long it runs. Sync mode refuses it: nothing could end it there.
class ForeverStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(ForeverStep)

public:
    QString key() const override { return QStringLiteral("forever"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    JsonPath blockPath(const Step &step, const JsonPath &path, std::size_t n) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    QString modeRefusal(const Step &step, const Strategy &strategy) const override;
    QCoro::Task<> run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                      int lane, int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    bool awaitsInCpp(const Step &step, bool async) const override;
    QJsonObject schema() const override;
    QJsonValue example() const override;
    // The steps as JSON: [{"wait": 1}, {"log": "tick"}].
    QString editText(const QJsonValue &value) const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;

    // Whether a run of `steps` may suspend or raise (what lets a forever loop end or let others
    // run): any step but a log, a block, a cancel, a call left unawaited or a return, in them or
    // in the blocks they hold. A call counts: the run's guard stops one that never suspends.
    static bool maySuspendOrRaise(const std::vector<Step> &steps);
};

} // namespace ck
