#pragma once

#include <QString>

#include <chrono>
#include <cstdint>

namespace ck {

// How a real Python program is run (PythonProgramRun) and the bounds it is held to.
struct PythonRunOptions
{
    QString clock = QStringLiteral("virtual"); // or "real"
    std::chrono::milliseconds wallLimit{60'000};
    // The program's own seconds (virtual or real) it may run: the harness stops it there.
    std::chrono::seconds timeLimit{3600};
    // Bytes of trace the harness may write: about 78 a line and 9 lines a task, some 700 000
    // tasks that each sleep once (the trace is read as it comes, not kept).
    qint64 traceLimit = qint64(512) << 20;
    qint64 stderrLimit = qint64(1) << 20; // bytes of standard error kept
    // A harness folder of one's own (with corokitchen_oracle/ in it) instead of the app's.
    QString harnessFolder;
    std::uint64_t firstSequence = 0; // the first loop event's (PythonTraceReader)
};

} // namespace ck
