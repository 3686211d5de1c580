// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"
#include "windowwarnings.h"

#include "mainwindow.h"
#include "net/loopbackserver.h"
#include "panels/downloadspanel.h"
#include "panels/summarypanel.h"
#include "runcontroller.h"
#include "runharness.h"
#include "scenariopicker.h"
#include "timeline/timelinetext.h"
#include "trace/downloadstats.h"
#include "urldialog.h"
#include "windowsettings.h"

#include <QDialogButtonBox>
#include <QDockWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <cmath>
#include <memory>

using namespace std::chrono_literals;
using ck::DownloadsPanel;
using ck::DownloadStats;
using ck::SpanKind;
using ck::SpanState;
using std::chrono::nanoseconds;

using cktest::closeWarnings;
using cktest::warnings;

namespace {

nanoseconds at(double seconds)
{
    return nanoseconds(std::llround(seconds * 1e9));
}

// A record written by hand, the way the engine writes one.
struct Record
{
    std::shared_ptr<ck::Recorder> recorder = std::make_shared<ck::Recorder>();

    int lane(const char *name)
    {
        return recorder->addLane(ck::Lane{QString::fromLatin1(name), -1, 0});
    }
    int begin(int lane, int depth, SpanKind kind, const QString &name, double start,
              qint64 bytes = 0)
    {
        ck::Span span;
        span.lane = lane;
        span.depth = depth;
        span.kind = kind;
        span.start = at(start);
        span.setBytes(bytes);
        return recorder->beginSpan(span, name);
    }
    int download(int lane, int depth, double start, qint64 expected)
    {
        return begin(lane, depth, SpanKind::Download, QStringLiteral("download %1 B").arg(expected),
                     start, expected);
    }
    // A chunk is recorded whole once it has arrived.
    int chunk(int lane, int depth, int number, double from, double to, qint64 bytes)
    {
        const int index = begin(lane, depth, SpanKind::Chunk,
                                QStringLiteral("chunk %1").arg(number), from, bytes);
        end(index, to);
        return index;
    }
    void end(int span, double time, SpanState state = SpanState::Done, const QString &why = {})
    {
        recorder->endSpan(span, at(time), at(time), state, why);
    }
    ck::TimelineRun run(const char *label, double now = -1) const
    {
        return ck::TimelineRun{recorder, QString::fromLatin1(label), nanoseconds(-1),
                               now < 0 ? nanoseconds(-1) : at(now)};
    }
};

QByteArray scenarioOf(const QByteArray &tasks)
{
    return R"({"format":"corokitchen-scenario/1","id":"d","title":"d","tasks":)" + tasks + "}";
}

// The exact example of the brief: chunks arrive at 1.0, 1.5, 2.0 and 2.5 s on the virtual clock;
// a second task's connection is dropped after 20000 bytes.
const char *kPacedAndDropped = R"([
    {"name":"get","steps":[{"download":{"bytes":100000,"rate":50000,"latency":0.5,
                                        "chunk":25000}}]},
    {"name":"cut","steps":[{"try":{"steps":[{"download":{"bytes":100000,"rate":100000,
        "chunk":10000,"drop_after":20000}}],"except":[{"type":"ConnectionError","steps":[]}]}}]}])";

QString loopback(const char *path)
{
    ck::LoopbackServer *server = ck::LoopbackServer::shared();
    return server ? server->baseUrl().toString() + QString::fromLatin1(path) : QString();
}

} // namespace

class TstDownloadsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void statsOfAHandBuiltRecord();
    void statsOfAnOpenDownloadRunUntilNow();
    void scanningInStepsGivesTheSameFigures();
    void bytesAndRates_data();
    void bytesAndRates();
    void hoverOfDownloadsAndChunks();
    void panelRowsOfAVirtualRun();
    void summaryShowsBytesFirstByteAndThroughput();
    void panelFollowsALiveRecordIncrementally();
    void panelShowsTheRunWhenComparing();
    void urlDialogValidatesAsYouType();
    void windowRunsPastedUrlsOnTheRealClock();
    void windowRefusesABadList();
    void downloadsDockFollowsTheScenario();
    void screenshots();
};

