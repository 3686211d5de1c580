// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "codegen/codesyntax.h"
#include "codegen/cppprogram.h"
#include "codegen/pythonprogram.h"
#include "panels/logpanel.h"
#include "panels/summarypanel.h"
#include "runharness.h"
#include "timeline/timelinerun.h"
#include "timeline/timelinetext.h"
#include "trace/chrometraceexport.h"
#include "trace/logtext.h"
#include "trace/recorder.h"
#include "trace/runjsonexport.h"
#include "trace/visibletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

namespace {

// What each hostile text smuggles: code that prints INJECTED under Python, and stops the compile
// of the C++ program, should it leave its comment or its string literal.
const QString kPayload = QStringLiteral("print('INJECTED'); static_assert(false, \"INJECTED\");");

struct HostileText
{
    const char *name;
    QString text;
};

QString withNul(const QString &before, const QString &after)
{
    return before + QChar(0) + after;
}

// Every way out of a `#` or `//` comment, a Python or C++ string literal, or a terminal's sense.
const QList<HostileText> &hostileTexts()
{
    static const QList<HostileText> texts{
        {"line feed", QStringLiteral("a\n") + kPayload},
        {"line feed, then a comment", QStringLiteral("a\nprint('INJECTED') #")},
        {"carriage return, then a comment", QStringLiteral("a\rprint('INJECTED') #")},
        {"carriage return", QStringLiteral("a\r") + kPayload},
        {"crlf", QStringLiteral("a\r\n") + kPayload},
        {"form feed and vertical tab", QStringLiteral("a\f\v") + kPayload},
        {"next line", QStringLiteral("a\u0085") + kPayload},
        {"line separator", QStringLiteral("a\u2028") + kPayload},
        {"paragraph separator", QStringLiteral("a\u2029") + kPayload},
        {"nul", withNul(QStringLiteral("a"), kPayload)},
        {"double quote", QStringLiteral("a\"); ") + kPayload + QStringLiteral(" #")},
        {"single quote", QStringLiteral("a'); ") + kPayload + QStringLiteral(" #")},
        {"backslash quote", QStringLiteral("a\\\"); ") + kPayload + QStringLiteral(" #")},
        {"triple quote", QStringLiteral("\"\"\"); ") + kPayload + QStringLiteral(" #")},
        {"backslash newline", QStringLiteral("a\\\n") + kPayload},
        {"trailing backslash", QStringLiteral("a\\")},
        {"comment closer", QStringLiteral("*/ ") + kPayload + QStringLiteral(" /*")},
        {"trigraph", QStringLiteral("a ?\?/\n") + kPayload},
        {"trailing trigraph", QStringLiteral("a?\?/")},
        {"terminal escapes", QStringLiteral("\x1b]0;pwned\a\x1b[2J\x1b[H")},
        {"del and c1", QStringLiteral("a\x7f\u009b2J\u009cb")},
        {"bidi overrides", QStringLiteral("a\u202e\u2066b\u2069\u202cc")},
        {"format arguments", QStringLiteral("%1 %2 %L1 {0} {result_a} %%")},
        {"preprocessor", QStringLiteral("\n#error INJECTED\n#include </dev/zero>")},
        {"korean and emoji", QString::fromUtf8("커피 ☕ 😀")},
    };
    return texts;
}

// A scenario whose title, log lines and results are the given texts: task i logs text i and
// returns it.
QByteArray scenarioJson(const QString &title, const QStringList &texts)
{
    QJsonArray tasks;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QJsonArray steps{QJsonObject{{QStringLiteral("log"), texts[i]}},
                               QJsonObject{{QStringLiteral("wait"), 0.001}}};
        tasks.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("t%1").arg(i)},
                                 {QStringLiteral("result"), texts[i]},
                                 {QStringLiteral("steps"), steps}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QStringLiteral("corokitchen-scenario/1")},
                           {QStringLiteral("id"), QStringLiteral("hostile")},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("tasks"), tasks}})
        .toJson();
}

