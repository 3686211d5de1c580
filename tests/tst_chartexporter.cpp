// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "chartexporter.h"
#include "kitchencomparison.h"
#include "run/idealtime.h"
#include "runharness.h"
#include "timeline/timelinetext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

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

// The names of every element of an XML document.
QStringList elementNames(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QStringList names;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            names << reader.name().toString();
    }
    return names;
}

// What python3's XML parser says of a file: empty when it parses (or when there is no python3).
QString pythonXmlError(const QString &path)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return {};
    QProcess process;
    process.start(python,
                  {QStringLiteral("-c"),
                   QStringLiteral("import sys, xml.dom.minidom as m; m.parse(sys.argv[1])"), path});
    if (!process.waitForFinished(30000))
        return QStringLiteral("python3 did not finish");
    return process.exitCode() == 0 ? QString()
                                   : QString::fromUtf8(process.readAllStandardError()).trimmed();
}

// One run of one lane whose task, routine and run label all carry `text`, three seconds long.
std::vector<ck::TimelineRun> runNamed(const QString &text)
{
    auto recorder = std::make_shared<ck::Recorder>();
    recorder->addLane(ck::Lane{text, -1, 0});
    ck::Span task;
    const int outer = recorder->beginSpan(task, text);
    ck::Span routine = task;
    routine.kind = ck::SpanKind::Routine;
    routine.depth = 1;
    const int inner = recorder->beginSpan(routine, text);
    recorder->endSpan(inner, 3s, 3s, ck::SpanState::Done);
    recorder->endSpan(outer, 3s, 3s, ck::SpanState::Done);
    recorder->finish(3s, 3s, false);
    return {{recorder, text, 3s, -1ns}};
}

// `count` lanes of one task each, task i from i ms to 1 s + i ms.
std::vector<ck::TimelineRun> crowdRuns(int count)
{
    auto recorder = std::make_shared<ck::Recorder>();
    for (int i = 0; i < count; ++i) {
        recorder->addLane(ck::Lane{QStringLiteral("task_%1").arg(i + 1), -1, 0});
        ck::Span span;
        span.lane = i;
        span.start = std::chrono::milliseconds(i % 1000);
        const int index = recorder->beginSpan(span, QStringLiteral("task_%1").arg(i + 1));
        recorder->endSpan(index, span.start + 1s, span.start + 1s, ck::SpanState::Done);
    }
    recorder->finish(2s, 2s, false);
    return {{recorder, QStringLiteral("Gather"), -1ns, -1ns}};
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
    void flowsAsTheViewDrawsThem();
    void objectWakesInTheLegend();
    void hostileTextStaysText_data();
    void hostileTextStaysText();
    void pdfTitleStaysOneString();
    void pdf();
    void parentIsAFile_data();
    void parentIsAFile();
    void failedWriteKeepsTheOldFile();
    void fileSizeLimitKeepsTheOldFile_data();
    void fileSizeLimitKeepsTheOldFile();
    void manyLanesMergeIntoDensityRows_data();
    void manyLanesMergeIntoDensityRows();
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
    return ck::ChartOptions{QStringLiteral("Kitchen: coffee and a bagel"), 1200, 2.0, {}};
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
                                 "Sequential · 5.00 s", "best in this mode: 3.00 s"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(text.contains(QStringLiteral("Sequential 5.00 s · Gather 3.00 s · 1.67× faster")));

    const QSize size = ck::ChartExporter::chartSize(kitchenRuns(), options());
    QXmlStreamReader xml(svg);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("svg"));
    QCOMPARE(xml.attributes().value(QLatin1String("viewBox")).toString(),
             QStringLiteral("0 0 %1 %2").arg(size.width()).arg(size.height()));
    QVERIFY(svg.contains("<title>Kitchen: coffee and a bagel</title>"));
    QVERIFY(!text.contains(QStringLiteral(" per row"))); // a lane a row, as the title says
}