void TstDownloadsPanel::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_downloadspanel"));
}

void TstDownloadsPanel::init()
{
    QSettings().clear();
}

void TstDownloadsPanel::statsOfAHandBuiltRecord()
{
    Record record;
    const int get = record.lane("get");
    const int other = record.lane("other");
    const int task = record.begin(get, 0, SpanKind::Task, QStringLiteral("get"), 0);
    const int first = record.download(get, 1, 0.5, 300000);
    record.chunk(get, 2, 1, 0.5, 0.7, 100000);
    const int otherDownload = record.download(other, 0, 0.6, -1); // another lane, interleaved
    record.chunk(get, 2, 2, 0.7, 0.9, 100000);
    record.chunk(other, 1, 1, 0.6, 1.1, 4000);
    record.chunk(get, 2, 3, 0.9, 1.5, 100000);
    record.end(first, 1.5);
    record.end(otherDownload, 1.1, SpanState::Failed, QStringLiteral("HTTP 404 Not Found"));
    const int second = record.download(get, 1, 2.0, 1000); // the same lane, one level: later
    record.chunk(get, 2, 1, 2.0, 2.25, 500);
    record.end(second, 2.5, SpanState::Failed, QStringLiteral("connection closed after 500 bytes"));
    record.end(task, 2.5, SpanState::Failed);

    const std::vector<DownloadStats> all = DownloadStats::of(*record.recorder);
    QCOMPARE(all.size(), std::size_t(3));
    QCOMPARE(all[0].span, first);
    QCOMPARE(all[0].received, qint64(300000));
    QCOMPARE(all[0].expected, qint64(300000));
    QCOMPARE(all[0].chunks, 3);
    QCOMPARE(all[0].firstByte, at(0.2));
    QCOMPARE(all[0].bytesPerSecond, 300000.0); // over 1.0 s
    QCOMPARE(all[0].progress(), 1.0);
    QCOMPARE(all[0].state, SpanState::Done);
    QCOMPARE(all[1].span, otherDownload);
    QCOMPARE(all[1].received, qint64(4000));
    QCOMPARE(all[1].expected, qint64(-1));
    QCOMPARE(all[1].progress(), -1.0);
    QCOMPARE(all[1].reason, QStringLiteral("HTTP 404 Not Found"));
    QCOMPARE(all[2].span, second);
    QCOMPARE(all[2].received, qint64(500));
    QCOMPARE(all[2].firstByte, at(0.25));
    QCOMPARE(all[2].bytesPerSecond, 1000.0); // 500 B over 0.5 s
    QCOMPARE(all[2].progress(), 0.5);
    QCOMPARE(all[2].state, SpanState::Failed);
    for (const DownloadStats &stats : all) {
        const DownloadStats alone = DownloadStats::forSpan(*record.recorder, stats.span);
        QCOMPARE(alone.received, stats.received);
        QCOMPARE(alone.chunks, stats.chunks);
        QCOMPARE(alone.firstByte, stats.firstByte);
        QCOMPARE(alone.bytesPerSecond, stats.bytesPerSecond);
    }
    QCOMPARE(DownloadStats::forSpan(*record.recorder, task).span, -1); // not a download
}

