#include <QTest>

#include "timeline/timescale.h"

#include <cmath>
#include <limits>
#include <vector>

using ck::TimeScale;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

bool close(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

class TstTimeScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data();
    void mapping();
    void nanosecondsOverload();
    void zoomKeepsPointFixed_data();
    void zoomKeepsPointFixed();
    void zoomIsClamped_data();
    void zoomIsClamped();
    void pan_data();
    void pan();
    void fit_data();
    void fit();
    void tickStep_data();
    void tickStep();
    void ticks_data();
    void ticks();
    void ticksBetween();
    void decimalsFor_data();
    void decimalsFor();
};

void TstTimeScale::mapping_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("pixelsPerSecond");
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<double>("x");

    QTest::newRow("origin") << 0.0 << 100.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("3 s at 100 px/s") << 0.0 << 100.0 << 0.0 << 3.0 << 300.0;
    QTest::newRow("plot starts at 150") << 0.0 << 100.0 << 150.0 << 2.0 << 350.0;
    QTest::newRow("scrolled to 1 s") << 1.0 << 200.0 << 150.0 << 3.0 << 550.0;
    QTest::newRow("before the visible start") << 2.0 << 50.0 << 10.0 << 0.0 << -90.0;
    QTest::newRow("microseconds") << 0.001 << 1e6 << 0.0 << 0.0015 << 500.0;
    QTest::newRow("a day") << 0.0 << 0.01 << 20.0 << 86400.0 << 884.0;
    QTest::newRow("nanoseconds") << 1.0 << 1e9 << 0.0 << 1.000000004 << 4.0;
}

void TstTimeScale::mapping()
{
    QFETCH(double, start);
    QFETCH(double, pixelsPerSecond);
    QFETCH(double, left);
    QFETCH(double, seconds);
    QFETCH(double, x);

    const TimeScale scale(start, pixelsPerSecond, left);
    QVERIFY2(close(scale.x(seconds), x, 1e-6), qPrintable(QString::number(scale.x(seconds))));
    QVERIFY2(close(scale.time(x), seconds, 1e-9), qPrintable(QString::number(scale.time(x))));
    QVERIFY(close(scale.time(scale.x(seconds)), seconds));
}

void TstTimeScale::nanosecondsOverload()
{
    const TimeScale scale(0.5, 100.0, 10.0);
    QCOMPARE(scale.x(std::chrono::milliseconds(2500)), scale.x(2.5));
    QCOMPARE(scale.x(std::chrono::seconds(3)), 260.0);
    QCOMPARE(scale.end(500.0), 5.5);
    QCOMPARE(scale.width(2.0), 200.0);
}

void TstTimeScale::zoomKeepsPointFixed_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("pixelsPerSecond");
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("factor");

    QTest::newRow("in at the left edge") << 0.0 << 100.0 << 150.0 << 150.0 << 2.0;
    QTest::newRow("in at the middle") << 0.0 << 100.0 << 150.0 << 500.0 << 1.25;
    QTest::newRow("out at the middle") << 0.0 << 100.0 << 150.0 << 500.0 << 0.8;
    QTest::newRow("in at the right edge") << 1.5 << 300.0 << 0.0 << 999.0 << 10.0;
    QTest::newRow("out far") << 2.0 << 300.0 << 0.0 << 10.0 << 0.001;
    QTest::newRow("left of the plot") << 0.0 << 100.0 << 150.0 << 20.0 << 3.0;
    QTest::newRow("one wheel notch") << 0.25 << 180.0 << 160.0 << 612.0 << std::pow(1.0015, 120);
}

void TstTimeScale::zoomKeepsPointFixed()
{
    QFETCH(double, start);
    QFETCH(double, pixelsPerSecond);
    QFETCH(double, left);
    QFETCH(double, x);
    QFETCH(double, factor);

    const TimeScale before(start, pixelsPerSecond, left);
    const TimeScale after = before.zoomedAround(x, factor);
    QVERIFY(close(after.time(x), before.time(x)));
    QVERIFY(close(after.pixelsPerSecond(), pixelsPerSecond * factor));
    QCOMPARE(after.left(), left);
    // And back again.
    const TimeScale back = after.zoomedAround(x, 1 / factor);
    QVERIFY(close(back.pixelsPerSecond(), pixelsPerSecond));
    QVERIFY(close(back.start(), start, 1e-7));
}

void TstTimeScale::zoomIsClamped_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("expected");

    QTest::newRow("too far in") << 1e12 << TimeScale::kMaxPixelsPerSecond;
    QTest::newRow("too far out") << 1e-12 << TimeScale::kMinPixelsPerSecond;
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << 100.0;
    QTest::newRow("zero") << 0.0 << 100.0;
    QTest::newRow("negative") << -2.0 << 100.0;
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << 100.0;
}

