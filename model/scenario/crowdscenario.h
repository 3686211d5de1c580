#pragma once

#include "scenario.h"

#include <QCoreApplication>
#include <QString>
#include <chrono>
#include <optional>

namespace ck {

// The built-in scenario `crowd`: `count` tasks that each sleep once, for 0.5 to 3 s in steps of
// 10 ms, spread evenly and the same every time (task i sleeps 0.5 s + ((97 i) mod 251) * 10 ms,
// so every 251 tasks in a row take every duration once). Built in code, without JSON, so that
// a million tasks are ready in a moment. Its id is `crowd` for the default count and
// `crowd:N` for any other, which ScenarioSource resolves back to the same scenario.
class CrowdScenario
{
    Q_DECLARE_TR_FUNCTIONS(CrowdScenario)

public:
    static constexpr int kDefaultCount = 1000;
    static constexpr int kMaxCount = 1000000;

    static Scenario make(int count = kDefaultCount);
    static QString idFor(int count);
    static std::chrono::nanoseconds durationOf(int task);

    // Whether `id` names a crowd ("crowd" or "crowd:..."), valid or not.
    static bool isCrowdId(const QString &id);
    // The count `id` asks for; nullopt (and why, in `error`) when it is not a valid crowd id.
    static std::optional<int> countOf(const QString &id, QString *error = nullptr);

private:
    static QString nameOf(int task); // sleeper_1, sleeper_2, ...
    // One wait step of `duration`, the steps of every task that sleeps that long.
    static StepList sleepFor(std::chrono::nanoseconds duration);
};

} // namespace ck
