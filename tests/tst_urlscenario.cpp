// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "coro/virtualclock.h"
#include "run/runpreflight.h"
#include "scenario/urlscenario.h"

using ck::Step;
using ck::UrlScenario;

namespace {

QString numbered(int count)
{
    QStringList lines;
    for (int i = 1; i <= count; ++i)
        lines << QStringLiteral("https://example.com/file%1.bin").arg(i);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TstUrlScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodLists_data();
    void goodLists();
    void refusals_data();
    void refusals();
    void stepsOfATask();
    void shortName_data();
    void shortName();
    void urlDownloadsNeedTheRealClock();
};

void TstUrlScenario::goodLists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");

    QTest::newRow("one") << QStringLiteral("https://example.com/report.pdf")
                         << QStringList{QStringLiteral("https://example.com/report.pdf")}
                         << QStringLiteral("1 download") << QStringLiteral("1개 다운로드");
    QTest::newRow("comments, blank lines, whitespace, CRLF")
        << QStringLiteral("# my files\r\n\r\n   https://a.example/x.bin  \r\n\t\n"
                          "http://b.example/\n  # https://skipped.example/\n"
                          "https://c.example/dir/file?x=1#top\n")
        << QStringList{QStringLiteral("https://a.example/x.bin"),
                       QStringLiteral("http://b.example/"),
                       QStringLiteral("https://c.example/dir/file?x=1#top")}
        << QStringLiteral("3 downloads") << QStringLiteral("3개 다운로드");
    QTest::newRow("loopback with a port")
        << QStringLiteral("http://127.0.0.1:8080/bytes/10")
        << QStringList{QStringLiteral("http://127.0.0.1:8080/bytes/10")}
        << QStringLiteral("1 download") << QStringLiteral("1개 다운로드");
    QStringList hundred;
    for (int i = 1; i <= UrlScenario::kMaxUrls; ++i)
        hundred << QStringLiteral("https://example.com/file%1.bin").arg(i);
    QTest::newRow("the most") << numbered(UrlScenario::kMaxUrls) + QStringLiteral("\n# end\n\n")
                              << hundred << QStringLiteral("100 downloads")
                              << QStringLiteral("100개 다운로드");
}

void TstUrlScenario::goodLists()
{
    QFETCH(QString, text);
    QFETCH(QStringList, urls);
    QFETCH(QString, english);
    QFETCH(QString, korean);

    const ck::ScenarioLoadResult loaded = UrlScenario::fromUrls(text);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    const ck::Scenario &scenario = *loaded.scenario;
    QCOMPARE(scenario.id, QStringLiteral("urls"));
    QCOMPARE(scenario.title.english(), english);
    QCOMPARE(scenario.title.korean(), korean);
    QCOMPARE(qsizetype(scenario.tasks.size()), urls.size());
    QVERIFY(scenario.routines.empty());
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const ck::ScenarioTask &task = scenario.tasks[std::size_t(i)];
        QCOMPARE(task.name, QStringLiteral("get_%1").arg(i + 1));
        QCOMPARE(task.steps.size(), std::size_t(2));
        const Step &download = task.steps[1].blocks.at(0).steps.at(0); // inside the try
        QCOMPARE(download.kind, Step::Kind::Download);
        QCOMPARE(download.download->url, urls[i]);
        QVERIFY(!download.download->isEmbedded());
    }
}

void TstUrlScenario::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString()
                           << QStringLiteral("no URLs: paste one http(s) URL per line");
    QTest::newRow("only comments and blanks")
        << QStringLiteral("# nothing yet\n\n   \n#https://example.com/\n")
        << QStringLiteral("no URLs: paste one http(s) URL per line");
    QTest::newRow("bad scheme, line 3")
        << QStringLiteral("https://example.com/a\n\nftp://x\nhttps://example.com/b")
        << QStringLiteral("line 3: \"ftp://x\" is not an http(s) URL");
    QTest::newRow("words") << QStringLiteral("# list\nhello world")
                           << QStringLiteral("line 2: \"hello world\" is not an http(s) URL");
    QTest::newRow("no host") << QStringLiteral("http://")
                             << QStringLiteral("line 1: \"http://\" is not an http(s) URL");
    QTest::newRow("a file") << QStringLiteral("file:///etc/passwd")
                            << QStringLiteral(
                                   "line 1: \"file:///etc/passwd\" is not an http(s) URL");
    QTest::newRow("embedded server path")
        << QStringLiteral("/bytes/1000")
        << QStringLiteral("line 1: \"/bytes/1000\" is not an http(s) URL");
    QTest::newRow("too many") << QStringLiteral("# header\n") + numbered(UrlScenario::kMaxUrls + 1)
                              << QStringLiteral("line 102: too many URLs (at most 100)");
}

