// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "kitchencomparison.h"
#include "run/idealtime.h"
#include "runharness.h"
#include "timeline/barmerger.h"
#include "timeline/timelinebarpainter.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinetext.h"
#include "trace/awaittext.h"
#include "trace/secondstext.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QSet>

using namespace std::chrono_literals;
using std::chrono::nanoseconds;

namespace {

constexpr int kWidth = 1000;

int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

// Begins a span named `name` in `recorder`: its index.
int beginSpan(ck::Recorder &recorder, int lane, int depth, ck::SpanKind kind, const QString &name,
              nanoseconds start = 0ns)
{
    ck::Span span;
    span.lane = lane;
    span.depth = std::int16_t(depth);
    span.kind = kind;
    span.start = start;
    return recorder.beginSpan(span, name);
}

int laneIndex(const ck::Recorder &recorder, const QString &name)
{
    const auto &lanes = recorder.lanes();
    for (int i = 0; i < int(lanes.size()); ++i)
        if (lanes[std::size_t(i)].name == name)
            return i;
    return -1;
}

QImage paint(const ck::TimelinePainter &painter)
{
    QImage image(kWidth, int(std::ceil(painter.layout().height())), QImage::Format_RGB32);
    image.fill(Qt::magenta); // anything the painter leaves out shows
    QPainter p(&image);
    painter.paint(p);
    p.end();
    if (const QString dir = qEnvironmentVariable("CK_DUMP_DIR"); !dir.isEmpty())
        image.save(
            dir + QStringLiteral("/%1.png").arg(QString::fromLatin1(QTest::currentTestFunction())));
    return image;
}

// Why the bar of `lane` in `run` does not cover exactly start..end on the row's centre line,
// or an empty string: colour just inside each end and in the middle, background just outside.
QString checkBar(const QImage &image, const ck::TimelinePainter &painter, int run,
                 const QString &lane, double start, double end)
{
    const ck::Recorder &recorder = *painter.runs()[std::size_t(run)].recorder;
    const QRectF row = painter.layout().laneRect(run, laneIndex(recorder, lane));
    if (row.isEmpty())
        return QStringLiteral("no row for %1").arg(lane);
    const int y = int(row.center().y());
    const QColor background = painter.style().background;
    const ck::TimeScale &scale = painter.scale();
    const auto at = [&](double x) { return image.pixelColor(int(std::floor(x)), y); };
    const struct
    {
        double x;
        bool bar;
        const char *where;
    } probes[] = {{scale.x(start) + 2, true, "just after the start"},
                  {(scale.x(start) + scale.x(end)) / 2, true, "in the middle"},
                  {scale.x(end) - 2, true, "just before the end"},
                  {scale.x(start) - 2, false, "just before the start"},
                  {scale.x(end) + 2, false, "just after the end"}};
    for (const auto &probe : probes) {
        const int d = distance(at(probe.x), background);
        if (probe.bar ? d < 40 : d > 12)
            return QStringLiteral("%1 %2 (x %3): %4")
                .arg(lane, QLatin1String(probe.where))
                .arg(probe.x)
                .arg(at(probe.x).name());
    }
    return {};
}

} // namespace

class TstTimelinePainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void barsSitAtTheirTimes_data();
    void barsSitAtTheirTimes();
    void aMisplacedBarIsCaught();
    void toastBagelEndsAtTwoSeconds();
    void comparisonLine();
    void comparisonText_data();
    void comparisonText();
    void runHeaders();
    void gridLinesStayOutOfRunHeaders();
    void hitTesting_data();
    void hitTesting();
    void blockedAndFailedColours();
    void liveRunShowsNowLine();
    void gatheredLanesSitUnderTheirParent();
    void barsStopAtThePlotEdges();
    void hatchLinesStayInside();
    void objectWaitsLookTheirOwn_data();
    void objectWaitsLookTheirOwn();
    void queueLessonListsObjectWaits();
    void toThreadLooksItsOwn_data();
    void toThreadLooksItsOwn();
    void timeoutsLessonMarksTimedOut();
    void barMergerFoldsSubPixelBars();
    void manyTinySpans();
    void manyLanesPaintOnlyTheExposedRows();
    void densityRowsShowTheShareOfLanesAlive();
    void printableReplacesControlCharacters();
    void koreanText();

private:
    std::vector<ck::TimelineRun> kitchenRuns() const;
    ck::TimelinePainter kitchenPainter() const;

    std::unique_ptr<cktest::KitchenComparison> m_kitchen;
    std::unique_ptr<cktest::VirtualRun> m_sync;
};

void TstTimelinePainter::initTestCase()
{
    m_kitchen = std::make_unique<cktest::KitchenComparison>();
    m_sync = std::make_unique<cktest::VirtualRun>(cktest::builtin(QStringLiteral("kitchen")),
                                                  cktest::mode(QStringLiteral("sync")));
    QCOMPARE(m_kitchen->sequential().total(), 5.0);
    QCOMPARE(m_kitchen->gather().total(), 3.0);
}

std::vector<ck::TimelineRun> TstTimelinePainter::kitchenRuns() const
{
    return m_kitchen->runs();
}

ck::TimelinePainter TstTimelinePainter::kitchenPainter() const
{
    ck::TimelinePainter painter(kitchenRuns());
    painter.setTitle(QStringLiteral("Kitchen: coffee and a bagel"));
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    return painter;
}

void TstTimelinePainter::barsSitAtTheirTimes_data()
{
    QTest::addColumn<int>("run");
    QTest::addColumn<QString>("lane");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");

    QTest::newRow("sequential brewCoffee") << 0 << QStringLiteral("brewCoffee") << 0.0 << 3.0;
    QTest::newRow("sequential toastBagel") << 0 << QStringLiteral("toastBagel") << 3.0 << 5.0;
    QTest::newRow("gather brewCoffee") << 1 << QStringLiteral("brewCoffee") << 0.0 << 3.0;
    QTest::newRow("gather toastBagel") << 1 << QStringLiteral("toastBagel") << 0.0 << 2.0;
}

void TstTimelinePainter::barsSitAtTheirTimes()
{
    QFETCH(int, run);
    QFETCH(QString, lane);
    QFETCH(double, start);
    QFETCH(double, end);

    const ck::TimelinePainter painter = kitchenPainter();
    const QImage image = paint(painter);
    QCOMPARE(image.pixelColor(2, 2), painter.style().background); // nothing left unpainted
    const QString fault = checkBar(image, painter, run, lane, start, end);
    QVERIFY2(fault.isEmpty(), qPrintable(fault));
}

