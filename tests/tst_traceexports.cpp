#include "trace/atomicfilewriter.h"
#include "trace/chrometraceexport.h"
#include "trace/csvexport.h"
#include "trace/recorder.h"
#include "trace/runjsonexport.h"

#include "trace/exportstream.h"

#include "documentexports.h"
#include "exportjson.h"
#include "peakmemory.h"
#include "runharness.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <random>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace std::chrono_literals;

namespace ck {

namespace {

// Adds a closed span (wall time = scenario time + 1 ms, so the two can be told apart).
int addSpan(Recorder &recorder, int lane, int depth, SpanKind kind, const QString &name,
            std::chrono::nanoseconds start, std::chrono::nanoseconds end,
            SpanState state = SpanState::Done, const QString &reason = {})
{
    Span span;
    span.lane = lane;
    span.depth = depth;
    span.kind = kind;
    span.start = start;
    span.wallStart = start + 1ms;
    const int index = recorder.beginSpan(span, name);
    if (end.count() >= 0)
        recorder.endSpan(index, end, end + 1ms, state, reason);
    return index;
}

void addLog(Recorder &recorder, std::chrono::nanoseconds time, int lane, const QString &english,
            const QString &korean)
{
    recorder.addLog(LogLine{time, lane, LocalizedText(english, korean)});
}

// A gather run: main_task gathers fetch_a and fetch_b, each on its own lane; fetch_b awaits
// parse, which blocks in decode and fails.
Recorder gatherRun()
{
    Recorder recorder(RunInfo{QStringLiteral("fetch"),
                              LocalizedText(QStringLiteral("Fetch two pages"),
                                            QString::fromUtf8("페이지 두 개 가져오기")),
                              QStringLiteral("gather"), QStringLiteral("virtual"), 1.0});
    recorder.addLane({QStringLiteral("main_task"), -1, 0});
    recorder.addLane({QStringLiteral("main_task/fetch_a"), 0, 0});
    recorder.addLane({QStringLiteral("main_task/fetch_b"), 0, 0});
    addSpan(recorder, 0, 0, SpanKind::Task, QStringLiteral("main_task"), 0s, 3s);
    addSpan(recorder, 0, 1, SpanKind::Wait, QStringLiteral("gather"), 0s, 3s);
    addSpan(recorder, 1, 0, SpanKind::Routine, QStringLiteral("fetch_a"), 0s, 2s);
    addSpan(recorder, 1, 1, SpanKind::Wait, QStringLiteral("sleep"), 0s, 2s);
    addSpan(recorder, 2, 0, SpanKind::Routine, QStringLiteral("fetch_b"), 0s, 3s);
    addSpan(recorder, 2, 1, SpanKind::Routine, QStringLiteral("parse"), 1s, 3s, SpanState::Failed,
            QStringLiteral("bad JSON"));
    addSpan(recorder, 2, 2, SpanKind::Block, QStringLiteral("decode"), 1000000400ns, 1500000600ns);
    addLog(recorder, 2s, 1, QStringLiteral("fetched a"), QString::fromUtf8("a 가져옴"));
    addLog(recorder, 3s, -1, QStringLiteral("all done"), QString::fromUtf8("모두 완료"));
    recorder.finish(3s, 3s + 2ms, false);
    return recorder;
}

// A sequential run with a chunked download and a task still running.
Recorder sequentialRun()
{
    Recorder recorder(RunInfo{QStringLiteral("kitchen"), LocalizedText(QStringLiteral("Kitchen")),
                              QStringLiteral("sequential"), QStringLiteral("real"), 2.0});
    recorder.addLane({QString::fromUtf8("커피"), -1, 0});
    recorder.addLane({QStringLiteral("download"), -1, 1});
    recorder.addLane({QStringLiteral("late"), -1, 2});
    addSpan(recorder, 0, 0, SpanKind::Task, QString::fromUtf8("커피"), 0s, 3s);
    addSpan(recorder, 0, 1, SpanKind::Wait, QStringLiteral("sleep"), 0s, 3s);
    addSpan(recorder, 1, 0, SpanKind::Task, QStringLiteral("download"), 3s, 5s);
    addSpan(recorder, 1, 1, SpanKind::Chunk, QStringLiteral("chunk 1"), 3s, 4s);
    addSpan(recorder, 1, 1, SpanKind::Chunk, QStringLiteral("chunk 2"), 4s, 5s);
    addSpan(recorder, 1, 2, SpanKind::Wait, QStringLiteral("recv"), 4s, 4500ms);
    addSpan(recorder, 2, 0, SpanKind::Task, QStringLiteral("late"), 5s, -1ns);
    addLog(recorder, 3s, 0, QStringLiteral("coffee ready"), QString::fromUtf8("커피 완성"));
    return recorder;
}

// Texts and times that test every escape and number format of the exports: quotes,
// backslashes, commas, control characters, Hangul, a surrogate without its pair, a bidi
// override; times from a nanosecond to hours, wall times below a millisecond (5e-06 s), a
// caught span and a chunk of bytes.
Recorder hostileRun()
{
    const QString hostile = QStringLiteral("say \"hi\", \\ a\tb\nc\x01\x1f\x7f") +
                            QString::fromUtf8(" 커피 \u202e") + QChar(0xd800) + QStringLiteral("x");
    Recorder recorder(RunInfo{hostile,
                              LocalizedText(hostile, QString::fromUtf8("적대적 ") + hostile),
                              QStringLiteral("bounded:2"), QStringLiteral("real"), 2.5});
    recorder.addLane({hostile, -1, 0});
    recorder.addLane({QStringLiteral("plain"), 0, 1});
    recorder.addLane({QStringLiteral("a,b"), 0, 1});
    addSpan(recorder, 0, 0, SpanKind::Task, hostile, 0ns, 3600s + 1us, SpanState::Failed, hostile);
    addSpan(recorder, 0, 1, SpanKind::Wait, QString(), 1ns, 2ns);
    addSpan(recorder, 1, 0, SpanKind::Task, QStringLiteral("plain"), 123456789ns, 987654321987ns);
    Span tiny;
    tiny.lane = 1;
    tiny.depth = 1;
    tiny.kind = SpanKind::Block;
    tiny.setAsked(1500ms);
    tiny.start = 5us;
    tiny.wallStart = 5us;
    recorder.endSpan(recorder.beginSpan(tiny), 17us, 31us, SpanState::Done, {});
    const int chunk =
        addSpan(recorder, 2, 0, SpanKind::Chunk, QStringLiteral("chunk 1"), 1s, 1000000499ns);
    recorder.setSpanBytes(chunk, 123456789012);
    addSpan(recorder, 2, 1, SpanKind::Routine, QStringLiteral("raiser"), 1s, 2s, SpanState::Failed,
            QStringLiteral("ValueError"));
    recorder.markCaught(2, 0, QStringLiteral("ValueError"), QStringLiteral("except ValueError"));
    addSpan(recorder, 2, 0, SpanKind::Task, QStringLiteral("open"), 2s, -1ns);
    // Spans of no lane of the run: the main program's, and one of a lane never added.
    addSpan(recorder, 7, 0, SpanKind::Task, QStringLiteral("stray"), 1s, 2s);
    addSpan(recorder, -1, 0, SpanKind::Task, QStringLiteral("main"), 0ns, 3s);
    addSpan(recorder, -1, 1, SpanKind::Wait, QStringLiteral("main wait"), 0ns, 3s);
    addLog(recorder, 1ns, 0, hostile, QString::fromUtf8("로그 ") + hostile);
    recorder.addLog(LogLine{3s, -1, LocalizedText(QStringLiteral("warned")), true});
    recorder.finish(3600s + 1us, 7200s + 3ns, true);
    return recorder;
}

// The three exports as the streamed writers write them, and as whole QJsonDocuments and
// QStrings (tests/support/documentexports.h) did, in both languages where it matters.
void compareWithDocumentWriters(const std::vector<const Recorder *> &runs)
{
    for (const Language language : {Language::English, Language::Korean})
        QCOMPARE(ChromeTraceExport::toJson(runs, language),
                 cktest::document::chromeTrace(runs, language));
    QCOMPARE(CsvExport::toCsv(runs), cktest::document::csv(runs));
    QCOMPARE(RunJsonExport::toJson(runs), cktest::document::runJson(runs));
}

using cktest::traceEvents;

QList<QJsonObject> eventsWhere(const QJsonArray &events, const QString &ph,
                               const QString &name = {})
{
    QList<QJsonObject> found;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        if (event.value(QStringLiteral("ph")).toString() == ph &&
            (name.isEmpty() || event.value(QStringLiteral("name")).toString() == name))
            found.append(event);
    }
    return found;
}

QJsonObject onlyEvent(const QJsonArray &events, const QString &ph, const QString &name)
{
    const QList<QJsonObject> found = eventsWhere(events, ph, name);
    return found.size() == 1 ? found.first() : QJsonObject();
}

// The args.name of the M event `metadataName` for (pid, tid).
QString metadataName(const QJsonArray &events, const QString &metadataName, int pid, int tid)
{
    for (const QJsonObject &event : eventsWhere(events, QStringLiteral("M"), metadataName)) {
        if (event.value(QStringLiteral("pid")).toInt() == pid &&
            event.value(QStringLiteral("tid")).toInt() == tid)
            return event.value(QStringLiteral("args"))
                .toObject()
                .value(QStringLiteral("name"))
                .toString();
    }
    return QStringLiteral("<none>");
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// A crowd's run: `lanes` sleepers, each a task span and its wait, ending 50 µs apart.
constexpr int kCrowdLanes = 50000;

[[maybe_unused]] Recorder crowdRun(int lanes) // the memory checks are skipped under ASan
{
    Recorder recorder(RunInfo{QStringLiteral("crowd"), LocalizedText(QStringLiteral("Crowd")),
                              QStringLiteral("gather"), QStringLiteral("virtual"), 1.0});
    recorder.reserve(std::size_t(lanes), 2 * std::size_t(lanes));
    for (int lane = 0; lane < lanes; ++lane) {
        const QString name = QStringLiteral("sleeper_%1").arg(lane + 1);
        recorder.addLane(Lane{name, -1, lane});
        const auto end = 500ms + lane * 50us;
        addSpan(recorder, lane, 0, SpanKind::Task, name, 0ns, end);
        addSpan(recorder, lane, 1, SpanKind::Wait, QStringLiteral("asyncio.sleep(0.5)"), 0ns, end);
    }
    recorder.finish(3s, 3s, false);
    return recorder;
}

} // namespace

class TestTraceExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chromeTraceParses();
    void chromeTraceCountsEventsPerCategory();
    void chromeTraceTimesAreMicroseconds();
    void chromeTraceArgs();
    void chromeTraceNamesProcessesAndThreads();
    void chromeTraceLogLinesAreInstants();
    void chromeTraceKoreanRoundTrip();
    void chromeTraceParentsComeFirst();
    void chromeTraceOfACrowdTakesLittleMoreThanItsBytes();

