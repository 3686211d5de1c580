// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"

#include "launchoptions.h"
#include "mainwindow.h"
#include "replaycontroller.h"
#include "runcontroller.h"
#include "scenariopicker.h"
#include "timeline/timelineview.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>

using ck::MainWindow;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ck::Language)

namespace {

// Scroll bars and item-view headers are parts of their view, which a screen reader names; a
// combo box's popup list is the combo box's.
bool isPart(const QWidget *widget)
{
    return qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QHeaderView *>(widget) ||
           (widget->parentWidget() &&
            (widget->parentWidget()->inherits("QComboBoxPrivateContainer") ||
             qobject_cast<const QAbstractSpinBox *>(widget->parentWidget())));
}

bool isControl(const QWidget *widget)
{
    if (isPart(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSlider *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const ck::TimelineView *>(widget);
}

QString describe(const QWidget *widget)
{
    return u"%1 \"%2\" in %3"_s.arg(
        QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
        widget->parentWidget()
            ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
            : QString());
}

} // namespace

class TstAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void everyControlHasANameAndADescription_data();
    void everyControlHasANameAndADescription();
    void timelineTellsItsSummary();
    void coreJourneyByKeyboardOnly();
};

void TstAccessibility::initTestCase()
{
    cktest::useIsolatedSettings(u"tst_accessibility"_s);
}

void TstAccessibility::init()
{
    QSettings().clear();
}

void TstAccessibility::everyControlHasANameAndADescription_data()
{
    QTest::addColumn<ck::Language>("language");
    QTest::newRow("English") << ck::Language::English;
    QTest::newRow("Korean") << ck::Language::Korean;
}

void TstAccessibility::everyControlHasANameAndADescription()
{
    QFETCH(ck::Language, language);
    MainWindow window;
    ck::Translations translations; // as the app does when the window chooses a language
    window.setLanguage(language);
    translations.install(language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *speed = window.findChild<QWidget *>(u"speedBox"_s);
    QTRY_COMPARE(QAccessible::queryAccessibleInterface(speed)->text(QAccessible::Name),
                 language == ck::Language::Korean ? u"속도"_s : u"Speed"_s);
    QStringList unnamed;
    QStringList undescribed;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!isControl(widget))
            continue;
        // A button that shows no text yet (the pitfall's fix) stays hidden until it has one.
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        if (button && button->text().isEmpty() && button->icon().isNull() &&
            !widget->isVisibleTo(&window) && button->accessibleName().isEmpty())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(widget);
        if (accessible->text(QAccessible::Description).trimmed().isEmpty())
            undescribed << describe(widget);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    QVERIFY2(undescribed.isEmpty(), qPrintable(undescribed.join(u'\n')));
}

// A screen reader hears the chart's runs, lanes, spans and totals, and the comparison.
void TstAccessibility::timelineTellsItsSummary()
{
    ck::LaunchOptions options;
    options.scenario = u"kitchen"_s;
    options.mode = u"compare"_s;
    MainWindow window(options);
    QAccessibleInterface *timeline = QAccessible::queryAccessibleInterface(window.timeline());
    QVERIFY(timeline);
    QCOMPARE(timeline->role(), QAccessible::Chart);
    QCOMPARE(timeline->text(QAccessible::Name), u"Timeline"_s);
    QVERIFY2(timeline->text(QAccessible::Description).contains(u"Nothing has run yet"_s),
             qPrintable(timeline->text(QAccessible::Description)));
    QCOMPARE(timeline->childCount(), 0);
    window.setInstant(true);
    window.run();
    QTRY_VERIFY(window.controller()->isSettled());
    // One child per run, for a reader that walks them one by one.
    QCOMPARE(timeline->childCount(), 2);
    QAccessibleInterface *gather = timeline->child(1);
    QVERIFY(gather && gather->isValid());
    QVERIFY2(gather->text(QAccessible::Name).startsWith(u"Gather · 3.00 s: lanes 2"_s),
             qPrintable(gather->text(QAccessible::Name)));
    QVERIFY(timeline->child(0)->text(QAccessible::Name).startsWith(u"Sequential · 5.00 s"_s));
    QCOMPARE(timeline->indexOfChild(gather), 1);
    QCOMPARE(gather->parent(), timeline);
    QCOMPARE(timeline->child(1), gather); // the same interface each time
    const QString summary = timeline->text(QAccessible::Description);
    for (const QString &expected :
         {u"Runs: 2"_s, u"Sequential · 5.00 s: lanes 2, spans "_s,
          u"Gather · 3.00 s: lanes 2, spans "_s, u"best in this mode: 3.00 s"_s,
          u"Sequential 5.00 s · Gather 3.00 s · 1.67× faster"_s})
        QVERIFY2(summary.contains(expected), qPrintable(summary));
    ck::Translations translations;
    window.setLanguage(ck::Language::Korean);
    translations.install(ck::Language::Korean);
    QTRY_COMPARE(timeline->text(QAccessible::Name), u"타임라인"_s);
    const QString korean = timeline->text(QAccessible::Description);
    for (const QString &expected :
         {u"실행: 2"_s, u"레인 2개, 구간 "_s, u"이 모드의 최선: 3.00초"_s})
        QVERIFY2(korean.contains(expected), qPrintable(korean));
    translations.install(ck::Language::English);
}

// Choose a scenario, a mode, run, stop, step through the replay and reach the exports, with
// the keyboard alone: every control of the journey is in the Tab chain or has a shortcut.
void TstAccessibility::coreJourneyByKeyboardOnly()
{
    MainWindow window;
    window.resize(1920, 1080); // every toolbar control in sight, none in the overflow
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // The Tab chain reaches the scenario picker, the speed and the timeline.
    auto *picker = window.findChild<ck::ScenarioPicker *>();
    QVERIFY(picker);
    const QList<QWidget *> journey{picker, window.findChild<QWidget *>(u"speedBox"_s),
                                   window.timeline()};
    QSet<QWidget *> reached;
    QVERIFY(QApplication::focusWidget());
    for (int i = 0; i < 200 && !reached.contains(QSet<QWidget *>(journey.begin(), journey.end()));
         ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.insert(QApplication::focusWidget());
    }
    for (QWidget *control : journey)
        QVERIFY2(reached.contains(control), control->metaObject()->className());

    // Scenario: the arrow keys in the picker.
    picker->setFocus();
    const QString before = window.scenarioKey();
    QTest::keyClick(picker, Qt::Key_Down);
    QTRY_VERIFY(window.scenarioKey() != before);
    QTest::keyClick(picker, Qt::Key_Up);
    QTRY_COMPARE(window.scenarioKey(), before);

    // Mode: Ctrl+number; the instant clock: Ctrl+I; run: F5.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.mode().name(), u"gather"_s);
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(window.isInstant());
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY(window.controller()->isSettled());
    QVERIFY(!window.controller()->timelineRuns().empty());

    // Stop: Esc ends a live run on the real clock.
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(!window.isInstant());
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY(window.controller()->isRunning());
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_VERIFY(!window.controller()->isRunning());
    QTRY_VERIFY(window.controller()->isSettled());

    // Replay: Ctrl+Home to the start, Ctrl+Right steps one event.
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY(window.controller()->isSettled());
    QTest::keyClick(&window, Qt::Key_Home, Qt::ControlModifier);
    QTRY_VERIFY(window.replay()->isActive());
    QCOMPARE(window.replay()->cursor().position(), std::size_t(0));
    QTest::keyClick(&window, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(window.replay()->cursor().position(), std::size_t(1));

    // Export: each export has a key or a menu entry reached with Alt+F.
    QStringList exports;
    for (QAction *action : window.allActions()) {
        if (action->text().startsWith(u"Export"_s) && action->isEnabled())
            exports << action->text();
    }
    QCOMPARE(exports.size(), 4);
    for (QAction *action : window.allActions()) {
        if (action->text().startsWith(u"Export"_s))
            QVERIFY2(!action->shortcut().isEmpty() || action->text().contains(u'&'),
                     qPrintable(action->text()));
    }
    window.stop();
    QTRY_VERIFY(window.controller()->isSettled());
}

QTEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