void TstDownloadsPanel::statsOfAnOpenDownloadRunUntilNow()
{
    Record record;
    const int lane = record.lane("stream");
    const int download = record.download(lane, 0, 1.0, 200000);
    record.chunk(lane, 1, 1, 1.0, 1.5, 25000);
    // An `each` routine one level down downloads too: its chunks are two levels down.
    const int nested = record.download(lane, 1, 1.5, 10);
    record.chunk(lane, 2, 1, 1.5, 1.6, 10);
    record.end(nested, 1.6);
    record.chunk(lane, 1, 2, 1.5, 2.0, 25000);

    const DownloadStats open = DownloadStats::forSpan(*record.recorder, download, at(3.0));
    QCOMPARE(open.state, SpanState::Running);
    QCOMPARE(open.received, qint64(50000));
    QCOMPARE(open.bytesPerSecond, 25000.0); // 50 kB over the 2 s so far
    QCOMPARE(open.progress(), 0.25);
    QCOMPARE(open.lastArrival, at(2.0));
    // Without a "now", the rate runs until the last chunk.
    QCOMPARE(DownloadStats::forSpan(*record.recorder, download).bytesPerSecond, 50000.0);
    QCOMPARE(DownloadStats::forSpan(*record.recorder, nested).received, qint64(10));

    Record empty;
    const int silent = empty.download(empty.lane("wait"), 0, 0.0, 10);
    const DownloadStats none = DownloadStats::forSpan(*empty.recorder, silent, at(1.0));
    QCOMPARE(none.firstByte, nanoseconds(-1));
    QCOMPARE(none.bytesPerSecond, 0.0);
}

void TstDownloadsPanel::scanningInStepsGivesTheSameFigures()
{
    Record record;
    const int lane = record.lane("get");
    const int download = record.download(lane, 0, 0.0, 100);
    std::vector<DownloadStats> live;
    std::size_t scanned = DownloadStats::scan(*record.recorder, 0, live);
    QCOMPARE(scanned, std::size_t(1));
    record.chunk(lane, 1, 1, 0.0, 0.5, 40);
    scanned = DownloadStats::scan(*record.recorder, scanned, live);
    record.chunk(lane, 1, 2, 0.5, 1.0, 60);
    record.end(download, 1.0);
    scanned = DownloadStats::scan(*record.recorder, scanned, live);
    QCOMPARE(scanned, record.recorder->spans().size());
    QCOMPARE(live.size(), std::size_t(1));
    live[0].refresh(*record.recorder, nanoseconds(-1));
    const DownloadStats whole = DownloadStats::of(*record.recorder).front();
    QCOMPARE(live[0].received, whole.received);
    QCOMPARE(live[0].chunks, 2);
    QCOMPARE(live[0].firstByte, whole.firstByte);
    QCOMPARE(live[0].bytesPerSecond, whole.bytesPerSecond);
    QCOMPARE(live[0].state, SpanState::Done);
}

void TstDownloadsPanel::bytesAndRates_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("0") << qint64(0) << QStringLiteral("0 B");
    QTest::newRow("999") << qint64(999) << QStringLiteral("999 B");
    QTest::newRow("1000") << qint64(1000) << QStringLiteral("1.0 kB");
    QTest::newRow("2500") << qint64(2500) << QStringLiteral("2.5 kB");
    QTest::newRow("50000") << qint64(50000) << QStringLiteral("50 kB");
    QTest::newRow("300000") << qint64(300000) << QStringLiteral("300 kB");
    QTest::newRow("999499") << qint64(999499) << QStringLiteral("999 kB");
    QTest::newRow("999500") << qint64(999500) << QStringLiteral("1.0 MB");
    QTest::newRow("1200000") << qint64(1200000) << QStringLiteral("1.2 MB");
    QTest::newRow("3 GB") << qint64(3000000000) << QStringLiteral("3.0 GB");
}

void TstDownloadsPanel::bytesAndRates()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(ck::TimelineText::bytes(bytes), text);
    QCOMPARE(ck::TimelineText::rate(double(bytes)), text + QStringLiteral("/s"));
}

