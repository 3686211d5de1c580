#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ck {

// One of the scenario's "objects": an asyncio synchronisation object made at module level
// (`machine = asyncio.Lock()`) that steps name ({"async_with": {"object": "machine", ...}},
// {"set": "ready"}). Each run holds one engine object per declared one (SyncObjects).
struct NamedObject
{
    // As asyncio spells the classes, in the order NamedObject::typeNames() lists them.
    enum class Type { Lock, Event, Semaphore, Condition, Queue };

    QString name;
    Type type = Type::Lock;
    // Semaphore: its initial value (asyncio.Semaphore(value), 1 unless given); Queue: its
    // maxsize (0, the default, is unbounded); unused by the others.
    int value = 0;

    // "Lock", "Event", ...: the class's name in asyncio.
    static QString typeName(Type type);
    static QStringList typeNames();
    static std::optional<Type> typeOf(const QString &name);
    // The expression that makes it, as the Python program writes it: "asyncio.Semaphore(2)".
    QString pythonConstructor() const;
};

} // namespace ck
