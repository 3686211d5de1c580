// Issue 14's "caught" look, the view's side: a span ended by a raised exception that an except
// clause caught is drawn in a pale failed colour with a "]" hook in the handled colour across
// its end (light and dark), the legend says "raised, caught" only when a run has one, the hover
// says what was raised and which clause caught it (English and Korean), and the exports write
// the state "caught" with the clause. Also: a worker thread's running call hovers as such, and a
// nested timed-out span's band is as wide as on its lane's outer bar.

// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "exportjson.h"
#include "runharness.h"
#include "timeline/timelinebarpainter.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinetext.h"
#include "trace/chrometraceexport.h"
#include "trace/csvexport.h"
#include "trace/runjsonexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ck::SpanKind;
using ck::SpanState;
using std::chrono::nanoseconds;

namespace {

constexpr int kWidth = 1000;

int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

int laneNamed(const ck::Recorder &recorder, const QString &name)
{
    for (std::size_t lane = 0; lane < recorder.lanes().size(); ++lane) {
        if (recorder.lanes()[lane].name == name)
            return int(lane);
    }
    return -1;
}

// The index of the span of `lane` called `name` (its AwaitText), or -1.
int spanNamed(const ck::Recorder &recorder, const QString &lane, const QString &name)
{
    const int index = laneNamed(recorder, lane);
    for (int span = index < 0 ? -1 : recorder.firstSpanOf(index); span >= 0;
         span = recorder.nextSpanOf(span)) {
        if (ck::AwaitText::ofSpan(recorder, recorder.spans()[std::size_t(span)]) == name)
            return span;
    }
    return -1;
}

std::vector<ck::TimelineText::Item> legendOf(const ck::TimelinePainter &painter)
{
    std::vector<ck::TimelineText::Item> items;
    for (const auto &entry : painter.layout().legend())
        items.push_back(entry.item);
    return items;
}

QImage paint(const ck::TimelinePainter &painter)
{
    QImage image(kWidth, int(std::ceil(painter.layout().height())), QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QPainter p(&image);
    painter.paint(p);
    p.end();
    if (const QString dir = qEnvironmentVariable("CK_DUMP_DIR"); !dir.isEmpty()) // to look at
        image.save(dir + u"/%1-%2.png"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
                                             QString::fromLatin1(QTest::currentDataTag())));
    return image;
}

// The bar of span `index` as the painter lays it out.
QRectF barOf(const ck::TimelinePainter &painter, const ck::Recorder &recorder, int index)
{
    const ck::Span &span = recorder.spans()[std::size_t(index)];
    return painter.layout().barRect(painter.layout().laneRect(0, span.lane), span.depth,
                                    painter.scale().x(span.start), painter.scale().x(span.end));
}

// How many pixels of `color` run leftwards from the right end of `bar`, on row `y`.
int runAtEnd(const QImage &image, const QRectF &bar, int y, QRgb color)
{
    int count = 0;
    for (int x = int(std::ceil(bar.right())) - 1; x > int(bar.left()); --x) {
        if (image.pixel(x, y) == color)
            ++count;
        else if (count > 0)
            break;
    }
    return count;
}

} // namespace

class TstCaughtLook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void caughtHasItsOwnLook_data();
    void caughtHasItsOwnLook();
    void legendOnlyWhenCaught();
    void hoverSaysRaisedAndCaughtBy();
    void exportsWriteCaught();
    void workerCallHoversAsRunningOnAThread();
    void nestedDeadlineBandIsAsWide();

private:
    std::unique_ptr<cktest::VirtualRun> m_tries; // tests/data/oracle/try-except.json, gathered
};

void TstCaughtLook::initTestCase()
{
    m_tries = std::make_unique<cktest::VirtualRun>(
        cktest::scenarioNamed(u"oracle/try-except.json"_s), cktest::mode(u"gather"_s));
}