std::shared_ptr<const ck::Scenario> hostileScenario(const QString &title, const QStringList &texts)
{
    return cktest::fromJson(scenarioJson(title, texts).constData());
}

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Finished runProcess(const QString &program, const QStringList &arguments,
                    const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// Every string of a JSON document.
void collectStrings(const QJsonValue &value, QStringList &strings)
{
    if (value.isString())
        strings << value.toString();
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, strings);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), strings);
    }
}

QStringList jsonStrings(const QByteArray &json)
{
    QStringList strings;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    collectStrings(
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), strings);
    return strings;
}

// True when the text holds a character a terminal would obey: anything below U+0020 but the
// line feed that ends a line, DEL, a C1 control, a line separator or a bidi control.
bool obeysTerminal(const QString &text)
{
    for (const QChar c : text) {
        if (c != QLatin1Char('\n') && ck::VisibleText::isHidden(c.unicode()))
            return true;
    }
    return false;
}

} // namespace

class TstHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void visibleTextEscapesControls_data();
    void visibleTextEscapesControls();
    void commentsStayOnOneLine_data();
    void commentsStayOnOneLine();
    void pythonPrintsOnlyTheTexts();
    void allTextsPipedToPython3();
    void cppCompilesWithoutTheInjection_data();
    void cppCompilesWithoutTheInjection();
    void namesMustBeIdentifiers();
    void logLinesShowControlsVisibly();
    void logPanelShowsControlsVisibly();
    void cliRunShowsControlsVisibly();
    void windowShowsFailureReasonsVisibly();
    void cliFailureShowsReasonPhraseVisibly();
    void jsonExportsKeepTheExactText();
};

void TstHostileText::visibleTextEscapesControls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("Start brewCoffee()")
                           << QStringLiteral("Start brewCoffee()");
    QTest::newRow("backslash stays") << QStringLiteral("C:\\x1b") << QStringLiteral("C:\\x1b");
    QTest::newRow("escape") << QStringLiteral("\x1b[2J") << QStringLiteral("\\x1b[2J");
    QTest::newRow("cr lf bel tab")
        << QStringLiteral("a\r\n\a\tb") << QStringLiteral("a\\x0d\\x0a\\x07\\x09b");
    QTest::newRow("nul") << withNul(QStringLiteral("a"), QStringLiteral("b"))
                         << QStringLiteral("a\\x00b");
    QTest::newRow("del and c1") << QStringLiteral("\x7f\u0085\u009b")
                                << QStringLiteral("\\x7f\\x85\\x9b");
    QTest::newRow("separators") << QStringLiteral("\u2028\u2029")
                                << QStringLiteral("\\u2028\\u2029");
    QTest::newRow("bidi") << QStringLiteral("\u202a\u202e\u2066\u2069\u200f\u061c")
                          << QStringLiteral("\\u202a\\u202e\\u2066\\u2069\\u200f\\u061c");
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << QStringLiteral("\\ud800");
    QTest::newRow("korean and emoji")
        << QString::fromUtf8("커피 😀 é") << QString::fromUtf8("커피 😀 é");
}

void TstHostileText::visibleTextEscapesControls()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(ck::VisibleText::of(text), shown);
}

void TstHostileText::commentsStayOnOneLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("comment");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("a\\x0ab");
    QTest::newRow("trailing backslash") << QStringLiteral("a\\") << QStringLiteral("a\\x5c");
    QTest::newRow("trailing trigraph") << QStringLiteral("a?\?/") << QStringLiteral("a?\?\\x2f");
    QTest::newRow("inner backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\b");
}

void TstHostileText::commentsStayOnOneLine()
{
    QFETCH(QString, text);
    QFETCH(QString, comment);
    QCOMPARE(ck::CodeSyntax::comment(text), comment);
}

