#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace cktest {

// What one `corokitchen` process did: its exit code (-1 when it did not end in 30 s) and output.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the corokitchen binary under test with `arguments`.
inline CliResult corokitchen(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(COROKITCHEN_BINARY), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The non-empty lines of a process's output.
inline QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace cktest
