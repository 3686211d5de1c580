// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "trace/logtext.h"
#include "trace/secondstext.h"

#include <limits>

using namespace std::chrono_literals;

class TstSecondsText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedIsPythons_data();
    void fixedIsPythons();
    void largestDoubleFits();
    void timesRoundAsPythonPrintsThem();
    void stampKeepsSixColumns();
};

void TstSecondsText::fixedIsPythons_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("python");
    // Each expected text is what python3.11 prints for f"{value:.{decimals}f}".
    QTest::newRow("tie down to even") << 0.125 << 2 << QStringLiteral("0.12");
    QTest::newRow("tie up to even") << 0.375 << 2 << QStringLiteral("0.38");
    QTest::newRow("tie 0.875") << 0.875 << 2 << QStringLiteral("0.88");
    QTest::newRow("2.675 is below the half") << 2.675 << 2 << QStringLiteral("2.67");
    QTest::newRow("1.005 is below the half") << 1.005 << 2 << QStringLiteral("1.00");
    QTest::newRow("0.35 is below the half") << 0.35 << 1 << QStringLiteral("0.3");
    QTest::newRow("0.45 is above the half") << 0.45 << 1 << QStringLiteral("0.5");
    QTest::newRow("just below half") << 0.0049999 << 2 << QStringLiteral("0.00");
    QTest::newRow("tiny") << 1e-07 << 3 << QStringLiteral("0.000");
    QTest::newRow("tie 0.0625") << 0.0625 << 3 << QStringLiteral("0.062");
    QTest::newRow("tie 2.0625") << 2.0625 << 3 << QStringLiteral("2.062");
    QTest::newRow("tie 0.25") << 0.25 << 1 << QStringLiteral("0.2");
    QTest::newRow("half to zero") << 0.5 << 0 << QStringLiteral("0");
    QTest::newRow("two and a half") << 2.5 << 0 << QStringLiteral("2");
    QTest::newRow("three and a half") << 3.5 << 0 << QStringLiteral("4");
    QTest::newRow("large tie") << 123456789.125 << 2 << QStringLiteral("123456789.12");
    QTest::newRow("1e22") << 1e+22 << 2 << QStringLiteral("10000000000000000000000.00");
    QTest::newRow("tiny negative") << -0.001 << 2 << QStringLiteral("-0.00");
    QTest::newRow("negative tie") << -0.125 << 2 << QStringLiteral("-0.12");
    QTest::newRow("zero") << 0.0 << 3 << QStringLiteral("0.000");
    QTest::newRow("three") << 3.0 << 2 << QStringLiteral("3.00");
}

void TstSecondsText::fixedIsPythons()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, python);
    QCOMPARE(ck::SecondsText::fixed(value, decimals), python);
}

void TstSecondsText::largestDoubleFits()
{
    // Not a tie, so Qt's digits are Python's here: 309 digits, the point and the decimals.
    const double largest = std::numeric_limits<double>::max();
    QCOMPARE(ck::SecondsText::fixed(largest, 2), QString::number(largest, 'f', 2));
    QCOMPARE(ck::SecondsText::fixed(-largest, 2).size(), 1 + 309 + 1 + 2);
}

void TstSecondsText::timesRoundAsPythonPrintsThem()
{
    // The total of a run of 0.125 s: Python's "Total execution time : 0.12 seconds".
    QCOMPARE(ck::SecondsText::fixed(125ms, 2), QStringLiteral("0.12"));
    QCOMPARE(ck::SecondsText::withUnit(125ms, 2), QStringLiteral("0.12 s"));
    QCOMPARE(ck::SecondsText::withUnit(2.5, 0), QStringLiteral("2 s"));
    QCOMPARE(ck::SecondsText::stamp(62500us), QStringLiteral("[ 0.062 s]"));
    const ck::LogLine line{62500us, 0, ck::LocalizedText(QStringLiteral("half"))};
    QCOMPARE(ck::LogText::line(line, ck::Language::English), QStringLiteral("[ 0.062 s] half"));
}

void TstSecondsText::stampKeepsSixColumns()
{
    QCOMPARE(ck::SecondsText::stamp(0s), QStringLiteral("[ 0.000 s]"));
    QCOMPARE(ck::SecondsText::stamp(12345ms), QStringLiteral("[12.345 s]"));
    QCOMPARE(ck::SecondsText::stamp(123456789ms), QStringLiteral("[123456.789 s]"));
}

QTEST_GUILESS_MAIN(TstSecondsText)
#include "tst_secondstext.moc"
