#pragma once

// Runs programs under CPython for the tests that compare its output with the app's.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace cktest {

// What CPython prints for the program, line by line; `error` gets its stderr if it failed.
inline QStringList runPython(const QString &program, QString *error)
{
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-")});
    python.write(program.toUtf8());
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        *error = QString::fromUtf8(python.readAllStandardError());
    return QString::fromUtf8(python.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace cktest