// A chart with flows draws who woke whom and the critical path as the view does: the same
// picture with them, a different one without, and their lines in the legend.
void TstChartExporter::flowsAsTheViewDrawsThem()
{
    ck::ChartOptions chart = options();
    chart.scale = 1.0;
    const QImage plain = ck::ChartExporter::renderImage(kitchenRuns(), chart);
    chart.flows = {true, true};
    const QImage drawn = ck::ChartExporter::renderImage(kitchenRuns(), chart);
    QVERIFY(!plain.isNull() && !drawn.isNull());
    QCOMPARE(drawn.size().width(), plain.size().width());
    QVERIFY(drawn != plain);

    const QString path = m_dir.filePath(QStringLiteral("flows.svg"));
    QString error;
    QVERIFY2(ck::ChartExporter::exportChart(path, kitchenRuns(), chart, &error), qPrintable(error));
    const QString text = svgText(readAll(path), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("who wakes whom")));
    QVERIFY(text.contains(QStringLiteral("critical path (sets the total)")));
    // The kitchen waits on no object: no line for its wakes.
    QVERIFY(!text.contains(ck::TimelineText::item(ck::TimelineText::Item::ObjectWake)));
}

// The queue lesson's puts and gets wake its waiters: the legend names their dashed arrows, and
// only when flows are drawn.
void TstChartExporter::objectWakesInTheLegend()
{
    const cktest::VirtualRun queue(cktest::builtin(QStringLiteral("queue")),
                                   cktest::mode(QStringLiteral("create-task")), true);
    const std::vector<ck::TimelineRun> runs{
        {queue.runner->recorder(), QStringLiteral("Create task"), std::chrono::nanoseconds(-1),
         std::chrono::nanoseconds(-1)}};
    const QString wakes = ck::TimelineText::item(ck::TimelineText::Item::ObjectWake);
    QCOMPARE(wakes, QStringLiteral("released, set, notified, put or got: wakes a waiter"));
    ck::ChartOptions chart = options();
    QString error;
    const QString plainPath = m_dir.filePath(QStringLiteral("queue-plain.svg"));
    QVERIFY2(ck::ChartExporter::exportChart(plainPath, runs, chart, &error), qPrintable(error));
    QVERIFY(!svgText(readAll(plainPath), &error).contains(wakes));
    chart.flows = {true, false};
    const QString path = m_dir.filePath(QStringLiteral("queue-flows.svg"));
    QVERIFY2(ck::ChartExporter::exportChart(path, runs, chart, &error), qPrintable(error));
    const QString text = svgText(readAll(path), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("who wakes whom")));
    QVERIFY(text.contains(wakes));
}

void TstChartExporter::svgKeepsKoreanText()
{
    auto recorder = std::make_shared<ck::Recorder>();
    recorder->addLane(ck::Lane{QStringLiteral("커피_내리기"), -1, 0});
    ck::Span span;
    const int index = recorder->beginSpan(span, QStringLiteral("커피_내리기"));
    recorder->endSpan(index, 3s, 3s, ck::SpanState::Done);
    recorder->finish(3s, 3s, false);
    const std::vector<ck::TimelineRun> runs{{recorder, QStringLiteral("동시"), 3s, -1ns}};
    const ck::ChartOptions chart{QStringLiteral("주방: 커피와 베이글"), 1000, 1.0, {}};

    const QString path = m_dir.filePath(QStringLiteral("korean.svg"));
    QString error;
    QVERIFY2(ck::ChartExporter::exportChart(path, runs, chart, &error), qPrintable(error));
    const QString text = svgText(readAll(path), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("주방: 커피와 베이글")));
    QVERIFY(text.contains(QStringLiteral("커피_내리기")));
    QVERIFY(text.contains(QStringLiteral("동시 · 3.00 s")));
}