    void csvField_data();
    void csvField();
    void csvSeconds_data();
    void csvSeconds();
    void csvLayout();
    void csvRows();
    void csvOfACrowdTakesLittleMoreThanItsBytes();

    void runJsonOfACrowdTakesLittleMoreThanItsBytes();
    void streamedExportsEqualTheDocumentWriters();
    void streamedExportsOfRealRunsEqualTheDocumentWriters();
    void exportStreamWritesNumbersAsQJsonDocument();
    void streamedFilesTakeLittleOfTheirSize();
    void runJsonFields();
    void objectWaitsKeepTheirKindInEveryFormat();
    void timedOutSpansSaySoInEveryFormat();

    void writerWritesAndReplaces();
    void writerFailsWhenParentIsAFile();
    void writerKeepsTargetWhenCallbackFails();
    void writerStreamsThroughCallback();
    void writerWritesIntoAFifo();
    void writerRefusesAFifoNobodyReads();
    void writerNoticesFailedWritesTheProducerIgnores();

private:
    QByteArray chromeTrace(Language language = Language::English) const
    {
        return ChromeTraceExport::toJson({&m_gather, &m_sequential}, language);
    }

    const Recorder m_gather = gatherRun();
    const Recorder m_sequential = sequentialRun();
};

void TestTraceExports::chromeTraceParses()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(chromeTrace(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    // Written event by event, it is still exactly the compact JSON of one document.
    QCOMPARE(document.toJson(QJsonDocument::Compact), chromeTrace());
    QCOMPARE(ChromeTraceExport::toJson({}, Language::English),
             QByteArray(R"({"displayTimeUnit":"ms","otherData":{"generator":"CoroKitchen",)"
                        R"("language":"en","time_unit":"scenario microseconds","version":")" +
                        QByteArray(COROKITCHEN_VERSION) + R"("},"traceEvents":[]})"));
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QStringLiteral("displayTimeUnit")).toString(), QStringLiteral("ms"));
    QCOMPARE(root.value(QStringLiteral("otherData"))
                 .toObject()
                 .value(QStringLiteral("generator"))
                 .toString(),
             QStringLiteral("CoroKitchen"));
    QVERIFY(root.value(QStringLiteral("traceEvents")).isArray());
    // Every event carries the fields every viewer needs.
    for (const QJsonValue &value : root.value(QStringLiteral("traceEvents")).toArray()) {
        const QJsonObject event = value.toObject();
        QVERIFY(event.value(QStringLiteral("ph")).isString());
        QVERIFY(event.value(QStringLiteral("name")).isString());
        QVERIFY(event.value(QStringLiteral("pid")).isDouble());
        QVERIFY(event.value(QStringLiteral("tid")).isDouble());
    }
}

