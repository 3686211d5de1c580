#include <QTest>

#include "pyrun/pythonharness.h"
#include "pyrun/pythonprogramrun.h"
#include "timingbounds.h"
#include "trace/recorder.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>

using namespace std::chrono_literals;
using std::chrono::milliseconds;
using std::chrono::nanoseconds;

// Done-when 2 of issue 15: programs using Queue, wait_for, TaskGroup, Semaphore, Event and an
// exception in a gathered task (tests/data/programs/*.py, sleeps in units of 0.05 s) give on the
// virtual clock the timeline they have at real speed. Each program runs three times: under the
// harness on the virtual clock, under the harness on the real clock, and under plain python3.
// Every program prints what happened with its own time.perf_counter() since main() began.
// The real runs are never early (sleeps end at their deadline or after). Each wake-up may be late,
// and a sleep begun after a late one ends that much later still, so a moment at t s may be late
// by as many wake-ups' lateness as a chain of sleeps of 0.05 s reaches by then, 1 + t / 0.05:
// 20 ms each when the `timing` label runs this alone (a busy machine, an ASan build), 60 ms
// beside other tests (tests/support/timingbounds.h). A clock at half speed is late by t itself,
// more than 20 ms + 0.4 t from 0.05 s on: it fails.
class TstProgramTiming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realSpeedMatchesTheVirtualClock_data();
    void realSpeedMatchesTheVirtualClock();

private:
    QString m_python;
};

