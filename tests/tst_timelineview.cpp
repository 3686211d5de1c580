// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "kitchencomparison.h"
#include "run/idealtime.h"
#include "runharness.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelineview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QWheelEvent>

using namespace std::chrono_literals;
using std::chrono::nanoseconds;

namespace {

constexpr int kWidth = 1000;

// Begins a span named `name` in `recorder`: its index.
int beginSpan(ck::Recorder &recorder, int lane, int depth, ck::SpanKind kind, const QString &name)
{
    ck::Span span;
    span.lane = lane;
    span.depth = depth;
    span.kind = kind;
    return recorder.beginSpan(span, name);
}

} // namespace

// The widget over TimelinePainter: zoom, pan, fit, hover, live growth, palettes. The picture
// itself is tested in tst_timelinepainter.
class TstTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void viewZoomPanFit();
    void viewHover();
    void viewStaysFittedWhileLive();
    void viewFollowsADarkPalette();
    void viewScrollsThroughACrowd();

private:
    std::vector<ck::TimelineRun> kitchenRuns() const;
    ck::TimelinePainter kitchenPainter() const;

    std::unique_ptr<cktest::KitchenComparison> m_kitchen;
};

void TstTimelineView::initTestCase()
{
    m_kitchen = std::make_unique<cktest::KitchenComparison>();
}

std::vector<ck::TimelineRun> TstTimelineView::kitchenRuns() const
{
    return m_kitchen->runs();
}

ck::TimelinePainter TstTimelineView::kitchenPainter() const
{
    ck::TimelinePainter painter(kitchenRuns());
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    return painter;
}

void TstTimelineView::viewZoomPanFit()
{
    ck::TimelineView view;
    view.setRuns(kitchenRuns());
    view.resize(kWidth, view.sizeHint().height());
    ck::TimelineView single;
    single.setRuns({kitchenRuns().front()});
    QVERIFY2(view.sizeHint().height() > single.sizeHint().height() + 80, // three more rows
             qPrintable(QString::number(view.sizeHint().height())));
    QCOMPARE(view.minimumSizeHint().height(), view.sizeHint().height()); // no lane cut off
    QCOMPARE(view.verticalScrollBar()->maximum(), 0);
    QVERIFY(view.isFitted());
    const ck::TimeScale fitted = view.timeScale();
    QVERIFY(fitted.x(5.0) <= kWidth);

    const QPointF at(fitted.x(2.0), 100);
    QWheelEvent zoom(at, view.mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                     Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &zoom);
    QVERIFY(!view.isFitted());
    QVERIFY(view.timeScale().pixelsPerSecond() > fitted.pixelsPerSecond() * 1.1);
    QVERIFY(std::abs(view.timeScale().time(at.x()) - 2.0) < 1e-9); // zoomed around the cursor

    const ck::TimeScale zoomed = view.timeScale();
    QWheelEvent pan(at, view.mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                    Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &pan);
    QVERIFY(view.timeScale().start() > zoomed.start());
    QCOMPARE(view.timeScale().pixelsPerSecond(), zoomed.pixelsPerSecond());

    QTest::keyClick(&view, Qt::Key_F);
    QVERIFY(view.isFitted());
    QCOMPARE(view.timeScale(), fitted);
    view.zoomIn();
    QVERIFY(view.timeScale().pixelsPerSecond() > fitted.pixelsPerSecond());
    view.fitToRuns();
    view.zoomOut();
    QVERIFY(view.timeScale().pixelsPerSecond() < fitted.pixelsPerSecond());
}

void TstTimelineView::viewHover()
{
    ck::TimelineView view;
    view.setRuns(kitchenRuns());
    view.resize(kWidth, view.sizeHint().height());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy hovered(&view, &ck::TimelineView::hoveredSpanChanged);
    QVERIFY(hovered.isValid());

    const ck::TimelinePainter painter = kitchenPainter(); // same runs and width: same geometry
    const QRectF row = painter.layout().laneRect(1, 1);
    const QPoint onToast(int(painter.scale().x(1.0)), int(row.center().y()));
    QCOMPARE(view.spanDescriptionAt(onToast),
             QStringLiteral("toastBagel: asyncio.sleep(2) · 0.00–2.00 s · 2.00 s · done"));
    QTest::mouseMove(view.viewport(), onToast);
    QTRY_COMPARE(hovered.count(), 1);
    QCOMPARE(hovered.takeFirst().at(0).toString(),
             QStringLiteral("toastBagel: asyncio.sleep(2) · 0.00–2.00 s · 2.00 s · done"));
    QTest::mouseMove(view.viewport(), QPoint(int(painter.scale().x(2.5)), int(row.center().y())));
    QTRY_COMPARE(hovered.count(), 1);
    QCOMPARE(hovered.takeFirst().at(0).toString(), QString());

    const QImage grabbed = view.grab().toImage();
    if (const QString dir = qEnvironmentVariable("CK_DUMP_DIR"); !dir.isEmpty())
        grabbed.save(dir + QStringLiteral("/view.png"));
    QVERIFY(!grabbed.isNull());
}

