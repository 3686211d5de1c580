// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"

#include "mainwindow.h"
#include "panels/quizpanel.h"
#include "predictdialog.h"
#include "presentationmode.h"
#include "replaycontroller.h"
#include "runcontroller.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

using ck::LaunchOptions;
using ck::MainWindow;
using ck::RunSelection;

namespace {

LaunchOptions launch(const char *scenario, const char *mode)
{
    LaunchOptions options;
    options.scenario = QString::fromLatin1(scenario);
    options.mode = QString::fromLatin1(mode);
    return options;
}

QStringList visibleDocks(MainWindow &window)
{
    QStringList docks;
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        if (dock->isVisible())
            docks << dock->objectName();
    docks.sort();
    return docks;
}

void press(MainWindow &window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(window.windowHandle(), Qt::Key(key), modifiers);
}

void settle(MainWindow &window)
{
    window.stop();
    QTRY_VERIFY(window.controller()->isSettled());
}

} // namespace

class TstPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void f11EntersAndEscRestoresTheLayout();
    void headlineShowsTheComparison();
    void keysRunPauseStepAndCycle();
    void launchOptionOpensPresenting();
    void predictionIsMarkedByTheRun();
    void dialogOrdersByKeyboardAndRuns();
    void screenshots();
};

void TstPresentation::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_presentation"));
}

void TstPresentation::init()
{
    QSettings().clear();
}

void TstPresentation::f11EntersAndEscRestoresTheLayout()
{
    MainWindow window(launch("kitchen", "compare"));
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QStringList docks = visibleDocks(window);
    QVERIFY(docks.contains(QStringLiteral("codeDock")));
    const QByteArray state = window.saveState();
    const QFont timelineFont = window.timeline()->font();
    ck::PresentationMode *presentation = window.presentation();
    QLabel *headline = presentation->headline();
    QVERIFY(!headline->isVisible());

    press(window, Qt::Key_F11);
    QVERIFY(presentation->isActive());
    QVERIFY(window.isFullScreen());
    QCOMPARE(visibleDocks(window), QStringList());
    QVERIFY(!window.menuBar()->isVisible());
    QVERIFY(!window.statusBar()->isVisible());
    for (const QToolBar *toolBar : window.findChildren<QToolBar *>())
        QVERIFY(!toolBar->isVisible());
    QVERIFY(headline->isVisible());
    QVERIFY(window.timeline()->font().pixelSize() >= 16);
    QVERIFY(window.timeline()->font().pixelSize() > QFontInfo(timelineFont).pixelSize());

    press(window, Qt::Key_C); // the code beside the timeline, on demand
    QCOMPARE(visibleDocks(window), QStringList(QStringLiteral("codeDock")));
    press(window, Qt::Key_C);
    QCOMPARE(visibleDocks(window), QStringList());

    press(window, Qt::Key_Escape);
    QVERIFY(!presentation->isActive());
    QTRY_VERIFY(!window.isFullScreen());
    QVERIFY(!headline->isVisible());
    QCOMPARE(visibleDocks(window), docks);
    QVERIFY(window.menuBar()->isVisible());
    QVERIFY(window.statusBar()->isVisible());
    QTRY_COMPARE(window.saveState(), state);
    QCOMPARE(window.timeline()->font(), timelineFont);
    // Esc is Stop's again.
    window.run();
    QVERIFY(window.controller()->isRunning());
    press(window, Qt::Key_Escape);
    QTRY_VERIFY(!window.controller()->isRunning());
    settle(window);
}