void TstHostileText::pythonPrintsOnlyTheTexts()
{
    // Per text and mode, a program whose title, log line and result are the text: it prints the
    // last two, exactly, then its total, and nothing of the text runs. One interpreter compiles
    // and runs them all (a start costs a second on a busy machine), each from its UTF-8 bytes as
    // `python3 -` would read them, with its own globals and stdout.
    QStringList names;
    QStringList texts;
    QJsonArray programs;
    for (const HostileText &hostile : hostileTexts()) {
        for (const QString &mode : {QStringLiteral("sync"), QStringLiteral("gather")}) {
            const auto scenario = hostileScenario(hostile.text, {hostile.text});
            QString error;
            const auto program = ck::PythonProgram::generate(*scenario, cktest::mode(mode),
                                                             ck::Language::English, 1.0, &error);
            QVERIFY2(program, qPrintable(error));
            names << QStringLiteral("%1 %2").arg(QString::fromUtf8(hostile.name), mode);
            texts << hostile.text;
            programs.append(program->text);
        }
    }
    const Finished python = runProcess(
        QStringLiteral("python3"),
        {QStringLiteral("-c"), QStringLiteral("import contextlib, io, json, sys\n"
                                              "results = []\n"
                                              "for program in json.load(sys.stdin):\n"
                                              "    out, error = io.StringIO(), ''\n"
                                              "    try:\n"
                                              "        code = compile(program.encode(), '-', "
                                              "'exec')\n"
                                              "        with contextlib.redirect_stdout(out):\n"
                                              "            exec(code, {'__name__': '__main__'})\n"
                                              "    except BaseException as e:\n"
                                              "        error = repr(e)\n"
                                              "    results.append([out.getvalue(), error])\n"
                                              "json.dump(results, sys.stdout)\n")},
        QJsonDocument(programs).toJson());
    QVERIFY2(python.exitCode == 0, python.err.constData());
    const QJsonArray results = QJsonDocument::fromJson(python.out).array();
    QCOMPARE(results.size(), programs.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QString out = results[i][0].toString();
        const QString error = results[i][1].toString();
        const QString expected = texts[i] + QStringLiteral("\nResult of t0 : ") + texts[i] +
                                 QStringLiteral("\nTotal execution time : ");
        const QString why =
            names[i] + QStringLiteral(": ") + error + QLatin1Char('\n') + programs[i].toString();
        QVERIFY2(error.isEmpty(), qPrintable(why));
        QVERIFY2(!out.split(QLatin1Char('\n')).contains(QStringLiteral("INJECTED")),
                 qPrintable(why));
        QVERIFY2(out.startsWith(expected), qPrintable(why));
        QVERIFY2(out.indexOf(QLatin1Char('\n'), expected.size()) == out.size() - 1,
                 qPrintable(why));
    }
}

void TstHostileText::allTextsPipedToPython3()
{
    // As the README has it, `corokitchen code ... | python3`: one program with every text.
    QStringList texts;
    for (const HostileText &hostile : hostileTexts())
        texts << hostile.text;
    const auto scenario = hostileScenario(texts.join(QLatin1Char(' ')), texts);
    QString error;
    const auto program = ck::PythonProgram::generate(
        *scenario, cktest::mode(QStringLiteral("gather")), ck::Language::English, 1.0, &error);
    QVERIFY2(program, qPrintable(error));
    const Finished python =
        runProcess(QStringLiteral("python3"), {QStringLiteral("-")}, program->text.toUtf8());
    QVERIFY2(python.exitCode == 0, python.err.constData());
    QString expected;
    for (const QString &text : texts)
        expected += text + QLatin1Char('\n');
    for (qsizetype i = 0; i < texts.size(); ++i)
        expected += QStringLiteral("Result of t%1 : ").arg(i) + texts[i] + QLatin1Char('\n');
    const QString out = QString::fromUtf8(python.out);
    QVERIFY2(out.startsWith(expected + QStringLiteral("Total execution time : ")),
             qPrintable(program->text));
    QVERIFY(out.indexOf(QLatin1Char('\n'), expected.size()) == out.size() - 1); // nothing after
}

void TstHostileText::cppCompilesWithoutTheInjection_data()
{
    QTest::addColumn<QString>("mode");
    // Each compile takes seconds: all the texts in one program, in the asynchronous form and
    // the plain one.
    QTest::newRow("gather") << QStringLiteral("gather");
    QTest::newRow("sync") << QStringLiteral("sync");
}

