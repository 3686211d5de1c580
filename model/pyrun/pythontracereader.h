#pragma once

#include "pythonexit.h"
#include "pythontasktable.h"
#include "pythontraceparser.h"
#include "pythontracewriter.h"
#include "trace/runinfo.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <cstdint>

namespace ck {

class Recorder;

// Reads the JSON-lines trace the Python harness writes of a real program (docs/python-trace.md)
// into a Recorder, a line at a time as it arrives, so that every view and export of a scenario's
// run shows the program: asyncio.run's main task is the main program (kMainLane, no lane), every
// other task a lane with a Task span from its first step to its end, the program's function
// calls Routine spans, its awaits Wait, ObjectWait and Thread spans, its time.sleep Block spans,
// the executor's workers lanes of their own, its prints log lines, and all of it loop events.
// The trace comes from a process that runs arbitrary code: a line that is not what the contract
// says stops the reading with a one-line reason, never an assertion.
// Each line is checked and read by a PythonTraceParser, then told to the program's tasks
// (PythonTaskTable) and written by a PythonTraceWriter.
class PythonTraceReader
{
    Q_DECLARE_TR_FUNCTIONS(PythonTraceReader)

public:
    explicit PythonTraceReader(Recorder &recorder);

    // The RunInfo of a program's run: the file's base name and name, mode "python".
    static RunInfo runInfo(const QString &programPath, const QString &clock);

    // The first loop event's sequence number (a comparison's second run goes on from the first's).
    void setFirstSequence(std::uint64_t sequence) { m_writer.setFirstSequence(sequence); }
    std::uint64_t nextSequence() const { return m_writer.nextSequence(); }

    // One line of the trace, without its newline. False once the trace is malformed (error());
    // the lines after that are ignored.
    bool feed(QByteArrayView line);
    // The trace has no more lines: the record is finished. False when it is malformed or ended
    // without its `end` line.
    bool close();

    bool hasFailed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    bool hasEnded() const { return m_ended; }
    const PythonExit &exit() const { return m_exit; }
    int linesRead() const { return m_lineNumber; }
    // The program's line of the loop event `event` (Recorder::loopEvents index), 0 when none.
    int lineOf(std::size_t event) const { return m_writer.lineOf(event); }

private:
    void read(const PythonTraceLine &line);
    void readRefused(const PythonTraceLine &line);
    void readTask(const PythonTraceLine &line);
    int addTask(const PythonTraceLine &line);
    void readReady(const PythonTraceLine &line);
    void readResume(const PythonTraceLine &line);
    void readSuspend(const PythonTraceLine &line);
    void readDone(const PythonTraceLine &line);
    void readCall(const PythonTraceLine &line);
    void readReturn(const PythonTraceLine &line);
    void readBlock(const PythonTraceLine &line);
    void readWorker(const PythonTraceLine &line);
    void readPrint(const PythonTraceLine &line);
    void readEnd(const PythonTraceLine &line);

    void beginWait(PythonTask &task, const PythonTraceAwait &await, LoopEvent &event);
    int beginWaitSpan(const PythonTask &task, SpanKind kind, const QString &name,
                      std::chrono::nanoseconds asked);
    void endWait(PythonTask &task, SpanState state);
    void endCalls(PythonTask &task, SpanState state, const QString &reason);
    void endCall(PythonTask &task, const PythonCall &call, SpanState state, const QString &reason,
                 const QString &value);
    void finishRecord(std::chrono::nanoseconds end);

    int laneOf(int task) const; // where the spans and events of task `task` (an index) go
    LoopEvent eventOf(int task, LoopEvent::Kind kind) const;

    PythonTraceParser m_parser;
    PythonTaskTable m_tasks;
    PythonTraceWriter m_writer;
    QString m_error;
    int m_lineNumber = 0;
    bool m_ended = false;
    PythonExit m_exit;
};

} // namespace ck
