#include "pythontraceline.h"

namespace ck {

namespace {

int lineNumber(const QJsonValue &number)
{
    return number.isDouble() && number.toDouble() >= 1 && number.toDouble() <= 1e7
               ? int(number.toDouble())
               : 0;
}

} // namespace

int PythonTraceLine::sourceLine() const
{
    static const QString lineKey = QStringLiteral("line");
    return lineNumber(fields.value(lineKey));
}

int PythonTraceLine::callerLine() const
{
    static const QString atKey = QStringLiteral("at");
    return lineNumber(fields.value(atKey));
}

} // namespace ck