void TestTraceExports::chromeTraceCountsEventsPerCategory()
{
    std::map<QString, int> perCategory;
    const QList<QJsonObject> slices = eventsWhere(traceEvents(chromeTrace()), QStringLiteral("X"));
    for (const QJsonObject &event : slices)
        ++perCategory[event.value(QStringLiteral("cat")).toString()];
    // main()'s slice: the flows of the gather (main_task's lane) bind to it.
    const std::map<QString, int> expected{
        {QStringLiteral("task"), 3}, {QStringLiteral("main"), 1},  {QStringLiteral("routine"), 3},
        {QStringLiteral("wait"), 4}, {QStringLiteral("block"), 1}, {QStringLiteral("chunk"), 2}};
    QCOMPARE(perCategory, expected);
    QCOMPARE(slices.size(), 14); // the open "late" task is left out
    QVERIFY(onlyEvent(traceEvents(chromeTrace()), QStringLiteral("X"), QStringLiteral("late"))
                .isEmpty());
}

void TestTraceExports::chromeTraceTimesAreMicroseconds()
{
    const QJsonArray events = traceEvents(chromeTrace());
    const QJsonObject download = onlyEvent(events, QStringLiteral("X"), QStringLiteral("download"));
    QCOMPARE(download.value(QStringLiteral("ts")).toInteger(), 3000000);
    QCOMPARE(download.value(QStringLiteral("dur")).toInteger(), 2000000);
    const QJsonObject recv = onlyEvent(events, QStringLiteral("X"), QStringLiteral("recv"));
    QCOMPARE(recv.value(QStringLiteral("ts")).toInteger(), 4000000);
    QCOMPARE(recv.value(QStringLiteral("dur")).toInteger(), 500000);
    // 1.0000004 s rounds down, 1.5000006 s rounds up; the duration is end minus start as rounded.
    const QJsonObject decode = onlyEvent(events, QStringLiteral("X"), QStringLiteral("decode"));
    QCOMPARE(decode.value(QStringLiteral("ts")).toInteger(), 1000000);
    QCOMPARE(decode.value(QStringLiteral("dur")).toInteger(), 500001);
    QCOMPARE(decode.value(QStringLiteral("cat")).toString(), QStringLiteral("block"));
    QCOMPARE(decode.value(QStringLiteral("tid")).toInt(), 3);
}

