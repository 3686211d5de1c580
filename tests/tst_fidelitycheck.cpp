#include <QTest>

#include "pyrun/fidelitycheck.h"
#include "trace/recorder.h"

#include <chrono>

using namespace std::chrono_literals;
using std::chrono::nanoseconds;

namespace {

ck::Span taskSpan(int lane)
{
    ck::Span span;
    span.lane = lane;
    span.kind = ck::SpanKind::Task;
    return span;
}

// The gathered kitchen: brewCoffee (3 s) and toastBagel (2 s), each printing when it starts and
// ends, main printing a result; `shift` moves toastBagel's end and its line by that much.
ck::Recorder kitchen(nanoseconds shift = 0ns, bool withTotal = false,
                     const QString &coffeeName = QStringLiteral("brewCoffee"),
                     ck::SpanState bagelEnds = ck::SpanState::Done)
{
    ck::Recorder recorder;
    const int coffee = recorder.addLane(ck::Lane{coffeeName});
    const int bagel = recorder.addLane(ck::Lane{QStringLiteral("toastBagel")});
    const auto say = [&](nanoseconds time, int lane, const QString &text) {
        recorder.addLog(ck::LogLine{time, lane, ck::LocalizedText(text, text)});
    };
    const int coffeeTask = recorder.beginSpan(taskSpan(coffee));
    const int bagelTask = recorder.beginSpan(taskSpan(bagel));
    say(0s, coffee, QStringLiteral("Start brewCoffee()"));
    say(0s, bagel, QStringLiteral("Start toastBagel()"));
    say(2s + shift, bagel, QStringLiteral("End toastBagel()"));
    recorder.endSpan(bagelTask, 2s + shift, 2s, bagelEnds);
    say(3s, coffee, QStringLiteral("End brewCoffee()"));
    recorder.endSpan(coffeeTask, 3s, 3s, ck::SpanState::Done);
    say(3s, -1, QStringLiteral("Result of brewCoffee : Coffee ready"));
    if (withTotal) // CPython's run prints the program's total line; the app keeps it in RunInfo
        say(3s, -1, QStringLiteral("Total execution time : 3.00 seconds"));
    recorder.markMainReturned();
    recorder.finish(3s, 3s, false);
    return recorder;
}

ck::FidelityResult check(const ck::Recorder &python)
{
    return ck::FidelityCheck::compare(kitchen(), python, ck::Language::English);
}

} // namespace

class TestFidelityCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameRunsAgree()
    {
        const ck::FidelityResult result = check(kitchen(0ns, true));
        QVERIFY2(result.agrees(), qPrintable(result.differences.join(QLatin1Char('\n'))));
        QCOMPARE(result.tasks, 2);
        QCOMPARE(result.lines, 6); // five prints and the total's line
        QCOMPARE(result.summary(),
                 QStringLiteral("no difference: 2 tasks, 6 lines agree within 1 µs"));
    }

    void halfAMicrosecondIsWithinTolerance() { QVERIFY(check(kitchen(500ns, true)).agrees()); }

    void twoMicrosecondsAreFlagged()
    {
        const ck::FidelityResult result = check(kitchen(2us, true));
        QVERIFY(result.differences.contains(
            QStringLiteral("toastBagel ends at 2.000000 s in the app, 2.000002 s in CPython")));
        QVERIFY(result.differences.contains(
            QStringLiteral("line 3 (\"End toastBagel()\"): at 2.000000 s in the app, 2.000002 s "
                           "in CPython")));
        QCOMPARE(result.differences.size(), 2);
    }

    void aMissingLineIsFlagged()
    {
        // Without the total's line, CPython's run lacks the line the program prints last.
        const ck::FidelityResult result = check(kitchen());
        QCOMPARE(result.differences,
                 QStringList{QStringLiteral("line 6: only the app prints \"Total execution time "
                                            ": 3.00 seconds\" (at 3.000000 s)")});
    }

    void anOrderSwapIsFlagged()
    {
        ck::Recorder python;
        const int coffee = python.addLane(ck::Lane{QStringLiteral("brewCoffee")});
        const int bagel = python.addLane(ck::Lane{QStringLiteral("toastBagel")});
        const int coffeeTask = python.beginSpan(taskSpan(coffee));
        const int bagelTask = python.beginSpan(taskSpan(bagel));
        for (const auto &[time, lane, text] : std::vector<std::tuple<nanoseconds, int, QString>>{
                 {0s, bagel, QStringLiteral("Start toastBagel()")},
                 {0s, coffee, QStringLiteral("Start brewCoffee()")},
                 {2s, bagel, QStringLiteral("End toastBagel()")},
                 {3s, coffee, QStringLiteral("End brewCoffee()")},
                 {3s, -1, QStringLiteral("Result of brewCoffee : Coffee ready")},
                 {3s, -1, QStringLiteral("Total execution time : 3.00 seconds")}})
            python.addLog(ck::LogLine{time, lane, ck::LocalizedText(text, text)});
        python.endSpan(bagelTask, 2s, 2s, ck::SpanState::Done);
        python.endSpan(coffeeTask, 3s, 3s, ck::SpanState::Done);
        python.finish(3s, 3s, false);
        const ck::FidelityResult result = check(python);
        QCOMPARE(result.differences,
                 QStringList{QStringLiteral(
                     "lines 1 and 2: the order differs: the app prints \"Start brewCoffee()\" "
                     "first, CPython \"Start toastBagel()\"")});
    }

    void aMissingTaskOrStateIsFlagged()
    {
        ck::Recorder app = kitchen();
        const int extra = app.addLane(ck::Lane{QStringLiteral("extra")});
        app.endSpan(app.beginSpan(taskSpan(extra)), 1s, 1s, ck::SpanState::Done);
        const ck::Recorder python =
            kitchen(0ns, true, QStringLiteral("brewCoffee"), ck::SpanState::Cancelled);
        const ck::FidelityResult result =
            ck::FidelityCheck::compare(app, python, ck::Language::English);
        QCOMPARE(result.differences,
                 (QStringList{QStringLiteral("toastBagel ends done in the app, cancelled in "
                                             "CPython"),
                              QStringLiteral("task extra: only in the app")}));
    }

    void aFunctionOfAnotherNameIsMatched()
    {
        // The program's brew() is the app's brewCoffee, given or left over in its place.
        const ck::Recorder python = kitchen(0ns, true, QStringLiteral("brew"));
        const QHash<QString, QString> functions{
            {QStringLiteral("brewCoffee"), QStringLiteral("brew")}};
        for (const auto &given : {functions, QHash<QString, QString>{}}) {
            const ck::FidelityResult result =
                ck::FidelityCheck::compare(kitchen(), python, ck::Language::English, given);
            QVERIFY2(result.agrees(), qPrintable(result.differences.join(QLatin1Char('\n'))));
            QCOMPARE(result.tasks, 2);
        }
    }

    void syncModeComparesLinesOnly()
    {
        // A sync program's functions are plain: CPython's run has no task to compare.
        ck::RunInfo sync;
        sync.mode = QStringLiteral("sync");
        ck::Recorder app(sync);
        app.addLane(ck::Lane{QStringLiteral("brewCoffee")});
        app.finish(0s, 0s, false);
        ck::Recorder python;
        python.addLog(ck::LogLine{
            0s, -1,
            ck::LocalizedText(QStringLiteral("Total execution time : 0.00 seconds"), QString())});
        python.finish(0s, 0s, false);
        const ck::FidelityResult result =
            ck::FidelityCheck::compare(app, python, ck::Language::English);
        QVERIFY2(result.agrees(), qPrintable(result.differences.join(QLatin1Char('\n'))));
        QCOMPARE(result.tasks, 0);
        QCOMPARE(result.lines, 1);
    }

    // The window's log: each difference a line, the first 20 of them, then how many more, then
    // the verdict; an agreement says how many tasks and lines were compared.
    void theReportListsDifferencesUpToALimit()
    {
        ck::FidelityResult result;
        for (int i = 1; i <= 25; ++i)
            result.differences << QStringLiteral("difference %1").arg(i);
        const QStringList report = result.report(20);
        QCOMPARE(report.size(), 22);
        QCOMPARE(report.front(), QStringLiteral("difference 1"));
        QCOMPARE(report[19], QStringLiteral("difference 20"));
        QCOMPARE(report[20], QStringLiteral("and 5 more"));
        QCOMPARE(report.back(), QStringLiteral("25 differences between the app and CPython"));
        result.differences = result.differences.mid(0, 3);
        QCOMPARE(result.report(20).size(), 4);
        result.differences.clear();
        result.tasks = 2;
        result.lines = 7;
        QCOMPARE(result.report(),
                 QStringList{QStringLiteral("No difference: 2 tasks, 7 lines agree within 1 µs")});
    }
};

QTEST_GUILESS_MAIN(TestFidelityCheck)
#include "tst_fidelitycheck.moc"