void TstUrlScenario::refusals()
{
    QFETCH(QString, text);
    QFETCH(QString, error);

    const ck::ScenarioLoadResult loaded = UrlScenario::fromUrls(text);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error, error);
    QVERIFY(!loaded.error.contains(QLatin1Char('\n')));
}

void TstUrlScenario::stepsOfATask()
{
    const ck::ScenarioLoadResult loaded =
        UrlScenario::fromUrls(QStringLiteral("https://example.com/files/report.pdf\n"
                                             "https://example.org"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    const std::vector<Step> &first = loaded.scenario->tasks[0].steps;
    QCOMPARE(first[0].kind, Step::Kind::Log);
    QCOMPARE(first[0].text.english(), QStringLiteral("report.pdf: request sent"));
    QCOMPARE(first[0].text.korean(), QStringLiteral("report.pdf: 요청 보냄"));
    // try: download, done; except OSError: failed (a failed download raises in its own task).
    QCOMPARE(first.size(), std::size_t(2));
    QCOMPARE(first[1].kind, Step::Kind::Try);
    const std::vector<Step> &tried = first[1].blocks.at(0).steps;
    QCOMPARE(tried[0].download->label(),
             QStringLiteral("download https://example.com/files/report.pdf"));
    QCOMPARE(tried[1].kind, Step::Kind::Log);
    QCOMPARE(tried[1].text.english(), QStringLiteral("report.pdf: done"));
    QCOMPARE(tried[1].text.korean(), QStringLiteral("report.pdf: 완료"));
    const ck::StepBlock &failed = first[1].blocks.at(1);
    QCOMPARE(failed.role, ck::StepBlock::Role::Except);
    QCOMPARE(failed.exceptionTypes, QStringList{QStringLiteral("OSError")});
    QCOMPARE(failed.steps.at(0).text.english(), QStringLiteral("report.pdf: failed"));
    QCOMPARE(failed.steps.at(0).text.korean(), QStringLiteral("report.pdf: 실패"));
    const std::vector<Step> &second = loaded.scenario->tasks[1].steps;
    QCOMPARE(second[0].text.english(), QStringLiteral("example.org: request sent"));
    QCOMPARE(second[1].blocks.at(0).steps.at(1).text.korean(), QStringLiteral("example.org: 완료"));
}

void TstUrlScenario::shortName_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");

    QTest::newRow("file") << QStringLiteral("https://example.com/a/b/video.mp4?x=1")
                          << QStringLiteral("video.mp4");
    QTest::newRow("folder") << QStringLiteral("https://example.com/a/")
                            << QStringLiteral("example.com");
    QTest::newRow("host") << QStringLiteral("http://example.com") << QStringLiteral("example.com");
    QTest::newRow("port") << QStringLiteral("http://127.0.0.1:8080/bytes/10")
                          << QStringLiteral("10");
}

void TstUrlScenario::shortName()
{
    QFETCH(QString, url);
    QFETCH(QString, name);
    QCOMPARE(UrlScenario::shortName(url), name);
}

void TstUrlScenario::urlDownloadsNeedTheRealClock()
{
    const ck::ScenarioLoadResult loaded =
        UrlScenario::fromUrls(QStringLiteral("https://example.com/report.pdf"));
    QVERIFY(loaded.ok());
    const ck::VirtualClock clock;
    const QString refusal = ck::RunPreflight::refusal(
        *loaded.scenario, ck::Strategy(ck::Strategy::Kind::Gather), clock);
    QVERIFY2(refusal.contains(QStringLiteral("real clock")), qPrintable(refusal));
}

QTEST_GUILESS_MAIN(TstUrlScenario)
#include "tst_urlscenario.moc"
