#pragma once

// Scenario files written inline, for the loader's and the schema's tests.

#include <QByteArray>
#include <QByteArrayList>

namespace cktest {

// A scenario with these tasks (a JSON array) and, if given, routines.
inline QByteArray scenario(const QByteArray &tasks, const QByteArray &routines = {})
{
    QByteArray json =
        R"({"format": "corokitchen-scenario/1", "id": "t", "title": "T", "tasks": )" + tasks;
    if (!routines.isEmpty())
        json += R"(, "routines": )" + routines;
    return json + '}';
}

// One task named "a" with the given steps.
inline QByteArray steps(const QByteArray &list)
{
    return scenario(R"([{"name": "a", "steps": )" + list + "}]");
}

// A JSON array of `count` copies of `item`.
inline QByteArray repeated(const QByteArray &item, int count)
{
    QByteArrayList items;
    for (int i = 0; i < count; ++i)
        items.append(item);
    return '[' + items.join(',') + ']';
}

} // namespace cktest