void TstTimeScale::zoomIsClamped()
{
    QFETCH(double, factor);
    QFETCH(double, expected);

    const TimeScale before(1.0, 100.0, 50.0);
    const TimeScale after = before.zoomedAround(300.0, factor);
    QCOMPARE(after.pixelsPerSecond(), expected);
    QVERIFY(close(after.time(300.0), before.time(300.0)));
    QCOMPARE(TimeScale(0, 1e15).pixelsPerSecond(), TimeScale::kMaxPixelsPerSecond);
    QCOMPARE(TimeScale(0, 0).pixelsPerSecond(), TimeScale::kMinPixelsPerSecond);
}

void TstTimeScale::pan_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("pixelsPerSecond");
    QTest::addColumn<double>("dx");
    QTest::addColumn<double>("expectedStart");

    QTest::newRow("drag right shows earlier times") << 2.0 << 100.0 << 50.0 << 1.5;
    QTest::newRow("drag left shows later times") << 2.0 << 100.0 << -150.0 << 3.5;
    QTest::newRow("past zero") << 0.0 << 200.0 << 100.0 << -0.5;
    QTest::newRow("no move") << 1.25 << 80.0 << 0.0 << 1.25;
    QTest::newRow("zoomed in far") << 1.0 << 1e9 << -3.0 << 1.000000003;
}

void TstTimeScale::pan()
{
    QFETCH(double, start);
    QFETCH(double, pixelsPerSecond);
    QFETCH(double, dx);
    QFETCH(double, expectedStart);

    const TimeScale before(start, pixelsPerSecond, 120.0);
    const TimeScale after = before.panned(dx);
    QVERIFY(close(after.start(), expectedStart));
    QCOMPARE(after.pixelsPerSecond(), pixelsPerSecond);
    QCOMPARE(after.left(), 120.0);
    // What was under x is now under x + dx.
    QVERIFY(close(after.time(400.0 + dx), before.time(400.0)));
}

void TstTimeScale::fit_data()
{
    QTest::addColumn<double>("duration");
    QTest::addColumn<double>("plotWidth");
    QTest::addColumn<double>("pixelsPerSecond");

    QTest::newRow("kitchen") << 5.0 << 1000.0 << 200.0;
    QTest::newRow("gather") << 3.0 << 900.0 << 300.0;
    QTest::newRow("a millisecond") << 0.001 << 500.0 << 500000.0;
    QTest::newRow("an hour") << 3600.0 << 720.0 << 0.2;
    QTest::newRow("nothing yet shows a second") << 0.0 << 800.0 << 800.0;
    QTest::newRow("negative shows a second") << -1.0 << 800.0 << 800.0;
    QTest::newRow("no width") << 2.0 << 0.0 << 0.5;
    QTest::newRow("beyond the zoom limit") << 1e-12 << 1000.0 << TimeScale::kMaxPixelsPerSecond;
}

void TstTimeScale::fit()
{
    QFETCH(double, duration);
    QFETCH(double, plotWidth);
    QFETCH(double, pixelsPerSecond);

    const TimeScale scale = TimeScale(7.0, 3.0, 160.0).fitted(duration, plotWidth);
    QCOMPARE(scale.start(), 0.0);
    QCOMPARE(scale.left(), 160.0);
    QVERIFY2(close(scale.pixelsPerSecond(), pixelsPerSecond),
             qPrintable(QString::number(scale.pixelsPerSecond())));
    QCOMPARE(scale.x(0.0), 160.0);
    if (duration > 0 && plotWidth > 0 && pixelsPerSecond < TimeScale::kMaxPixelsPerSecond)
        QVERIFY(close(scale.x(duration), 160.0 + plotWidth));
}

void TstTimeScale::tickStep_data()
{
    QTest::addColumn<double>("pixelsPerSecond");
    QTest::addColumn<double>("minPixels");
    QTest::addColumn<double>("step");

    // 1-2-5 steps over many densities: the smallest whose ticks are minPixels apart.
    QTest::newRow("100 px/s, 80 px") << 100.0 << 80.0 << 1.0;
    QTest::newRow("100 px/s, 100 px") << 100.0 << 100.0 << 1.0;
    QTest::newRow("100 px/s, 101 px") << 100.0 << 101.0 << 2.0;
    QTest::newRow("100 px/s, 200 px") << 100.0 << 200.0 << 2.0;
    QTest::newRow("100 px/s, 250 px") << 100.0 << 250.0 << 5.0;
    QTest::newRow("100 px/s, 600 px") << 100.0 << 600.0 << 10.0;
    QTest::newRow("kitchen fitted") << 260.0 << 112.0 << 0.5;
    QTest::newRow("200 px/s") << 200.0 << 80.0 << 0.5;
    QTest::newRow("400 px/s") << 400.0 << 80.0 << 0.2;
    QTest::newRow("800 px/s") << 800.0 << 80.0 << 0.1;
    QTest::newRow("1000 px/s") << 1000.0 << 80.0 << 0.1;
    QTest::newRow("2000 px/s") << 2000.0 << 80.0 << 0.05;
    QTest::newRow("1e4 px/s") << 1e4 << 80.0 << 0.01;
    QTest::newRow("1e5 px/s") << 1e5 << 80.0 << 0.001;
    QTest::newRow("1e6 px/s") << 1e6 << 80.0 << 0.0001;
    QTest::newRow("1e9 px/s") << 1e9 << 80.0 << 1e-7;
    QTest::newRow("50 px/s") << 50.0 << 80.0 << 2.0;
    QTest::newRow("20 px/s") << 20.0 << 80.0 << 5.0;
    QTest::newRow("10 px/s") << 10.0 << 80.0 << 10.0;
    QTest::newRow("1 px/s") << 1.0 << 80.0 << 100.0;
    QTest::newRow("0.1 px/s") << 0.1 << 80.0 << 1000.0;
    QTest::newRow("a day in 900 px") << 900.0 / 86400 << 80.0 << 10000.0;
    QTest::newRow("exactly 2") << 40.0 << 80.0 << 2.0;
    QTest::newRow("exactly 5") << 16.0 << 80.0 << 5.0;
    QTest::newRow("exactly 0.1") << 800.0 << 80.0 << 0.1;
}