void TstTimelinePainter::aMisplacedBarIsCaught()
{
    // The check above would catch a bar drawn 0.1 s late or early.
    for (const double shift : {-0.1, 0.1}) {
        ck::TimelinePainter painter = kitchenPainter();
        const ck::TimeScale right = painter.scale();
        painter.setScale(right.panned(right.width(shift)));
        const QImage image = paint(painter);
        painter.setScale(right); // check against the true times
        QVERIFY(!checkBar(image, painter, 1, QStringLiteral("toastBagel"), 0, 2).isEmpty());
    }
}

void TstTimelinePainter::toastBagelEndsAtTwoSeconds()
{
    const ck::TimelinePainter painter = kitchenPainter();
    const QImage image = paint(painter);
    const ck::Recorder &gather = *painter.runs()[1].recorder;
    const int y = int(
        painter.layout().laneRect(1, laneIndex(gather, QStringLiteral("toastBagel"))).center().y());
    const QColor background = painter.style().background;
    const ck::TimeScale &scale = painter.scale();
    QVERIFY(distance(image.pixelColor(int(scale.x(0.0)) + 1, y), background) > 40);
    QVERIFY(distance(image.pixelColor(int(scale.x(1.99)), y), background) > 40);
    QCOMPARE(image.pixelColor(int(scale.x(2.2)), y), background);
    // The sequential brewCoffee ends at 3 s.
    const ck::Recorder &sequential = *painter.runs()[0].recorder;
    const int y0 = int(painter.layout()
                           .laneRect(0, laneIndex(sequential, QStringLiteral("brewCoffee")))
                           .center()
                           .y());
    QVERIFY(distance(image.pixelColor(int(scale.x(2.98)), y0), background) > 40);
    QCOMPARE(image.pixelColor(int(scale.x(3.02)) + 1, y0), background);
}

void TstTimelinePainter::comparisonLine()
{
    const ck::TimelinePainter painter = kitchenPainter();
    QCOMPARE(painter.comparisonText(),
             QStringLiteral("Sequential 5.00 s · Gather 3.00 s · 1.67× faster"));
    QVERIFY(!painter.layout().comparisonRect().isEmpty());

    // One run, or a run still going: no comparison.
    auto runs = kitchenRuns();
    runs.pop_back();
    ck::TimelinePainter single(runs);
    single.setGeometry(QRectF(0, 0, kWidth, 0));
    QVERIFY(single.comparisonText().isEmpty());
    QVERIFY(single.layout().comparisonRect().isEmpty());
}

void TstTimelinePainter::comparisonText_data()
{
    QTest::addColumn<qint64>("firstMs");
    QTest::addColumn<qint64>("secondMs");
    QTest::addColumn<QString>("expected");

    QTest::newRow("kitchen") << qint64(5000) << qint64(3000)
                             << QStringLiteral("Sequential 5.00 s · Gather 3.00 s · 1.67× faster");
    QTest::newRow("api calls") << qint64(9000) << qint64(3000)
                               << QStringLiteral(
                                      "Sequential 9.00 s · Gather 3.00 s · 3.00× faster");
    QTest::newRow("slower") << qint64(2000) << qint64(2500)
                            << QStringLiteral("Sequential 2.00 s · Gather 2.50 s · 1.25× slower");
    QTest::newRow("same") << qint64(2000) << qint64(2000)
                          << QStringLiteral("Sequential 2.00 s · Gather 2.00 s · same speed");
    // Issue 13: ties round to even, as Python's f"{1.125:.2f}" prints "1.12".
    QTest::newRow("python rounding")
        << qint64(1125) << qint64(125)
        << QStringLiteral("Sequential 1.12 s · Gather 0.12 s · 9.00× faster");
    QTest::newRow("zero") << qint64(0) << qint64(0)
                          << QStringLiteral("Sequential 0.00 s · Gather 0.00 s · same speed");
}

void TstTimelinePainter::comparisonText()
{
    QFETCH(qint64, firstMs);
    QFETCH(qint64, secondMs);
    QFETCH(QString, expected);
    QCOMPARE(ck::TimelineText::comparison(
                 QStringLiteral("Sequential"), std::chrono::milliseconds(firstMs),
                 QStringLiteral("Gather"), std::chrono::milliseconds(secondMs)),
             expected);
}

void TstTimelinePainter::runHeaders()
{
    ck::RunInfo info;
    QCOMPARE(ck::TimelineText::runHeader(QStringLiteral("Gather"), info),
             QStringLiteral("Gather · running…"));
    info.finished = true;
    info.total = 3s;
    QCOMPARE(ck::TimelineText::runHeader(QStringLiteral("Gather"), info),
             QStringLiteral("Gather · 3.00 s"));
    info.cancelled = true;
    info.total = 1250ms;
    QCOMPARE(ck::TimelineText::runHeader(QStringLiteral("Gather"), info),
             QStringLiteral("Gather · stopped at 1.25 s"));
    QCOMPARE(ck::TimelineText::ideal(5s, false), QStringLiteral("best in this mode: 5.00 s"));
    QCOMPARE(ck::TimelineText::ideal(2s, true),
             QStringLiteral("best in this mode: at least 2.00 s"));
    QCOMPARE(ck::SecondsText::withUnit(0.5, 1), QStringLiteral("0.5 s"));
}

void TstTimelinePainter::gridLinesStayOutOfRunHeaders()
{
    // A run's header row holds its name and the ghost bar's "best in this mode" label: a grid
    // line through it would cut the text (the Korean label's first syllable read as "0|").
    const ck::TimelinePainter painter = kitchenPainter();
    const QImage image = paint(painter);
    for (std::size_t run = 0; run < painter.layout().runs().size(); ++run) {
        const QRectF header = painter.layout().runs()[run].header;
        const int y = int(header.center().y());
        for (const double t : {1.0, 2.0}) {
            const int x = int(std::round(painter.scale().x(t)));
            QCOMPARE(image.pixelColor(x, y).name(), image.pixelColor(x + 3, y).name());
            // The same tick in a lane's row below does show its line.
            const int lane = int(painter.layout().laneRect(int(run), 0).bottom()) - 1;
            QVERIFY(image.pixelColor(x, lane) != image.pixelColor(x + 3, lane));
        }
    }
}

