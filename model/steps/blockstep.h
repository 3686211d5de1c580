#pragma once

#include "timedstep.h"

namespace ck {

// {"block": seconds}: time.sleep(seconds) inside a coroutine, which holds the whole loop.
class BlockStep : public TimedStep
{
public:
    QString key() const override { return QStringLiteral("block"); }
    int runInline(RunContext &context, const Step &step, const CodeLocation &at, int lane,
                  int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    QJsonObject schema() const override;
    void addCppNeeds(const Step &step, CppPrelude::Needs &needs) const override;

    // Holds the loop for `duration` in a span of its own: a block, and every wait in sync mode.
    static void block(RunContext &context, std::chrono::nanoseconds duration,
                      const CodeLocation &at, int lane, int depth);
};

} // namespace ck