void TestTraceExports::chromeTraceArgs()
{
    const QJsonArray events = traceEvents(chromeTrace());
    const QJsonObject parse = onlyEvent(events, QStringLiteral("X"), QStringLiteral("parse"))
                                  .value(QStringLiteral("args"))
                                  .toObject();
    QCOMPARE(parse.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(parse.value(QStringLiteral("reason")).toString(), QStringLiteral("bad JSON"));
    QCOMPARE(parse.value(QStringLiteral("wall_start_ms")).toDouble(), 1001.0);
    QCOMPARE(parse.value(QStringLiteral("wall_dur_ms")).toDouble(), 2000.0);
    const QJsonObject fetchA = onlyEvent(events, QStringLiteral("X"), QStringLiteral("fetch_a"))
                                   .value(QStringLiteral("args"))
                                   .toObject();
    QCOMPARE(fetchA.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QVERIFY(!fetchA.contains(QStringLiteral("reason")));
}

void TestTraceExports::chromeTraceNamesProcessesAndThreads()
{
    const QJsonArray events = traceEvents(chromeTrace());
    QCOMPARE(metadataName(events, QStringLiteral("process_name"), 1, 0),
             QString::fromUtf8("fetch · gather"));
    QCOMPARE(metadataName(events, QStringLiteral("process_name"), 2, 0),
             QString::fromUtf8("kitchen · sequential"));
    QCOMPARE(metadataName(events, QStringLiteral("thread_name"), 1, 0), QStringLiteral("main"));
    QCOMPARE(metadataName(events, QStringLiteral("thread_name"), 1, 1),
             QStringLiteral("main_task"));
    QCOMPARE(metadataName(events, QStringLiteral("thread_name"), 1, 2),
             QStringLiteral("main_task/fetch_a"));
    QCOMPARE(metadataName(events, QStringLiteral("thread_name"), 1, 3),
             QStringLiteral("main_task/fetch_b"));
    QCOMPARE(metadataName(events, QStringLiteral("thread_name"), 2, 1), QString::fromUtf8("커피"));
    QCOMPARE(eventsWhere(events, QStringLiteral("M"), QStringLiteral("process_name")).size(), 2);
    QCOMPARE(eventsWhere(events, QStringLiteral("M"), QStringLiteral("process_sort_index")).size(),
             2);
    QCOMPARE(eventsWhere(events, QStringLiteral("M"), QStringLiteral("thread_name")).size(), 4 + 4);
    QCOMPARE(eventsWhere(events, QStringLiteral("M"), QStringLiteral("thread_sort_index")).size(),
             4 + 4);

    // Each run is its own process, and each lane its own thread.
    QCOMPARE(onlyEvent(events, QStringLiteral("X"), QStringLiteral("main_task"))
                 .value(QStringLiteral("pid"))
                 .toInt(),
             1);
    QCOMPARE(onlyEvent(events, QStringLiteral("X"), QStringLiteral("chunk 2"))
                 .value(QStringLiteral("pid"))
                 .toInt(),
             2);
    QCOMPARE(onlyEvent(events, QStringLiteral("X"), QStringLiteral("chunk 2"))
                 .value(QStringLiteral("tid"))
                 .toInt(),
             2);
}

void TestTraceExports::chromeTraceLogLinesAreInstants()
{
    const QJsonArray events = traceEvents(chromeTrace());
    const QList<QJsonObject> instants = eventsWhere(events, QStringLiteral("i"));
    QCOMPARE(instants.size(), 3);
    const QJsonObject fetched = onlyEvent(events, QStringLiteral("i"), QStringLiteral("fetched a"));
    QCOMPARE(fetched.value(QStringLiteral("cat")).toString(), QStringLiteral("log"));
    QCOMPARE(fetched.value(QStringLiteral("s")).toString(), QStringLiteral("t"));
    QCOMPARE(fetched.value(QStringLiteral("pid")).toInt(), 1);
    QCOMPARE(fetched.value(QStringLiteral("tid")).toInt(), 2);
    QCOMPARE(fetched.value(QStringLiteral("ts")).toInteger(), 2000000);
    const QJsonObject done = onlyEvent(events, QStringLiteral("i"), QStringLiteral("all done"));
    QCOMPARE(done.value(QStringLiteral("tid")).toInt(), 0);
    QCOMPARE(done.value(QStringLiteral("ts")).toInteger(), 3000000);
}

void TestTraceExports::chromeTraceKoreanRoundTrip()
{
    const QByteArray json = chromeTrace(Language::Korean);
    // Raw UTF-8, not \u escapes, which Perfetto's tokenizer handles poorly.
    QVERIFY(json.contains(QByteArrayLiteral("\xEC\xBB\xA4\xED\x94\xBC"))); // 커피
    QVERIFY(!json.contains(QByteArrayLiteral("\\u")));
    const QJsonArray events = traceEvents(json);
    QVERIFY(!onlyEvent(events, QStringLiteral("i"), QString::fromUtf8("a 가져옴")).isEmpty());
    QVERIFY(!onlyEvent(events, QStringLiteral("i"), QString::fromUtf8("모두 완료")).isEmpty());
    QVERIFY(!onlyEvent(events, QStringLiteral("X"), QString::fromUtf8("커피")).isEmpty());
    QVERIFY(onlyEvent(events, QStringLiteral("i"), QStringLiteral("all done")).isEmpty());
}

void TestTraceExports::chromeTraceParentsComeFirst()
{
    // main_task and its gather wait start together and last as long: depth decides.
    const QList<QJsonObject> slices = eventsWhere(traceEvents(chromeTrace()), QStringLiteral("X"));
    QStringList lane0;
    for (const QJsonObject &event : slices) {
        if (event.value(QStringLiteral("pid")).toInt() == 1 &&
            event.value(QStringLiteral("tid")).toInt() == 1)
            lane0.append(event.value(QStringLiteral("name")).toString());
    }
    QCOMPARE(lane0, (QStringList{QStringLiteral("main_task"), QStringLiteral("gather")}));
}

// Issue 12's figures: the trace of crowd:1000000 (a 500 MB file) took 5.5 GB and 100 s when
// every event was first a QJsonObject in one QJsonArray. Written event by event, the export
// holds little more than its own bytes.
void TestTraceExports::chromeTraceOfACrowdTakesLittleMoreThanItsBytes()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer keeps freed memory in its quarantine: the peak says nothing here");
#else
    const Recorder recorder = crowdRun(kCrowdLanes);
    qint64 growthKb = 0;
    const QByteArray json = cktest::withPeakGrowth(
        [&recorder] { return ChromeTraceExport::toJson({&recorder}, Language::English); },
        growthKb);
    QCOMPARE(traceEvents(json).size(), 4 + 2 * kCrowdLanes + 2 * kCrowdLanes);
    QVERIFY2(growthKb < 3 * json.size() / 1024 + 16 * 1024, qPrintable(QString::number(growthKb)));
#endif
}

void TestTraceExports::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("brewCoffee") << QStringLiteral("brewCoffee");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("toast, bagel") << QStringLiteral("\"toast, bagel\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    // Control characters are shown, never obeyed: a row stays one line of the file.
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\x0ab");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("a\\x0db");
    QTest::newRow("escape and bell")
        << QStringLiteral("\x1b[2J\a") << QStringLiteral("\\x1b[2J\\x07");
    QTest::newRow("nul and comma")
        << QString(QStringLiteral("a,")).append(QChar(0)) << QStringLiteral("\"a,\\x00\"");
    QTest::newRow("bidi override") << QStringLiteral("a\u202Eb") << QStringLiteral("a\\u202eb");
    QTest::newRow("korean") << QString::fromUtf8("커피 내리기") << QString::fromUtf8("커피 내리기");
    QTest::newRow("korean with comma")
        << QString::fromUtf8("커피, 베이글") << QString::fromUtf8("\"커피, 베이글\"");
    QTest::newRow("spaces and semicolon") << QStringLiteral(" a;b ") << QStringLiteral(" a;b ");
}

void TestTraceExports::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvExport::field(value), expected);
}

void TestTraceExports::csvSeconds_data()
{
    QTest::addColumn<qint64>("nanoseconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.000000");
    QTest::newRow("three seconds") << qint64(3000000000) << QStringLiteral("3.000000");
    QTest::newRow("round down") << qint64(1000000499) << QStringLiteral("1.000000");
    QTest::newRow("round up") << qint64(1999999500) << QStringLiteral("2.000000");
    QTest::newRow("micro") << qint64(12345678) << QStringLiteral("0.012346");
    QTest::newRow("long") << qint64(3600000001000) << QStringLiteral("3600.000001");
}

void TestTraceExports::csvSeconds()
{
    QFETCH(qint64, nanoseconds);
    QFETCH(QString, expected);
    QCOMPARE(CsvExport::seconds(std::chrono::nanoseconds(nanoseconds)), expected);
}

