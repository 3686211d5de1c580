#include "namedobject.h"

namespace ck {

QString NamedObject::typeName(Type type)
{
    return typeNames().at(int(type));
}

QStringList NamedObject::typeNames()
{
    return {QStringLiteral("Lock"), QStringLiteral("Event"), QStringLiteral("Semaphore"),
            QStringLiteral("Condition"), QStringLiteral("Queue")};
}

std::optional<NamedObject::Type> NamedObject::typeOf(const QString &name)
{
    const qsizetype index = typeNames().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return Type(index);
}

QString NamedObject::pythonConstructor() const
{
    const QString call = QStringLiteral("asyncio.%1(%2)").arg(typeName(type));
    switch (type) {
    case Type::Semaphore:
        return call.arg(value);
    case Type::Queue:
        return value > 0 ? call.arg(QStringLiteral("maxsize=%1").arg(value)) : call.arg(QString());
    case Type::Lock:
    case Type::Event:
    case Type::Condition:
        break;
    }
    return call.arg(QString());
}

} // namespace ck
