// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "clirun.h"

#include <QJsonDocument>
#include <QJsonObject>

using cktest::CliResult;
using cktest::corokitchen;
using cktest::lines;

// `corokitchen bench`: each benchmark prints its figures as one JSON line (the fields
// scripts/benchreport.py reads).
class TstCliBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void benchSleepersPrintsTheAsyncioFields();
    void benchIdlePrintsCpuAndLateness();
    void benchPaintPrintsFrameTimes();
    void benchWindowRunsTheCrowdInTheWindow();
};

void TstCliBench::benchSleepersPrintsTheAsyncioFields()
{
    const CliResult result =
        corokitchen({QStringLiteral("bench"), QStringLiteral("sleepers"), QStringLiteral("--count"),
                     QStringLiteral("2000"), QStringLiteral("--seconds"), QStringLiteral("0.05")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("impl")).toString(), QStringLiteral("corokitchen-qcoro"));
    QCOMPARE(report.value(QStringLiteral("count")).toInt(), 2000);
    const double makespan = report.value(QStringLiteral("makespan_ms")).toDouble();
    QVERIFY2(makespan >= 50.0, qPrintable(result.out)); // never early
    // Both are rounded to the microsecond on their own.
    QVERIFY(qAbs(report.value(QStringLiteral("overhead_ms")).toDouble() - (makespan - 50.0)) <
            0.002);
    QVERIFY(report.value(QStringLiteral("peak_rss_kb")).toInteger() > 0);
    QVERIFY(report.contains(QStringLiteral("max_loop_lag_ms")));
    const CliResult bad = corokitchen({QStringLiteral("bench"), QStringLiteral("walk")});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err,
             QStringLiteral("corokitchen: bench: expected \"bench sleepers [--count N] "
                            "[--seconds S]\", \"bench idle [--seconds S]\", \"bench paint "
                            "[--spans N] [--width W]\" or \"bench window [--count N] [--speed "
                            "X] [--teaching]\"\n"));
}

void TstCliBench::benchIdlePrintsCpuAndLateness()
{
    const CliResult result = corokitchen({QStringLiteral("bench"), QStringLiteral("idle"),
                                          QStringLiteral("--seconds"), QStringLiteral("0.3")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("impl")).toString(), QStringLiteral("corokitchen-idle"));
    QCOMPARE(report.value(QStringLiteral("seconds")).toDouble(), 0.3);
    // A 10 ms heartbeat beside a 0.3 s sleep, after 50 ms of settling: some 35 wake-ups.
    QVERIFY2(report.value(QStringLiteral("wakeups")).toInt() >= 25, qPrintable(result.out));
    QCOMPARE(report.value(QStringLiteral("early_wakeups")).toInt(), 0);
    QVERIFY(report.value(QStringLiteral("cpu_ms")).toDouble() >= 0);
    const double median = report.value(QStringLiteral("lateness_ms_median")).toDouble();
    const double p99 = report.value(QStringLiteral("lateness_ms_p99")).toDouble();
    QVERIFY2(0 <= median && median <= p99 &&
                 p99 <= report.value(QStringLiteral("lateness_ms_max")).toDouble(),
             qPrintable(result.out));
    const CliResult counted = corokitchen({QStringLiteral("bench"), QStringLiteral("idle"),
                                           QStringLiteral("--count"), QStringLiteral("5")});
    QCOMPARE(counted.exitCode, 2);
    QCOMPARE(counted.err, QStringLiteral("corokitchen: --count is for bench sleepers\n"));
}

void TstCliBench::benchPaintPrintsFrameTimes()
{
    // A crowd: two spans a lane.
    const CliResult crowd =
        corokitchen({QStringLiteral("bench"), QStringLiteral("paint"), QStringLiteral("--spans"),
                     QStringLiteral("3000"), QStringLiteral("--frames"), QStringLiteral("4"),
                     QStringLiteral("--width"), QStringLiteral("640"), QStringLiteral("--height"),
                     QStringLiteral("300")});
    QCOMPARE(crowd.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(crowd.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("impl")).toString(),
             QStringLiteral("corokitchen-qpainter"));
    QCOMPARE(report.value(QStringLiteral("spans")).toInt(), 3000);
    QCOMPARE(report.value(QStringLiteral("lanes")).toInt(), 1500);
    QCOMPARE(report.value(QStringLiteral("frames")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("width")).toInt(), 640);
    QCOMPARE(report.value(QStringLiteral("height")).toInt(), 300);
    QVERIFY(report.value(QStringLiteral("chart_height")).toInt() > 1500 * 10);
    const double median = report.value(QStringLiteral("frame_ms_median")).toDouble();
    QVERIFY2(median > 0, qPrintable(crowd.out));
    QVERIFY(report.value(QStringLiteral("frame_ms_max")).toDouble() >= median);
    QVERIFY(report.contains(QStringLiteral("record_ms")));
    // Few busy lanes: one span for each task, one for each of its sleeps.
    const CliResult busy =
        corokitchen({QStringLiteral("bench"), QStringLiteral("paint"), QStringLiteral("--spans"),
                     QStringLiteral("1000"), QStringLiteral("--lanes"), QStringLiteral("4"),
                     QStringLiteral("--frames"), QStringLiteral("2")});
    QCOMPARE(busy.exitCode, 0);
    const QJsonObject lanes = QJsonDocument::fromJson(busy.out.toUtf8()).object();
    QCOMPARE(lanes.value(QStringLiteral("spans")).toInt(), 1000);
    QCOMPARE(lanes.value(QStringLiteral("lanes")).toInt(), 4);
    QCOMPARE(lanes.value(QStringLiteral("frames")).toInt(), 2);
    const CliResult bad = corokitchen({QStringLiteral("bench"), QStringLiteral("paint"),
                                       QStringLiteral("--width"), QStringLiteral("wide")});
    QCOMPARE(bad.exitCode, 2);
    // The last line: Qt's offscreen platform may warn first about the environment.
    QCOMPARE(lines(bad.err).last(), QStringLiteral("corokitchen: --width must be a whole number "
                                                   "from 100 to 10000, not \"wide\""));
}