void TestTraceExports::csvLayout()
{
    const QByteArray csv = CsvExport::toCsv({&m_gather, &m_sequential});
    QVERIFY(csv.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
    const QByteArray body = csv.mid(3);
    QVERIFY(body.startsWith(
        QByteArrayLiteral("run,mode,task,kind,name,start_s,end_s,duration_s,state\r\n")));
    QVERIFY(body.endsWith(QByteArrayLiteral("\r\n")));
    // Every line end is CRLF: no bare LF.
    QCOMPARE(body.count('\n'), body.count(QByteArrayLiteral("\r\n")));
    QCOMPARE(body.count(QByteArrayLiteral("\r\n")), 1 + 7 + 6); // header, run 1, run 2 (closed)
    QVERIFY(!body.contains(QByteArrayLiteral(",late,")));
}

void TestTraceExports::csvRows()
{
    Recorder recorder(RunInfo{QStringLiteral("kitchen"), LocalizedText(QStringLiteral("Kitchen")),
                              QStringLiteral("bounded:2"), QStringLiteral("virtual"), 1.0});
    recorder.addLane({QString::fromUtf8("커피"), -1, 0});
    recorder.addLane({QStringLiteral("toast, bagel"), -1, 1});
    addSpan(recorder, 0, 0, SpanKind::Task, QString::fromUtf8("커피"), 0s, 3s);
    addSpan(recorder, 1, 0, SpanKind::Task, QStringLiteral("toast, bagel"), 0s, 2s,
            SpanState::Failed, QStringLiteral("burnt"));
    addSpan(recorder, 1, 1, SpanKind::Block, QStringLiteral("say \"hi\""), 250ms, 1250000400ns);
    addSpan(recorder, 0, 1, SpanKind::Wait, QStringLiteral("open"), 1s, -1ns);

    const QByteArray expected =
        QByteArrayLiteral("\xEF\xBB\xBF") +
        QString::fromUtf8("run,mode,task,kind,name,start_s,end_s,duration_s,state\r\n"
                          "1,bounded:2,커피,task,커피,0.000000,3.000000,3.000000,done\r\n"
                          "1,bounded:2,\"toast, bagel\",task,\"toast, bagel\",0.000000,2.000000,"
                          "2.000000,failed\r\n"
                          "1,bounded:2,\"toast, bagel\",block,\"say \"\"hi\"\"\",0.250000,"
                          "1.250000,1.000000,done\r\n")
            .toUtf8();
    QCOMPARE(CsvExport::toCsv({&recorder}), expected);

    // A second run is numbered 2.
    const QList<QByteArray> lines = CsvExport::toCsv({&recorder, &recorder}).split('\n');
    QVERIFY(lines.at(4).startsWith("2,bounded:2,"));
}

// The table of crowd:1000000 (158 MB) took 600 MB more than the run when it was first UTF-16
// text, then its UTF-8, then that again behind the byte order mark.
void TestTraceExports::csvOfACrowdTakesLittleMoreThanItsBytes()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer keeps freed memory in its quarantine: the peak says nothing here");
#else
    const Recorder recorder = crowdRun(kCrowdLanes);
    qint64 growthKb = 0;
    const QByteArray csv =
        cktest::withPeakGrowth([&recorder] { return CsvExport::toCsv({&recorder}); }, growthKb);
    QCOMPARE(csv.count('\n'), 1 + 2 * kCrowdLanes);
    QVERIFY(
        csv.startsWith("\xEF\xBB\xBFrun,mode,task,kind,name,start_s,end_s,duration_s,state\r\n1,"));
    QVERIFY2(growthKb < 3 * csv.size() / 1024 + 2 * 1024, qPrintable(QString::number(growthKb)));
#endif
}

// The JSON of crowd:1000000 (930 MB) took 3 GB beyond the run as one QJsonDocument of every
// lane and span; written element by element, little more than its own bytes.
void TestTraceExports::runJsonOfACrowdTakesLittleMoreThanItsBytes()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer keeps freed memory in its quarantine: the peak says nothing here");
#else
    const Recorder recorder = crowdRun(kCrowdLanes);
    qint64 growthKb = 0;
    const QByteArray json = cktest::withPeakGrowth(
        [&recorder] { return RunJsonExport::toJson({&recorder}); }, growthKb);
    const QJsonObject run = QJsonDocument::fromJson(json)
                                .object()
                                .value(QStringLiteral("runs"))
                                .toArray()
                                .at(0)
                                .toObject();
    QCOMPARE(run.value(QStringLiteral("spans")).toArray().size(), 2 * kCrowdLanes);
    QVERIFY2(growthKb < 3 * json.size() / 1024 + 2 * 1024, qPrintable(QString::number(growthKb)));
#endif
}

// A wait on a queue, lock or event is its own kind, "object-wait", in the trace, the CSV and the
// run JSON alike; a timer's wait stays "wait".
void TestTraceExports::objectWaitsKeepTheirKindInEveryFormat()
{
    Recorder recorder(RunInfo{QStringLiteral("queue"), LocalizedText(QStringLiteral("Queue")),
                              QStringLiteral("create-task"), QStringLiteral("virtual"), 1.0});
    recorder.addLane({QStringLiteral("worker"), -1, 0});
    addSpan(recorder, 0, 0, SpanKind::Task, QStringLiteral("worker"), 0s, 2s);
    addSpan(recorder, 0, 1, SpanKind::ObjectWait, QStringLiteral("orders.get()"), 0s, 1s);
    addSpan(recorder, 0, 1, SpanKind::Wait, QStringLiteral("asyncio.sleep(1)"), 1s, 2s);
    recorder.finish(2s, 2s, false);
    QVERIFY(isSuspension(SpanKind::ObjectWait));

    const QJsonArray events =
        traceEvents(ChromeTraceExport::toJson({&recorder}, Language::English));
    QCOMPARE(onlyEvent(events, QStringLiteral("X"), QStringLiteral("orders.get()"))
                 .value(QStringLiteral("cat"))
                 .toString(),
             QStringLiteral("object-wait"));
    QCOMPARE(onlyEvent(events, QStringLiteral("X"), QStringLiteral("asyncio.sleep(1)"))
                 .value(QStringLiteral("cat"))
                 .toString(),
             QStringLiteral("wait"));

    const QList<QByteArray> rows = CsvExport::toCsv({&recorder}).split('\n');
    QCOMPARE(rows.at(2), QByteArray("1,create-task,worker,object-wait,orders.get(),0.000000,"
                                    "1.000000,1.000000,done\r"));
    QCOMPARE(rows.at(3), QByteArray("1,create-task,worker,wait,asyncio.sleep(1),1.000000,"
                                    "2.000000,1.000000,done\r"));

    const QJsonArray spans = cktest::runSpans(RunJsonExport::toJson({&recorder}));
    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans.at(1).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("object-wait"));
    QCOMPARE(spans.at(2).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("wait"));
}