void TstCaughtLook::caughtHasItsOwnLook_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// guarded's call of flaky (lane "one", two deep) was caught: the hook's stem and arm show in the
// handled colour at its end, its edge in the pale caught fill; rethrows (failed, uncaught) has
// its edge in the failed colour and no hook. The swatch shows both parts. The colours differ
// enough from failed, cancelled, done and the text colour to tell apart.
void TstCaughtLook::caughtHasItsOwnLook()
{
    QFETCH(bool, dark);
    const ck::Recorder &recorder = m_tries->recorder();
    ck::TimelinePainter painter(
        {{m_tries->runner->recorder(), u"Gather"_s, nanoseconds(-1), nanoseconds(-1)}},
        dark ? ck::TimelineStyle::dark() : ck::TimelineStyle::light());
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    const ck::TimelineStyle &style = painter.style();
    QVERIFY(distance(style.caughtFill, style.failed) > 80);
    QVERIFY(distance(style.caughtFill, style.cancelled) > 60);
    QVERIFY(distance(style.handled, style.failed) > 150);
    QVERIFY(distance(style.handled, style.done) > 60);
    QVERIFY(distance(style.handled, style.text) > 150);
    QVERIFY(distance(style.handled, style.caughtFill) > 150);
    const QImage image = paint(painter);

    const int flaky = spanNamed(recorder, u"one"_s, u"flaky"_s);
    QVERIFY(flaky >= 0);
    QCOMPARE(recorder.spans()[std::size_t(flaky)].state, SpanState::Caught);
    const QRectF caught = barOf(painter, recorder, flaky);
    const qreal outer =
        painter.layout()
            .barRect(painter.layout().laneRect(0, 0), 0, caught.left(), caught.right())
            .height();
    const int markWidth = int(ck::TimelineBarPainter::endMarkWidth(outer));
    const int centre = int(caught.center().y());
    QVERIFY2(runAtEnd(image, caught, centre, style.handled.rgb()) >= markWidth - 1,
             "the hook's stem across the end");
    QCOMPARE(image.pixel(int(caught.right()) - markWidth - 1, int(caught.top())),
             style.handled.rgb()); // its top arm reaches back
    QCOMPARE(image.pixel(int(caught.center().x()), int(std::ceil(caught.top()))),
             style.stateColor(SpanState::Caught).rgb()); // a nested routine's edge

    const int rethrows = spanNamed(recorder, u"two/rethrows"_s, u"rethrows"_s);
    QCOMPARE(recorder.spans()[std::size_t(rethrows)].state, SpanState::Failed);
    const QRectF failed = barOf(painter, recorder, rethrows);
    QCOMPARE(runAtEnd(image, failed, int(failed.center().y()), style.handled.rgb()), 0);
    QCOMPARE(runAtEnd(image, failed, int(failed.top()), style.handled.rgb()), 0);
    QCOMPARE(image.pixel(int(failed.right()) - 2, int(failed.top())), style.failed.rgb());

    const auto items = legendOf(painter);
    const auto at = std::find(items.begin(), items.end(), ck::TimelineText::Item::Caught);
    QVERIFY(at != items.end());
    const QRect swatch =
        painter.layout().legend()[std::size_t(at - items.begin())].swatch.toAlignedRect();
    QCOMPARE(image.pixel(swatch.right() - 1, swatch.center().y()), style.handled.rgb());
    QCOMPARE(image.pixel(swatch.left() + 1, swatch.center().y()), style.caughtFill.rgb());
}