void TstTimelinePainter::hitTesting_data()
{
    QTest::addColumn<int>("run");
    QTest::addColumn<QString>("lane");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<bool>("barEdge"); // the task bar's edge, outside the wait drawn inside it
    QTest::addColumn<QString>("expected");

    QTest::newRow("gather toastBagel wait")
        << 1 << QStringLiteral("toastBagel") << 1.0 << false
        << QStringLiteral("toastBagel: asyncio.sleep(2) · 0.00–2.00 s · 2.00 s · done");
    QTest::newRow("gather toastBagel task")
        << 1 << QStringLiteral("toastBagel") << 1.0 << true
        << QStringLiteral("toastBagel · 0.00–2.00 s · 2.00 s · done");
    QTest::newRow("after toastBagel")
        << 1 << QStringLiteral("toastBagel") << 2.5 << false << QString();
    QTest::newRow("sequential toastBagel")
        << 0 << QStringLiteral("toastBagel") << 4.0 << true
        << QStringLiteral("toastBagel · 3.00–5.00 s · 2.00 s · done");
    QTest::newRow("sequential brewCoffee")
        << 0 << QStringLiteral("brewCoffee") << 2.9 << false
        << QStringLiteral("brewCoffee: asyncio.sleep(3) · 0.00–3.00 s · 3.00 s · done");
    QTest::newRow("before the plot")
        << 0 << QStringLiteral("brewCoffee") << -0.5 << false << QString();
}

void TstTimelinePainter::hitTesting()
{
    QFETCH(int, run);
    QFETCH(QString, lane);
    QFETCH(double, seconds);
    QFETCH(bool, barEdge);
    QFETCH(QString, expected);

    const ck::TimelinePainter painter = kitchenPainter();
    const ck::Recorder &recorder = *painter.runs()[std::size_t(run)].recorder;
    const int laneIdx = laneIndex(recorder, lane);
    const QRectF row = painter.layout().laneRect(run, laneIdx);
    const qreal x = painter.scale().x(seconds);
    const qreal y = barEdge ? painter.layout().barRect(row, 0, 0, 1).top() + 1 : row.center().y();
    const auto hit = painter.spanAt(QPointF(x, y));
    QCOMPARE(hit.has_value(), !expected.isEmpty());
    if (!hit)
        return;
    QCOMPARE(hit->run, run);
    QCOMPARE(recorder.spans()[std::size_t(hit->span)].lane, laneIdx);
    QCOMPARE(painter.describe(*hit), expected);
    // Headers and the legend are not spans.
    QVERIFY(!painter.spanAt(painter.layout().runs()[0].header.center()));
}

void TstTimelinePainter::blockedAndFailedColours()
{
    auto failed = std::make_shared<ck::Recorder>();
    failed->addLane(ck::Lane{QStringLiteral("fetch"), -1, 0});
    const int span = beginSpan(*failed, 0, 0, ck::SpanKind::Task, QStringLiteral("fetch"));
    failed->endSpan(span, 1s, 1s, ck::SpanState::Failed, QStringLiteral("connection refused"));
    failed->finish(1s, 1s, false);

    std::vector<ck::TimelineRun> runs{
        {m_sync->runner->recorder(), QStringLiteral("Sync"), 5s, nanoseconds(-1)},
        {failed, QStringLiteral("Gather"), 1s, nanoseconds(-1)}};
    ck::TimelinePainter painter(runs);
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    const QImage image = paint(painter);
    const ck::TimeScale &scale = painter.scale();
    const QRectF syncRow = painter.layout().laneRect(0, 0);
    QCOMPARE(image.pixelColor(int(scale.x(1.5)), int(syncRow.center().y())),
             painter.style().blocked);
    const QRectF failedRow = painter.layout().laneRect(1, 0);
    QCOMPARE(image.pixelColor(int(scale.x(0.5)), int(failedRow.center().y())),
             painter.style().failed);
    const auto hit = painter.spanAt(QPointF(scale.x(0.5), failedRow.center().y()));
    QVERIFY(hit);
    QCOMPARE(painter.describe(*hit),
             QStringLiteral("fetch · 0.00–1.00 s · 1.00 s · failed · connection refused"));
    QVERIFY(painter.comparisonText().endsWith(QStringLiteral("5.00× faster")));
}

void TstTimelinePainter::liveRunShowsNowLine()
{
    auto live = std::make_shared<ck::Recorder>();
    live->addLane(ck::Lane{QStringLiteral("brewCoffee"), -1, 0});
    beginSpan(*live, 0, 0, ck::SpanKind::Task, QStringLiteral("brewCoffee"));
    beginSpan(*live, 0, 1, ck::SpanKind::Wait, QStringLiteral("asyncio.sleep(3)"));
    std::vector<ck::TimelineRun> runs{{live, QStringLiteral("Gather"), 3s, 1500ms}};
    ck::TimelinePainter painter(runs);
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    QCOMPARE(painter.duration(), 3.0); // the ideal, until now passes it
    const QImage image = paint(painter);
    const ck::TimeScale &scale = painter.scale();
    const QRectF row = painter.layout().laneRect(0, 0);
    const QColor background = painter.style().background;
    const int edge = int(painter.layout().barRect(row, 0, 0, 1).top() + 1);
    QCOMPARE(image.pixelColor(int(scale.x(0.7)), edge), painter.style().running);
    QVERIFY(distance(image.pixelColor(int(scale.x(1.5)), int(row.center().y())),
                     painter.style().now) < 40);
    QCOMPARE(image.pixelColor(int(scale.x(1.5)) + 5, int(row.center().y())), background);
    const auto hit = painter.spanAt(QPointF(scale.x(1.0), row.center().y()));
    QVERIFY(hit);
    QCOMPARE(painter.describe(*hit),
             QStringLiteral("brewCoffee: asyncio.sleep(3) · 0.00–1.50 s · 1.50 s · suspended"));
    QVERIFY(painter.comparisonText().isEmpty());
}

