// Issue 14, item 1's tail: a failed download is the Python exception the generated program
// raises (TimeoutError, ConnectionRefusedError, ConnectionError), and travels as any raised
// exception does. Each expectation on the virtual clock was read off `corokitchen code ... |
// python3.11` (the simulated download raises the same type and message at the same time), and
// the oracle test checks the built-in lesson download-failure in every mode.

#include "runharness.h"
#include "trace/recorder.h"

#include <QProcess>
#include <QTemporaryFile>

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// get_report's connection is dropped after 40000 of its 100000 bytes (at 0.4 s); get_slow
// logs at 1 s.
constexpr const char *kRoutines = R"(
    "routines": [
        {"name": "get_report", "steps": [{"download": {"bytes": 100000, "rate": 100000,
            "chunk": 10000, "drop_after": 40000}}, {"log": "report: never"}]},
        {"name": "get_slow", "steps": [{"wait": 1}, {"log": "slow: done"}]}
    ],)";

QByteArray scenarioJson(const QByteArray &tasks)
{
    return R"({"format": "corokitchen-scenario/1", "id": "fails", "title": "t",)" +
           QByteArray(kRoutines) + R"("tasks": )" + tasks + "}";
}

std::shared_ptr<const ck::Scenario> scenarioWith(const QByteArray &tasks)
{
    return cktest::fromJson(scenarioJson(tasks).constData());
}

// One task t that only downloads `download`.
std::shared_ptr<const ck::Scenario> downloading(const QByteArray &download)
{
    return scenarioWith(R"([{"name": "t", "steps": [{"download": )" + download + "}]}]");
}

const ck::Span *taskSpan(const cktest::FinishedRun &run, const QString &name)
{
    return run.span(ck::SpanKind::Task, name);
}

const ck::Span *downloadSpan(const cktest::FinishedRun &run)
{
    for (const auto &span : run.recorder().spans())
        if (span.kind == ck::SpanKind::Download)
            return &span;
    return nullptr;
}

double seconds(std::chrono::nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

const char *kDropped = R"({"bytes": 200000, "rate": 100000, "chunk": 4096, "drop_after": 4096})";
const char *kSilent = R"({"bytes": 10, "latency": 5, "timeout": 1.5})";
const char *kStalled = R"({"bytes": 30000, "rate": 10000, "chunk": 10000, "timeout": 0.5})";

} // namespace

class TstDownloadFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachFailureIsAPythonException_data();
    void eachFailureIsAPythonException();
    void exceptCatchesADroppedDownload_data();
    void exceptCatchesADroppedDownload();
    void plainGatherRaisesTheFirstWhileTheOthersRun();
    void returnExceptionsReturnsIt();
    void lessonEndsWithTheTraceback();
    void cliExitsOneWithTheTasksReason();
    void realClockRaisesTheSameExceptions();
};

void TstDownloadFailure::eachFailureIsAPythonException_data()
{
    QTest::addColumn<QByteArray>("download");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("at");
    QTest::newRow("dropped") << QByteArray(kDropped)
                             << u"ConnectionError: connection closed after 4096 of 200000 bytes"_s
                             << 0.04096;
    QTest::newRow("no first byte")
        << QByteArray(kSilent) << u"TimeoutError: timed out: no data for 1.5 s"_s << 1.5;
    QTest::newRow("stalled body") << QByteArray(kStalled)
                                  << u"TimeoutError: timed out: no data for 0.5 s"_s << 0.5;
}

// The span, the task and main() all say the Python text; main() ends with it.
void TstDownloadFailure::eachFailureIsAPythonException()
{
    QFETCH(QByteArray, download);
    QFETCH(QString, text);
    QFETCH(double, at);
    cktest::VirtualRun run(downloading(download), cktest::mode(u"gather"_s));
    QCOMPARE(downloadSpan(run)->state, ck::SpanState::Failed);
    QCOMPARE(run.reasonOf(downloadSpan(run)), text);
    QCOMPARE(run.reasonOf(taskSpan(run, u"t"_s)), text);
    QCOMPARE(seconds(taskSpan(run, u"t"_s)->end), at);
    QCOMPARE(run.runner->failures(), QStringList{u"t: "_s + text});
    QCOMPARE(run.recorder().info().mainError, text);
}

void TstDownloadFailure::exceptCatchesADroppedDownload_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("caught");
    // ConnectionError < OSError < Exception (python3.11: ConnectionError.__mro__).
    QTest::newRow("ConnectionError") << u"ConnectionError"_s << true;
    QTest::newRow("OSError") << u"OSError"_s << true;
    QTest::newRow("Exception") << u"Exception"_s << true;
    QTest::newRow("TimeoutError") << u"TimeoutError"_s << false;
    QTest::newRow("ValueError") << u"ValueError"_s << false;
}

void TstDownloadFailure::exceptCatchesADroppedDownload()
{
    QFETCH(QString, type);
    QFETCH(bool, caught);
    const QByteArray tasks = R"([{"name": "t", "steps": [{"try": {
        "steps": [{"call": "get_report"}],
        "except": [{"type": ")" +
                             type.toUtf8() +
                             R"(", "steps": [{"log": "caught"}]}]}}, {"log": "goes on"}]}])";
    cktest::VirtualRun run(scenarioWith(tasks), cktest::mode(u"gather"_s));
    if (caught) {
        QCOMPARE(run.timedLines(), (QStringList{u"0.400 caught"_s, u"0.400 goes on"_s}));
        QCOMPARE(taskSpan(run, u"t"_s)->state, ck::SpanState::Done);
        QVERIFY(run.recorder().info().mainError.isEmpty());
    } else {
        QCOMPARE(run.lines(), QStringList());
        QCOMPARE(taskSpan(run, u"t"_s)->state, ck::SpanState::Failed);
        QCOMPARE(run.recorder().info().mainError,
                 u"ConnectionError: connection closed after 40000 of 100000 bytes"_s);
    }
}