// "raised, caught" right after "failed" when a run has a caught span; not for the exceptions
// lesson, whose raises nothing catches.
void TstCaughtLook::legendOnlyWhenCaught()
{
    using Item = ck::TimelineText::Item;
    ck::TimelinePainter painter(
        {{m_tries->runner->recorder(), u"Gather"_s, nanoseconds(-1), nanoseconds(-1)}});
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    const auto items = legendOf(painter);
    const auto failed = std::find(items.begin(), items.end(), Item::Failed);
    QVERIFY(failed != items.end() && failed + 1 != items.end());
    QCOMPARE(*(failed + 1), Item::Caught);
    QCOMPARE(painter.layout().legend()[std::size_t(failed + 1 - items.begin())].text,
             u"raised, caught"_s);

    cktest::VirtualRun uncaught(cktest::builtin(u"exceptions"_s), cktest::mode(u"gather"_s));
    QVERIFY(!uncaught.recorder().anyCaught());
    ck::TimelinePainter plain(
        {{uncaught.runner->recorder(), u"Gather"_s, nanoseconds(-1), nanoseconds(-1)}});
    plain.setGeometry(QRectF(0, 0, kWidth, 0));
    const auto plainItems = legendOf(plain);
    QVERIFY(std::count(plainItems.begin(), plainItems.end(), Item::Failed));
    QVERIFY(!std::count(plainItems.begin(), plainItems.end(), Item::Caught));
}

void TstCaughtLook::hoverSaysRaisedAndCaughtBy()
{
    const ck::Recorder &recorder = m_tries->recorder();
    const int flaky = spanNamed(recorder, u"one"_s, u"flaky"_s);
    const nanoseconds end = recorder.spans()[std::size_t(flaky)].end;
    QCOMPARE(ck::TimelineText::describe(recorder, flaky, end),
             u"one: flaky · 0.00–0.50 s · 0.50 s · raised ConnectionRefusedError: port 80, "
             "caught by except (TypeError, OSError)"_s);
    const int rethrows = spanNamed(recorder, u"two/rethrows"_s, u"rethrows"_s);
    QCOMPARE(
        ck::TimelineText::describe(recorder, rethrows, recorder.spans()[std::size_t(rethrows)].end),
        u"two/rethrows: rethrows · 0.00–1.50 s · 1.50 s · failed · RuntimeError: page lost"_s);
    QCOMPARE(ck::TimelineText::state(recorder.spans()[std::size_t(flaky)]), u"raised, caught"_s);

    QTranslator korean;
    QVERIFY(korean.load(u":/i18n/corokitchen_ko.qm"_s));
    QCoreApplication::installTranslator(&korean);
    const QString hover = ck::TimelineText::describe(recorder, flaky, end);
    const QString item = ck::TimelineText::item(ck::TimelineText::Item::Caught);
    QCoreApplication::removeTranslator(&korean);
    QVERIFY2(hover.contains(u"ConnectionRefusedError: port 80"_s) &&
                 hover.contains(u"except (TypeError, OSError)"_s) && hover.contains(u"잡"_s),
             qPrintable(hover));
    QVERIFY2(item != u"raised, caught"_s && item.contains(u"잡"_s), qPrintable(item));
}

// The state is "caught" in the trace, the CSV and the run JSON; the trace and the run JSON name
// the clause (caught_by); a failed span has none.
void TstCaughtLook::exportsWriteCaught()
{
    const ck::Recorder &recorder = m_tries->recorder();
    QCOMPARE(ck::spanStateName(SpanState::Caught), u"caught"_s);
    const QList<QByteArray> rows = ck::CsvExport::toCsv({&recorder}).split('\n');
    QVERIFY(rows.contains("1,gather,one,routine,flaky,0.000000,0.500000,0.500000,caught\r"));
    QVERIFY(rows.contains(
        "1,gather,two/rethrows,routine,rethrows,0.000000,1.500000,1.500000,failed\r"));

    const QJsonArray events =
        cktest::traceEvents(ck::ChromeTraceExport::toJson({&recorder}, ck::Language::English));
    int caughtEvents = 0;
    for (const QJsonValue &event : events) {
        const QJsonObject args = event.toObject().value(u"args"_s).toObject();
        if (args.value(u"state"_s).toString() != u"caught"_s)
            continue;
        ++caughtEvents;
        QVERIFY(args.contains(u"caught_by"_s));
        if (event.toObject().value(u"name"_s).toString() == u"replaced"_s)
            QCOMPARE(args.value(u"caught_by"_s).toString(), u"except ArithmeticError"_s);
    }
    QCOMPARE(caughtEvents, 3); // flaky in one and in two/guarded, replaced in two

    const QJsonArray spans = cktest::runSpans(ck::RunJsonExport::toJson({&recorder}));
    int caughtSpans = 0;
    for (const QJsonValue &value : spans) {
        const QJsonObject span = value.toObject();
        const bool caught = span.value(u"state"_s).toString() == u"caught"_s;
        caughtSpans += caught;
        QCOMPARE(span.contains(u"caught_by"_s), caught);
        if (caught && span.value(u"name"_s).toString() == u"flaky"_s)
            QCOMPARE(span.value(u"caught_by"_s).toString(), u"except (TypeError, OSError)"_s);
    }
    QCOMPARE(caughtSpans, 3);
}

