#pragma once

#include "pythonexit.h"
#include "trace/lane.h"
#include "trace/loopevent.h"
#include "trace/runinfo.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>
#include <QString>

#include <chrono>
#include <cstdint>
#include <vector>

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
class PythonTraceReader
{
    Q_DECLARE_TR_FUNCTIONS(PythonTraceReader)

public:
    explicit PythonTraceReader(Recorder &recorder);

    // The RunInfo of a program's run: the file's base name and name, mode "python".
    static RunInfo runInfo(const QString &programPath, const QString &clock);

    // The first loop event's sequence number (a comparison's second run goes on from the first's).
    void setFirstSequence(std::uint64_t sequence) { m_sequence = sequence; }
    std::uint64_t nextSequence() const { return m_sequence; }

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
    int lineOf(std::size_t event) const;

private:
    struct Call
    {
        qint64 id = 0;
        int span = -1; // its span, -1 when it has none (too deep)
        int lane = -1; // the lane it runs on
        QString function;
    };
    struct TaskState
    {
        qint64 id = 0; // the trace's
        int lane = kMainLane;
        bool main = false;
        bool internal = false; // the loop's own (shutdown_asyncgens ...): not the program's
        bool started = false;
        bool done = false;
        QString coro;
        int taskSpan = -1;
        qint64 ownCall = -1; // the call event of the task's own coroutine (no span of its own)
        bool ownCallSeen = false;
        std::vector<Call> calls; // the program's functions it is in, outermost first
        int waitSpan = -1;       // the span of the await it is suspended at
        LoopEvent::Await await = LoopEvent::Await::None;
        std::chrono::nanoseconds until{-1}; // its sleep's deadline
    };
    struct Malformed
    {
        QString why;
    };

    void read(const QJsonObject &line);
    void readStart(const QJsonObject &line);
    void readTask(const QJsonObject &line);
    void readReady(const QJsonObject &line);
    void readResume(const QJsonObject &line);
    void readSuspend(const QJsonObject &line);
    void readDone(const QJsonObject &line);
    void readCall(const QJsonObject &line);
    void readReturn(const QJsonObject &line);
    void readBlock(const QJsonObject &line);
    void readWorker(const QJsonObject &line);
    void readPrint(const QJsonObject &line, bool warning);
    void readEnd(const QJsonObject &line);

    void beginWait(TaskState &task, const QJsonObject &await, LoopEvent &event);
    int beginWaitSpan(TaskState &task, SpanKind kind, const QString &name,
                      std::chrono::nanoseconds asked = std::chrono::nanoseconds(-1));
    void gatherInto(const std::vector<int> &lanes, int span, const Lane &how);
    void endWait(TaskState &task, SpanState state);
    void endCalls(TaskState &task, SpanState state, const QString &reason);
    void endCall(TaskState &task, const Call &call, SpanState state, const QString &reason,
                 const QString &value);
    void finishRecord(std::chrono::nanoseconds end);

    TaskState *taskOf(const QJsonObject &line, bool required);
    bool isInternal(const QJsonValue &id) const; // a known task of the loop's own
    TaskState &knownTask(const QJsonValue &id);
    int indexOfTask(qint64 id) const; // its m_tasks index, -1 when unknown
    std::vector<int> lanesOf(const QJsonValue &ids);
    int laneOf(const TaskState *task) const; // where its spans and events go
    int depthOf(const TaskState &task) const;
    void note(LoopEvent event, const QJsonObject &line);
    LoopEvent eventOf(const TaskState *task, LoopEvent::Kind kind) const;
    LoopEvent createdEvent(const TaskState *task, const QJsonObject &line) const;
    std::chrono::nanoseconds wall() const;

    std::chrono::nanoseconds seconds(const QJsonObject &line, const QString &key) const;
    qint64 whole(const QJsonValue &value, const QString &key, qint64 lowest, qint64 highest) const;
    QString text(const QJsonObject &line, const QString &key) const;
    [[noreturn]] void malformed(const QString &why) const;

    Recorder *m_recorder;
    QElapsedTimer m_wall;
    QString m_error;
    int m_lineNumber = 0;
    bool m_started = false;
    bool m_realClock = false;
    bool m_ended = false;
    PythonExit m_exit;
    std::chrono::nanoseconds m_time{0}; // the latest line's `t`
    std::uint64_t m_iteration = 0;
    std::uint64_t m_sequence = 0;
    std::vector<TaskState> m_tasks;
    QHash<qint64, int> m_taskIndex; // task id -> m_tasks index
    int m_main = -1;                // m_tasks index of asyncio.run's task
    int m_internalTasks = 0;        // how many of m_tasks are the loop's own
    bool m_mainDone = false;
    std::chrono::nanoseconds m_total{-1};
    QHash<QString, int> m_mainCallLanes;       // function -> the lane of main's calls to it
    QHash<QPair<int, int>, int> m_workerLanes; // (caller lane, worker) -> lane
    std::vector<int> m_eventLines;             // per loop event: the program's line, 0 for none
};

} // namespace ck
