// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "codegen/pythonprogram.h"
#include "runharness.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace {

// What CPython prints for the program, line by line.
QStringList runPython(const QString &program, QString *error)
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

std::shared_ptr<const ck::Scenario> scenarioNamed(const QString &name)
{
    if (ck::BuiltinScenarios::contains(name))
        return cktest::builtin(name);
    QFile file(QStringLiteral(COROKITCHEN_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("missing test data");
    return cktest::fromJson(file.readAll().constData());
}

} // namespace

class TstCodegen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pythonPrintsTheAppsLog_data();
    void pythonPrintsTheAppsLog();
    void koreanPrints();
    void downloadsAreRefused();
};

void TstCodegen::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed");
}

void TstCodegen::pythonPrintsTheAppsLog_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<double>("speed");
    for (const char *id : {"kitchen", "api-calls", "two-downloads", "download-chunks"})
        for (const char *mode : {"sequential", "gather", "create-task"})
            QTest::addRow("%s %s", id, mode)
                << QString::fromLatin1(id) << QString::fromLatin1(mode) << 100.0;
    QTest::newRow("kitchen sync") << "kitchen"
                                  << "sync" << 100.0;
    QTest::newRow("kitchen bounded:1") << "kitchen"
                                       << "bounded:1" << 100.0;
    // gather steps, blocking steps, `after` and wake-ups at the same scenario time
    QTest::newRow("tricky gather") << "tricky-asyncio.json"
                                   << "gather" << 10.0;
    QTest::newRow("tricky create-task") << "tricky-asyncio.json"
                                        << "create-task" << 10.0;
    QTest::newRow("tricky bounded:2") << "tricky-asyncio.json"
                                      << "bounded:2" << 10.0;
}

void TstCodegen::pythonPrintsTheAppsLog()
{
    QFETCH(QString, scenario);
    QFETCH(QString, mode);
    QFETCH(double, speed);
    const auto loaded = scenarioNamed(scenario);
    const ck::Strategy strategy = cktest::mode(mode);
    QString error;
    const auto program =
        ck::PythonProgram::generate(*loaded, strategy, ck::Language::English, speed, &error);
    QVERIFY2(program, qPrintable(error));
    QStringList printed = runPython(*program, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!printed.isEmpty());
    QVERIFY2(printed.takeLast().startsWith(QStringLiteral("Total execution time : ")),
             qPrintable(printed.join(QLatin1Char('\n'))));
    cktest::VirtualRun run(loaded, strategy);
    QCOMPARE(printed, run.lines());
}

void TstCodegen::koreanPrints()
{
    QString error;
    const auto program = ck::PythonProgram::generate(*cktest::builtin(QStringLiteral("kitchen")),
                                                     cktest::mode(QStringLiteral("gather")),
                                                     ck::Language::Korean, 100.0, &error);
    QVERIFY(program);
    QStringList printed = runPython(*program, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(printed.takeLast().startsWith(QStringLiteral("총 실행 시간 : ")));
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("kitchen")),
                           cktest::mode(QStringLiteral("gather")));
    QCOMPARE(printed, run.lines(ck::Language::Korean));
}

void TstCodegen::downloadsAreRefused()
{
    QString error;
    QVERIFY(!ck::PythonProgram::generate(*cktest::builtin(QStringLiteral("http-downloads")),
                                         cktest::mode(QStringLiteral("gather")),
                                         ck::Language::English, 1.0, &error));
    QCOMPARE(error, QStringLiteral("download steps have no Python form yet"));
}

QTEST_GUILESS_MAIN(TstCodegen)
#include "tst_codegen.moc"