void TstTimelinePainter::gatheredLanesSitUnderTheirParent()
{
    auto scenario = cktest::fromJson(R"({"format":"corokitchen-scenario/1","id":"b","title":"b",
        "routines":[{"name":"boil","steps":[{"wait":2}]},{"name":"grind","steps":[{"block":0.5}]}],
        "tasks":[{"name":"eggs","steps":[{"wait":3}]},
                 {"name":"coffee","steps":[{"gather":["boil","grind"]},{"wait":1}]}]})");
    cktest::VirtualRun run(scenario, cktest::mode(QStringLiteral("gather")));
    ck::TimelinePainter painter({{run.runner->recorder(), QStringLiteral("Gather"), 3s, -1ns}});
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    QStringList order;
    for (int i = 0; i < painter.layout().rowCount(); ++i) {
        const auto row = painter.layout().row(i);
        order << QStringLiteral("%1%2").arg(QString(row.indent, QLatin1Char('>')),
                                            run.recorder().lanes()[std::size_t(row.lane)].name);
    }
    QCOMPARE(order, (QStringList{QStringLiteral("eggs"), QStringLiteral("coffee"),
                                 QStringLiteral(">coffee/boil"), QStringLiteral(">coffee/grind")}));
    const QImage image = paint(painter);
    QCOMPARE(image.pixelColor(int(painter.scale().x(0.47)),
                              int(painter.layout().laneRect(0, 3).center().y())),
             painter.style().blocked);
}

void TstTimelinePainter::barsStopAtThePlotEdges()
{
    ck::TimelinePainter painter = kitchenPainter();
    painter.setScale(ck::TimeScale(1.0, 2000.0)); // 1.0 s .. ~1.4 s: every bar runs off both ends
    const QImage image = paint(painter);
    const QColor background = painter.style().background;
    const int y = int(painter.layout().laneRect(1, 0).center().y());
    QVERIFY(distance(image.pixelColor(int(painter.layout().plotLeft()) + 2, y), background) > 40);
    QVERIFY(distance(image.pixelColor(int(painter.layout().plotRight()) - 2, y), background) > 40);
    QCOMPARE(image.pixelColor(int(painter.layout().plotLeft()) - 3, y), background);
    QCOMPARE(image.pixelColor(int(painter.layout().plotRight()) + 3, y), background);
}

void TstTimelinePainter::hatchLinesStayInside()
{
    const QRectF rect(10.5, 20, 300, 14);
    const auto lines = ck::TimelineBarPainter::hatchLines(rect, 6);
    QVERIFY(lines.size() > 40);
    const QRectF slack = rect.adjusted(-1e-9, -1e-9, 1e-9, 1e-9);
    for (const QLineF &line : lines) {
        QVERIFY(slack.contains(line.p1()));
        QVERIFY(slack.contains(line.p2()));
    }
    QVERIFY(ck::TimelineBarPainter::hatchLines(QRectF(), 6).isEmpty());
}

void TstTimelinePainter::objectWaitsLookTheirOwn_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// A wait on a queue, lock or event is drawn in its own fill, crossed both ways, and the legend
// names it; a timer's wait keeps the plain "/" look. Light and dark alike.
void TstTimelinePainter::objectWaitsLookTheirOwn()
{
    QFETCH(bool, dark);
    auto recorder = std::make_shared<ck::Recorder>();
    recorder->addLane(ck::Lane{QStringLiteral("sleeper"), -1, 0});
    recorder->addLane(ck::Lane{QStringLiteral("worker"), -1, 1});
    const std::pair<ck::SpanKind, QString> waits[] = {
        {ck::SpanKind::Wait, QStringLiteral("asyncio.sleep(2)")},
        {ck::SpanKind::ObjectWait, QStringLiteral("orders.get()")}};
    for (int lane = 0; lane < 2; ++lane) {
        const int task = beginSpan(*recorder, lane, 0, ck::SpanKind::Task, {});
        const auto &[kind, name] = waits[lane];
        const int wait = beginSpan(*recorder, lane, 1, kind, name);
        recorder->endSpan(wait, 2s, 2s, ck::SpanState::Done, {});
        recorder->endSpan(task, 2s, 2s, ck::SpanState::Done, {});
    }
    recorder->finish(2s, 2s, false);
    QVERIFY(recorder->hasObjectWaits());
    ck::TimelinePainter painter({{recorder, QStringLiteral("Gather"), 2s, -1ns}},
                                dark ? ck::TimelineStyle::dark() : ck::TimelineStyle::light());
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    const ck::TimelineStyle &style = painter.style();
    QVERIFY(distance(style.objectWaitFill, style.suspendedFill) > 50);
    QVERIFY(distance(style.objectWaitFill, style.background) > 40);
    QVERIFY(distance(style.objectWaitLine, style.objectWaitFill) > 120);
    const QImage image = paint(painter);
    // The colours along the middle of each wait, left of its label.
    const auto coloursOf = [&](int lane) {
        const QRectF bar = painter.layout().barRect(painter.layout().laneRect(0, lane), 1,
                                                    painter.scale().x(1.2), painter.scale().x(1.9));
        QSet<QRgb> colours;
        for (int x = int(bar.left()); x < int(bar.right()); ++x)
            colours.insert(image.pixel(x, int(bar.center().y())));
        return colours;
    };
    const QSet<QRgb> timer = coloursOf(0);
    const QSet<QRgb> object = coloursOf(1);
    QVERIFY(timer.contains(style.suspendedFill.rgb()));
    QVERIFY(!timer.contains(style.objectWaitFill.rgb()));
    QVERIFY(object.contains(style.objectWaitFill.rgb()));
    QVERIFY(!object.contains(style.suspendedFill.rgb()));
    // Crossed both ways: as many "\" lines as "/" ones, inside the rect.
    const QRectF hatch(10.5, 20, 300, 14);
    const auto back = ck::TimelineBarPainter::backHatchLines(hatch, 6);
    QCOMPARE(back.size(), ck::TimelineBarPainter::hatchLines(hatch, 6).size());
    for (const QLineF &line : back) {
        QVERIFY(hatch.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(line.p1()));
        QVERIFY(hatch.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(line.p2()));
        QVERIFY((line.x2() - line.x1()) * (line.y2() - line.y1()) > 0); // "\", not "/"
    }
    // The legend names it, right after the plain suspension, with its own swatch.
    std::vector<ck::TimelineText::Item> items;
    for (const auto &entry : painter.layout().legend())
        items.push_back(entry.item);
    const auto objectEntry =
        std::find(items.begin(), items.end(), ck::TimelineText::Item::ObjectWait);
    QVERIFY(objectEntry != items.end());
    QCOMPARE(*std::prev(objectEntry), ck::TimelineText::Item::Suspended);
    const auto &entry = painter.layout().legend()[std::size_t(objectEntry - items.begin())];
    QCOMPARE(entry.text, QStringLiteral("waiting on a queue, lock, event or semaphore"));
    QSet<QRgb> swatch;
    const QRect inside = entry.swatch.toAlignedRect().adjusted(1, 1, -1, -1);
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            swatch.insert(image.pixel(x, y));
    QVERIFY(swatch.contains(style.objectWaitFill.rgb()));
    QVERIFY(!swatch.contains(style.suspendedFill.rgb()));
    const auto hit = painter.spanAt(
        QPointF(painter.scale().x(1.0), painter.layout().laneRect(0, 1).center().y()));
    QVERIFY(hit);
    QCOMPARE(painter.describe(*hit),
             QStringLiteral("worker: orders.get() · 0.00–2.00 s · 2.00 s · done"));
}

