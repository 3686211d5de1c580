#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace ck {

struct Scenario;

// How the top-level tasks of a scenario are composed, with Python asyncio's meaning.
class Strategy
{
    Q_DECLARE_TR_FUNCTIONS(Strategy)

public:
    enum class Kind {
        Sync,       // plain functions: every wait is time.sleep, one task after another
        Sequential, // await task_1(); await task_2(); ...
        Gather,     // await asyncio.gather(task_1(), task_2(), ...)
        CreateTask, // t1 = asyncio.create_task(task_1()); ...; await t1; await t2; ...
        Bounded,    // gather, at most `limit` at a time (asyncio.Semaphore(limit))
        TaskGroup,  // async with asyncio.TaskGroup() as tg: tg.create_task(task_1()); ...
    };

    Strategy() = default;
    Strategy(Kind kind, int limit = 0) : m_kind(kind), m_limit(limit) {}

    // "sync", "sequential", "gather", "create-task", "bounded:N", "task-group"; nullopt when
    // unknown.
    static std::optional<Strategy> parse(const QString &text);
    static QString usage(); // the list of accepted modes, for error messages

    Kind kind() const { return m_kind; }
    int limit() const { return m_limit; }
    QString name() const;  // the CLI spelling, "bounded:2"
    QString label() const; // for people, translated: "Gather", "Bounded 2"
    // Tasks may overlap in time (gather, create-task, bounded, task-group).
    bool isConcurrent() const;
    // Awaits are real suspensions (everything but sync).
    bool isAsync() const { return m_kind != Kind::Sync; }

    // Why this strategy cannot run the scenario, or an empty string. In sync and sequential
    // modes a task must come after the tasks it waits for.
    QString refusal(const Scenario &scenario) const;

    bool operator==(const Strategy &) const = default;

private:
    Kind m_kind = Kind::Sequential;
    int m_limit = 0;
};

} // namespace ck