void TstChartExporter::hostileTextStaysText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("script after text") << QStringLiteral("</text><script>alert(1)</script>");
    QTest::newRow("script after title")
        << QStringLiteral("</title><script>alert(1)</script><title>");
    QTest::newRow("ampersand and less-than") << QStringLiteral("Tom & Jerry < 3");
    QTest::newRow("quotes, cdata end, comment") << QStringLiteral("\"a\" 'b' ]]> <!-- c -->");
    QTest::newRow("control characters") << QString::fromUtf8("bell\x07 esc\x1b[31m red\x01");
    QTest::newRow("nul and delete") << QString(QChar(0)) + QStringLiteral("x\x7f");
    QTest::newRow("non-characters") << QString(QChar(0xfffe)) + QChar(0xffff);
    QTest::newRow("korean") << QStringLiteral("주방 & <커피>");
}

void TstChartExporter::hostileTextStaysText()
{
    QFETCH(QString, text);
    const QString path = m_dir.filePath(QStringLiteral("hostile.svg"));
    QString error;
    QVERIFY2(ck::ChartExporter::exportChart(path, runNamed(text),
                                            ck::ChartOptions{text, 1200, 1, {}}, &error),
             qPrintable(error));
    const QByteArray svg = readAll(path);
    const QString drawn = svgText(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString python = pythonXmlError(path);
    QVERIFY2(python.isEmpty(), qPrintable(python));
    const QStringList names = elementNames(svg);
    QVERIFY(!names.contains(QStringLiteral("script")));
    QCOMPARE(names.count(QStringLiteral("title")), 1);
    // Shown as it was written, control characters as visible symbols.
    const QString shown = ck::TimelineText::printable(text);
    QXmlStreamReader xml(svg);
    while (xml.readNextStartElement() && xml.name() != QLatin1String("title")) {
        if (xml.name() != QLatin1String("svg"))
            xml.skipCurrentElement();
    }
    QCOMPARE(xml.readElementText(), shown);
    QVERIFY(drawn.count(shown) >= 3); // the title, the lane's name and the routine's label
}

void TstChartExporter::pdfTitleStaysOneString()
{
    // The PDF's /Title is a string literal in UTF-16: its parentheses and backslashes must be
    // escaped (Qt does) and its control characters shown (we do), or a reader's title bar shows
    // raw escape codes.
    const QString title = QString::fromUtf8("a) /Author (x \\ y\x01\x1b </x:xmpmeta> & <");
    const QString path = m_dir.filePath(QStringLiteral("hostile.pdf"));
    QString error;
    QVERIFY2(ck::ChartExporter::exportChart(path, runNamed(title),
                                            ck::ChartOptions{title, 800, 1, {}}, &error),
             qPrintable(error));
    const QByteArray pdf = readAll(path);
    const qsizetype begin = pdf.indexOf("/Title (");
    QVERIFY(begin >= 0);
    QByteArray literal; // the string's bytes, unescaped, up to its unescaped ")"
    qsizetype i = begin + qsizetype(qstrlen("/Title ("));
    for (; i < pdf.size() && pdf.at(i) != ')'; ++i)
        literal += pdf.at(i) == '\\' ? pdf.at(++i) : pdf.at(i);
    QVERIFY(literal.startsWith("\xfe\xff")); // UTF-16BE
    QString decoded;
    for (qsizetype c = 2; c + 1 < literal.size(); c += 2)
        decoded += QChar(char16_t((uchar(literal.at(c)) << 8) | uchar(literal.at(c + 1))));
    QCOMPARE(decoded, ck::TimelineText::printable(title));
    QVERIFY(!pdf.contains("/Author"));
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
    // A PNG too wide to paint is refused, and says why, before anything is written.
    const QString path = m_dir.filePath(QStringLiteral("old.png"));
    QVERIFY(writeAll(path, "the previous export"));
    ck::ChartOptions huge = options();
    huge.width = 20000;
    huge.scale = 4;
    QString error;
    QVERIFY(!ck::ChartExporter::exportChart(path, kitchenRuns(), huge, &error));
    const QSize size = ck::ChartExporter::chartSize(kitchenRuns(), huge);
    QCOMPARE(error, QStringLiteral("cannot export %1: a 80000 × %2 pixel image is too large (at "
                                   "most 32767 pixels a side)")
                        .arg(path)
                        .arg(size.height() * 4));
    QCOMPARE(readAll(path), QByteArray("the previous export"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("old.png*")}, QDir::Files),
             QStringList{QStringLiteral("old.png")}); // no temporary file left behind
    QVERIFY(ck::ChartExporter::renderImage(kitchenRuns(), huge).isNull());
}

