#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <chrono>

namespace ck {

// The harness that runs a user's Python program (python/corokitchen_oracle, standard library
// only) ships inside the app as resources; a run extracts it to a private folder and starts
// python3 with it, so that the user never installs anything. python3 is the system's: the one
// COROKITCHEN_PYTHON names, else python3 on the PATH; 3.11 or newer.
class PythonHarness
{
    Q_DECLARE_TR_FUNCTIONS(PythonHarness)

public:
    // The python3 to run programs with, or empty with `refusal` saying why (missing, too old).
    static QString findPython(QString *refusal);
    // "3.11.2": what `python` says its version is; empty when it did not say.
    static QString versionOf(const QString &python);
    // Every module of the harness, written into `folder`/corokitchen_oracle.
    static bool extract(const QString &folder, QString *error);
    // python3's arguments: isolated from the user's environment, the harness's `folder` on
    // sys.path, its main() with --trace on `clock` ("virtual" or "real") of `program`, stopped
    // once it has run `timeLimit` of its own time.
    static QStringList arguments(const QString &folder, const QString &clock,
                                 std::chrono::seconds timeLimit, const QString &program);
    // python3's arguments for the harness's main() with `harnessArguments` (its own command line).
    static QStringList harnessArguments(const QString &folder, const QStringList &harnessArguments);

private:
    static bool isRecentEnough(const QString &version);
};

} // namespace ck
