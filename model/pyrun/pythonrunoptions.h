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
    qint64 traceLimit = qint64(64) << 20; // bytes of trace the harness may write
    qint64 stderrLimit = qint64(1) << 20; // bytes of standard error kept
    // A harness folder of one's own (with corokitchen_oracle/ in it) instead of the app's.
    QString harnessFolder;
    std::uint64_t firstSequence = 0; // the first loop event's (PythonTraceReader)
};

} // namespace ck