void TstChartExporter::fileSizeLimitKeepsTheOldFile_data()
{
    parentIsAFile_data();
}

void TstChartExporter::fileSizeLimitKeepsTheOldFile()
{
#ifdef Q_OS_UNIX
    // Writes past 8 KiB fail (EFBIG) as on a full disk, in this process only: QSvgGenerator and
    // QPdfWriter ignore the failures, the export must not.
    QFETCH(QString, suffix);
    const QString path = m_dir.filePath(QStringLiteral("limited.") + suffix);
    QVERIFY(writeAll(path, "the previous export"));
    const auto runs = crowdRuns(300);
    rlimit old = {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 8192;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool exported = ck::ChartExporter::exportChart(path, runs, options(), &error);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(!exported);
    QCOMPARE(error, QStringLiteral("cannot write %1: File too large").arg(path));
    QCOMPARE(readAll(path), QByteArray("the previous export"));
    QCOMPARE(
        QDir(m_dir.path())
            .entryList({QStringLiteral("limited.%1*").arg(suffix)}, QDir::Files | QDir::Hidden),
        QStringList{QStringLiteral("limited.") + suffix});
#else
    QSKIP("file size limits are POSIX");
#endif
}

void TstChartExporter::manyLanesMergeIntoDensityRows_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TstChartExporter::manyLanesMergeIntoDensityRows()
{
    // 20000 lanes would be 500000 pixels tall: more than an image can be (so a PNG used to
    // fail) and a 300 MB SVG. Merged into density rows, the chart fits and stays small.
    QFETCH(QString, suffix);
    const auto runs = crowdRuns(20000);
    const ck::ChartOptions chart = options();
    const QSize size = ck::ChartExporter::chartSize(runs, chart);
    QVERIFY(size.height() * chart.scale <= ck::ChartExporter::kMaxImageSide);
    QVERIFY(size.height() > 2000); // still rows to read, not a thumbnail
    const QString path = m_dir.filePath(QStringLiteral("crowd.") + suffix);
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(ck::ChartExporter::exportChart(path, runs, chart, &error), qPrintable(error));
    qInfo("%s: %lld ms, %lld bytes", qPrintable(suffix), timer.elapsed(), QFileInfo(path).size());
    QVERIFY(QFileInfo(path).size() < 4 * 1024 * 1024);
    if (suffix == QLatin1String("png")) {
        QCOMPARE(QImageReader(path).size(), size * chart.scale);
    } else if (suffix == QLatin1String("svg")) {
        const QString text = svgText(readAll(path), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(text.contains(QStringLiteral("task_1 … task_")));
        QVERIFY(text.contains(QStringLiteral(" lanes)")));
        QVERIFY(!text.contains(QStringLiteral("task_20000\n"))); // not a row of its own
        // The title says how many lanes, and how many a row holds.
        static const QRegularExpression note(QStringLiteral("20,000 lanes, ([0-9,]+) per row"));
        const QRegularExpressionMatch said = note.match(text);
        QVERIFY2(said.hasMatch(), qPrintable(text.left(300)));
        QVERIFY(said.captured(1).remove(QLatin1Char(',')).toInt() > 1);
        // The default crowd of 1000 merges too, under its title as it always was.
        const QString small = m_dir.filePath(QStringLiteral("crowd1000.svg"));
        QVERIFY2(ck::ChartExporter::exportChart(small, crowdRuns(1000), chart, &error),
                 qPrintable(error));
        const QString smallText = svgText(readAll(small), &error);
        QVERIFY(smallText.contains(QStringLiteral(" lanes)")));
        QVERIFY(!smallText.contains(QStringLiteral(" per row")));
    }
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
