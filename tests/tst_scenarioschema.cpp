// resources/corokitchen-scenario.schema.json against the loader, with Python's jsonschema
// (Debian's python3-jsonschema): every scenario the app loads, the schema accepts (built-ins,
// test scenarios, hundreds of mutated ones), and the schema refuses the faults it can express.

#include "scenario/builtinscenarios.h"
#include "scenario/scenarioloader.h"

#include "scenariomutator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "scenariotext.h"

using namespace ck;

namespace {

// Prints one line per document: "ok", "refused <why>" or "not json: <why>".
const char kValidator[] = R"(import json, sys
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
for path in sys.argv[2:]:
    try:
        with open(path, encoding="utf-8-sig") as f:
            document = json.load(f)
    except ValueError as error:
        print("not json: " + " ".join(str(error).split()))
        continue
    error = best_match(validator.iter_errors(document))
    print("ok" if error is None else "refused " + " ".join(error.message.split())[:200])
)";

using cktest::repeated;
using cktest::scenario;
using cktest::steps;

} // namespace

class TstScenarioSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadedFilesAreValid();
    void refusedFilesAreInvalid();
    void mutantsTheAppLoadsAreValid();

private:
    // The validator's verdict on each document, in order.
    QStringList validate(const std::vector<QByteArray> &documents);

    QString m_python;
    QTemporaryDir m_dir;
};

void TstScenarioSchema::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Debian's interpreter first: scripts/install-deps.sh installs python3-jsonschema for it.
    for (const QString &python : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"),
                             QStringLiteral("from jsonschema import Draft202012Validator")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0) {
            m_python = python;
            break;
        }
    }
    if (m_python.isEmpty())
        QSKIP("no python3 with jsonschema (Debian: python3-jsonschema): the schema is not checked");
}