void TstDownloadsPanel::hoverOfDownloadsAndChunks()
{
    Record record;
    const int lane = record.lane("fetch_report");
    record.begin(lane, 0, SpanKind::Task, QStringLiteral("fetch_report"), 0);
    const int download = record.download(lane, 1, 0.0, 300000);
    record.chunk(lane, 2, 1, 0.0, 0.2, 100000);
    const int second = record.chunk(lane, 2, 2, 0.2, 0.5, 150000);
    QCOMPARE(ck::TimelineText::describe(*record.recorder, download, at(0.5)),
             QStringLiteral("fetch_report: download 300000 B · 0.00–0.50 s · 0.50 s · suspended · "
                            "TTFB 0.20 s · 500 kB/s · 250 kB of 300 kB"));
    QCOMPARE(ck::TimelineText::describe(*record.recorder, second, at(0.5)),
             QStringLiteral("fetch_report: chunk 2 · 150 kB · 0.20–0.50 s · 0.30 s"));
    record.chunk(lane, 2, 3, 0.5, 0.6, 50000);
    record.end(download, 0.6);
    QCOMPARE(ck::TimelineText::describe(*record.recorder, download, at(0.6)),
             QStringLiteral("fetch_report: download 300000 B · 0.00–0.60 s · 0.60 s · done · "
                            "TTFB 0.20 s · 500 kB/s · 300 kB"));
    // Other spans read as before.
    QCOMPARE(ck::TimelineText::describe(*record.recorder, 0, at(1.0)),
             QStringLiteral("fetch_report · 0.00–1.00 s · 1.00 s · running"));
    QCOMPARE(ck::TimelineText::describe(*record.recorder, 99, at(1.0)), QString());
}

void TstDownloadsPanel::panelRowsOfAVirtualRun()
{
    cktest::VirtualRun run(cktest::fromJson(scenarioOf(kPacedAndDropped).constData()),
                           cktest::mode(QStringLiteral("gather")));
    DownloadsPanel panel;
    panel.setRuns({ck::TimelineRun::of(*run.runner, nanoseconds(-1))});
    QCOMPARE(panel.rowCount(), 2);

    const DownloadStats &paced = panel.stats(0);
    QCOMPARE(paced.received, qint64(100000));
    QCOMPARE(paced.expected, qint64(100000));
    QCOMPARE(paced.chunks, 4);
    QCOMPARE(paced.firstByte, 1s); // latency 0.5 s + 25000 B at 50000 B/s
    QCOMPARE(paced.lastArrival, 2500ms);
    QCOMPARE(paced.bytesPerSecond, 40000.0); // 100000 B over 2.5 s
    QCOMPARE(panel.cells(0),
             QStringList({QStringLiteral("get"), QStringLiteral("100%"),
                          QStringLiteral("100 kB / 100 kB"), QStringLiteral("40 kB/s"),
                          QStringLiteral("1.00 s"), QStringLiteral("done")}));

    const DownloadStats &cut = panel.stats(1);
    QCOMPARE(cut.state, SpanState::Failed);
    QCOMPARE(cut.received, qint64(20000));
    QCOMPARE(cut.reason,
             QStringLiteral("ConnectionError: connection closed after 20000 of 100000 bytes"));
    QCOMPARE(panel.cells(1).last(),
             QStringLiteral("failed: ConnectionError: connection closed after 20000 of 100000 "
                            "bytes"));
    QCOMPARE(panel.cells(1).at(1), QStringLiteral("failed"));
    QCOMPARE(panel.text().count(QLatin1Char('\n')), 1);
}

void TstDownloadsPanel::summaryShowsBytesFirstByteAndThroughput()
{
    cktest::VirtualRun run(cktest::fromJson(scenarioOf(kPacedAndDropped).constData()),
                           cktest::mode(QStringLiteral("gather")));
    ck::SummaryPanel summary;
    summary.setRuns({ck::TimelineRun::of(*run.runner, nanoseconds(-1))});
    // 120 kB from 0 to 2.5 s; the first download's first byte came at 1.0 s.
    QVERIFY2(summary.text().contains(QStringLiteral("120 kB · TTFB 1.00 s · 48 kB/s")),
             qPrintable(summary.text()));

    cktest::VirtualRun plain(cktest::builtin(QStringLiteral("kitchen")),
                             cktest::mode(QStringLiteral("gather")));
    summary.setRuns({ck::TimelineRun::of(*plain.runner, nanoseconds(-1))});
    QVERIFY2(!summary.text().contains(QStringLiteral("TTFB")), qPrintable(summary.text()));
    QVERIFY2(summary.text().endsWith(QStringLiteral("done")), qPrintable(summary.text()));
}

