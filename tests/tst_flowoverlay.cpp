// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "kitchencomparison.h"
#include "panels/summarypanel.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelineview.h"
#include "translations.h"

#include <QPainter>

using namespace std::chrono_literals;

namespace {

constexpr int kWidth = 1000;

int laneIndex(const ck::Recorder &recorder, const QString &name)
{
    for (int i = 0; i < int(recorder.lanes().size()); ++i)
        if (recorder.lanes()[std::size_t(i)].name == name)
            return i;
    return -1;
}

ck::TimelinePainter kitchenChart(const cktest::KitchenComparison &kitchen,
                                 ck::FlowPainter::Shown shown)
{
    ck::TimelinePainter painter(kitchen.runs());
    auto flows = std::make_shared<std::vector<ck::RunFlows>>();
    for (const ck::TimelineRun &run : kitchen.runs())
        flows->push_back(ck::RunFlows::of(*run.recorder));
    painter.setFlows(flows, shown);
    painter.setGeometry(QRectF(0, 0, kWidth, 0));
    return painter;
}

// `suffix` tells the dumped images of one test function apart.
QImage paint(const ck::TimelinePainter &painter, const QString &suffix = {})
{
    QImage image(kWidth, int(std::ceil(painter.layout().height())), QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QPainter p(&image);
    painter.paint(p);
    p.end();
    if (const QString dir = qEnvironmentVariable("CK_DUMP_DIR"); !dir.isEmpty())
        image.save(dir + QStringLiteral("/%1%2.png")
                             .arg(QString::fromLatin1(QTest::currentTestFunction()), suffix));
    return image;
}

// The pixels in `rect` of the chart's text colour (the critical path's frames and arrows).
int textPixels(const QImage &image, const ck::TimelinePainter &painter, const QRectF &rect)
{
    const QColor text = painter.style().text;
    int count = 0;
    for (int y = int(rect.top()); y <= int(rect.bottom()); ++y)
        for (int x = int(rect.left()); x <= int(rect.right()); ++x)
            if (QColor(image.pixel(x, y)) == text)
                ++count;
    return count;
}

// The pixels in `rect` that are not the background.
int inkPixels(const QImage &image, const ck::TimelinePainter &painter, const QRectF &rect)
{
    const QRgb background = painter.style().background.rgb();
    int count = 0;
    for (int y = int(rect.top()); y <= int(rect.bottom()); ++y)
        for (int x = int(rect.left()); x <= int(rect.right()); ++x)
            if ((image.pixel(x, y) & 0xffffff) != (background & 0xffffff))
                ++count;
    return count;
}

// The line just under the bar of a wait (depth 1) of a lane, over its middle: where the
// critical path's frame lies, over the task's bar.
QRectF underWait(const ck::TimelinePainter &painter, int run, const QString &lane, double from,
                 double to)
{
    const ck::Recorder &recorder = *painter.runs()[std::size_t(run)].recorder;
    const QRectF row = painter.layout().laneRect(run, laneIndex(recorder, lane));
    const QRectF bar =
        painter.layout().barRect(row, 1, painter.scale().x(from), painter.scale().x(to));
    return QRectF(bar.left(), bar.bottom() + 1, bar.width(), 1);
}

// Saves what a widget shows beside the dumped charts (CK_DUMP_DIR), to look at.
void dump(QWidget &widget, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("CK_DUMP_DIR"); !dir.isEmpty()) {
        widget.resize(760, 200);
        widget.grab().save(dir + QStringLiteral("/%1.png").arg(name));
    }
}

} // namespace

