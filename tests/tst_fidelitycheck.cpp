#include <QTest>

#include "pyrun/fidelitycheck.h"
#include "trace/recorder.h"

#include <chrono>

using namespace std::chrono_literals;
using std::chrono::nanoseconds;

namespace {

// The gathered kitchen: brewCoffee (3 s) and toastBagel (2 s), each printing when it starts and
// ends, main printing a result; `shift` moves toastBagel's end and its line by that much.
ck::Recorder kitchen(nanoseconds shift = 0ns, bool withTotal = false)
{
    ck::Recorder recorder;
    const int coffee = recorder.addLane(ck::Lane{QStringLiteral("brewCoffee")});
    const int bagel = recorder.addLane(ck::Lane{QStringLiteral("toastBagel")});
    const auto say = [&](nanoseconds time, int lane, const QString &text) {
        recorder.addLog(ck::LogLine{time, lane, ck::LocalizedText(text, text)});
    };
    const int coffeeTask = recorder.beginSpan(ck::Span{coffee, 0, ck::SpanKind::Task});
    const int bagelTask = recorder.beginSpan(ck::Span{bagel, 0, ck::SpanKind::Task});
    say(0s, coffee, QStringLiteral("Start brewCoffee()"));
    say(0s, bagel, QStringLiteral("Start toastBagel()"));
    say(2s + shift, bagel, QStringLiteral("End toastBagel()"));
    recorder.endSpan(bagelTask, 2s + shift, 2s, ck::SpanState::Done);
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
        const int coffeeTask = python.beginSpan(ck::Span{coffee, 0, ck::SpanKind::Task});
        const int bagelTask = python.beginSpan(ck::Span{bagel, 0, ck::SpanKind::Task});
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
        ck::Recorder python = kitchen(0ns, true);
        python.addLane(ck::Lane{QStringLiteral("extra")});
        const ck::FidelityResult result = check(python);
        QCOMPARE(result.differences, QStringList{QStringLiteral("task extra: only in CPython")});
    }

    void aProgramFunctionOfAnotherNameMatches()
    {
        ck::Recorder python = kitchen(0ns, true);
        ck::Recorder app;
        app.addLane(ck::Lane{QStringLiteral("coffee")});
        const QHash<QString, QString> functions{
            {QStringLiteral("coffee"), QStringLiteral("brewCoffee")}};
        const ck::FidelityResult result =
            ck::FidelityCheck::compare(app, python, ck::Language::English, functions);
        QVERIFY(!result.differences.contains(QStringLiteral("task brewCoffee: only in CPython")));
        QVERIFY(result.differences.contains(QStringLiteral("task toastBagel: only in CPython")));
    }
};

QTEST_GUILESS_MAIN(TestFidelityCheck)
#include "tst_fidelitycheck.moc"