// Halfway through the to-thread lesson's worker call, its hover says where it runs, not
// "blocked": the worker thread is held, not the event loop.
void TstCaughtLook::workerCallHoversAsRunningOnAThread()
{
    cktest::VirtualRun run(cktest::builtin(u"to-thread"_s), cktest::mode(u"gather"_s));
    const ck::Recorder &recorder = run.recorder();
    int call = -1;
    for (int span = 0; span < int(recorder.spans().size()); ++span) {
        const ck::Span &each = recorder.spans()[std::size_t(span)];
        if (each.kind == SpanKind::Block && recorder.lanes()[std::size_t(each.lane)].worker > 0)
            call = span;
    }
    QVERIFY(call >= 0);
    const ck::Span &whole = recorder.spans()[std::size_t(call)];
    const nanoseconds middle = whole.start + (whole.end - whole.start) / 2;
    const ck::Recorder past = recorder.until(middle, recorder.loopEvents().size());
    int open = -1; // the same span in the past record
    for (int span = 0; span < int(past.spans().size()); ++span) {
        const ck::Span &each = past.spans()[std::size_t(span)];
        if (each.kind == SpanKind::Block && each.lane == whole.lane && each.start == whole.start)
            open = span;
    }
    QVERIFY(open >= 0);
    QCOMPARE(past.spans()[std::size_t(open)].state, SpanState::Running);
    const QString hover = ck::TimelineText::describe(past, open, middle);
    QVERIFY2(hover.endsWith(u" · running on a worker thread (time.sleep)"_s), qPrintable(hover));
    QVERIFY2(!hover.contains(u"blocked"_s), qPrintable(hover));
}

// The timeouts lesson: report_page's call of slow_api and that call's sleep (one and two deep)
// timed out; each band is as wide as the lane's outer bar would have it.
void TstCaughtLook::nestedDeadlineBandIsAsWide()
{
    cktest::VirtualRun run(cktest::builtin(u"timeouts"_s), cktest::mode(u"create-task"_s));
    const ck::Recorder &recorder = run.recorder();
    ck::TimelinePainter painter(
        {{run.runner->recorder(), u"Create task"_s, nanoseconds(-1), nanoseconds(-1)}});
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    const QImage image = paint(painter);
    const int sleep = spanNamed(recorder, u"report_page"_s, u"asyncio.sleep(5)"_s);
    QVERIFY(sleep >= 0);
    const ck::Span &span = recorder.spans()[std::size_t(sleep)];
    QCOMPARE(span.state, SpanState::TimedOut);
    QCOMPARE(int(span.depth), 2);
    const QRectF nested = barOf(painter, recorder, sleep);
    const QRectF outer = painter.layout().barRect(painter.layout().laneRect(0, span.lane), 0,
                                                  nested.left(), nested.right());
    const qreal wide = ck::TimelineBarPainter::endMarkWidth(outer.height());
    QVERIFY(wide > ck::TimelineBarPainter::endMarkWidth(nested.height())); // it would be thinner
    QVERIFY(runAtEnd(image, nested, int(nested.center().y()), painter.style().text.rgb()) >=
            int(wide) - 1);
}

QTEST_MAIN(TstCaughtLook)
#include "tst_caughtlook.moc"