// View > Flows and View > Critical Path over the kitchen's comparison, and the summary's
// sentence of what set each total.
class TstFlowOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void criticalPathFramesOnlyTheWaitsThatSetTheTotal()
    {
        const cktest::KitchenComparison kitchen;
        const auto shown = kitchenChart(kitchen, {false, true});
        const auto hidden = kitchenChart(kitchen, {false, false});
        const QImage on = paint(shown);
        const QImage off = paint(hidden, QStringLiteral("-hidden"));
        // Sequential (run 0): both waits add up; gather (run 1): coffee's 3 s only.
        for (const auto &[run, lane, from, to, framed] :
             {std::tuple{0, QStringLiteral("brewCoffee"), 0.5, 2.5, true},
              std::tuple{0, QStringLiteral("toastBagel"), 3.5, 4.5, true},
              std::tuple{1, QStringLiteral("brewCoffee"), 0.5, 2.5, true},
              std::tuple{1, QStringLiteral("toastBagel"), 0.5, 1.5, false}}) {
            const QRectF band = underWait(shown, run, lane, from, to);
            QVERIFY2((textPixels(on, shown, band) > band.width()) == framed,
                     qPrintable(QStringLiteral("run %1 %2").arg(run).arg(lane)));
            QCOMPARE(textPixels(off, hidden, band), 0);
        }
        const auto &legend = shown.layout().legend();
        QVERIFY(std::any_of(legend.begin(), legend.end(), [](const auto &entry) {
            return entry.item == ck::TimelineText::Item::CriticalPath;
        }));
    }

    void flowsDrawTheFanIn()
    {
        const cktest::KitchenComparison kitchen;
        const auto shown = kitchenChart(kitchen, {true, false});
        const auto hidden = kitchenChart(kitchen, {false, false});
        // Between toastBagel's end (2 s) and the gather's return (3 s), from its row up to the
        // gather run's header: only the fan-in arrow of toastBagel crosses it.
        const auto &layout = shown.layout();
        const QRectF header = layout.runs()[1].header;
        const QRectF bagel =
            layout.laneRect(1, laneIndex(*shown.runs()[1].recorder, QStringLiteral("toastBagel")));
        const QRectF rows(shown.scale().x(2.2), header.bottom() + 1,
                          shown.scale().x(2.8) - shown.scale().x(2.2),
                          bagel.bottom() - header.bottom() - 1);
        QVERIFY(inkPixels(paint(shown), shown, rows) >
                inkPixels(paint(hidden, QStringLiteral("-hidden")), hidden, rows));
        const auto &legend = layout.legend();
        QVERIFY(std::any_of(legend.begin(), legend.end(), [](const auto &entry) {
            return entry.item == ck::TimelineText::Item::Flow;
        }));
    }

    void viewTogglesTheOverlays()
    {
        const cktest::KitchenComparison kitchen;
        ck::TimelineView view;
        view.resize(kWidth, 600);
        view.setRuns(kitchen.runs());
        QVERIFY(!view.flowsShown().flows && !view.flowsShown().criticalPath);
        view.setFlowsShown({true, true});
        QVERIFY(view.flowsShown().flows && view.flowsShown().criticalPath);
        const QImage image = view.viewport()->grab().toImage();
        QVERIFY(!image.isNull());
    }

    void summarySaysWhatSetEachTotal()
    {
        const cktest::KitchenComparison kitchen;
        ck::SummaryPanel panel;
        panel.setRuns(kitchen.runs());
        dump(panel, QStringLiteral("summary-en"));
        const QString text = panel.text();
        QVERIFY2(text.contains(QStringLiteral(
                     "Sequential: The total is set by brewCoffee's 3 s sleep, then toastBagel's "
                     "2 s sleep: one after the other, they add up.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Gather: The total is set by brewCoffee's 3 s "
                                              "sleep; the other waits overlap it.")),
                 qPrintable(text));
    }

    void summaryInKorean()
    {
        ck::Translations translations;
        translations.install(ck::Language::Korean);
        const cktest::KitchenComparison kitchen;
        ck::SummaryPanel panel;
        panel.setRuns({kitchen.runs()[1]});
        dump(panel, QStringLiteral("summary-ko"));
        const QString text = panel.text();
        translations.install(ck::Language::English);
        QVERIFY2(text.contains(QString::fromUtf8(
                     "총 시간을 정한 것은 brewCoffee의 3초 대기(sleep)입니다. 다른 대기는 "
                     "이와 겹칩니다.")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TstFlowOverlay)
#include "tst_flowoverlay.moc"
