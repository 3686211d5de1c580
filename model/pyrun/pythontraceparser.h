#pragma once

#include "pythontraceline.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <chrono>

namespace ck {

class PythonTaskTable;

// Reads one line of the Python trace (docs/python-trace.md) into a PythonTraceLine and checks it
// against the contract, given the tasks the lines before it created: a line that is not what the
// contract says gets a one-line reason why (parse() tells what of it still counts). It keeps what
// the contract needs of the lines before: whether the trace has started, its clock, its latest
// time.
class PythonTraceParser
{
    // The reasons are the reader's (one context in the catalogue).
    Q_DECLARE_TR_FUNCTIONS(PythonTraceReader)

public:
    // The line (without its newline); `tasks` are the tasks of the lines before it. Empty when
    // the line keeps the contract, else why it does not. A refused line's event is Ignored but
    // for what is taken of it up to the refusal: a task line refused for its `via` creates its
    // task (Task), a suspend line refused for its `await` ends the task's wait (Suspend), a
    // worker line refused for its `function` makes the worker's lane (Worker), an end line's
    // fields before the refused one are the program's exit (End).
    QString parse(QByteArrayView text, const PythonTaskTable &tasks, PythonTraceLine &line);

    bool hasStarted() const { return m_started; }
    // The latest line's time (`t`): a line that is refused after its time was read counts.
    std::chrono::nanoseconds time() const { return m_time; }

private:
    struct Refusal
    {
        QString why;
    };

    void read(const QJsonObject &object, PythonTraceLine &line);
    void readHeader(const QJsonObject &object, const QString &event, PythonTraceLine &line);
    void readStart(const QJsonObject &object, PythonTraceLine &line);
    void readTask(const QJsonObject &object, PythonTraceLine &line);
    void readReady(const QJsonObject &object, PythonTraceLine &line);
    void readResume(const QJsonObject &object, PythonTraceLine &line);
    void readSuspend(const QJsonObject &object, PythonTraceLine &line);
    void readDone(const QJsonObject &object, PythonTraceLine &line);
    void readCall(const QJsonObject &object, PythonTraceLine &line);
    void readReturn(const QJsonObject &object, PythonTraceLine &line);
    void readBlock(const QJsonObject &object, PythonTraceLine &line);
    void readWorker(const QJsonObject &object, PythonTraceLine &line);
    void readPrint(const QJsonObject &object, PythonTraceLine &line, bool warning);
    void readEnd(const QJsonObject &object, PythonTraceLine &line);

    void readAwait(const QJsonObject &await, PythonTraceAwait &into) const;
    void readSleep(const QJsonObject &await, bool yields, PythonTraceAwait &into) const;
    void readAwaitedTasks(const QJsonObject &await, const QString &kind,
                          PythonTraceAwait &into) const;
    void readObjectWait(const QJsonObject &await, const QString &kind,
                        PythonTraceAwait &into) const;

    bool isInternal(const QJsonValue &id) const; // a known task of the loop's own
    int taskOf(const QJsonObject &object, bool required) const;
    int knownTask(const QJsonValue &id) const;
    std::vector<int> lanesOf(const QJsonValue &ids) const;

    std::chrono::nanoseconds seconds(const QJsonObject &object, const QString &key) const;
    qint64 whole(const QJsonValue &value, const QString &key, qint64 lowest, qint64 highest) const;
    QString text(const QJsonObject &object, const QString &key) const;
    [[noreturn]] static void refuse(const QString &why);

    const PythonTaskTable *m_tasks = nullptr; // of the line being read
    bool m_started = false;
    bool m_realClock = false;
    std::chrono::nanoseconds m_time{0};
};

} // namespace ck