void TstTimelineView::viewStaysFittedWhileLive()
{
    auto live = std::make_shared<ck::Recorder>();
    live->addLane(ck::Lane{QStringLiteral("brewCoffee"), -1, 0});
    beginSpan(*live, 0, 0, ck::SpanKind::Task, QStringLiteral("brewCoffee"));
    ck::TimelineView view;
    view.resize(kWidth, 300);
    view.setRuns({{live, QStringLiteral("Gather"), -1ns, 1s}});
    const double early = view.timeScale().pixelsPerSecond();
    view.setRuns({{live, QStringLiteral("Gather"), -1ns, 4s}});
    QVERIFY(view.isFitted());
    QVERIFY(std::abs(view.timeScale().pixelsPerSecond() * 4 - early) < 1e-6 * early);

    view.zoomIn(); // the user takes over: growth no longer rescales
    const ck::TimeScale chosen = view.timeScale();
    view.setRuns({{live, QStringLiteral("Gather"), -1ns, 8s}});
    QCOMPARE(view.timeScale(), chosen);
}

void TstTimelineView::viewFollowsADarkPalette()
{
    ck::TimelineView view;
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    view.setPalette(dark);
    view.setTitle(QStringLiteral("주방: 커피와 베이글"));
    view.setRuns(kitchenRuns());
    view.resize(kWidth, view.sizeHint().height());
    const QImage image = view.grab().toImage();
    if (const QString dir = qEnvironmentVariable("CK_DUMP_DIR"); !dir.isEmpty())
        image.save(dir + QStringLiteral("/view-dark.png"));
    QCOMPARE(image.pixelColor(2, 2), QColor(0x18, 0x18, 0x18));
    QCOMPARE(image.pixelColor(2, image.height() - 2), QColor(0x18, 0x18, 0x18));
    QVERIFY(ck::TimelineStyle::forPalette(dark).isDark);
    QVERIFY(!ck::TimelineStyle::forPalette(QPalette(Qt::white)).isDark);
}

// A crowd's chart is far taller than any window: the view asks for a screenful, scrolls through
// the lanes, and hovers and paints the lanes scrolled into sight.
void TstTimelineView::viewScrollsThroughACrowd()
{
    constexpr int kLanes = 500;
    auto crowd = std::make_shared<ck::Recorder>();
    for (int lane = 0; lane < kLanes; ++lane) {
        crowd->addLane(ck::Lane{QStringLiteral("sleeper_%1").arg(lane + 1), -1, 0});
        const int span = beginSpan(*crowd, lane, 0, ck::SpanKind::Task, QStringLiteral("sleeper"));
        crowd->endSpan(span, 1s, 1s, ck::SpanState::Done);
    }
    const std::vector<ck::TimelineRun> runs{{crowd, QStringLiteral("Gather"), -1ns, 1s}};
    ck::TimelineView view;
    view.setRuns(runs);
    QVERIFY(view.sizeHint().height() <= 900);
    QVERIFY(view.minimumSizeHint().height() <= 320);
    view.resize(kWidth, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ck::TimelinePainter painter(runs);
    painter.setGeometry(QRectF(0, 0, view.viewport()->width(), 0));
    QCOMPARE(view.verticalScrollBar()->maximum(),
             int(std::ceil(painter.layout().height())) - view.viewport()->height());

    // Lane 300 is far below the view; scrolled to, it is under the pointer and painted.
    const QRectF lane = painter.layout().laneRect(0, 300);
    view.verticalScrollBar()->setValue(int(lane.top()) - 100);
    QCOMPARE(view.scrolledDown(), int(lane.top()) - 100);
    const QPoint onLane(int(painter.scale().x(0.5)), 100 + int(lane.height() / 2));
    QVERIFY2(view.spanDescriptionAt(onLane).startsWith(QStringLiteral("sleeper_301")),
             qPrintable(view.spanDescriptionAt(onLane)));
    const QImage shown = view.grab().toImage();
    QVERIFY(shown.pixelColor(onLane) != painter.style().background);
    // The time axis, far below, is pinned to the bottom of the view.
    const int axisX = int(painter.layout().plotLeft()) + 5;
    int axisRows = 0;
    for (int y = view.viewport()->height() - 40; y < view.viewport()->height(); ++y)
        axisRows += shown.pixelColor(axisX, y) == painter.style().axis ? 1 : 0;
    QCOMPARE(axisRows, 1);

    // The wheel scrolls through the lanes and keeps the time axis fitted; Shift+wheel pans.
    const int before = view.scrolledDown();
    QWheelEvent down(onLane, view.mapToGlobal(onLane), QPoint(), QPoint(0, -120), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &down);
    QVERIFY2(view.scrolledDown() > before, qPrintable(QString::number(view.scrolledDown())));
    QVERIFY(view.isFitted());
    QWheelEvent sideways(onLane, view.mapToGlobal(onLane), QPoint(), QPoint(0, -120), Qt::NoButton,
                         Qt::ShiftModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &sideways);
    QVERIFY(!view.isFitted());
    QTest::keyClick(&view, Qt::Key_PageDown);
    QVERIFY(view.scrolledDown() > before + view.viewport()->height() / 2);
}

QTEST_MAIN(TstTimelineView)
#include "tst_timelineview.moc"