// A span that ended because a deadline passed is "timed-out" in the trace, the CSV and the run
// JSON; an asyncio.timeout() block's cancelled spans turn timed out, and then no coroutine counts
// as cancelled.
void TestTraceExports::timedOutSpansSaySoInEveryFormat()
{
    Recorder recorder(RunInfo{QStringLiteral("timeouts"), LocalizedText(QStringLiteral("Timeouts")),
                              QStringLiteral("create-task"), QStringLiteral("virtual"), 1.0});
    recorder.addLane({QStringLiteral("report_page"), -1, 0});
    addSpan(recorder, 0, 0, SpanKind::Task, QStringLiteral("report_page"), 0s, 3s);
    const int call = addSpan(recorder, 0, 1, SpanKind::Routine, QStringLiteral("slow_api"), 0s, 2s,
                             SpanState::Cancelled, QStringLiteral("CancelledError"));
    addSpan(recorder, 0, 2, SpanKind::Wait, QStringLiteral("asyncio.sleep(5)"), 0s, 2s,
            SpanState::Cancelled, QStringLiteral("CancelledError"));
    addSpan(recorder, 0, 1, SpanKind::Wait, QStringLiteral("asyncio.sleep(1)"), 2s, 3s);
    QVERIFY(recorder.anyCoroutineCancelled());
    QVERIFY(!recorder.anyTimedOut());
    recorder.timeOutCancelled(0, call);
    recorder.finish(3s, 3s, false);
    QVERIFY(!recorder.anyCoroutineCancelled());
    QVERIFY(recorder.anyTimedOut());
    QCOMPARE(spanStateName(SpanState::TimedOut), QStringLiteral("timed-out"));

    const QJsonArray events =
        traceEvents(ChromeTraceExport::toJson({&recorder}, Language::English));
    const auto stateOf = [&](const QString &name) {
        return onlyEvent(events, QStringLiteral("X"), name)
            .value(QStringLiteral("args"))
            .toObject()
            .value(QStringLiteral("state"))
            .toString();
    };
    QCOMPARE(stateOf(QStringLiteral("slow_api")), QStringLiteral("timed-out"));
    QCOMPARE(stateOf(QStringLiteral("asyncio.sleep(5)")), QStringLiteral("timed-out"));
    QCOMPARE(stateOf(QStringLiteral("asyncio.sleep(1)")), QStringLiteral("done"));

    const QList<QByteArray> rows = CsvExport::toCsv({&recorder}).split('\n');
    QCOMPARE(rows.at(2), QByteArray("1,create-task,report_page,routine,slow_api,0.000000,"
                                    "2.000000,2.000000,timed-out\r"));
    QCOMPARE(rows.at(4), QByteArray("1,create-task,report_page,wait,asyncio.sleep(1),2.000000,"
                                    "3.000000,1.000000,done\r"));

    const QJsonArray spans = cktest::runSpans(RunJsonExport::toJson({&recorder}));
    QCOMPARE(spans.size(), 4);
    QCOMPARE(spans.at(1).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("timed-out"));
    QCOMPARE(spans.at(3).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("done"));
}

void TestTraceExports::streamedExportsEqualTheDocumentWriters()
{
    const Recorder hostile = hostileRun();
    const Recorder empty;
    const Recorder crowd = crowdRun(2000);
    compareWithDocumentWriters({});
    compareWithDocumentWriters({&empty});
    compareWithDocumentWriters({&m_gather, &m_sequential});
    compareWithDocumentWriters({&hostile, &m_gather});
    compareWithDocumentWriters({&crowd});
}

// Every built-in scenario run in two modes (flows, log lines, gathered lanes, downloads,
// exceptions), and crowd:2000, each run as the CLI runs it.
void TestTraceExports::streamedExportsOfRealRunsEqualTheDocumentWriters()
{
    QStringList ids = BuiltinScenarios::ids();
    ids << QStringLiteral("crowd:2000");
    for (const QString &id : ids) {
        for (const QString &mode : {QStringLiteral("gather"), QStringLiteral("sequential")}) {
            std::unique_ptr<cktest::VirtualRun> run;
            try {
                run = std::make_unique<cktest::VirtualRun>(cktest::builtin(id), cktest::mode(mode));
            } catch (const std::runtime_error &) {
                continue; // a mode the scenario refuses (task.cancel() needs create-task)
            }
            compareWithDocumentWriters({&run->recorder()});
            if (QTest::currentTestFailed())
                qWarning("in %s, %s", qPrintable(id), qPrintable(mode));
        }
    }
}

// QJsonDocument's numbers: whole numbers up to 2^53 as integers, the others in the shorter of
// fixed and exponent notation; the streamed writer takes shortcuts for the common ones.
void TestTraceExports::exportStreamWritesNumbersAsQJsonDocument()
{
    std::vector<double> numbers{0.0,
                                -0.0,
                                1.0,
                                -3.0,
                                0.5,
                                0.001,
                                0.0011,
                                0.0001,
                                0.00012,
                                1e-7,
                                3.1e-5,
                                123456.789,
                                1e6,
                                1e15,
                                1e16,
                                9007199254740992.0,
                                9007199254740993.0,
                                1e20,
                                1e300,
                                -1e-300,
                                0.1 + 0.2,
                                std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN(),
                                std::numeric_limits<double>::denorm_min()};
    std::mt19937_64 random(17);
    for (int i = 0; i < 20000; ++i) {
        numbers.push_back(std::uniform_real_distribution<double>(-1e4, 1e4)(random));
        numbers.push_back(double(random() % 100000000) / 1e6); // microseconds in seconds
        numbers.push_back(double(random() % 100000000) / 1e3); // in milliseconds
        const std::uint64_t bits = random();
        double any = 0;
        std::memcpy(&any, &bits, sizeof any);
        numbers.push_back(any);
    }
    QByteArray streamed;
    QBuffer buffer(&streamed);
    buffer.open(QIODevice::WriteOnly);
    {
        ExportStream out(buffer);
        out << '[';
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            if (i > 0)
                out << ',';
            out.jsonNumber(numbers[i]);
        }
        out << ']';
    }
    QJsonArray array;
    for (const double number : numbers)
        array.append(number);
    const QList<QByteArray> expected =
        QJsonDocument(array).toJson(QJsonDocument::Compact).split(',');
    const QList<QByteArray> written = streamed.split(',');
    QCOMPARE(written.size(), expected.size());
    for (qsizetype i = 0; i < written.size(); ++i)
        QVERIFY2(written[i] == expected[i], qPrintable(QStringLiteral("%1: %2, expected %3")
                                                           .arg(numbers[std::size_t(i)], 0, 'g', 17)
                                                           .arg(QString::fromLatin1(written[i]),
                                                                QString::fromLatin1(expected[i]))));
}