// The queue lesson records its workers' gets as object waits and draws them so (here on a dark
// ground); the kitchen, which waits on no object, keeps the legend without that entry.
void TstTimelinePainter::queueLessonListsObjectWaits()
{
    cktest::VirtualRun queue(cktest::builtin(QStringLiteral("queue")),
                             cktest::mode(QStringLiteral("create-task")));
    // Its longest wait on orders.get(), drawn on a dark ground.
    const ck::Span *get = nullptr;
    for (const ck::Span &span : queue.recorder().spans()) {
        if (span.kind == ck::SpanKind::ObjectWait &&
            ck::AwaitText::ofSpan(queue.recorder(), span).endsWith(QStringLiteral(".get()")) &&
            (!get || span.duration() > get->duration()))
            get = &span;
    }
    QVERIFY(get);
    const auto legendOf = [](const ck::TimelinePainter &painter) {
        std::vector<ck::TimelineText::Item> items;
        for (const auto &entry : painter.layout().legend())
            items.push_back(entry.item);
        return items;
    };
    ck::TimelinePainter painter({{queue.runner->recorder(), QStringLiteral("Create task"),
                                  nanoseconds(-1), nanoseconds(-1)}},
                                ck::TimelineStyle::dark());
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    const QImage image = paint(painter);
    const QRectF bar =
        painter.layout().barRect(painter.layout().laneRect(0, get->lane), get->depth,
                                 painter.scale().x(get->start), painter.scale().x(get->end));
    QVERIFY2(bar.width() > 20, qPrintable(QString::number(bar.width())));
    // A quarter down: the workers' last get() is cancelled at the end, and struck through along
    // its middle.
    QSet<QRgb> colours;
    for (int x = int(bar.right()) - 12; x < int(bar.right()) - 2; ++x)
        colours.insert(image.pixel(x, int(bar.top() + bar.height() / 4)));
    QVERIFY(colours.contains(painter.style().objectWaitFill.rgb()));
    const auto withQueue = legendOf(painter);
    QVERIFY(std::count(withQueue.begin(), withQueue.end(), ck::TimelineText::Item::ObjectWait));
    const auto kitchen = legendOf(kitchenPainter());
    QVERIFY(!std::count(kitchen.begin(), kitchen.end(), ck::TimelineText::Item::ObjectWait));
}

void TstTimelinePainter::toThreadLooksItsOwn_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// The to-thread lesson: the worker's call is drawn as running on a worker thread (a pale running
// colour crossed by "|"), not in the blocked colour, and the coroutine awaiting it in the
// suspended fill crossed by "|", not a timer's "/". The legend names both; the kitchen, which
// has no worker, leaves them out. Light and dark alike.
void TstTimelinePainter::toThreadLooksItsOwn()
{
    QFETCH(bool, dark);
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("to-thread")),
                           cktest::mode(QStringLiteral("gather")));
    const ck::Recorder &recorder = run.recorder();
    const ck::Span *call = nullptr;
    const ck::Span *await = nullptr;
    const ck::Span *sleep = nullptr;
    for (const ck::Span &span : recorder.spans()) {
        const bool worker = recorder.lanes()[std::size_t(span.lane)].worker > 0;
        if (span.kind == ck::SpanKind::Block && worker)
            call = &span;
        if (span.kind == ck::SpanKind::Thread)
            await = &span;
        if (span.kind == ck::SpanKind::Wait && span.depth == 1)
            sleep = &span;
    }
    QVERIFY(call && await && sleep);
    ck::TimelinePainter painter(
        {{run.runner->recorder(), QStringLiteral("Gather"), nanoseconds(-1), nanoseconds(-1)}},
        dark ? ck::TimelineStyle::dark() : ck::TimelineStyle::light());
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    const ck::TimelineStyle &style = painter.style();
    QVERIFY(distance(style.workerFill, style.blocked) > 60);
    QVERIFY(distance(style.workerFill, style.running) > 40);
    QVERIFY(distance(style.workerFill, style.background) > 40);
    QVERIFY(distance(style.workerLine, style.workerFill) > 60);
    const QImage image = paint(painter);
    // The colours along a span's middle, off its label, and whether a "|" line runs straight
    // down: the same colour a few pixels up and down.
    const auto coloursOf = [&](const ck::Span &span) {
        const QRectF bar =
            painter.layout().barRect(painter.layout().laneRect(0, span.lane), span.depth,
                                     painter.scale().x(span.start), painter.scale().x(span.end));
        QSet<QRgb> colours;
        for (int x = int(bar.right()) - 24; x < int(bar.right()) - 2; ++x)
            colours.insert(image.pixel(x, int(bar.center().y())));
        return colours;
    };
    const auto hasUprightLine = [&](const ck::Span &span, const QColor &line) {
        const QRectF bar =
            painter.layout().barRect(painter.layout().laneRect(0, span.lane), span.depth,
                                     painter.scale().x(span.start), painter.scale().x(span.end));
        const int y = int(bar.center().y());
        for (int x = int(bar.right()) - 24; x < int(bar.right()) - 2; ++x) {
            if (image.pixel(x, y) == line.rgb() && image.pixel(x, y - 2) == line.rgb() &&
                image.pixel(x, y + 2) == line.rgb())
                return true;
        }
        return false;
    };
    const QSet<QRgb> worker = coloursOf(*call);
    QVERIFY(worker.contains(style.workerFill.rgb()));
    QVERIFY(!worker.contains(style.blocked.rgb()));
    QVERIFY(hasUprightLine(*call, style.workerLine));
    const QSet<QRgb> awaiting = coloursOf(*await);
    QVERIFY(awaiting.contains(style.suspendedFill.rgb()));
    QVERIFY(hasUprightLine(*await, style.suspendedLine));
    QVERIFY(!hasUprightLine(*sleep, style.suspendedLine)); // a timer's wait: "/" lines
    // Upright lines stay inside their rect.
    const QRectF rect(10.5, 20, 300, 14);
    const auto lines = ck::TimelineBarPainter::uprightLines(rect, 6);
    QVERIFY(lines.size() >= 49);
    for (const QLineF &line : lines) {
        QVERIFY(rect.contains(line.p1()) && rect.contains(line.p2()));
        QCOMPARE(line.x1(), line.x2());
    }
    // The legend: the await after the suspensions, the worker's call right after "blocked".
    std::vector<ck::TimelineText::Item> items;
    for (const auto &entry : painter.layout().legend())
        items.push_back(entry.item);
    using Item = ck::TimelineText::Item;
    const auto threadWait = std::find(items.begin(), items.end(), Item::ThreadWait);
    const auto workerCall = std::find(items.begin(), items.end(), Item::WorkerCall);
    QVERIFY(threadWait != items.end() && workerCall != items.end());
    QCOMPARE(*std::next(threadWait), Item::Blocked);
    QCOMPARE(*std::prev(workerCall), Item::Blocked);
    const auto &entry = painter.layout().legend()[std::size_t(workerCall - items.begin())];
    QCOMPARE(entry.text, QStringLiteral("running on a worker thread"));
    QCOMPARE(painter.layout().legend()[std::size_t(threadWait - items.begin())].text,
             QStringLiteral("awaiting a worker thread (to_thread)"));
    QSet<QRgb> swatch;
    const QRect inside = entry.swatch.toAlignedRect().adjusted(1, 1, -1, -1);
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            swatch.insert(image.pixel(x, y));
    QVERIFY(swatch.contains(style.workerFill.rgb()));
    QVERIFY(!swatch.contains(style.blocked.rgb()));
    std::vector<Item> kitchen;
    const ck::TimelinePainter kitchenView = kitchenPainter(); // outlives the loop over its legend
    for (const auto &kitchenEntry : kitchenView.layout().legend())
        kitchen.push_back(kitchenEntry.item);
    QVERIFY(!std::count(kitchen.begin(), kitchen.end(), Item::ThreadWait));
    QVERIFY(!std::count(kitchen.begin(), kitchen.end(), Item::WorkerCall));
}