// gather raises the download's ConnectionError in its awaiter at 0.4 s; the other child is not
// cancelled and logs at 1 s.
void TstDownloadFailure::plainGatherRaisesTheFirstWhileTheOthersRun()
{
    cktest::VirtualRun run(scenarioWith(R"([{"name": "t", "steps": [{"try": {
        "steps": [{"gather": ["get_slow", "get_report"]}, {"log": "t: never"}],
        "except": [{"type": "ConnectionError", "steps": [{"log": "t: gather raised"}]}]}},
        {"wait": 2}, {"log": "t: end"}]}])"),
                           cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(),
             (QStringList{u"0.400 t: gather raised"_s, u"1.000 slow: done"_s, u"2.400 t: end"_s}));
    QCOMPARE(run.span(ck::SpanKind::Routine, u"get_slow"_s)->state, ck::SpanState::Done);
    QCOMPARE(run.span(ck::SpanKind::Routine, u"get_report"_s)->state, ck::SpanState::Failed);
}

void TstDownloadFailure::returnExceptionsReturnsIt()
{
    cktest::VirtualRun run(scenarioWith(R"([{"name": "t", "steps": [
        {"gather": {"routines": ["get_slow", "get_report"], "return_exceptions": true}},
        {"log": "t: shown"}]}])"),
                           cktest::mode(u"gather"_s));
    QCOMPARE(run.timedLines(), (QStringList{u"1.000 slow: done"_s, u"1.000 t: shown"_s}));
    QCOMPARE(taskSpan(run, u"t"_s)->state, ck::SpanState::Done);
    QCOMPARE(run.reasonOf(run.span(ck::SpanKind::Routine, u"get_report"_s)),
             u"ConnectionError: connection closed after 40000 of 100000 bytes"_s);
    QVERIFY(run.runner->failures().isEmpty());
    QVERIFY(run.recorder().info().mainError.isEmpty());
}

// The lesson: return_exceptions shows its page, the TaskGroup's ExceptionGroup is caught, the
// plain gather's ConnectionError ends main() at 1.65 s (CPython prints the same lines).
void TstDownloadFailure::lessonEndsWithTheTraceback()
{
    cktest::VirtualRun run(cktest::builtin(u"download-failure"_s), cktest::mode(u"gather"_s));
    QCOMPARE(
        run.timedLines(),
        (QStringList{u"0.400 grouped_page: the group failed, shown without its files"_s,
                     u"1.250 get_logo: logo.png received"_s, u"1.250 get_logo: logo.png received"_s,
                     u"1.250 careful_page: shown without its report"_s}));
    QCOMPARE(run.recorder().info().mainError,
             u"ConnectionError: connection closed after 40000 of 100000 bytes"_s);
    QCOMPARE(taskSpan(run, u"careful_page"_s)->state, ck::SpanState::Done);
    QCOMPARE(taskSpan(run, u"grouped_page"_s)->state, ck::SpanState::Done);
    QCOMPARE(taskSpan(run, u"strict_page"_s)->state, ck::SpanState::Failed);
    QCOMPARE(run.total(), 1.65);
}

// The CLI's exit code and per-task reason stay as documented: 1 when a task failed.
void TstDownloadFailure::cliExitsOneWithTheTasksReason()
{
    QTemporaryFile file(QDir::tempPath() + u"/downloadfailure-XXXXXX.json"_s);
    QVERIFY(file.open());
    file.write(scenarioJson(R"([{"name": "t", "steps": [{"call": "get_report"}]}])"));
    file.close();
    QProcess run;
    run.start(QStringLiteral(COROKITCHEN_BINARY),
              {u"run"_s, file.fileName(), u"--clock"_s, u"virtual"_s, u"--lang"_s, u"en"_s});
    QVERIFY(run.waitForFinished(30000));
    QCOMPARE(run.exitCode(), 1);
    const QString err = QString::fromUtf8(run.readAllStandardError());
    QVERIFY2(err.contains(u"corokitchen: task t: ConnectionError: connection closed after 40000 "
                          "of 100000 bytes\n"_s),
             qPrintable(err));
    QVERIFY2(err.endsWith(u"\nConnectionError: connection closed after 40000 of 100000 bytes\n"_s),
             qPrintable(err));
}

// Through the embedded loopback server at 10x: a dropped download is the ConnectionError of the
// simulation, word for word, and a refused connection a ConnectionRefusedError.
void TstDownloadFailure::realClockRaisesTheSameExceptions()
{
    const QByteArray dropped = R"({"bytes": 50000, "rate": 100000, "chunk": 5000,
                                   "drop_after": 20000})";
    cktest::RealRun real(downloading(dropped), cktest::mode(u"gather"_s), 10.0);
    cktest::VirtualRun simulated(downloading(dropped), cktest::mode(u"gather"_s));
    QCOMPARE(real.reasonOf(downloadSpan(real)),
             u"ConnectionError: connection closed after 20000 of 50000 bytes"_s);
    QCOMPARE(real.reasonOf(downloadSpan(real)), simulated.reasonOf(downloadSpan(simulated)));
    QCOMPARE(real.recorder().info().mainError, simulated.recorder().info().mainError);

    cktest::RealRun refused(downloading(R"({"url": "http://127.0.0.1:1/"})"),
                            cktest::mode(u"gather"_s), 10.0);
    QCOMPARE(refused.recorder().info().mainError,
             u"ConnectionRefusedError: connection refused: http://127.0.0.1:1/"_s);
}

QTEST_GUILESS_MAIN(TstDownloadFailure)
#include "tst_downloadfailure.moc"
