#include "exceptiontypes.h"

#include "cancellederror.h"
#include "pythonexception.h"
#include "timeouterror.h"

#include <utility>

namespace ck {

namespace {

// Each class with its base (python3.11: Type.__bases__; ExceptionGroup's first base is
// BaseExceptionGroup, itself a BaseException, and it is an Exception too).
const std::pair<const char *, const char *> kBases[]{
    {"BaseException", nullptr},
    {"Exception", "BaseException"},
    {"CancelledError", "BaseException"},
    {"ArithmeticError", "Exception"},
    {"ZeroDivisionError", "ArithmeticError"},
    {"AssertionError", "Exception"},
    {"LookupError", "Exception"},
    {"IndexError", "LookupError"},
    {"OSError", "Exception"},
    {"ConnectionError", "OSError"},
    {"ConnectionRefusedError", "ConnectionError"},
    {"ConnectionResetError", "ConnectionError"},
    {"PermissionError", "OSError"},
    {"TimeoutError", "OSError"},
    {"RuntimeError", "Exception"},
    {"NotImplementedError", "RuntimeError"},
    {"TypeError", "Exception"},
    {"ValueError", "Exception"},
    {"ExceptionGroup", "Exception"},
};

QString baseOf(const QString &type)
{
    for (const auto &[name, base] : kBases) {
        if (type == QLatin1String(name))
            return base ? QString::fromLatin1(base) : QString();
    }
    return {};
}

} // namespace

QString ExceptionTypes::nameOf(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const PythonException &raised) {
        return raised.pythonType();
    } catch (const CancelledError &) {
        return QStringLiteral("CancelledError");
    } catch (const TimeoutError &) {
        return QStringLiteral("TimeoutError");
    } catch (...) {
        return {};
    }
}

QString ExceptionTypes::textOf(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const PythonException &raised) {
        return raised.text();
    } catch (...) {
        return nameOf(error);
    }
}

bool ExceptionTypes::isA(const QString &type, const QString &base)
{
    // The chains are a few classes long; an unknown type has no base.
    for (QString current = type; !current.isEmpty(); current = baseOf(current)) {
        if (current == base)
            return true;
    }
    return false;
}

bool ExceptionTypes::catches(const std::exception_ptr &error, const QStringList &types)
{
    const QString type = nameOf(error);
    if (type.isEmpty())
        return false;
    for (const QString &base : types) {
        if (isA(type, base))
            return true;
    }
    return false;
}

QStringList ExceptionTypes::names()
{
    QStringList names;
    for (const auto &entry : kBases)
        names << QString::fromLatin1(entry.first);
    return names;
}

QString ExceptionTypes::pythonName(const QString &type)
{
    return type == QLatin1String("CancelledError") ? QStringLiteral("asyncio.CancelledError")
                                                   : type;
}

} // namespace ck