// Written into files, the exports of a crowd hold a few hundred kilobytes of them at a time
// (the trace sorts a lane's spans at a time): the peak grows by a small part of the files.
void TestTraceExports::streamedFilesTakeLittleOfTheirSize()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer keeps freed memory in its quarantine: the peak says nothing here");
#else
    const Recorder recorder = crowdRun(kCrowdLanes);
    const std::vector<const Recorder *> runs{&recorder};
    QTemporaryDir directory;
    const std::vector<std::pair<QString, std::function<bool(QIODevice &)>>> exports{
        {QStringLiteral("trace.json"),
         [&](QIODevice &device) {
             return ChromeTraceExport::write(device, runs, Language::English);
         }},
        {QStringLiteral("table.csv"),
         [&](QIODevice &device) { return CsvExport::write(device, runs); }},
        {QStringLiteral("run.json"),
         [&](QIODevice &device) { return RunJsonExport::write(device, runs); }}};
    for (const auto &[name, writeTo] : exports) {
        const QString path = directory.filePath(name);
        qint64 growthKb = 0;
        QString error;
        bool written = false;
        cktest::withPeakGrowth(
            [&] {
                written = AtomicFileWriter::write(path, writeTo, &error);
                return QByteArray();
            },
            growthKb);
        QVERIFY2(written, qPrintable(error));
        const qint64 fileKb = QFileInfo(path).size() / 1024;
        qInfo("%s: %lld kB, peak %lld kB above the start", qPrintable(name), fileKb, growthKb);
        QVERIFY(fileKb > 5 * 1024);
        QVERIFY2(growthKb < fileKb / 8, qPrintable(QString::number(growthKb)));
    }
#endif
}

void TestTraceExports::runJsonFields()
{
    QJsonParseError error;
    const QByteArray json = RunJsonExport::toJson({&m_gather, &m_sequential});
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    // Exactly the indented JSON of one document, however it is written; empty arrays too.
    QCOMPARE(document.toJson(QJsonDocument::Indented), json);
    const Recorder empty;
    for (const QByteArray &other : {RunJsonExport::toJson({}), RunJsonExport::toJson({&empty})})
        QCOMPARE(QJsonDocument::fromJson(other).toJson(QJsonDocument::Indented), other);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("corokitchen-run/1"));
    const QJsonArray runs = root.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 2);

    const QJsonObject gather = runs.at(0).toObject();
    QCOMPARE(gather.value(QStringLiteral("scenario")).toString(), QStringLiteral("fetch"));
    QCOMPARE(
        gather.value(QStringLiteral("title")).toObject().value(QStringLiteral("ko")).toString(),
        QString::fromUtf8("페이지 두 개 가져오기"));
    QCOMPARE(gather.value(QStringLiteral("mode")).toString(), QStringLiteral("gather"));
    QCOMPARE(gather.value(QStringLiteral("clock")).toString(), QStringLiteral("virtual"));
    QCOMPARE(gather.value(QStringLiteral("speed")).toDouble(), 1.0);
    QCOMPARE(gather.value(QStringLiteral("total_s")).toDouble(), 3.0);
    QCOMPARE(gather.value(QStringLiteral("wall_total_s")).toDouble(), 3.002);
    QCOMPARE(gather.value(QStringLiteral("cancelled")).toBool(), false);

    const QJsonObject fetchB = gather.value(QStringLiteral("lanes")).toArray().at(2).toObject();
    QCOMPARE(fetchB.value(QStringLiteral("name")).toString(), QStringLiteral("main_task/fetch_b"));
    QCOMPARE(fetchB.value(QStringLiteral("parent")).toInt(), 0);
    QCOMPARE(fetchB.value(QStringLiteral("task")).toInt(), 0);

    const QJsonArray spans = gather.value(QStringLiteral("spans")).toArray();
    QCOMPARE(spans.size(), 7);
    const QJsonObject parse = spans.at(5).toObject();
    QCOMPARE(parse.value(QStringLiteral("lane")).toInt(), 2);
    QCOMPARE(parse.value(QStringLiteral("depth")).toInt(), 1);
    QCOMPARE(parse.value(QStringLiteral("kind")).toString(), QStringLiteral("routine"));
    QCOMPARE(parse.value(QStringLiteral("name")).toString(), QStringLiteral("parse"));
    QCOMPARE(parse.value(QStringLiteral("start_s")).toDouble(), 1.0);
    QCOMPARE(parse.value(QStringLiteral("end_s")).toDouble(), 3.0);
    QCOMPARE(parse.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(parse.value(QStringLiteral("reason")).toString(), QStringLiteral("bad JSON"));
    QCOMPARE(parse.value(QStringLiteral("wall_start_s")).toDouble(), 1.001);
    QCOMPARE(parse.value(QStringLiteral("wall_end_s")).toDouble(), 3.001);
    QVERIFY(!spans.at(0).toObject().contains(QStringLiteral("reason")));

    const QJsonObject done = gather.value(QStringLiteral("log")).toArray().at(1).toObject();
    QCOMPARE(done.value(QStringLiteral("time_s")).toDouble(), 3.0);
    QCOMPARE(done.value(QStringLiteral("lane")).toInt(), -1);
    QCOMPARE(done.value(QStringLiteral("en")).toString(), QStringLiteral("all done"));
    QCOMPARE(done.value(QStringLiteral("ko")).toString(), QString::fromUtf8("모두 완료"));

    // A run still going: no totals yet, and its open span has no end.
    const QJsonObject sequential = runs.at(1).toObject();
    QVERIFY(sequential.value(QStringLiteral("total_s")).isNull());
    const QJsonArray sequentialSpans = sequential.value(QStringLiteral("spans")).toArray();
    QCOMPARE(sequentialSpans.size(), 7);
    const QJsonObject late = sequentialSpans.at(6).toObject();
    QCOMPARE(late.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QVERIFY(late.value(QStringLiteral("end_s")).isNull());
}

void TestTraceExports::writerWritesAndReplaces()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY(AtomicFileWriter::write(path, QByteArrayLiteral("first"), &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(readAll(path), QByteArrayLiteral("first"));
    QVERIFY(AtomicFileWriter::write(path, QByteArrayLiteral("second"), &error));
    QCOMPARE(readAll(path), QByteArrayLiteral("second"));
    QVERIFY(AtomicFileWriter::write(path, QByteArray(), nullptr));
    QCOMPARE(readAll(path), QByteArray());
    QCOMPARE(filesIn(directory.path()), QStringList{QStringLiteral("out.csv")});
}

void TestTraceExports::writerFailsWhenParentIsAFile()
{
    // Tests run as root, for whom a read-only folder is still writable; a file is never a folder.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString notAFolder = directory.filePath(QStringLiteral("afile"));
    QVERIFY(AtomicFileWriter::write(notAFolder, QByteArrayLiteral("x"), nullptr));
    const QString path = notAFolder + QStringLiteral("/out.csv");
    QString error;
    QVERIFY(!AtomicFileWriter::write(path, QByteArrayLiteral("data"), &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: Not a directory").arg(path));
    QVERIFY(!AtomicFileWriter::write(path, QByteArrayLiteral("data"), nullptr));
    QCOMPARE(filesIn(directory.path()), QStringList{QStringLiteral("afile")});
    QCOMPARE(readAll(notAFolder), QByteArrayLiteral("x"));
}

void TestTraceExports::writerKeepsTargetWhenCallbackFails()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("trace.json"));
    QVERIFY(AtomicFileWriter::write(path, QByteArrayLiteral("old content"), nullptr));
    QString error;
    const bool written = AtomicFileWriter::write(
        path,
        [](QIODevice &device) {
            device.write("half of the new ");
            return false;
        },
        &error);
    QVERIFY(!written);
    QCOMPARE(error, QStringLiteral("cannot write %1: the data could not be written").arg(path));
    QCOMPARE(readAll(path), QByteArrayLiteral("old content"));
    QCOMPARE(filesIn(directory.path()), QStringList{QStringLiteral("trace.json")});
}

void TestTraceExports::writerStreamsThroughCallback()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QString::fromUtf8("타임라인.csv"));
    QString error;
    const QByteArray csv = CsvExport::toCsv({&m_gather});
    QVERIFY(AtomicFileWriter::write(
        path,
        [&csv](QIODevice &device) {
            return device.write(csv.left(10)) == 10 && device.write(csv.mid(10)) == csv.size() - 10;
        },
        &error));
    QCOMPARE(error, QString());
    QCOMPARE(readAll(path), csv);
    QCOMPARE(filesIn(directory.path()), QStringList{QString::fromUtf8("타임라인.csv")});
}