// The timeouts lesson: slow_page's wait_for and what report_page's asyncio.timeout(2) cancelled
// (its call of slow_api and that call's sleep) end timed out, quick_page's wait_for done, the
// slow_api that wait_for cancelled in its own task stays cancelled. A timed-out span carries a
// band in the text colour at its end; the legend says "timed out", the kitchen's does not.
void TstTimelinePainter::timeoutsLessonMarksTimedOut()
{
    cktest::VirtualRun run(cktest::builtin(QStringLiteral("timeouts")),
                           cktest::mode(QStringLiteral("create-task")));
    const ck::Recorder &recorder = run.recorder();
    const auto laneNamed = [&](const QString &name) {
        for (std::size_t lane = 0; lane < recorder.lanes().size(); ++lane) {
            if (recorder.lanes()[lane].name == name)
                return int(lane);
        }
        return -1;
    };
    const auto spansOf = [&](const QString &lane, ck::SpanKind kind) {
        std::vector<const ck::Span *> found;
        for (const ck::Span &span : recorder.spans()) {
            if (span.lane == laneNamed(lane) && span.kind == kind)
                found.push_back(&span);
        }
        return found;
    };
    using ck::SpanKind;
    using ck::SpanState;
    const auto slowWait = spansOf(QStringLiteral("slow_page"), SpanKind::Wait);
    QCOMPARE(slowWait.size(), std::size_t(1));
    QCOMPARE(slowWait[0]->state, SpanState::TimedOut);
    QCOMPARE(slowWait[0]->end, nanoseconds(3s));
    QCOMPARE(spansOf(QStringLiteral("quick_page"), SpanKind::Wait).at(0)->state, SpanState::Done);
    const auto reportCall = spansOf(QStringLiteral("report_page"), SpanKind::Routine);
    QCOMPARE(reportCall.size(), std::size_t(1));
    QCOMPARE(reportCall[0]->state, SpanState::TimedOut);
    QCOMPARE(spansOf(QStringLiteral("report_page"), SpanKind::Wait).at(0)->state,
             SpanState::TimedOut);
    QCOMPARE(spansOf(QStringLiteral("report_page"), SpanKind::Task).at(0)->state, SpanState::Done);
    QCOMPARE(spansOf(QStringLiteral("slow_page/slow_api"), SpanKind::Routine).at(0)->state,
             SpanState::Cancelled);
    QCOMPARE(spansOf(QStringLiteral("slow_page"), SpanKind::Task).at(0)->state, SpanState::Failed);

    ck::TimelinePainter painter(
        {{run.runner->recorder(), QStringLiteral("Create task"), nanoseconds(-1), nanoseconds(-1)}},
        ck::TimelineStyle::dark());
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    const ck::TimelineStyle &style = painter.style();
    const QImage image = paint(painter);
    const auto endOf = [&](const ck::Span &span) {
        const QRectF bar =
            painter.layout().barRect(painter.layout().laneRect(0, span.lane), span.depth,
                                     painter.scale().x(span.start), painter.scale().x(span.end));
        return image.pixel(int(bar.right()) - 2, int(bar.center().y()));
    };
    QCOMPARE(endOf(*slowWait[0]), style.text.rgb());
    QCOMPARE(endOf(*reportCall[0]), style.text.rgb());
    QVERIFY(endOf(*spansOf(QStringLiteral("quick_page"), SpanKind::Wait).at(0)) !=
            style.text.rgb());
    std::vector<ck::TimelineText::Item> items;
    for (const auto &entry : painter.layout().legend())
        items.push_back(entry.item);
    const auto timedOut = std::find(items.begin(), items.end(), ck::TimelineText::Item::TimedOut);
    QVERIFY(timedOut != items.end());
    const auto &entry = painter.layout().legend()[std::size_t(timedOut - items.begin())];
    QCOMPARE(entry.text, QStringLiteral("timed out"));
    const QRect swatch = entry.swatch.toAlignedRect();
    QCOMPARE(image.pixel(swatch.right() - 1, swatch.center().y()), style.text.rgb());
    QCOMPARE(image.pixel(swatch.left() + 2, swatch.center().y()), style.cancelled.rgb());
    std::vector<ck::TimelineText::Item> kitchen;
    const ck::TimelinePainter kitchenView = kitchenPainter(); // outlives the loop over its legend
    for (const auto &kitchenEntry : kitchenView.layout().legend())
        kitchen.push_back(kitchenEntry.item);
    QVERIFY(!std::count(kitchen.begin(), kitchen.end(), ck::TimelineText::Item::TimedOut));
}

