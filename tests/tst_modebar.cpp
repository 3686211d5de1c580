// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"
#include "windowlaunch.h"

#include "mainwindow.h"
#include "modeactions.h"
#include "modebar.h"
#include "panels/codepanel.h"
#include "runcontroller.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QImage>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QTranslator>
#include <QWidget>

using namespace std::chrono_literals;
using ck::MainWindow;
using ck::ModeActions;

using cktest::launch;

namespace {

ck::RunSelection mode(const char *name)
{
    return *ck::RunSelection::parse(QString::fromLatin1(name));
}

// How far apart two colours are, channel by channel.
int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

} // namespace

class TstModeBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void segmentsAreFramedAndTheChosenOneFilled();
    void buttonsShowNoMnemonic();
    void choosingAModeAfterARunPreviewsIt();
    void choosingAModeBeforeARunOnlyNamesIt();
};

void TstModeBar::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_modebar"));
}

void TstModeBar::init()
{
    QSettings().clear();
}

// Every segment has its outline in every state, and the chosen one is filled with the
// highlight: the bar reads as a choice before anything is chosen.
void TstModeBar::segmentsAreFramedAndTheChosenOneFilled()
{
    QWidget owner; // owns the actions and the limit box, as the window does
    ModeActions modes(&owner);
    ck::ModeBar bar(&modes);
    bar.move(300, 300); // away from the pointer: no segment is hovered
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    modes.setSelection(mode("gather"));
    const QImage image = bar.grab().toImage();
    const QPalette palette = bar.palette();
    for (int m = 0; m < ModeActions::ModeCount; ++m) {
        const auto current = ModeActions::Mode(m);
        QToolButton *button = bar.button(current);
        QVERIFY(button->isCheckable());
        QCOMPARE(button->isChecked(), current == ModeActions::Gather);
        const QRect rect = button->geometry();
        const QColor fill = image.pixelColor(rect.left() + 3, rect.center().y());
        const QColor expected = current == ModeActions::Gather ? palette.color(QPalette::Highlight)
                                                               : palette.color(QPalette::Button);
        QVERIFY2(distance(fill, expected) < 24, qPrintable(button->text() + fill.name()));
        // the segment's outline: the line between it and the segment before, or the frame
        const int x = rect.left() > 2 ? rect.left() : 0;
        const QColor line = image.pixelColor(x, rect.center().y());
        QVERIFY2(distance(line, palette.color(QPalette::Button)) > 40,
                 qPrintable(button->text() + line.name()));
    }
    // Bounded's N sits in Bounded's segment, right after it.
    QCOMPARE(modes.limitBox()->parentWidget(), &bar);
    QVERIFY(modes.limitBox()->geometry().left() >=
            bar.button(ModeActions::Bounded)->geometry().right());
    QVERIFY(modes.limitBox()->geometry().right() <=
            bar.button(ModeActions::TaskGroup)->geometry().left());
}

void TstModeBar::buttonsShowNoMnemonic()
{
    QTranslator korean;
    QVERIFY(korean.load(QStringLiteral(":/i18n/corokitchen_ko.qm")));
    QWidget owner; // owns the actions and the limit box, as the window does
    ModeActions modes(&owner);
    ck::ModeBar bar(&modes);
    QCOMPARE(modes.action(ModeActions::CreateTask)->text(), QStringLiteral("create_&task"));
    QCOMPARE(bar.button(ModeActions::CreateTask)->text(), QStringLiteral("create_task"));
    QCoreApplication::installTranslator(&korean);
    modes.retranslate();
    QVERIFY(modes.action(ModeActions::Sequential)->text().contains(QStringLiteral("(&")));
    for (int m = 0; m < ModeActions::ModeCount; ++m) {
        const QString text = bar.button(ModeActions::Mode(m))->text();
        QVERIFY2(!text.contains(QLatin1Char('&')), qPrintable(text));
        QVERIFY2(!text.endsWith(QLatin1Char(')')) || text.endsWith(QStringLiteral("(gather)")),
                 qPrintable(text));
    }
    QCOMPARE(bar.button(ModeActions::Sequential)->text(), QStringLiteral("순차 실행"));
    QCoreApplication::removeTranslator(&korean);
}

// After a run, choosing another mode shows it at once: its title, its program, and its run on
// the virtual clock with its own total; Run then plays it live.
void TstModeBar::choosingAModeAfterARunPreviewsIt()
{
    MainWindow window(launch("kitchen", "compare"));
    window.setInstant(true);
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    QCOMPARE(window.timeline()->runs().size(), std::size_t(2));
    QCOMPARE(window.timeline()->title(), QStringLiteral("Kitchen: coffee and a bagel — Compare"));
    window.setInstant(false); // the preview is on the virtual clock whatever Instant says
    window.setSpeed(1);

    auto *bar = window.findChild<ck::ModeBar *>();
    QVERIFY(bar);
    bar->button(ModeActions::Sequential)->click();
    QCOMPARE(window.mode().name(), QStringLiteral("sequential"));
    QCOMPARE(window.timeline()->title(),
             QStringLiteral("Kitchen: coffee and a bagel — Sequential"));
    QTRY_VERIFY(!window.controller()->isRunning());
    QCOMPARE(window.timeline()->runs().size(), std::size_t(1));
    const ck::RunInfo &info = window.timeline()->runs().front().recorder->info();
    QCOMPARE(info.clock, QStringLiteral("virtual"));
    QCOMPARE(info.total, 5s);
    QCOMPARE(window.statusText(), QStringLiteral("Done: 5.00 s"));
    QVERIFY(!window.codePanel()->pythonText().contains(QStringLiteral("gather")));
    QVERIFY(window.codePanel()->pythonText().contains(QStringLiteral("await brewCoffee()")));
    QVERIFY(!window.isInstant());

    bar->button(ModeActions::Gather)->click();
    QTRY_VERIFY(!window.controller()->isRunning());
    QCOMPARE(window.timeline()->title(), QStringLiteral("Kitchen: coffee and a bagel — Gather"));
    QCOMPARE(window.timeline()->runs().front().recorder->info().total, 3s);
    QVERIFY(window.codePanel()->pythonText().contains(QStringLiteral("asyncio.gather(")));

    window.run(); // live, on the real clock
    QVERIFY(window.controller()->isRunning());
    QCOMPARE(window.controller()->timelineRuns().front().recorder->info().clock,
             QStringLiteral("real"));
    window.stop();
    QTRY_VERIFY(window.controller()->isSettled());
}

void TstModeBar::choosingAModeBeforeARunOnlyNamesIt()
{
    MainWindow window(launch("kitchen", "compare"));
    window.selectMode(mode("gather"));
    QVERIFY(!window.controller()->hasRuns());
    QCOMPARE(window.timeline()->title(), QStringLiteral("Kitchen: coffee and a bagel — Gather"));
    QVERIFY(window.codePanel()->pythonText().contains(QStringLiteral("asyncio.gather(")));
}

QTEST_MAIN(TstModeBar)
#include "tst_modebar.moc"
