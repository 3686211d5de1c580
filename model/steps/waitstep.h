#pragma once

#include "timedstep.h"

namespace ck {

// {"wait": seconds}: await asyncio.sleep(seconds), the coroutine suspends and others run; in
// the sync mode it is time.sleep, as a block.
class WaitStep : public TimedStep
{
public:
    QString key() const override { return QStringLiteral("wait"); }
    int runInline(RunContext &context, const Step &step, const CodeLocation &at, int lane,
                  int depth) const override;
    void endInline(RunContext &context, int span, bool slept, const CodeLocation &at,
                   int lane) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    QJsonObject schema() const override;
    bool awaitsInCpp(const Step &, bool async) const override { return async; }
};

} // namespace ck