void TstDownloadsPanel::panelFollowsALiveRecordIncrementally()
{
    Record record;
    const int lane = record.lane("get");
    const int download = record.download(lane, 0, 0.0, 1000);
    DownloadsPanel panel;
    panel.setRuns({record.run("Gather", 0.1)});
    QCOMPARE(panel.rowCount(), 1);
    QCOMPARE(panel.cells(0).last(), QStringLiteral("waiting for the first byte…"));
    QCOMPARE(panel.cells(0).at(4), QStringLiteral("—"));
    const int chunk = record.chunk(lane, 1, 1, 0.0, 0.5, 250);
    panel.setRuns({record.run("Gather", 1.0)});
    QCOMPARE(panel.rowCount(), 1);
    QCOMPARE(panel.stats(0).received, qint64(250));
    QCOMPARE(panel.stats(0).bytesPerSecond, 250.0); // over the second so far
    QCOMPARE(panel.cells(0).last(), QStringLiteral("receiving…"));
    QCOMPARE(panel.cells(0).at(1), QStringLiteral("25%"));

    // What was scanned is not read again: a later change to an old chunk goes unseen.
    record.recorder->setSpanBytes(chunk, 999);
    record.chunk(lane, 1, 2, 0.5, 1.5, 750);
    record.end(download, 1.5);
    panel.setRuns({record.run("Gather")});
    QCOMPARE(panel.stats(0).received, qint64(1000));
    QCOMPARE(panel.cells(0).last(), QStringLiteral("done"));

    // Another record starts the table afresh.
    Record next;
    next.download(next.lane("again"), 0, 0.0, -1);
    panel.setRuns({next.run("Gather", 0.2)});
    QCOMPARE(panel.rowCount(), 1);
    QCOMPARE(panel.cells(0).first(), QStringLiteral("again"));
    QCOMPARE(panel.cells(0).at(2), QStringLiteral("0 B"));
    panel.setRuns({});
    QCOMPARE(panel.rowCount(), 0);
}

void TstDownloadsPanel::panelShowsTheRunWhenComparing()
{
    Record sequential;
    const int a = sequential.lane("get_1");
    sequential.download(a, 0, 0.0, 10);
    Record gather;
    const int b = gather.lane("get_1");
    gather.download(b, 0, 0.0, 10);
    gather.download(gather.lane("get_2"), 0, 0.0, 10);
    DownloadsPanel panel;
    panel.setRuns({sequential.run("Sequential", 0.1), gather.run("Gather", 0.1)});
    QCOMPARE(panel.rowCount(), 3);
    QCOMPARE(panel.cells(0).mid(0, 2),
             QStringList({QStringLiteral("Sequential"), QStringLiteral("get_1")}));
    // A download that begins later in the first run goes before the second run's rows.
    sequential.download(sequential.lane("get_2"), 0, 1.0, 10);
    panel.setRuns({sequential.run("Sequential", 1.1), gather.run("Gather", 1.1)});
    QCOMPARE(panel.rowCount(), 4);
    QCOMPARE(panel.cells(1).mid(0, 2),
             QStringList({QStringLiteral("Sequential"), QStringLiteral("get_2")}));
    QCOMPARE(panel.cells(3).mid(0, 2),
             QStringList({QStringLiteral("Gather"), QStringLiteral("get_2")}));
}

void TstDownloadsPanel::urlDialogValidatesAsYouType()
{
    ck::UrlDialog dialog;
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.message(), QStringLiteral("Paste one http(s) URL per line."));
    auto *edit = dialog.findChild<QPlainTextEdit *>();
    QTest::keyClicks(edit, QStringLiteral("https://example.com/a.bin"));
    QVERIFY(ok->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("ftp://x"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.scenario());
    QCOMPARE(dialog.message(), QStringLiteral("line 3: \"ftp://x\" is not an http(s) URL"));
    dialog.setText(QStringLiteral("https://example.com/a.bin\n# b\nhttps://example.com/c.bin"));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.scenario());
    QCOMPARE(dialog.scenario()->tasks.size(), std::size_t(2));
    QCOMPARE(dialog.message(),
             QStringLiteral("2 URLs: tasks get_1 … get_2 download them on the real clock."));
    QCOMPARE(dialog.selection().name(), QStringLiteral("gather"));
    dialog.setSelection(ck::Strategy(ck::Strategy::Kind::Sequential));
    QCOMPARE(dialog.selection().name(), QStringLiteral("sequential"));
    dialog.setSelection(ck::RunSelection::compare());
    QCOMPARE(dialog.selection().name(), QStringLiteral("gather"));
}