namespace {

// A line the program printed: "put 2 0.207" is "put 2" at 0.207 s.
struct Stamp
{
    QString what;
    nanoseconds time;
};

std::vector<Stamp> stampsOf(const QStringList &lines)
{
    std::vector<Stamp> stamps;
    for (const QString &line : lines) {
        const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
        bool ok = false;
        const double seconds = line.mid(space + 1).toDouble(&ok);
        if (space < 0 || !ok)
            qFatal("not a stamp: %s", qPrintable(line));
        stamps.push_back(Stamp{line.left(space), nanoseconds(qint64(seconds * 1e9))});
    }
    return stamps;
}

QStringList printsOf(const ck::Recorder &recorder)
{
    QStringList lines;
    for (const ck::LogLine &line : recorder.logLines())
        if (!line.warning)
            lines << line.text.english();
    return lines;
}

// The programs' unit of sleep.
constexpr nanoseconds kUnit = 50ms;

// How late a moment `at` of the virtual run may be at real speed: one wake-up's lateness for
// each sleep a chain of them may have woken from by then, and one for the moment itself.
nanoseconds latenessAt(nanoseconds at)
{
    const auto wakeUps = 1 + std::max<nanoseconds::rep>(at / kUnit, 0);
    return wakeUps * nanoseconds(cktest::lateBound(20ms, 60ms));
}

// Empty when `actual` is no earlier than `expected` (but for the 1 ms the prints round to)
// and late by at most latenessAt(expected); else what is wrong.
QString offBy(const QString &what, nanoseconds expected, nanoseconds actual)
{
    if (actual < expected - 1ms || actual > expected + latenessAt(expected))
        return QStringLiteral("%1: %2 s where the virtual clock says %3 s")
            .arg(what)
            .arg(double(actual.count()) / 1e9, 0, 'f', 4)
            .arg(double(expected.count()) / 1e9, 0, 'f', 4);
    return {};
}

std::shared_ptr<ck::Recorder> runUnderHarness(const QString &program, const QString &clock)
{
    ck::PythonRunOptions options;
    options.clock = clock;
    ck::PythonProgramRun run(program, options);
    if (!run.start())
        qFatal("%s: %s", qPrintable(program), qPrintable(run.failure()));
    run.waitUntilFinished();
    if (run.outcome() != ck::PythonProgramRun::Outcome::Exited)
        qFatal("%s: %s", qPrintable(program), qPrintable(run.failure()));
    return run.recorder();
}

QStringList runPlain(const QString &python, const QString &program)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(python, {QStringLiteral("-I"), program});
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        qFatal("%s: %s", qPrintable(program), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// When the program began on the recorder's clock: main()'s first event.
nanoseconds originOf(const ck::Recorder &recorder)
{
    return recorder.loopEvents().empty() ? 0ns : recorder.loopEvents().front().time;
}

// Each span of the real run against the virtual run's, lane by lane; empty when they match.
QString compareTimelines(const ck::Recorder &virtualRun, const ck::Recorder &realRun)
{
    if (virtualRun.lanes().size() != realRun.lanes().size())
        return QStringLiteral("%1 lanes at real speed, %2 on the virtual clock")
            .arg(realRun.lanes().size())
            .arg(virtualRun.lanes().size());
    const nanoseconds virtualOrigin = originOf(virtualRun);
    const nanoseconds realOrigin = originOf(realRun);
    for (int lane = 0; lane < int(virtualRun.lanes().size()); ++lane) {
        const QString name = virtualRun.lanes()[std::size_t(lane)].name;
        if (realRun.lanes()[std::size_t(lane)].name != name)
            return QStringLiteral("lane %1 is %2 at real speed")
                .arg(name, realRun.lanes()[lane].name);
        int real = realRun.firstSpanOf(lane);
        for (int at = virtualRun.firstSpanOf(lane); at >= 0; at = virtualRun.nextSpanOf(at)) {
            if (real < 0)
                return QStringLiteral("lane %1 has fewer spans at real speed").arg(name);
            const ck::Span &expected = virtualRun.spans()[std::size_t(at)];
            const ck::Span &actual = realRun.spans()[std::size_t(real)];
            const QString what =
                QStringLiteral("%1's %2 %3").arg(name).arg(at).arg(ck::spanKindName(expected.kind));
            if (actual.kind != expected.kind)
                return what +
                       QStringLiteral(" is a %1 at real speed").arg(ck::spanKindName(actual.kind));
            QString off = offBy(what + QStringLiteral(" start"), expected.start - virtualOrigin,
                                actual.start - realOrigin);
            if (off.isEmpty())
                off = offBy(what + QStringLiteral(" end"), expected.end - virtualOrigin,
                            actual.end - realOrigin);
            if (!off.isEmpty())
                return off;
            real = realRun.nextSpanOf(real);
        }
        if (real >= 0)
            return QStringLiteral("lane %1 has more spans at real speed").arg(name);
    }
    return offBy(QStringLiteral("the total"), virtualRun.info().total - virtualOrigin,
                 realRun.info().total - realOrigin);
}

// The same lines in the same order, each no earlier than `expected`'s and barely later.
QString compareStamps(const QString &run, const std::vector<Stamp> &expected,
                      const std::vector<Stamp> &actual)
{
    if (expected.size() != actual.size())
        return QStringLiteral("%1 printed %2 lines, not %3")
            .arg(run)
            .arg(actual.size())
            .arg(expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (actual[i].what != expected[i].what)
            return QStringLiteral("%1 printed \"%2\" where \"%3\" was expected")
                .arg(run, actual[i].what, expected[i].what);
        const QString off =
            offBy(run + QStringLiteral(": ") + actual[i].what, expected[i].time, actual[i].time);
        if (!off.isEmpty())
            return off;
    }
    return {};
}

} // namespace

void TstProgramTiming::initTestCase()
{
    QString refusal;
    m_python = ck::PythonHarness::findPython(&refusal);
    if (m_python.isEmpty())
        QSKIP(qPrintable(refusal));
}

void TstProgramTiming::realSpeedMatchesTheVirtualClock_data()
{
    QTest::addColumn<QString>("program");
    for (const char *name : {"queue_workers", "wait_for_timeout", "task_group", "semaphore_limit",
                             "event_signal", "gather_exception"})
        QTest::newRow(name)
            << QStringLiteral(COROKITCHEN_TEST_DATA "/programs/%1.py").arg(QLatin1String(name));
}

void TstProgramTiming::realSpeedMatchesTheVirtualClock()
{
    QFETCH(QString, program);
    const auto virtualRun = runUnderHarness(program, QStringLiteral("virtual"));
    const auto realRun = runUnderHarness(program, QStringLiteral("real"));
    const std::vector<Stamp> exact = stampsOf(printsOf(*virtualRun));
    QVERIFY(exact.size() >= 3);

    // On the virtual clock the program's own perf_counter and the recorded times agree
    // exactly (to the 1 ms it prints).
    const auto &virtualLines = virtualRun->logLines();
    for (std::size_t i = 0; i < exact.size(); ++i) {
        const nanoseconds recorded = virtualLines[i].time - originOf(*virtualRun);
        QVERIFY2(std::chrono::abs(recorded - exact[i].time) <= 500us, qPrintable(exact[i].what));
    }
    // The harness's timeline at real speed, span by span, and the total.
    const QString timelines = compareTimelines(*virtualRun, *realRun);
    QVERIFY2(timelines.isEmpty(), qPrintable(timelines));
    // What the program printed at real speed under the harness: its own times and the
    // harness's record of when it printed them.
    const std::vector<Stamp> harnessReal = stampsOf(printsOf(*realRun));
    QString prints = compareStamps(QStringLiteral("under the harness"), exact, harnessReal);
    QVERIFY2(prints.isEmpty(), qPrintable(prints));
    std::vector<Stamp> recorded;
    for (std::size_t i = 0; i < harnessReal.size(); ++i)
        recorded.push_back(
            Stamp{harnessReal[i].what, realRun->logLines()[i].time - originOf(*realRun)});
    prints = compareStamps(QStringLiteral("the harness's record"), exact, recorded);
    QVERIFY2(prints.isEmpty(), qPrintable(prints));
    // Plain python3, no harness at all: the same lines at the same times.
    const std::vector<Stamp> plain = stampsOf(runPlain(m_python, program));
    prints = compareStamps(QStringLiteral("plain python3"), exact, plain);
    QVERIFY2(prints.isEmpty(), qPrintable(prints));
    // And the harness's real clock against plain python3's, print by print.
    for (std::size_t i = 0; i < plain.size(); ++i)
        QVERIFY2(std::chrono::abs(harnessReal[i].time - plain[i].time) <= latenessAt(exact[i].time),
                 qPrintable(plain[i].what));
}

QTEST_GUILESS_MAIN(TstProgramTiming)
#include "tst_programtiming.moc"