void TestTraceExports::writerWritesIntoAFifo()
{
#ifdef Q_OS_UNIX
    // A target that exists and is not a regular file (a FIFO here, /dev/stdout or /dev/null
    // elsewhere) is written into, not replaced by a new file.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("pipe"));
    const QByteArray name = QFile::encodeName(path);
    QCOMPARE(::mkfifo(name.constData(), 0600), 0);
    // The reader comes first, non-blocking, so that nothing waits: the bytes fit the pipe.
    const int reader = ::open(name.constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    QString error;
    const bool written =
        AtomicFileWriter::write(path, QByteArrayLiteral("through the pipe"), &error);
    char buffer[64] = {};
    const ssize_t got = ::read(reader, buffer, sizeof buffer);
    ::close(reader);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(QByteArray(buffer, got > 0 ? int(got) : 0), QByteArrayLiteral("through the pipe"));
    struct stat status = {};
    QCOMPARE(::stat(name.constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
    QCOMPARE(QDir(directory.path())
                 .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("pipe")});
#else
    QSKIP("FIFOs are POSIX");
#endif
}

void TestTraceExports::writerRefusesAFifoNobodyReads()
{
#ifdef Q_OS_UNIX
    // Nobody would ever read it: say so at once rather than wait for a reader forever.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("pipe"));
    const QByteArray name = QFile::encodeName(path);
    QCOMPARE(::mkfifo(name.constData(), 0600), 0);
    QString error;
    QVERIFY(!AtomicFileWriter::write(path, QByteArrayLiteral("nobody listens"), &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: No such device or address").arg(path));
    struct stat status = {};
    QCOMPARE(::stat(name.constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
#else
    QSKIP("FIFOs are POSIX");
#endif
}

void TestTraceExports::writerNoticesFailedWritesTheProducerIgnores()
{
#ifdef Q_OS_UNIX
    // A file size limit makes writes past 4 KiB fail (EFBIG) as a full disk would, in this
    // process only. The producer ignores the failures, as QSvgGenerator and QPdfWriter do.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("trace.json"));
    QVERIFY(AtomicFileWriter::write(path, QByteArrayLiteral("old content"), nullptr));
    rlimit old = {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 4096;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool written = AtomicFileWriter::write(
        path,
        [](QIODevice &device) {
            for (int i = 0; i < 100; ++i)
                device.write(QByteArray(1000, 'x'));
            return true;
        },
        &error);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(!written);
    QCOMPARE(error, QStringLiteral("cannot write %1: File too large").arg(path));
    QCOMPARE(readAll(path), QByteArrayLiteral("old content"));
    QCOMPARE(filesIn(directory.path()), QStringList{QStringLiteral("trace.json")});
#else
    QSKIP("file size limits are POSIX");
#endif
}

} // namespace ck

QTEST_GUILESS_MAIN(ck::TestTraceExports)
#include "tst_traceexports.moc"