void TstHostileText::cppCompilesWithoutTheInjection()
{
    QFETCH(QString, mode);
    QStringList texts;
    QString title;
    for (const HostileText &hostile : hostileTexts()) {
        texts << hostile.text;
        title += hostile.text + QLatin1Char(' ');
    }
    title += QStringLiteral("a\\"); // the title is written before " (mode)" but even so
    const auto scenario = hostileScenario(title, texts);
    QString error;
    const auto program =
        ck::CppProgram::generate(*scenario, cktest::mode(mode), ck::Language::English, 1.0, &error);
    QVERIFY2(program, qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile source(dir.filePath(QStringLiteral("program.cpp")));
    QVERIFY(source.open(QIODevice::WriteOnly));
    source.write(program->text.toUtf8());
    source.close();
    const Finished compiler = runProcess(
        QStringLiteral(COROKITCHEN_CXX),
        {QStringLiteral("-fsyntax-only"), QStringLiteral("-std=c++20"), QStringLiteral("-fPIC"),
         QStringLiteral("-Werror=trigraphs"), QStringLiteral("-trigraphs"),
         QStringLiteral("@" COROKITCHEN_MODEL_FLAGS), source.fileName()});
    QVERIFY2(compiler.exitCode == 0, compiler.err.constData());
    QVERIFY2(!compiler.err.contains("INJECTED"), compiler.err.constData());
}

void TstHostileText::namesMustBeIdentifiers()
{
    // Names become Python and C++ identifiers as they are: the loader takes only identifiers.
    QByteArray json = scenarioJson(QStringLiteral("T"), {QStringLiteral("a")});
    json.replace("\"t0\"", "\"t0(); print('INJECTED')\"");
    const ck::ScenarioLoadResult loaded =
        ck::ScenarioLoader::fromJson(json, QStringLiteral("hostile.json"));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.contains(QStringLiteral("must be an identifier")),
             qPrintable(loaded.error));
}

void TstHostileText::logLinesShowControlsVisibly()
{
    ck::LogLine line;
    line.time = std::chrono::seconds(2);
    line.text = ck::LocalizedText(QStringLiteral("\x1b[2Jdone\r\a"));
    QCOMPARE(ck::LogText::line(line, ck::Language::English),
             QStringLiteral("[ 2.000 s] \\x1b[2Jdone\\x0d\\x07"));
    QCOMPARE(ck::LogText::line(line, ck::Language::English, QStringLiteral("gather"), 6),
             QStringLiteral("[ 2.000 s] gather | \\x1b[2Jdone\\x0d\\x07"));
}

void TstHostileText::logPanelShowsControlsVisibly()
{
    ck::LogPanel panel;
    ck::LogLine line;
    line.text = ck::LocalizedText(QStringLiteral("a\nb\u202ec\x1b"));
    panel.append(0, line);
    const auto *view = panel.findChild<QPlainTextEdit *>();
    QVERIFY(view);
    QCOMPARE(view->toPlainText(), QStringLiteral("[ 0.000 s] a\\x0ab\\u202ec\\x1b"));
}

void TstHostileText::windowShowsFailureReasonsVisibly()
{
    // A failure reason may carry a server's words (an HTTP reason phrase): the Summary panel
    // and the timeline's hover show them as the Log panel does.
    auto recorder = std::make_shared<ck::Recorder>();
    recorder->addLane(ck::Lane{QStringLiteral("get"), -1, 0});
    ck::Span span;
    span.lane = 0;
    span.kind = ck::SpanKind::Task;
    const int task = recorder->beginSpan(span, QStringLiteral("get"));
    recorder->endSpan(task, std::chrono::seconds(1), std::chrono::seconds(1), ck::SpanState::Failed,
                      QStringLiteral("HTTP 500 \x1b[2J\aBoom\u202e"));
    recorder->finish(std::chrono::seconds(1), std::chrono::seconds(1), false);
    const QString shown = QStringLiteral("HTTP 500 \\x1b[2J\\x07Boom\\u202e");

    ck::SummaryPanel summary;
    summary.setRuns({ck::TimelineRun{recorder, QStringLiteral("Gather"),
                                     std::chrono::nanoseconds(-1), std::chrono::nanoseconds(-1)}});
    QVERIFY2(summary.text().contains(QStringLiteral("get: ") + shown), qPrintable(summary.text()));
    const QString hover = ck::TimelineText::describe(*recorder, task, std::chrono::seconds(1));
    QVERIFY2(hover.endsWith(shown), qPrintable(hover));
}

