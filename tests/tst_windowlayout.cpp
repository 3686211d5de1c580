// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"

#include "mainwindow.h"
#include "modebar.h"
#include "runcontroller.h"
#include "scenariopicker.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

using ck::MainWindow;

namespace {

const QSize kProjector(1280, 720);

ck::LaunchOptions kitchenCompare(const QString &language)
{
    ck::LaunchOptions options;
    options.scenario = QStringLiteral("kitchen");
    options.mode = QStringLiteral("compare");
    options.language = language;
    return options;
}

QAction *actionWithShortcut(const MainWindow &window, const QKeySequence &keys)
{
    for (QAction *action : window.allActions()) {
        if (action->shortcut() == keys)
            return action;
    }
    return nullptr;
}

} // namespace

// A 1280×720 projector: the window fits, the core controls are on the toolbar (none behind »),
// and the finished kitchen comparison is seen whole, with the key Python line, without
// scrolling.
class TstWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fitsAProjector_data();
    void fitsAProjector();

private:
    std::unique_ptr<QTranslator> m_translator;
};

void TstWindowLayout::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_windowlayout"));
}

void TstWindowLayout::init()
{
    QSettings().clear(); // no stored geometry or dock state: the first start's layout
}

void TstWindowLayout::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TstWindowLayout::fitsAProjector_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Korean") << QStringLiteral("ko");
}

void TstWindowLayout::fitsAProjector()
{
    QFETCH(QString, language);
    if (language == QLatin1String("ko")) {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/corokitchen_ko.qm")));
        QCoreApplication::installTranslator(m_translator.get());
    }
    MainWindow window(kitchenCompare(language));
    window.resize(kProjector);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setInstant(true);
    window.run();
    QTRY_VERIFY(!window.controller()->isRunning());
    QTest::qWait(50); // the layout settles

    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(
        minimum.width() <= kProjector.width() && minimum.height() <= kProjector.height(),
        qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
    QCOMPARE(window.size(), kProjector);
    QVERIFY(window.statusBar()->isVisible());
    QVERIFY(window.statusBar()->geometry().bottom() < window.height());

    // The core journey's controls are on the toolbar, none in its » overflow.
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    auto *overflow = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(overflow);
    QVERIFY(!overflow->isVisible());
    QList<QWidget *> core{window.findChild<ck::ScenarioPicker *>(),
                          window.findChild<ck::ModeBar *>(),
                          window.findChild<QDoubleSpinBox *>(QStringLiteral("speedBox"))};
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_Escape),
                                     QKeySequence(Qt::CTRL | Qt::Key_I)})
        core << toolBar->widgetForAction(actionWithShortcut(window, keys));
    for (QWidget *widget : core) {
        QVERIFY(widget);
        QVERIFY2(widget->isVisible(), widget->metaObject()->className());
        const QRect inBar(widget->mapTo(toolBar, QPoint()), widget->size());
        QVERIFY2(toolBar->rect().contains(inBar), widget->metaObject()->className());
    }

    // The comparison, both runs with their lag rows and the legend, without scrolling; the
    // timeline has most of the width.
    ck::TimelineView *timeline = window.timeline();
    QCOMPARE(timeline->runs().size(), std::size_t(2));
    QCOMPARE(timeline->verticalScrollBar()->maximum(), 0);
    QVERIFY2(timeline->width() >= window.width() * 6 / 10,
             qPrintable(QString::number(timeline->width())));

    // The key line (`= await asyncio.gather(...)`) is not cut: the code wraps in its dock.
    auto *python = window.findChild<QPlainTextEdit *>(QStringLiteral("pythonCode"));
    QVERIFY(python);
    QVERIFY(python->isVisible());
    QVERIFY(python->toPlainText().contains(QStringLiteral("await asyncio.gather(")));
    QCOMPARE(python->horizontalScrollBar()->maximum(), 0);

    window.stop();
    QTRY_VERIFY(window.controller()->isSettled());
}

QTEST_MAIN(TstWindowLayout)
#include "tst_windowlayout.moc"
