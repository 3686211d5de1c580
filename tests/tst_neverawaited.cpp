// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "codegen/cppprogram.h"
#include "codegen/pythonprogram.h"
#include "runharness.h"
#include "teach/narrationlines.h"
#include "trace/runjsonexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

const QString kWarning = QStringLiteral("RuntimeWarning: coroutine 'brewCoffee' was never awaited");

std::shared_ptr<const ck::Scenario> lesson()
{
    return cktest::builtin(QStringLiteral("never-awaited"));
}

} // namespace

// {"call_unawaited": "routine"} (issue 14, item 10): in a coroutine, routine() without await
// makes a coroutine object that never runs, and CPython warns at once on stderr. The oracle
// test (tests/oracle) holds the lesson's prints and warnings to CPython's in every mode.
class TstNeverAwaited : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theRoutineNeverRuns_data();
    void theRoutineNeverRuns();
    void plainFunctionsRunIt();
    void narrationSaysWhy();
    void exportsMarkTheWarning();
    void programsLeaveOutTheAwait();
};

void TstNeverAwaited::theRoutineNeverRuns_data()
{
    QTest::addColumn<QString>("mode");
    for (const char *mode : {"sequential", "gather", "create-task", "bounded:1"})
        QTest::newRow(mode) << QString::fromLatin1(mode);
}

void TstNeverAwaited::theRoutineNeverRuns()
{
    QFETCH(QString, mode);
    cktest::VirtualRun run(lesson(), cktest::mode(mode));
    QCOMPARE(run.lines(),
             QStringList({QStringLiteral("Start toastBagel()"), QStringLiteral("End toastBagel()"),
                          QStringLiteral("Breakfast is served")}));
    QCOMPARE(run.warnings(), QStringList({kWarning}));
    const ck::LogLine &warning = run.recorder().logLines().front();
    QVERIFY(warning.warning);
    QCOMPARE(warning.time, 0ns); // at the call, as CPython warns when the object is dropped
    QCOMPARE(warning.text.korean(), kWarning);
    for (const ck::Span &span : run.recorder().spans())
        QVERIFY(run.recorder().nameOf(span) != QStringLiteral("brewCoffee"));
    QCOMPARE(run.total(), 2.0);
}

void TstNeverAwaited::plainFunctionsRunIt()
{
    cktest::VirtualRun run(lesson(), cktest::mode(QStringLiteral("sync")));
    QVERIFY(run.warnings().isEmpty());
    QCOMPARE(run.lines().first(), QStringLiteral("Start brewCoffee()"));
    QCOMPARE(run.total(), 5.0);
}

void TstNeverAwaited::narrationSaysWhy()
{
    cktest::VirtualRun run(lesson(), cktest::mode(QStringLiteral("gather")), true);
    const QStringList story =
        ck::NarrationLines::story({&run.recorder()}, {}, ck::Language::English);
    const QString told = QStringLiteral("makeBreakfast calls brewCoffee() without await: Python "
                                        "makes a coroutine object, never "
                                        "runs it, and warns “%1”")
                             .arg(kWarning);
    QVERIFY2(std::any_of(story.begin(), story.end(),
                         [&](const QString &line) { return line.contains(told); }),
             qPrintable(story.join(QLatin1Char('\n'))));
}

void TstNeverAwaited::exportsMarkTheWarning()
{
    cktest::VirtualRun run(lesson(), cktest::mode(QStringLiteral("gather")));
    const QJsonArray log = QJsonDocument::fromJson(ck::RunJsonExport::toJson({&run.recorder()}))
                               .object()
                               .value(QStringLiteral("runs"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("log"))
                               .toArray();
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.first().toObject().value(QStringLiteral("stream")).toString(),
             QStringLiteral("stderr"));
    for (qsizetype i = 1; i < log.size(); ++i)
        QVERIFY(!log.at(i).toObject().contains(QStringLiteral("stream")));
}

void TstNeverAwaited::programsLeaveOutTheAwait()
{
    const auto python = ck::PythonProgram::generate(
        *lesson(), cktest::mode(QStringLiteral("gather")), ck::Language::English, 1.0, nullptr);
    QVERIFY(python);
    QVERIFY2(python->text.contains(QStringLiteral("    brewCoffee()  # no await: it never runs")),
             qPrintable(python->text));
    QVERIFY(!python->text.contains(QStringLiteral("await brewCoffee()")));
    const auto cpp = ck::CppProgram::generate(*lesson(), cktest::mode(QStringLiteral("gather")),
                                              ck::Language::English, 1.0, nullptr);
    QVERIFY(cpp);
    QVERIFY(!cpp->text.contains(QStringLiteral("co_await brewCoffee()")));
    QVERIFY(cpp->text.contains(QStringLiteral("QTextStream(stderr) << \"%1\"").arg(kWarning)));
}

QTEST_GUILESS_MAIN(TstNeverAwaited)
#include "tst_neverawaited.moc"