void TstTimelinePainter::barMergerFoldsSubPixelBars()
{
    // 100k bars a hundredth of a pixel each over 1000 columns, the look changing every column.
    ck::BarMerger merger;
    std::vector<ck::BarMerger::Bar> bars;
    for (int i = 0; i < 100000; ++i) {
        const double x = 100 + i * 0.01 + (i % 7) * 0.001;
        if (const auto bar = merger.add(x, x + 0.005, (i / 100) % 2, i))
            bars.push_back(*bar);
    }
    if (const auto bar = merger.take())
        bars.push_back(*bar);
    QVERIFY2(bars.size() <= 1000, qPrintable(QString::number(bars.size())));
    // At most one bar per pixel column, in the look of the first span that reached it.
    for (std::size_t i = 1; i < bars.size(); ++i)
        QVERIFY(bars[i - 1].x1 <= bars[i].x0);
    QCOMPARE(bars.front(), (ck::BarMerger::Bar{100, 101, 0, 0}));
    QCOMPARE(bars[1], (ck::BarMerger::Bar{101, 102, 1, 100}));

    // Bars a pixel or wider are kept as they are.
    ck::BarMerger wide;
    QVERIFY(!wide.add(0, 10, 1, 0));
    QCOMPARE(wide.add(10, 20, 2, 1), (ck::BarMerger::Bar{0, 10, 1, 0}));
    QVERIFY(!wide.add(19.2, 19.4, 3, 2)); // its column already shows the second bar
    QCOMPARE(wide.add(20.2, 20.4, 3, 3), (ck::BarMerger::Bar{10, 20, 2, 1}));
    QVERIFY(!wide.add(21.5, 21.6, 3, 4)); // the next column in the same look joins it
    QCOMPARE(wide.take(), (ck::BarMerger::Bar{20, 22, 3, 3}));
    QVERIFY(!wide.take());
}

void TstTimelinePainter::manyTinySpans()
{
    auto recorder = std::make_shared<ck::Recorder>();
    recorder->addLane(ck::Lane{QStringLiteral("busy"), -1, 0});
    constexpr int kSpans = 100000;
    const nanoseconds tick = 100us;
    const int task = beginSpan(*recorder, 0, 0, ck::SpanKind::Task, QStringLiteral("busy"));
    for (int i = 0; i < kSpans; ++i) {
        const auto kind = i % 2 ? ck::SpanKind::Wait : ck::SpanKind::Block;
        const int span = beginSpan(*recorder, 0, 1, kind, QString(), i * tick);
        recorder->endSpan(span, (i + 1) * tick, (i + 1) * tick, ck::SpanState::Done);
    }
    recorder->endSpan(task, kSpans * tick, kSpans * tick, ck::SpanState::Done);
    recorder->finish(kSpans * tick, kSpans * tick, false);

    QElapsedTimer timer;
    timer.start();
    ck::TimelinePainter painter({{recorder, QStringLiteral("Gather"), -1ns, -1ns}});
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    const QImage image = paint(painter);
    qInfo("100k spans painted in %lld ms", qint64(timer.elapsed()));
    const int y = int(painter.layout().laneRect(0, 0).center().y());
    QVERIFY(distance(image.pixelColor(int(painter.scale().x(5.0)), y), painter.style().background) >
            40);
    // Zoomed in on a few of them, each 100 µs span is 10 px wide: blocking and waiting bars
    // alternate one by one, not merged into one colour.
    painter.setScale(ck::TimeScale(5.0, 1e5));
    const QImage zoomed = paint(painter);
    const ck::TimeScale &scale = painter.scale();
    for (int i = 0; i < 8; ++i) {
        const double middle = 5.0 + (i + 0.5) * 1e-4;
        const QColor here = zoomed.pixelColor(int(scale.x(middle)), y);
        const QColor next = zoomed.pixelColor(int(scale.x(middle + 1e-4)), y);
        QVERIFY2(
            distance(here, next) > 40,
            qPrintable(QStringLiteral("span %1: %2 then %3").arg(i).arg(here.name(), next.name())));
    }
}

