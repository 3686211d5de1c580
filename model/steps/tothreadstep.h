#pragma once

#include "timedstep.h"

namespace ck {

// {"to_thread": seconds}: await asyncio.to_thread(time.sleep, seconds). The blocking call runs on
// a worker thread of the loop's default executor ("threads" of the scenario); the coroutine is
// suspended meanwhile and the loop runs the others. A call waits for a free worker, first come
// first served. In the sync mode there is no loop and no executor: it is time.sleep, a block.
class ToThreadStep : public TimedStep
{
public:
    QString key() const override { return QStringLiteral("to_thread"); }
    bool runsInline() const override { return false; }
    QCoro::Task<> run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                      int lane, int depth) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void addCppNeeds(const Step &step, CppPrelude::Needs &needs) const override;
    bool awaitsInCpp(const Step &, bool async) const override { return async; }
    QJsonObject schema() const override;

private:
    // The call on its worker: the worker's lane shows time.sleep holding the thread.
    static QCoro::Task<bool> runOnWorker(std::shared_ptr<RunContext> context,
                                         std::chrono::nanoseconds duration, int lane);
};

} // namespace ck
