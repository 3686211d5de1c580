// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "chartexporter.h"
#include "kitchencomparison.h"
#include "run/idealtime.h"
#include "runharness.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace std::chrono_literals;
using std::chrono::nanoseconds;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The text of every element of an SVG document, or an error.
QString svgText(const QByteArray &svg, QString *error)
{
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text().toString() + QLatin1Char('\n');
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return text;
}

} // namespace

class TstChartExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void supportedSuffixes();
    void png_data();
    void png();
    void svg();
    void svgKeepsKoreanText();
    void pdf();
    void parentIsAFile_data();
    void parentIsAFile();
    void failedWriteKeepsTheOldFile();
    void unknownFormat_data();
    void unknownFormat();

private:
    std::vector<ck::TimelineRun> kitchenRuns() const;
    ck::ChartOptions options() const;

    std::unique_ptr<cktest::KitchenComparison> m_kitchen;
    QTemporaryDir m_dir;
};

void TstChartExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_kitchen = std::make_unique<cktest::KitchenComparison>();
}

std::vector<ck::TimelineRun> TstChartExporter::kitchenRuns() const
{
    return m_kitchen->runs();
}

ck::ChartOptions TstChartExporter::options() const
{
    return ck::ChartOptions{QStringLiteral("Kitchen: coffee and a bagel"), 1200, 2.0};
}

void TstChartExporter::supportedSuffixes()
{
    QCOMPARE(ck::ChartExporter::supportedSuffixes(),
             (QStringList{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}));
}

void TstChartExporter::png_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<qreal>("scale");

    QTest::newRow("1200 at 1x") << 1200 << 1.0;
    QTest::newRow("1200 at 2x") << 1200 << 2.0;
    QTest::newRow("800 at 3x") << 800 << 3.0;
    QTest::newRow("1000 at 1.5x") << 1000 << 1.5;
}

void TstChartExporter::png()
{
    QFETCH(int, width);
    QFETCH(qreal, scale);

    const auto runs = kitchenRuns();
    ck::ChartOptions chart = options();
    chart.width = width;
    chart.scale = scale;
    const QSize logical = ck::ChartExporter::chartSize(runs, chart);
    QCOMPARE(logical.width(), width);
    QVERIFY(logical.height() > 250);

    const QString path = m_dir.filePath(QStringLiteral("chart-%1-%2.png").arg(width).arg(scale));
    QString error;
    QVERIFY2(ck::ChartExporter::exportChart(path, runs, chart, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(qRound(width * scale), qRound(logical.height() * scale)));
    QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white)); // exports are light, on white
    const QImage rendered = ck::ChartExporter::renderImage(runs, chart);
    QCOMPARE(rendered.devicePixelRatio(), scale);
    QCOMPARE(rendered.size(), image.size());
}

void TstChartExporter::svg()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(ck::ChartExporter::exportChart(path, kitchenRuns(), options(), &error),
             qPrintable(error));
    const QByteArray svg = readAll(path);
    const QString text = svgText(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const char *expected : {"Kitchen: coffee and a bagel", "brewCoffee", "toastBagel",
                                 "Sequential · 5.00 s", "ideal 3.00 s"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(text.contains(QStringLiteral("Sequential 5.00 s · Gather 3.00 s · 1.67× faster")));

    const QSize size = ck::ChartExporter::chartSize(kitchenRuns(), options());
    QXmlStreamReader xml(svg);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("svg"));
    QCOMPARE(xml.attributes().value(QLatin1String("viewBox")).toString(),
             QStringLiteral("0 0 %1 %2").arg(size.width()).arg(size.height()));
    QVERIFY(svg.contains("<title>Kitchen: coffee and a bagel</title>"));
}

void TstChartExporter::svgKeepsKoreanText()
{
    auto recorder = std::make_shared<ck::Recorder>();
    recorder->addLane(ck::Lane{QStringLiteral("커피_내리기"), -1, 0});
    ck::Span span;
    span.name = QStringLiteral("커피_내리기");
    const int index = recorder->beginSpan(span);
    recorder->endSpan(index, 3s, 3s, ck::SpanState::Done);
    recorder->finish(3s, 3s, false);
    const std::vector<ck::TimelineRun> runs{{recorder, QStringLiteral("동시"), 3s, -1ns}};
    const ck::ChartOptions chart{QStringLiteral("주방: 커피와 베이글"), 1000, 1.0};

    const QString path = m_dir.filePath(QStringLiteral("korean.svg"));
    QString error;
    QVERIFY2(ck::ChartExporter::exportChart(path, runs, chart, &error), qPrintable(error));
    const QString text = svgText(readAll(path), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("주방: 커피와 베이글")));
    QVERIFY(text.contains(QStringLiteral("커피_내리기")));
    QVERIFY(text.contains(QStringLiteral("동시 · 3.00 s")));
}

void TstChartExporter::pdf()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    QString error;
    QVERIFY2(ck::ChartExporter::exportChart(path, kitchenRuns(), options(), &error),
             qPrintable(error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.contains("/Type /Page"));
}

void TstChartExporter::parentIsAFile_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TstChartExporter::parentIsAFile()
{
    QFETCH(QString, suffix);
    const QString file = m_dir.filePath(QStringLiteral("not-a-folder"));
    QVERIFY(writeAll(file, "plain file"));
    const QString path = file + QStringLiteral("/chart.") + suffix;
    QString error;
    QVERIFY(!ck::ChartExporter::exportChart(path, kitchenRuns(), options(), &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: Not a directory").arg(path));
    QCOMPARE(readAll(file), QByteArray("plain file"));
}

void TstChartExporter::failedWriteKeepsTheOldFile()
{
    // A PNG too large to paint fails half-way, after the temporary file was opened.
    const QString path = m_dir.filePath(QStringLiteral("old.png"));
    QVERIFY(writeAll(path, "the previous export"));
    ck::ChartOptions huge = options();
    huge.width = 20000;
    huge.scale = 4;
    QString error;
    QVERIFY(!ck::ChartExporter::exportChart(path, kitchenRuns(), huge, &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: the data could not be written").arg(path));
    QCOMPARE(readAll(path), QByteArray("the previous export"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("old.png*")}, QDir::Files),
             QStringList{QStringLiteral("old.png")}); // no temporary file left behind
    QVERIFY(ck::ChartExporter::renderImage(kitchenRuns(), huge).isNull());
}

void TstChartExporter::unknownFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("bmp") << QStringLiteral("chart.bmp") << QStringLiteral("bmp");
    QTest::newRow("jpeg") << QStringLiteral("chart.JPEG") << QStringLiteral("jpeg");
    QTest::newRow("none") << QStringLiteral("chart") << QString();
}

void TstChartExporter::unknownFormat()
{
    QFETCH(QString, name);
    QFETCH(QString, suffix);
    const QString path = m_dir.filePath(name);
    QVERIFY(writeAll(path, "keep me"));
    QString error;
    QVERIFY(!ck::ChartExporter::exportChart(path, kitchenRuns(), options(), &error));
    QCOMPARE(error, QStringLiteral("cannot export %1: unknown chart format \"%2\" (expected png, "
                                   "svg or pdf)")
                        .arg(path, suffix));
    QCOMPARE(readAll(path), QByteArray("keep me"));
}

QTEST_MAIN(TstChartExporter)
#include "tst_chartexporter.moc"
