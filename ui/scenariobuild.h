#pragma once

#include "builtscenario.h"

#include <QObject>
#include <QPointer>

template <typename T> class QFutureWatcher;

namespace ck {

// Builds a large built-in scenario off the window's thread: a crowd of kFromTasks tasks or more
// takes a quarter of a second to make and as long again to walk for its plan, which would
// freeze the window. One build at a time: starting another, or cancel(), drops the one under
// way (its scenario is let go on the thread that built it). built() comes on the window's
// thread, for the current build only.
class ScenarioBuild : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFromTasks = 100000;

    explicit ScenarioBuild(QObject *parent = nullptr);
    ~ScenarioBuild() override;

    // Whether `key` names a scenario to build here rather than at once: a built-in crowd of at
    // least kFromTasks tasks (a file of that name is a file, loaded as any other).
    static bool isLarge(const QString &key);

    // Builds the scenario of `key` with the plan of `selection`, dropping a build under way.
    void start(const QString &key, const RunSelection &selection);
    void cancel();
    bool isBuilding() const { return !m_job.isNull(); }
    QString key() const { return m_key; } // of the build under way, or the last one

Q_SIGNALS:
    void built(const ck::BuiltScenario &result);

private:
    QPointer<QFutureWatcher<BuiltScenario>> m_job;
    QString m_key;
};

} // namespace ck
