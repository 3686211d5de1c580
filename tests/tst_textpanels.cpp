// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "runharness.h"

#include "panels/logpanel.h"
#include "panels/narrationpanel.h"

#include <QPlainTextEdit>
#include <QScrollBar>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

ck::LogLine printed(std::chrono::nanoseconds time, const QString &text)
{
    return ck::LogLine{time, 0, ck::LocalizedText(text), false};
}

// The times of the log's lines, "[ 2.000 s] ..." -> 2.0.
QList<double> timesOf(const QStringList &lines)
{
    QList<double> times;
    for (const QString &line : lines)
        times << line.mid(1, line.indexOf(u's') - 1).trimmed().toDouble();
    return times;
}

} // namespace

class TstTextPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void narrationFollowsALiveRunToItsEnd();
    void narrationStaysWhereTheReaderScrolled();
    void logTellsAComparisonInTimeOrder();
};

// Sentence after sentence, as a live run tells them, in a narrow panel whose lines wrap: the
// last sentence stays in sight to the end of the run.
void TstTextPanels::narrationFollowsALiveRunToItsEnd()
{
    cktest::VirtualRun run(cktest::builtin(u"queue"_s), cktest::mode(u"create-task"_s), true);
    const std::size_t events = run.recorder().loopEvents().size();
    QVERIFY(events > 40);
    ck::NarrationPanel panel;
    panel.resize(260, 140);
    panel.QWidget::show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *view = panel.findChild<QPlainTextEdit *>(u"narrationView"_s);
    QScrollBar *bar = view->verticalScrollBar();
    for (std::size_t told = 1; told <= events; ++told) {
        panel.show({ck::TeachingRun{u"Gather"_s, run.runner->recorder(), told}});
        QCoreApplication::processEvents();
        QVERIFY2(panel.isFollowing(), qPrintable(u"after %1 sentences"_s.arg(told)));
        QVERIFY2(
            bar->value() == bar->maximum(),
            qPrintable(
                u"after %1 sentences: %2 of %3"_s.arg(told).arg(bar->value()).arg(bar->maximum())));
    }
    QVERIFY(bar->maximum() > 0);
}

// A reader who scrolls up to read keeps their place while the run goes on; scrolling back to
// the end follows the run again.
void TstTextPanels::narrationStaysWhereTheReaderScrolled()
{
    cktest::VirtualRun run(cktest::builtin(u"queue"_s), cktest::mode(u"create-task"_s), true);
    const std::size_t events = run.recorder().loopEvents().size();
    ck::NarrationPanel panel;
    panel.resize(260, 140);
    panel.QWidget::show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QScrollBar *bar = panel.findChild<QPlainTextEdit *>(u"narrationView"_s)->verticalScrollBar();
    const auto tell = [&](std::size_t told) {
        panel.show({ck::TeachingRun{u"Gather"_s, run.runner->recorder(), told}});
        QCoreApplication::processEvents();
    };
    tell(events / 2);
    bar->setValue(1); // the reader scrolls up
    QVERIFY(!panel.isFollowing());
    tell(events / 2 + 5);
    QCOMPARE(bar->value(), 1);
    bar->setValue(bar->maximum()); // and back down
    QVERIFY(panel.isFollowing());
    tell(events);
    QCOMPARE(bar->value(), bar->maximum());
}

// A comparison's runs report their lines run after run on the virtual clock: the log shows
// them in time order (each run's own lines in their order), and its text is what lines() says,
// also with a program's standard error after them.
void TstTextPanels::logTellsAComparisonInTimeOrder()
{
    ck::LogPanel log;
    log.setRunLabels({u"Sequential"_s, u"Gather"_s});
    log.append(0, printed(0s, u"Start brewCoffee()"_s));
    log.append(0, printed(3s, u"End brewCoffee()"_s));
    log.append(0, printed(5s, u"End toastBagel()"_s));
    log.setStandardError(u"stderr"_s, u"Traceback"_s);
    log.append(1, printed(0s, u"Start brewCoffee()"_s));
    log.append(1, printed(2s, u"End toastBagel()"_s));
    log.append(1, printed(3s, u"End brewCoffee()"_s));
    const QStringList lines = log.lines();
    QCOMPARE(lines, (QStringList{u"[ 0.000 s] Sequential | Start brewCoffee()"_s,
                                 u"[ 0.000 s] Gather     | Start brewCoffee()"_s,
                                 u"[ 2.000 s] Gather     | End toastBagel()"_s,
                                 u"[ 3.000 s] Sequential | End brewCoffee()"_s,
                                 u"[ 3.000 s] Gather     | End brewCoffee()"_s,
                                 u"[ 5.000 s] Sequential | End toastBagel()"_s}));
    QList<double> times = timesOf(lines);
    QVERIFY(std::is_sorted(times.begin(), times.end()));
    const QString shown = log.findChild<QPlainTextEdit *>(u"logView"_s)->toPlainText();
    QCOMPARE(shown, (lines + QStringList{u"stderr"_s, u"Traceback"_s}).join(u'\n'));

    // Replay shows each run's first lines, still in time order.
    log.showFirstLines({1, 2});
    QCOMPARE(log.lines(), (QStringList{u"[ 0.000 s] Sequential | Start brewCoffee()"_s,
                                       u"[ 0.000 s] Gather     | Start brewCoffee()"_s,
                                       u"[ 2.000 s] Gather     | End toastBagel()"_s}));
}

QTEST_MAIN(TstTextPanels)
#include "tst_textpanels.moc"