void TstPresentation::headlineShowsTheComparison()
{
    MainWindow window(launch("kitchen", "compare"));
    window.setInstant(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    press(window, Qt::Key_F11);
    QCOMPARE(window.presentation()->headline()->text(),
             QStringLiteral("Sequential 5.00 s · Gather 3.00 s · 1.67× faster"));
    window.selectMode(*RunSelection::parse(QStringLiteral("gather")));
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    QCOMPARE(window.presentation()->headline()->text(), QStringLiteral("Gather · 3.00 s"));
    settle(window);
}

void TstPresentation::keysRunPauseStepAndCycle()
{
    MainWindow window(launch("kitchen", "gather"));
    window.setInstant(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    press(window, Qt::Key_F11);
    QVERIFY(!window.controller()->hasRuns());
    QCOMPARE(window.presentation()->headline()->text(), QStringLiteral("Space runs the scenario"));

    press(window, Qt::Key_Space); // runs, then plays the run back from its start
    QTRY_VERIFY(window.replay()->isPlaying());
    press(window, Qt::Key_Space); // pauses
    QVERIFY(!window.replay()->isPlaying());
    QVERIFY(window.replay()->isActive());
    const auto paused = window.replay()->cursor().time();
    QVERIFY(paused < std::chrono::seconds(3));
    press(window, Qt::Key_Right);
    const auto stepped = window.replay()->cursor().time();
    QVERIFY(stepped >= paused);
    QVERIFY(window.replay()->cursor().position() > 0);
    const auto position = window.replay()->cursor().position();
    press(window, Qt::Key_Right);
    QCOMPARE(window.replay()->cursor().position(), position + 1);
    press(window, Qt::Key_Left);
    QCOMPARE(window.replay()->cursor().position(), position);
    press(window, Qt::Key_Space); // resumes
    QVERIFY(window.replay()->isPlaying());

    press(window, Qt::Key_M); // the next mode, shown at once on Instant
    QCOMPARE(window.mode().name(), QStringLiteral("create-task"));
    QTRY_VERIFY(!window.controller()->isRunning());
    QVERIFY(!window.replay()->isActive());
    QCOMPARE(window.presentation()->headline()->text(), QStringLiteral("create_task · 3.00 s"));
    for (const char *next : {"bounded:2", "task-group", "compare", "sequential"}) {
        press(window, Qt::Key_M);
        QCOMPARE(window.mode().name(), QString::fromLatin1(next));
    }
    QTRY_VERIFY(!window.controller()->isRunning());
    QCOMPARE(window.presentation()->headline()->text(), QStringLiteral("Sequential · 5.00 s"));
    press(window, Qt::Key_Escape);
    QVERIFY(!window.presentation()->isActive());
    press(window, Qt::Key_M); // the keys are the presentation's only
    QCOMPARE(window.mode().name(), QStringLiteral("sequential"));
    settle(window);
}

void TstPresentation::launchOptionOpensPresenting()
{
    LaunchOptions options = launch("kitchen", "compare");
    options.present = true;
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.presentation()->isActive());
    QVERIFY(window.isFullScreen());
    QCOMPARE(visibleDocks(window), QStringList());
    press(window, Qt::Key_F11);
    QVERIFY(!window.presentation()->isActive());
    QVERIFY(window.menuBar()->isVisible());
}

void TstPresentation::predictionIsMarkedByTheRun()
{
    MainWindow window(launch("kitchen", "gather"));
    window.setInstant(true);
    ck::QuizPanel *quiz = window.quizPanel();
    const QStringList right{QStringLiteral("Start brewCoffee()"),
                            QStringLiteral("Start toastBagel()"),
                            QStringLiteral("End toastBagel()"),
                            QStringLiteral("End brewCoffee()"),
                            QStringLiteral("Result of brewCoffee : Coffee ready"),
                            QStringLiteral("Result of toastBagel : Bagel toasted")};
    QStringList guess = right;
    guess.swapItemsAt(2, 3);
    QVERIFY(window.runPrediction(guess, 5.0));
    QTRY_VERIFY(quiz->isRevealed());
    QCOMPARE(quiz->score().lineRight, (std::vector<bool>{true, true, false, false, true, true}));
    QVERIFY(!quiz->score().totalRight);
    const QString text = quiz->text();
    QVERIFY2(text.startsWith(QStringLiteral("4 of 6 lines in the right place; the total: ✗")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("✗  3. End brewCoffee()")));
    QVERIFY(text.contains(QStringLiteral("✓  5. Result of brewCoffee : Coffee ready")));
    QVERIFY(text.contains(QStringLiteral("but toastBagel prints “End toastBagel()” at 2.00 s")));

    QVERIFY(window.runPrediction(right, 3.1));
    QTRY_VERIFY(quiz->isRevealed());
    QVERIFY(quiz->score().allRight());
    QVERIFY(quiz->text().contains(QStringLiteral("All right")));

    // In Korean, the lines are the run's Korean ones.
    window.setLanguage(ck::Language::Korean);
    QVERIFY(window.runPrediction({}, 3.0));
    QTRY_VERIFY(quiz->isRevealed());
    QVERIFY(quiz->score().totalRight);
    settle(window);
}

void TstPresentation::dialogOrdersByKeyboardAndRuns()
{
    MainWindow window(launch("kitchen", "gather"));
    window.setInstant(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    press(window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ck::PredictDialog *dialog = window.findChild<ck::PredictDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QListWidget *list = dialog->list();
    QCOMPARE(list->dragDropMode(), QAbstractItemView::InternalMove);
    QStringList choices = dialog->order();
    QCOMPARE(choices.size(), 6);
    // Sort the choices into the run's order with Alt+Up alone (an insertion sort).
    const QStringList right{QStringLiteral("Start brewCoffee()"),
                            QStringLiteral("Start toastBagel()"),
                            QStringLiteral("End toastBagel()"),
                            QStringLiteral("End brewCoffee()"),
                            QStringLiteral("Result of brewCoffee : Coffee ready"),
                            QStringLiteral("Result of toastBagel : Bagel toasted")};
    {
        QStringList sortedChoices = choices;
        sortedChoices.sort();
        QStringList sortedRight = right;
        sortedRight.sort();
        QCOMPARE(sortedChoices, sortedRight);
    }
    for (int row = 1; row < list->count(); ++row) {
        list->setCurrentRow(row);
        while (list->currentRow() > 0 && right.indexOf(list->item(list->currentRow() - 1)->text()) >
                                             right.indexOf(list->currentItem()->text()))
            QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    }
    QCOMPARE(dialog->order(), right);
    list->setCurrentRow(list->count() - 1);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier); // the last line cannot go lower
    QCOMPARE(dialog->order(), right);
    dialog->totalBox()->setValue(3.0);
    dialog->accept();
    QTRY_VERIFY(window.quizPanel()->isRevealed());
    QVERIFY(window.quizPanel()->score().allRight());
    settle(window);
}

void TstPresentation::screenshots()
{
    // For people: CK_SCREENSHOT_DIR=/tmp/shots ./tst_presentation screenshots
    const QString folder = qEnvironmentVariable("CK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CK_SCREENSHOT_DIR to write screenshots");
    MainWindow window(launch("kitchen", "compare"));
    window.setInstant(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    window.presentation()->enter();
    QTest::qWait(100);
    window.grab().save(folder + QStringLiteral("/presentation.png"));
    settle(window);
}

QTEST_MAIN(TstPresentation)
#include "tst_presentation.moc"