void TstTimeScale::tickStep()
{
    QFETCH(double, pixelsPerSecond);
    QFETCH(double, minPixels);
    QFETCH(double, step);

    const double actual = TimeScale(0.0, pixelsPerSecond).tickStep(minPixels);
    QVERIFY2(close(actual, step, 1e-9), qPrintable(QString::number(actual, 'g', 17)));
    // The step is never closer than asked, and the next smaller 1-2-5 step would be.
    QVERIFY(actual * pixelsPerSecond >= minPixels * (1 - 1e-9));
    const double mantissa = actual / std::pow(10.0, std::floor(std::log10(actual) + 1e-9));
    QVERIFY2(close(mantissa, 1) || close(mantissa, 2) || close(mantissa, 5),
             qPrintable(QString::number(mantissa)));
}

void TstTimeScale::ticks_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("step");
    QTest::addColumn<std::vector<double>>("expected");

    QTest::newRow("kitchen") << 0.0 << 5.0 << 1.0 << std::vector<double>{0, 1, 2, 3, 4, 5};
    QTest::newRow("halves") << 0.0 << 2.0 << 0.5 << std::vector<double>{0, 0.5, 1, 1.5, 2};
    QTest::newRow("scrolled") << 0.7 << 1.5 << 0.2 << std::vector<double>{0.8, 1.0, 1.2, 1.4};
    QTest::newRow("tenths end inclusive")
        << 0.0 << 0.3 << 0.1 << std::vector<double>{0, 0.1, 0.2, 0.3};
    QTest::newRow("negative start") << -1.2 << 1.0 << 1.0 << std::vector<double>{-1, 0, 1};
    QTest::newRow("empty range") << 0.2 << 0.3 << 1.0 << std::vector<double>{};
    QTest::newRow("bad step") << 0.0 << 5.0 << 0.0 << std::vector<double>{};
    QTest::newRow("too many") << 0.0 << 1e9 << 1.0 << std::vector<double>{};
    QTest::newRow("reversed") << 5.0 << 0.0 << 1.0 << std::vector<double>{};
}

void TstTimeScale::ticks()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, step);
    QFETCH(std::vector<double>, expected);

    const std::vector<double> actual = TimeScale::ticks(from, to, step);
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        QVERIFY2(close(actual[i], expected[i], 1e-12), qPrintable(QString::number(actual[i])));
    for (const double t : actual)
        QVERIFY(!std::signbit(t) || t < 0); // no "-0 s" label
}

void TstTimeScale::ticksBetween()
{
    // 0..5 s fitted across 1000 px from x = 200: ticks every second need 200 px.
    const TimeScale scale = TimeScale(0, 1, 200).fitted(5.0, 1000.0);
    const auto ticks = scale.ticksBetween(200.0, 1200.0, 150.0);
    QCOMPARE(ticks, (std::vector<double>{0, 1, 2, 3, 4, 5}));
    const auto fine = scale.ticksBetween(200.0, 1200.0, 80.0);
    QCOMPARE(fine.size(), std::size_t(11)); // every 0.5 s
    QCOMPARE(scale.x(fine[3]), 500.0);
}

void TstTimeScale::decimalsFor_data()
{
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("decimals");

    QTest::newRow("10 s") << 10.0 << 0;
    QTest::newRow("1 s") << 1.0 << 0;
    QTest::newRow("0.5 s") << 0.5 << 1;
    QTest::newRow("0.2 s") << 0.2 << 1;
    QTest::newRow("0.1 s") << 0.1 << 1;
    QTest::newRow("0.05 s") << 0.05 << 2;
    QTest::newRow("0.01 s") << 0.01 << 2;
    QTest::newRow("1 ms") << 0.001 << 3;
    QTest::newRow("1 ns") << 1e-9 << 9;
    QTest::newRow("nonsense") << 0.0 << 0;
}

void TstTimeScale::decimalsFor()
{
    QFETCH(double, step);
    QFETCH(int, decimals);
    QCOMPARE(TimeScale::decimalsFor(step), decimals);
}

QTEST_APPLESS_MAIN(TstTimeScale)

#include "tst_timescale.moc"