void TstTimelinePainter::manyLanesPaintOnlyTheExposedRows()
{
    // A crowd's worth of lanes: the name column is measured from the longest names only, rows
    // are found by arithmetic, and a band of the chart paints only the rows that cross it.
    auto recorder = std::make_shared<ck::Recorder>();
    constexpr int kLanes = 20000;
    recorder->reserve(kLanes, 2 * kLanes);
    for (int lane = 0; lane < kLanes; ++lane) {
        // One name much longer than the rest, far down the list.
        const QString name = lane == 15000 ? QStringLiteral("a_rather_long_task_name_%1").arg(lane)
                                           : QStringLiteral("t%1").arg(lane);
        recorder->addLane(ck::Lane{name, -1, lane});
        const int task = beginSpan(*recorder, lane, 0, ck::SpanKind::Task, name);
        const int wait =
            beginSpan(*recorder, lane, 1, ck::SpanKind::Wait, QStringLiteral("asyncio.sleep(1)"));
        recorder->endSpan(wait, 1s + lane * 100us, 1s, ck::SpanState::Done);
        recorder->endSpan(task, 1s + lane * 100us, 1s, ck::SpanState::Done);
    }
    recorder->finish(3s, 3s, false);
    ck::TimelinePainter painter({{recorder, QStringLiteral("Gather"), -1ns, -1ns}});
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    const ck::TimelineLayout &layout = painter.layout();
    QCOMPARE(layout.rowCount(), kLanes);
    QCOMPARE(painter.duration(), 3.0);
    const qreal longName = QFontMetricsF(painter.style().font)
                               .horizontalAdvance(QStringLiteral("a_rather_long_task_name_15000"));
    QVERIFY(layout.nameRight() - layout.nameLeft() >= std::min(longName, kWidth * 0.35 - 1));
    // Rows by position.
    const QRectF row7 = layout.laneRect(0, 7);
    QCOMPARE(layout.row(7).rect, row7);
    QCOMPARE(layout.rowAt(row7.center()), 7);
    QCOMPARE(layout.rowsBetween(row7.top() + 1, row7.bottom() - 1), std::make_pair(7, 8));
    QCOMPARE(layout.rowsBetween(row7.top(), layout.laneRect(0, 9).bottom()), std::make_pair(7, 10));
    QCOMPARE(layout.rowsBetween(-100, 0), std::make_pair(0, 0));
    QCOMPARE(layout.rowsBetween(layout.height() + 1, layout.height() + 100), std::make_pair(0, 0));
    QCOMPARE(layout.rowAt(QPointF(row7.center().x(), layout.height() + 5)), -1);
    // A viewport 300 rows down: its rows are painted, the rows just above it are not.
    const qreal top = layout.laneRect(0, 300).top();
    const QRectF exposed(0, top, kWidth, 20 * layout.rowHeight());
    QImage image(kWidth, int(exposed.height()), QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QPainter p(&image);
    p.translate(0, -top);
    painter.paint(p, exposed);
    p.end();
    const int x = int(painter.scale().x(0.55)); // between grid lines
    const auto yIn = [&](int lane) { return int(layout.laneRect(0, lane).center().y() - top); };
    const QColor inside = image.pixelColor(x, yIn(305));
    QVERIFY(distance(inside, painter.style().background) > 10);
    QVERIFY(distance(inside, Qt::magenta) > 100);
    QImage above(kWidth, int(layout.rowHeight()), QImage::Format_RGB32);
    above.fill(Qt::magenta);
    QPainter q(&above);
    q.translate(0, -layout.laneRect(0, 299).top());
    painter.paint(q, exposed); // row 299 is outside the band: its bar is not painted
    q.end();
    QCOMPARE(above.pixelColor(x, int(layout.rowHeight() / 2)).rgb(),
             painter.style().background.rgb());
    // Hovering finds the span through its lane.
    const auto hit =
        painter.spanAt(QPointF(painter.scale().x(0.2), layout.laneRect(0, 12345).center().y()));
    QVERIFY(hit);
    QCOMPARE(recorder->spans()[std::size_t(hit->span)].lane, 12345);
}

void TstTimelinePainter::koreanText()
{
    auto recorder = std::make_shared<ck::Recorder>();
    recorder->addLane(ck::Lane{QStringLiteral("커피 내리기"), -1, 0});
    const int span = beginSpan(*recorder, 0, 0, ck::SpanKind::Task, QStringLiteral("커피 내리기"));
    recorder->endSpan(span, 3s, 3s, ck::SpanState::Done);
    recorder->finish(3s, 3s, false);
    ck::TimelinePainter painter({{recorder, QStringLiteral("동시 실행"), 3s, -1ns}});
    painter.setTitle(QStringLiteral("주방: 커피와 베이글"));
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    const QImage image = paint(painter);
    // Some ink in the title and in the name column (the glyphs, not an empty box).
    const QRect title = painter.layout().titleRect().toRect();
    int ink = 0;
    for (int x = title.left(); x < title.left() + 200; ++x)
        for (int y = title.top(); y <= title.bottom(); ++y)
            ink += distance(image.pixelColor(x, y), painter.style().background) > 200;
    QVERIFY2(ink > 150, qPrintable(QString::number(ink)));
}

void TstTimelinePainter::densityRowsShowTheShareOfLanesAlive()
{
    // Eight lanes, four a row: in the first row all four run for 1 s; in the second, two run
    // for 1 s and two for 2 s, suspended at an await all along.
    auto recorder = std::make_shared<ck::Recorder>();
    for (int lane = 0; lane < 8; ++lane) {
        recorder->addLane(ck::Lane{QStringLiteral("t%1").arg(lane), -1, 0});
        const nanoseconds end = lane >= 6 ? 2s : 1s;
        const int task = beginSpan(*recorder, lane, 0, ck::SpanKind::Task, {});
        if (lane >= 4) {
            const int wait = beginSpan(*recorder, lane, 1, ck::SpanKind::Wait, {});
            recorder->endSpan(wait, end, end, ck::SpanState::Done);
        }
        recorder->endSpan(task, end, end, ck::SpanState::Done);
    }
    recorder->finish(2s, 2s, false);
    ck::TimelinePainter painter({{recorder, QStringLiteral("Gather"), -1ns, -1ns}});
    painter.setLanesPerRow(4);
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    const ck::TimelineLayout &layout = painter.layout();
    QCOMPARE(layout.rowCount(), 2);
    QCOMPARE(layout.row(1).laneCount, 4);
    QCOMPARE(layout.row(1).slot, 4);
    QCOMPARE(layout.laneRect(0, 5), layout.row(1).rect);
    QVERIFY(!painter.spanAt(layout.row(0).rect.center()).has_value());

    const QImage image = paint(painter);
    const ck::TimelineStyle &style = painter.style();
    const ck::TimeScale &scale = painter.scale();
    // How many pixels of a column inside the row's bar area are in `colour`.
    const auto pixelsIn = [&](int row, double seconds, const QColor &colour) {
        const QRectF bar = layout.barRect(layout.row(row).rect, 0, 0, 0);
        const int x = int(scale.x(seconds));
        int count = 0;
        for (int y = int(std::floor(bar.top())); y < int(std::ceil(bar.bottom())); ++y)
            count += distance(image.pixelColor(x, y), colour) < 12 ? 1 : 0;
        return count;
    };
    // Bars edges may fall between pixels: a pixel either way.
    const auto near = [](int got, double expected) { return std::abs(got - expected) <= 1.0; };
    const double full = layout.barRect(layout.row(0).rect, 0, 0, 0).height();
    QVERIFY(near(pixelsIn(0, 0.5, style.done), full));
    QCOMPARE(pixelsIn(0, 1.5, style.done), 0);
    QVERIFY(near(pixelsIn(1, 0.5, style.suspendedFill), full)); // all four wait
    QVERIFY(near(pixelsIn(1, 1.5, style.suspendedFill), full / 2));
    QCOMPARE(pixelsIn(1, 1.5, style.done), 0);
    QVERIFY(QString(ck::TimelineText::laneGroup(recorder->lanes()[4], recorder->lanes()[7], 4))
                .startsWith(QStringLiteral("t4 … t7")));
}

void TstTimelinePainter::printableReplacesControlCharacters()
{
    QCOMPARE(ck::TimelineText::printable(QStringLiteral("plain 주방")),
             QStringLiteral("plain 주방"));
    QCOMPARE(ck::TimelineText::printable(QString::fromUtf8("a\x01"
                                                           "b\x1b[0m\tc\x7f")),
             QStringLiteral("a\\x01b\\x1b[0m\\x09c\\x7f"));
    QCOMPARE(ck::TimelineText::printable(QString(QChar(0)) + QChar(0xfffe) + QChar(0xffff)),
             QString::fromUtf8("\\x00��"));
}

QTEST_MAIN(TstTimelinePainter)
#include "tst_timelinepainter.moc"