void TstDownloadsPanel::windowRunsPastedUrlsOnTheRealClock()
{
    const QString good = loopback("/bytes/60000?rate=300000&chunk=20000");
    QVERIFY(!good.isEmpty());
    ck::MainWindow window;
    window.setInstant(true);
    QVERIFY(window.openUrls(good + QStringLiteral("\n") + loopback("/missing"),
                            ck::Strategy(ck::Strategy::Kind::Gather)));
    QVERIFY(warnings(window).isEmpty());
    QVERIFY(!window.isInstant()); // URL downloads need the real clock
    QVERIFY2(
        window.statusBar()->currentMessage().startsWith(QStringLiteral("Instant switched off")),
        qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.scenarioKey(), ck::MainWindow::kPastedUrlsKey);
    QCOMPARE(window.mode().name(), QStringLiteral("gather"));
    QCOMPARE(window.windowTitle(), QStringLiteral("2 downloads — CoroKitchen"));
    // an entry of their own, not a grey placeholder
    QCOMPARE(window.findChild<ck::ScenarioPicker *>()->currentText(),
             QStringLiteral("2 downloads"));
    QCOMPARE(window.findChild<ck::ScenarioPicker *>()->currentData(),
             QVariant(ck::MainWindow::kPastedUrlsKey));
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("downloadsDock"))->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 10000);

    DownloadsPanel *panel = window.downloadsPanel();
    QCOMPARE(panel->rowCount(), 2);
    QCOMPARE(panel->stats(0).state, SpanState::Done);
    QCOMPARE(panel->stats(0).received, qint64(60000));
    QCOMPARE(panel->stats(0).expected, qint64(60000));
    QVERIFY(panel->stats(0).firstByte > 0ns);
    QCOMPARE(panel->stats(1).state, SpanState::Failed);
    QVERIFY2(panel->cells(1).last().startsWith(QStringLiteral("failed: ConnectionError: HTTP 404")),
             qPrintable(panel->cells(1).last()));
    QVERIFY2(window.summaryText().contains(QStringLiteral("TTFB")),
             qPrintable(window.summaryText()));
    const QString log = window.logLines().join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QStringLiteral("60000: request sent")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("missing: request sent")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("missing: failed")), qPrintable(log));
    // The pasted list is not what the next session opens.
    QCOMPARE(ck::WindowSettings().scenario(), QStringLiteral("kitchen"));
    window.stop();
    QTRY_VERIFY(window.controller()->isSettled());
}

void TstDownloadsPanel::windowRefusesABadList()
{
    ck::MainWindow window;
    const QString before = window.scenarioKey();
    QVERIFY(!window.openUrls(QStringLiteral("https://example.com/a\nftp://x"),
                             ck::Strategy(ck::Strategy::Kind::Gather)));
    QCOMPARE(warnings(window),
             QStringList{QStringLiteral("line 2: \"ftp://x\" is not an http(s) URL")});
    QCOMPARE(window.scenarioKey(), before);
    QVERIFY(!window.controller()->hasRuns());
    closeWarnings(window);
}

