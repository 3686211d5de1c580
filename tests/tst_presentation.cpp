// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"
#include "windowlaunch.h"

#include "mainwindow.h"
#include "panels/lessonbanner.h"
#include "panels/quizpanel.h"
#include "predictdialog.h"
#include "presentationmode.h"
#include "replaycontroller.h"
#include "runcontroller.h"
#include "timeline/timelineview.h"
#include "translations.h"

#include <QAction>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

using ck::LaunchOptions;
using ck::MainWindow;
using ck::RunSelection;

using cktest::launch;

namespace {

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

// What a learner who reads the code top to bottom predicts.
QStringList classicGuess(ck::Language language)
{
    if (language == ck::Language::Korean)
        return {QStringLiteral("brewCoffee() 시작"),
                QStringLiteral("brewCoffee() 종료"),
                QStringLiteral("toastBagel() 시작"),
                QStringLiteral("toastBagel() 종료"),
                QStringLiteral("brewCoffee 결과 : 커피 준비 완료"),
                QStringLiteral("toastBagel 결과 : 베이글 굽기 완료")};
    return {QStringLiteral("Start brewCoffee()"),
            QStringLiteral("End brewCoffee()"),
            QStringLiteral("Start toastBagel()"),
            QStringLiteral("End toastBagel()"),
            QStringLiteral("Result of brewCoffee : Coffee ready"),
            QStringLiteral("Result of toastBagel : Bagel toasted")};
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
    QCoreApplication::processEvents(); // the docks arranged once the window is shown
    const QStringList docks = visibleDocks(window);
    QVERIFY(docks.contains(QStringLiteral("codeDock")));
    const QByteArray state = window.saveState();
    const QFont timelineFont = window.timeline()->font();
    ck::PresentationMode *presentation = window.presentation();
    QLabel *headline = presentation->headline();
    QVERIFY(!headline->isVisible());
    QVERIFY(window.lessonBanner()->isVisible());

    press(window, Qt::Key_F11);
    QVERIFY(presentation->isActive());
    QVERIFY(window.isFullScreen());
    QCOMPARE(visibleDocks(window), QStringList());
    QVERIFY(!window.menuBar()->isVisible());
    QVERIFY(!window.statusBar()->isVisible());
    for (const QToolBar *toolBar : window.findChildren<QToolBar *>())
        QVERIFY(!toolBar->isVisible());
    QVERIFY(headline->isVisible());
    QVERIFY(!window.lessonBanner()->isVisible()); // its small print is for the desk
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
    QVERIFY(window.lessonBanner()->isVisible());
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
    // For people, under Xvfb (the screen is taken with ImageMagick's import) or offscreen:
    // CK_SCREENSHOT_DIR=/tmp/shots xvfb-run -a -s "-screen 0 1280x720x24" ./tst_presentation
    //     -platform xcb screenshots
    const QString folder = qEnvironmentVariable("CK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CK_SCREENSHOT_DIR to write screenshots");
    const auto shoot = [&](QWidget *widget, const QString &name) {
        QTest::qWait(150);
        const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
        if (QGuiApplication::platformName() == QLatin1String("xcb"))
            QProcess::execute(QStringLiteral("import"),
                              {QStringLiteral("-window"), QStringLiteral("root"), path});
        else
            widget->grab().save(path);
    };
    MainWindow window(launch("kitchen", "compare"));
    ck::Translations translations;
    connect(&window, &MainWindow::languageChosen, this,
            [&](ck::Language language) { translations.install(language); });
    window.setInstant(true);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window)); // Xvfb has no window manager to activate it
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    window.presentation()->enter();
    window.presentation()->setCodeShown(true);
    shoot(&window, QStringLiteral("presentation-with-code"));
    window.presentation()->leave();

    window.selectMode(*RunSelection::parse(QStringLiteral("gather")));
    for (const ck::Language language : {ck::Language::English, ck::Language::Korean}) {
        window.setLanguage(language);
        const QString suffix = language == ck::Language::Korean ? QStringLiteral("-ko") : QString();
        window.predictThenRun();
        ck::PredictDialog *dialog = window.findChild<ck::PredictDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The classic wrong guess, one after the other and 5 s, from the dialog's own lines.
        QStringList offered = dialog->order();
        QStringList guessed = classicGuess(language);
        offered.sort();
        guessed.sort();
        QCOMPARE(offered, guessed);
        dialog->list()->clear();
        dialog->list()->addItems(classicGuess(language));
        dialog->list()->setCurrentRow(1);
        dialog->totalBox()->setValue(5.0);
        shoot(dialog, QStringLiteral("predict-mid-quiz") + suffix);
        dialog->accept();
        QTRY_VERIFY(window.quizPanel()->isRevealed());
        shoot(&window, QStringLiteral("predict-revealed") + suffix);
        window.quizPanel()->grab().save(folder + QStringLiteral("/predict-revealed-panel") +
                                        suffix + QStringLiteral(".png"));
    }
    settle(window);
}

QTEST_MAIN(TstPresentation)
#include "tst_presentation.moc"