void TstHostileText::cliRunShowsControlsVisibly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("hostile.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString text = withNul(QStringLiteral("\x1b]0;pwned\a\x1b[2J"), QStringLiteral("\rx"));
    file.write(scenarioJson(text, {text}));
    file.close();
    const Finished run =
        runProcess(QStringLiteral(COROKITCHEN_BINARY),
                   {QStringLiteral("run"), file.fileName(), QStringLiteral("--clock"),
                    QStringLiteral("virtual"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(!obeysTerminal(out), run.out.toHex(' ').constData());
    const QString shown = QStringLiteral("\\x1b]0;pwned\\x07\\x1b[2J\\x00\\x0dx");
    QCOMPARE(out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             QStringList({QStringLiteral("[ 0.000 s] ") + shown,
                          QStringLiteral("[ 0.001 s] Result of t0 : ") + shown,
                          QStringLiteral("Total execution time : 0.00 seconds")}));
    QCOMPARE(run.err, QByteArray());
}

void TstHostileText::cliFailureShowsReasonPhraseVisibly()
{
    // A server's reason phrase reaches stderr with the task's failure: shown, not obeyed.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket *socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 500 \x1b[2J\x07"
                          "Boom\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("reason.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString url = QStringLiteral("http://127.0.0.1:%1/x").arg(server.serverPort());
    const QJsonArray steps{
        QJsonObject{{QStringLiteral("download"), QJsonObject{{QStringLiteral("url"), url}}}}};
    file.write(
        QJsonDocument(
            QJsonObject{{QStringLiteral("format"), QStringLiteral("corokitchen-scenario/1")},
                        {QStringLiteral("id"), QStringLiteral("reason")},
                        {QStringLiteral("title"), QStringLiteral("reason")},
                        {QStringLiteral("tasks"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("t0")},
                                                {QStringLiteral("steps"), steps}}}}})
            .toJson());
    file.close();
    QProcess run;
    run.start(QStringLiteral(COROKITCHEN_BINARY), {QStringLiteral("run"), file.fileName(),
                                                   QStringLiteral("--lang"), QStringLiteral("en")});
    // The test's own loop serves the request meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(run.state() == QProcess::NotRunning, 30000);
    const QString err = QString::fromUtf8(run.readAllStandardError());
    QCOMPARE(run.exitCode(), 1);
    QVERIFY2(!obeysTerminal(err), run.readAllStandardError().toHex(' ').constData());
    QVERIFY2(err.contains(QStringLiteral("corokitchen: task t0: ConnectionError: HTTP 500 "
                                         "\\x1b[2J\\x07Boom\n")),
             qPrintable(err));
}

void TstHostileText::jsonExportsKeepTheExactText()
{
    const QString text = withNul(QStringLiteral("\x1b[2J\r\n\u202e\""), QStringLiteral("\\end"));
    cktest::VirtualRun run(hostileScenario(text, {text}), cktest::mode(QStringLiteral("gather")));
    const std::vector<const ck::Recorder *> runs{&run.recorder()};
    QVERIFY(jsonStrings(ck::ChromeTraceExport::toJson(runs, ck::Language::English)).contains(text));
    QVERIFY(jsonStrings(ck::RunJsonExport::toJson(runs)).contains(text));
}

QTEST_MAIN(TstHostileText)
#include "tst_hostiletext.moc"