void TstDownloadsPanel::downloadsDockFollowsTheScenario()
{
    ck::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("downloadsDock"));
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    QVERIFY(dock->isHidden());
    QVERIFY(window.selectScenario(QStringLiteral("http-downloads")));
    QVERIFY(!dock->isHidden());
    QCOMPARE(window.findChild<ck::ScenarioPicker *>()->currentData(),
             QVariant(window.scenarioKey()));
    QAction *toggle = dock->toggleViewAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::ALT | Qt::Key_3));
    QVERIFY(window.allActions().contains(toggle));
    toggle->trigger();
    QVERIFY(dock->isHidden());

    // File > Download URLs… opens the dialog without a nested event loop; OK runs the list.
    window.setInstant(true);
    QAction *urls = nullptr;
    for (QAction *action : window.allActions())
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_U))
            urls = action;
    QVERIFY(urls);
    urls->trigger();
    auto *dialog = window.findChild<ck::UrlDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->setText(loopback("/bytes/1000"));
    dialog->setSelection(ck::Strategy(ck::Strategy::Kind::Sequential));
    dialog->accept();
    QCOMPARE(window.scenarioKey(), ck::MainWindow::kPastedUrlsKey);
    QCOMPARE(window.mode().name(), QStringLiteral("sequential"));
    QVERIFY(window.controller()->isRunning() || window.controller()->hasRuns());
    QVERIFY(!dock->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 10000);
    QCOMPARE(window.downloadsPanel()->stats(0).received, qint64(1000));
    QVERIFY(window.selectScenario(QStringLiteral("kitchen")));
    QVERIFY(dock->isHidden());
    QCOMPARE(window.findChild<ck::ScenarioPicker *>()->currentData(),
             QVariant(window.scenarioKey()));
    QCOMPARE(window.findChild<ck::ScenarioPicker *>()->findData(ck::MainWindow::kPastedUrlsKey),
             -1);
    window.stop();
    QTRY_VERIFY(window.controller()->isSettled());
}

void TstDownloadsPanel::screenshots()
{
    // For people: CK_SCREENSHOT_DIR=/tmp/shots ./tst_downloadspanel screenshots
    const QString folder = qEnvironmentVariable("CK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CK_SCREENSHOT_DIR to write screenshots of the downloads panel");
    ck::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectScenario(QStringLiteral("http-downloads")));
    window.selectMode(ck::RunSelection::compare());
    window.setInstant(false);
    window.setSpeed(2);
    QTest::qWait(50);
    window.grab().save(folder + QStringLiteral("/downloads-ready.png"));
    window.run();
    QTest::qWait(600); // 1.2 s into both runs
    window.grab().save(folder + QStringLiteral("/downloads-live.png"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 10000);
    QTest::qWait(50);
    window.grab().save(folder + QStringLiteral("/downloads-done.png"));
    window.setLanguage(ck::Language::Korean);
    QTest::qWait(50);
    window.grab().save(folder + QStringLiteral("/downloads-done-ko.png"));
    window.setLanguage(ck::Language::English);

    QVERIFY(window.openUrls(loopback("/bytes/400000?rate=200000&chunk=20000") +
                                QStringLiteral("\n") + loopback("/missing") +
                                QStringLiteral("\nhttp://127.0.0.1:1/refused"),
                            ck::Strategy(ck::Strategy::Kind::Gather)));
    QTest::qWait(700);
    window.grab().save(folder + QStringLiteral("/urls-live.png"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 10000);
    QTest::qWait(50);
    window.grab().save(folder + QStringLiteral("/urls-done.png"));

    ck::UrlDialog dialog(&window);
    dialog.setText(QStringLiteral("# my files\nhttps://example.com/report.pdf\n"
                                  "https://example.com/photo.jpg\nftp://example.com/old.zip\n"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.grab().save(folder + QStringLiteral("/url-dialog-error.png"));
    dialog.setText(QStringLiteral("# my files\nhttps://example.com/report.pdf\n"
                                  "https://example.com/photo.jpg\n"));
    QTest::qWait(20);
    dialog.grab().save(folder + QStringLiteral("/url-dialog.png"));
    dialog.close();
    window.stop();
    QTRY_VERIFY(window.controller()->isSettled());
}

QTEST_MAIN(TstDownloadsPanel)
#include "tst_downloadspanel.moc"