void TstCliBench::benchWindowRunsTheCrowdInTheWindow()
{
    // 3000 sleepers (beyond the teaching views' limit) at 10x: about a third of a second.
    const CliResult result =
        corokitchen({QStringLiteral("bench"), QStringLiteral("window"), QStringLiteral("--count"),
                     QStringLiteral("3000"), QStringLiteral("--speed"), QStringLiteral("10")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("impl")).toString(), QStringLiteral("corokitchen-window"));
    QCOMPARE(report.value(QStringLiteral("count")).toInt(), 3000);
    QCOMPARE(report.value(QStringLiteral("speed")).toDouble(), 10.0);
    QVERIFY2(report.value(QStringLiteral("run_ms")).toDouble() >= 300, qPrintable(result.out));
    QVERIFY(report.value(QStringLiteral("timeline_paints")).toInt() > 0);
    // Every phase from selecting the crowd to its retiring is timed, and the whole run's worst
    // wait is the worst of its phases'.
    const double worst = report.value(QStringLiteral("whole_run"))
                             .toObject()
                             .value(QStringLiteral("input_wait_ms_max"))
                             .toDouble();
    for (const QString &phase :
         {QStringLiteral("idle"), QStringLiteral("select"), QStringLiteral("start"),
          QStringLiteral("middle"), QStringLiteral("end"), QStringLiteral("retire"),
          QStringLiteral("whole_run")}) {
        const QJsonObject waits = report.value(phase).toObject();
        QVERIFY2(waits.value(QStringLiteral("samples")).toInt() > 0, qPrintable(phase));
        QVERIFY(waits.value(QStringLiteral("input_wait_ms_max")).toDouble() >=
                waits.value(QStringLiteral("input_wait_ms_median")).toDouble());
        if (phase != QLatin1String("idle"))
            QVERIFY2(waits.value(QStringLiteral("input_wait_ms_max")).toDouble() <= worst,
                     qPrintable(phase));
    }
    QCOMPARE(report.value(QStringLiteral("clock")).toString(), QStringLiteral("real"));
    QCOMPARE(report.value(QStringLiteral("teaching")).toBool(), false);
    // The crowd's ideal is its longest sleep, 3 s, which takes 0.3 s at 10x: the run ends later.
    QCOMPARE(report.value(QStringLiteral("ideal_ms")).toDouble(), 3000.0);
    QCOMPARE(report.value(QStringLiteral("end_after_ideal_ms")).toDouble(),
             report.value(QStringLiteral("run_ms")).toDouble() - 300.0);
    // Instant: the virtual clock does not wait out the crowd's 3 s.
    // With every teaching view, on the default crowd of 1000 as make bench runs it.
    const CliResult instant =
        corokitchen({QStringLiteral("bench"), QStringLiteral("window"), QStringLiteral("--count"),
                     QStringLiteral("1000"), QStringLiteral("--clock"), QStringLiteral("virtual"),
                     QStringLiteral("--teaching")});
    QCOMPARE(instant.exitCode, 0);
    const QJsonObject virtualRun = QJsonDocument::fromJson(instant.out.toUtf8()).object();
    QCOMPARE(virtualRun.value(QStringLiteral("clock")).toString(), QStringLiteral("virtual"));
    QCOMPARE(virtualRun.value(QStringLiteral("teaching")).toBool(), true);
    QVERIFY2(virtualRun.value(QStringLiteral("run_ms")).toDouble() < 2500, qPrintable(instant.out));
    const CliResult bad = corokitchen({QStringLiteral("bench"), QStringLiteral("window"),
                                       QStringLiteral("--speed"), QStringLiteral("50")});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(lines(bad.err).last(), QStringLiteral("corokitchen: --speed must be a number from "
                                                   "0.1 to 10, not \"50\""));
    const CliResult notWindow = corokitchen(
        {QStringLiteral("bench"), QStringLiteral("sleepers"), QStringLiteral("--teaching")});
    QCOMPARE(notWindow.exitCode, 2);
    QCOMPARE(lines(notWindow.err).last(),
             QStringLiteral("corokitchen: --teaching is for bench window"));
}

QTEST_GUILESS_MAIN(TstCliBench)
#include "tst_clibench.moc"