QStringList TstScenarioSchema::validate(const std::vector<QByteArray> &documents)
{
    QStringList arguments{QStringLiteral("-c"), QString::fromUtf8(kValidator),
                          QStringLiteral(COROKITCHEN_SCHEMA)};
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const QString path = m_dir.filePath(QStringLiteral("document-%1.json").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(documents[i]) != documents[i].size())
            return {};
        arguments << path;
    }
    QProcess python;
    python.start(m_python, arguments);
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("%s", python.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(python.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The built-in scenarios and every scenario of tests/data that the app loads.
void TstScenarioSchema::loadedFilesAreValid()
{
    QStringList paths;
    for (const QString &name : QDir(QStringLiteral(":/scenarios")).entryList(QDir::Files))
        paths << QStringLiteral(":/scenarios/") + name;
    const QDir data(QStringLiteral(COROKITCHEN_TEST_DATA));
    for (const QString &name : data.entryList({QStringLiteral("*.json")}, QDir::Files))
        paths << data.filePath(name);
    std::vector<QByteArray> documents;
    QStringList names;
    int builtins = 0;
    for (const QString &path : paths) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        const ScenarioLoadResult loaded = ScenarioLoader::fromJson(json, path);
        if (path.startsWith(u':')) {
            QVERIFY2(loaded.ok(), qPrintable(loaded.error));
            ++builtins;
        }
        if (loaded.ok()) {
            documents.push_back(json);
            names << path;
        }
    }
    QCOMPARE(builtins, ck::BuiltinScenarios::ids().size() - 1); // all but the crowd
    QVERIFY(documents.size() >= 12u);
    const QStringList verdicts = validate(documents);
    QCOMPARE(verdicts.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i)
        QVERIFY2(verdicts.at(i) == QLatin1String("ok"),
                 qPrintable(names.at(i) + QStringLiteral(": ") + verdicts.at(i)));
}

// The faults of docs/scenario-format.md that a schema can express, in one run of the validator.
void TstScenarioSchema::refusedFilesAreInvalid()
{
    std::vector<std::pair<const char *, QByteArray>> rows;
    const QByteArray task = R"({"name": "a", "steps": []})";
    const QByteArray format = R"("format": "corokitchen-scenario/1")";
    auto row = [&rows](const char *tag, const QByteArray &json) { rows.emplace_back(tag, json); };
    row("top level array", "[]");
    row("format missing", R"({"id": "t", "title": "T", "tasks": [{"name": "a", "steps": []}]})");
    row("format wrong", R"({"format": "corokitchen-scenario/2", "id": "t", "title": "T",
        "tasks": [{"name": "a", "steps": []}]})");
    row("unknown root key", scenario("[" + task + "]").chopped(1) + R"(, "colour": 1})");
    row("id invalid",
        "{" + format + R"(, "id": "My Kitchen", "title": "T", "tasks": [)" + task + "]}");
    row("title missing", "{" + format + R"(, "id": "t", "tasks": [)" + task + "]}");
    row("title unknown language", "{" + format + R"(, "id": "t", "title": {"fr": "T"},
        "tasks": [)" + task + "]}");
    row("title no language",
        "{" + format + R"(, "id": "t", "title": {}, "tasks": [)" + task + "]}");
    row("tasks missing", "{" + format + R"(, "id": "t", "title": "T"})");
    row("tasks empty", scenario("[]"));
    row("routines object", scenario("[" + task + "]", "{}"));
    row("task not an object", scenario("[1]"));
    row("task unknown key", scenario(R"([{"name": "a", "steps": [], "colour": "red"}])"));
    row("name with space", scenario(R"([{"name": "brew coffee", "steps": []}])"));
    row("steps missing", scenario(R"([{"name": "a"}])"));
    row("too many steps", steps(repeated(R"({"wait": 1})", 10001)));
    row("after number", scenario(R"([{"name": "a", "after": [1], "steps": []}])"));
    row("awaited not a boolean", scenario(R"([{"name": "a", "awaited": "no", "steps": []}])"));
    row("unawaited after", scenario(R"([{"name": "a", "steps": []},
        {"name": "b", "awaited": false, "after": ["a"], "steps": []}])"));
    row("routine with a result",
        scenario("[" + task + "]", R"([{"name": "r", "result": "x", "steps": []}])"));
    row("step not an object", steps(R"(["wait 3"])"));
    row("step empty", steps("[{}]"));
    row("step unknown", steps(R"([{"fly": 1}])"));
    row("step two kinds", steps(R"([{"wait": 1, "log": "x"}])"));
    row("wait text", steps(R"([{"wait": "3 s"}])"));
    row("wait negative", steps(R"([{"wait": -1}])"));
    row("block too long", steps(R"([{"block": 86400.5}])"));
    row("log number", steps(R"([{"log": 5}])"));
    row("call number", steps(R"([{"call": 1}])"));
    row("gather empty", steps(R"([{"gather": []}])"));
    row("gather too many", steps(R"([{"gather": )" + repeated(R"("r")", 1001) + "}]"));
    row("download url and bytes", steps(R"([{"download": {"url": "/x", "bytes": 5}}])"));
    row("download neither", steps(R"([{"download": {"timeout": 5}}])"));
    row("download ftp url", steps(R"([{"download": {"url": "ftp://example.com/f"}}])"));
    row("download rate with url", steps(R"([{"download": {"url": "/x", "rate": 5}}])"));
    row("download scheme-relative url", steps("[{\"download\": {\"url\": \"//127.0.0.1/ok\"}}]"));
    row("download max_bytes with bytes",
        steps(R"([{"download": {"bytes": 10, "max_bytes": 100}}])"));
    row("download zero max_bytes", steps(R"([{"download": {"url": "/x", "max_bytes": 0}}])"));
    row("download fractional bytes", steps(R"([{"download": {"bytes": 10.5}}])"));
    row("download zero chunk", steps(R"([{"download": {"bytes": 10, "chunk": 0}}])"));
    row("download zero timeout", steps(R"([{"download": {"bytes": 10, "timeout": 0}}])"));
    row("download unknown key", steps(R"([{"download": {"bytes": 10, "speed": 1}}])"));
    row("gather form without routines", steps(R"([{"gather": {"return_exceptions": true}}])"));
    row("gather return_exceptions not a bool",
        steps(R"([{"gather": {"routines": ["r"], "return_exceptions": "yes"}}])"));
    row("raise string", steps(R"([{"raise": "ValueError"}])"));
    row("raise without type", steps(R"([{"raise": {"message": "bad"}}])"));
    row("raise unknown type", steps(R"([{"raise": {"type": "KeyError"}}])"));
    row("raise message of two lines",
        steps(R"([{"raise": {"type": "ValueError", "message": "a\nb"}}])"));
    row("raise unknown key", steps(R"([{"raise": {"type": "ValueError", "text": "x"}}])"));

    std::vector<QByteArray> documents;
    for (const auto &[tag, json] : rows) {
        QVERIFY2(!ScenarioLoader::fromJson(json, QStringLiteral("bad.json")).ok(), tag);
        documents.push_back(json);
    }
    const QStringList verdicts = validate(documents);
    QCOMPARE(verdicts.size(), qsizetype(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        QVERIFY2(verdicts.at(qsizetype(i)).startsWith(QLatin1String("refused ")),
                 qPrintable(QString::fromUtf8(rows[i].first) +
                            QStringLiteral(": the schema says ") + verdicts.at(qsizetype(i))));
}

// What the app loads, the schema must accept (the other way round it cannot hold: the schema
// knows nothing of names, cycles and costs).
void TstScenarioSchema::mutantsTheAppLoadsAreValid()
{
    cktest::ScenarioMutator mutator(7);
    std::vector<QByteArray> documents;
    QStringList kinds;
    int tried = 0;
    for (const QString &name : QDir(QStringLiteral(":/scenarios")).entryList(QDir::Files)) {
        QFile file(QStringLiteral(":/scenarios/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        for (int i = 0; i < 100; ++i, ++tried) {
            QString kind;
            const QByteArray mutant = mutator.mutate(json, &kind);
            if (ScenarioLoader::fromJson(mutant, name).ok()) {
                documents.push_back(mutant);
                kinds << name + QStringLiteral(" (") + kind + u')';
            }
        }
    }
    qInfo("%d of %d mutated built-ins load", int(documents.size()), tried);
    QVERIFY(documents.size() >= 100u);
    const QStringList verdicts = validate(documents);
    QCOMPARE(verdicts.size(), kinds.size());
    for (qsizetype i = 0; i < kinds.size(); ++i)
        QVERIFY2(verdicts.at(i) == QLatin1String("ok"),
                 qPrintable(kinds.at(i) + QStringLiteral(": ") + verdicts.at(i)));
}

QTEST_GUILESS_MAIN(TstScenarioSchema)

#include "tst_scenarioschema.moc"
