// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

// Where the CLI's exports go when the disk is full or the target is a device: each case runs
// `corokitchen` inside a private mount namespace (unshare -m) with its own small tmpfs, or its
// own tmpfs /dev with fresh device nodes, so the machine's disks and /dev are never touched.

namespace {

struct ShellResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `script` with sh in a private mount namespace; $0 is the corokitchen binary, $1.. are
// `arguments`. The script must mount its tmpfs first and stop when that fails.
ShellResult inPrivateMounts(const QString &script, const QStringList &arguments)
{
    QProcess process;
    // Where Qt wants its runtime files: without one, the CLI would warn about it on stderr.
    static QTemporaryDir runtime;
    QFile::setPermissions(runtime.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("unshare"),
                  QStringList{QStringLiteral("--mount"), QStringLiteral("--propagation"),
                              QStringLiteral("private"), QStringLiteral("sh"), QStringLiteral("-c"),
                              script, QStringLiteral(COROKITCHEN_BINARY)} +
                      arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Why private mounts cannot be made here (not root, no unshare, a container without
// CAP_SYS_ADMIN), or empty when they can.
QString privateMountsMissing()
{
    QTemporaryDir dir;
    const ShellResult probe =
        inPrivateMounts(QStringLiteral("mount -t tmpfs -o size=4k tmpfs \"$1\""), {dir.path()});
    if (probe.exitCode == 0)
        return {};
    return QStringLiteral("unshare --mount with a tmpfs is not available here (%1)")
        .arg(probe.err.trimmed().isEmpty() ? QStringLiteral("exit code %1").arg(probe.exitCode)
                                           : probe.err.trimmed());
}

} // namespace

class TstExportTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullDiskKeepsTheOldFile_data();
    void fullDiskKeepsTheOldFile();
    void deviceFilesAreWrittenInPlace();

private:
    QString m_skip;
};

void TstExportTargets::initTestCase()
{
    m_skip = privateMountsMissing();
}

void TstExportTargets::fullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("name");
    QTest::newRow("png chart") << QStringLiteral("--chart") << QStringLiteral("chart.png");
    QTest::newRow("svg chart") << QStringLiteral("--chart") << QStringLiteral("chart.svg");
    QTest::newRow("pdf chart") << QStringLiteral("--chart") << QStringLiteral("chart.pdf");
    QTest::newRow("csv") << QStringLiteral("--csv") << QStringLiteral("table.csv");
    QTest::newRow("trace") << QStringLiteral("--trace") << QStringLiteral("trace.json");
    QTest::newRow("run json") << QStringLiteral("--json") << QStringLiteral("run.json");
}

void TstExportTargets::fullDiskKeepsTheOldFile()
{
    QFETCH(QString, option);
    QFETCH(QString, name);
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    // Two pages of tmpfs: one holds the old export, the other fills up long before the new one
    // (of 300 lanes) is written.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mount = dir.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(mount));
    const QString script =
        QStringLiteral("mount -t tmpfs -o size=8k tmpfs \"$1\" || exit 97\n"
                       "printf 'the previous export' > \"$1/$3\" || exit 98\n"
                       "\"$0\" run crowd:300 --clock virtual \"$2\" \"$1/$3\" > /dev/null\n"
                       "echo \"exit $?\"\n"
                       "ls -A \"$1\"\n"
                       "cat \"$1/$3\"\n");
    const ShellResult result = inPrivateMounts(script, {mount, option, name});
    const QString target = mount + QLatin1Char('/') + name;
    QCOMPARE(result.err,
             QStringLiteral("corokitchen: cannot write %1: No space left on device\n").arg(target));
    QCOMPARE(result.out, QStringLiteral("exit 2\n%1\nthe previous export").arg(name));
    QCOMPARE(result.exitCode, 0);
}

void TstExportTargets::deviceFilesAreWrittenInPlace()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    // A /dev of our own: the real one is never written to, whatever the CLI does. Then stdout
    // redirected to a file: the table comes after the lines printed before it.
    const QString script = QStringLiteral(
        "mount -t tmpfs tmpfs /dev || exit 97\n"
        "mknod -m 666 /dev/null c 1 3 && mknod -m 666 /dev/full c 1 7 || exit 98\n"
        "mknod -m 666 /dev/zero c 1 5 && mknod -m 666 /dev/urandom c 1 9 || exit 98\n"
        "ln -s /proc/self/fd/1 /dev/stdout || exit 98\n"
        "\"$0\" run kitchen --clock virtual --trace /dev/null --csv /dev/full > /dev/null\n"
        "echo \"exit $?\"\n"
        "\"$0\" run kitchen --clock virtual --csv /dev/stdout | grep -c 'run,mode,task,kind'\n"
        "echo \"exit $?\"\n"
        "\"$0\" run kitchen --clock virtual > \"$1/plain.txt\"\n"
        "\"$0\" run kitchen --clock virtual --csv /dev/stdout > \"$1/both.txt\"\n"
        "echo \"exit $?\"\n"
        "lines=$(wc -l < \"$1/plain.txt\")\n"
        "head -n \"$lines\" \"$1/both.txt\" | cmp -s - \"$1/plain.txt\" && echo 'lines kept'\n"
        "tail -n +$((lines + 1)) \"$1/both.txt\" | head -n 1 | grep -c 'run,mode,task,kind'\n"
        "stat -c '%n %F' /dev/null /dev/full /dev/stdout\n"
        "ls -A /dev | wc -l\n");
    QTemporaryDir dir; // for the redirected output, on the real disk
    QVERIFY(dir.isValid());
    const ShellResult result = inPrivateMounts(script, {dir.path()});
    QCOMPARE(result.err,
             QStringLiteral("corokitchen: cannot write /dev/full: No space left on device\n"));
    QCOMPARE(result.out, QStringLiteral("exit 2\n"
                                        "1\n"
                                        "exit 0\n"
                                        "exit 0\n"
                                        "lines kept\n"
                                        "1\n"
                                        "/dev/null character special file\n"
                                        "/dev/full character special file\n"
                                        "/dev/stdout symbolic link\n"
                                        "5\n")); // and no temporary file
    QCOMPARE(result.exitCode, 0);
}

QTEST_GUILESS_MAIN(TstExportTargets)
#include "tst_exporttargets.moc"
