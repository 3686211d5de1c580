#include "pythonharness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ck {

namespace {

const QString resourceFolder = QStringLiteral(":/python/corokitchen_oracle");
const QString packageName = QStringLiteral("corokitchen_oracle");
constexpr int versionProbeMs = 10'000;

// Run with `python3 -c BOOTSTRAP FOLDER ARGS...`: the folder leaves sys.argv before main()
// reads it.
const QString bootstrap =
    QStringLiteral("import sys; sys.path.insert(0, sys.argv.pop(1)); "
                   "from corokitchen_oracle.__main__ import main; sys.exit(main())");

} // namespace

QString PythonHarness::findPython(QString *refusal)
{
    const QString chosen =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("COROKITCHEN_PYTHON"));
    const QString python =
        chosen.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : chosen;
    const QString version = python.isEmpty() ? QString() : versionOf(python);
    if (version.isEmpty()) {
        *refusal = tr("python3 3.11 or newer is needed to run a .py program; none was found");
        return {};
    }
    if (!isRecentEnough(version)) {
        *refusal = tr("python3 3.11 or newer is needed to run a .py program; found %1")
                       .arg(version.left(40));
        return {};
    }
    return python;
}

QString PythonHarness::versionOf(const QString &python)
{
    QProcess probe;
    probe.setStandardInputFile(QProcess::nullDevice());
    probe.start(python, {QStringLiteral("-I"), QStringLiteral("-c"),
                         QStringLiteral("import sys; print('%d.%d.%d' % sys.version_info[:3])")});
    if (!probe.waitForFinished(versionProbeMs)) {
        probe.kill();
        probe.waitForFinished();
        return {};
    }
    const QString said = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
    static const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    return version.match(said).hasMatch() ? said : QString();
}

bool PythonHarness::isRecentEnough(const QString &version)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    const int major = parts.value(0).toInt();
    const int minor = parts.value(1).toInt();
    return major > 3 || (major == 3 && minor >= 11);
}

bool PythonHarness::extract(const QString &folder, QString *error)
{
    const QString package = QDir(folder).filePath(packageName);
    if (!QDir().mkpath(package)) {
        *error = tr("cannot make the folder %1 for the Python harness").arg(package);
        return false;
    }
    QDirIterator modules(resourceFolder, {QStringLiteral("*.py")}, QDir::Files);
    int extracted = 0;
    while (modules.hasNext()) {
        const QString module = modules.next();
        QFile source(module);
        QFile target(QDir(package).filePath(QFileInfo(module).fileName()));
        if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly) ||
            target.write(source.readAll()) != source.size()) {
            *error = tr("cannot write the Python harness to %1: %2")
                         .arg(target.fileName(), target.errorString());
            return false;
        }
        ++extracted;
    }
    if (extracted == 0) {
        *error = tr("the Python harness is missing from this build");
        return false;
    }
    return true;
}

QStringList PythonHarness::arguments(const QString &folder, const QString &clock,
                                     std::chrono::seconds timeLimit, const QString &program)
{
    return harnessArguments(folder, {QStringLiteral("--trace"), QStringLiteral("--clock"), clock,
                                     QStringLiteral("--max-time"),
                                     QString::number(timeLimit.count()), program});
}

QStringList PythonHarness::harnessArguments(const QString &folder,
                                            const QStringList &harnessArguments)
{
    return QStringList{QStringLiteral("-I"),
                       QStringLiteral("-X"),
                       QStringLiteral("utf8"),
                       QStringLiteral("-c"),
                       bootstrap,
                       folder} +
           harnessArguments;
}

} // namespace ck
