#pragma once

#include "downloaduse.h"
#include "scenario/namedobject.h"

#include <QString>
#include <vector>

namespace ck {

class ProgramText;

// The parts of a generated C++ program that do not depend on the steps: the includes, the loop
// and print(), the `done` events and the bounded mode's admission, and main() with its runner.
class CppPrelude
{
public:
    // What the program uses.
    struct Needs
    {
        bool async = true;
        bool gather = false;
        bool events = false;    // tasks come `after` others (concurrent modes)
        bool blocks = false;    // some block step
        int limit = 0;          // bounded:N, 0 when not bounded
        bool unawaited = false; // some task main() creates and never awaits
        bool threads = false;   // some asyncio.to_thread call (async modes)
        int workers = 0;        // then: the worker threads of its pool (Scenario::threads)
        DownloadUse downloads;
        bool raises = false;              // some raise step: ck::PythonException
        bool catches = false;             // some try step: ck::ExceptionTypes, std::exception_ptr
        bool exceptStars = false;         // some try with except*: ck::ExceptStar
        bool cancels = false;             // some cancel step: the tasks are kept by name
        bool timeouts = false;            // some wait_for step: ck::waitFor
        bool taskGroups = false;          // some task_group step: ck::withTaskGroup
        bool timeoutBlocks = false;       // some timeout step: ck::withTimeout
        bool asCompleted = false;         // some as_completed step: ck::AsCompleted
        bool waits = false;               // some wait_tasks step: ck::wait
        bool values = false;              // some return, variable or f-string: ck::PyValue
        bool gathersValues = false;       // some gather "as": std::apply
        std::vector<NamedObject> objects; // the scenario's (async modes)
    };

    static void writeIncludes(ProgramText &out, const Needs &needs);
    static void writeGlobals(ProgramText &out, const Needs &needs);
    // asyncio.run(main()): the runner coroutine, the end of the anonymous namespace and main().
    static void writeRunner(ProgramText &out, const Needs &needs);

private:
    static void writeAdmission(ProgramText &out, const Needs &needs);
    // Whether `--virtual-clock` is offered: not where threads or HTTP take wall time.
    static bool hasVirtualClock(const Needs &needs);
    // main()'s scheduler: the real clock, or the virtual one when asked (`--virtual-clock`).
    static void writeClock(ProgramText &out, const Needs &needs);
    // The scenario's objects: a pointer each among the globals, the object itself in main().
    static QString cppType(const NamedObject &object);
    static void writeObjects(ProgramText &out, const Needs &needs);
    // twoDecimals(): the total printed as Python prints it.
    static void writeTwoDecimals(ProgramText &out);
    // Python's task cancellation, for tasks main() never awaits: sleeps that raise Cancelled.
    static void writeCancellation(ProgramText &out);
    // asyncio's default executor (a QThreadPool) and toThread(), awaited through QCoro.
    static void writeToThread(ProgramText &out);
    static void comment(ProgramText &out, const QString &english, const QString &korean);
};

} // namespace ck
