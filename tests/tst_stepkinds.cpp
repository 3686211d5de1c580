// The table of step kinds and what each unit says of itself: its example loads as a step of
// its kind, the editor gives back the value it shows, and the published JSON Schema holds each
// kind's entry and definitions as its unit has them.

#include "scenario/scenarioloader.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "scenariotext.h"

using namespace ck;

namespace {

QByteArray compact(const QJsonValue &value)
{
    return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

QJsonObject schemaFile()
{
    QFile file(QStringLiteral(COROKITCHEN_SCHEMA));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TstStepKinds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindIsFoundByItsKey();
    void examplesLoadAsTheirKind_data();
    void examplesLoadAsTheirKind();
    void editedTextGivesTheValueBack_data();
    void editedTextGivesTheValueBack();
    void schemaHoldsEveryKindAsItsUnitHasIt();
};

void TstStepKinds::everyKindIsFoundByItsKey()
{
    const QStringList keys = StepKinds::keys();
    QVERIFY(!keys.isEmpty());
    for (int i = 0; i < keys.size(); ++i) {
        Step::Kind kind{};
        const StepKind *unit = StepKinds::find(keys[i], &kind);
        QVERIFY(unit);
        QCOMPARE(int(kind), i);
        QCOMPARE(&StepKinds::of(kind), unit);
        QCOMPARE(unit->key(), keys[i]);
    }
    QVERIFY(!StepKinds::find(QStringLiteral("sleep")));
}

void TstStepKinds::examplesLoadAsTheirKind_data()
{
    QTest::addColumn<QString>("key");
    for (const QString &key : StepKinds::keys())
        QTest::newRow(qPrintable(key)) << key;
}

// A new step in the editor is its kind's example: it must load as it is.
void TstStepKinds::examplesLoadAsTheirKind()
{
    QFETCH(QString, key);
    Step::Kind kind{};
    const StepKind *unit = StepKinds::find(key, &kind);
    QVERIFY(unit);
    const QByteArray step = compact(QJsonObject{{key, unit->example()}});
    // Named as the editor's new scenario names its task and routine, which examples refer to;
    // only a routine returns a value (a task's is its "result").
    // The objects examples name are declared, and a Condition's wait and notify are held.
    const bool inRoutine = kind == Step::Kind::Return;
    const bool held = kind == Step::Kind::WaitCondition || kind == Step::Kind::Notify ||
                      kind == Step::Kind::NotifyAll;
    const QByteArray taskStep =
        held ? R"({"async_with": {"object": "condition", "steps": [)" + step + "]}}" : step;
    QByteArray json = cktest::scenario(
        R"([{"name": "task_1", "steps": [)" + (inRoutine ? R"({"call": "routine_1"})" : taskStep) +
            "]}]",
        R"([{"name": "routine_1", "steps": [)" + (inRoutine ? step : R"({"log": "r"})") + "]}]");
    json.insert(json.size() - 1, R"(, "objects": [{"name": "lock", "type": "Lock"},
        {"name": "event", "type": "Event"}, {"name": "condition", "type": "Condition"},
        {"name": "queue", "type": "Queue"}])");
    const ScenarioLoadResult loaded = ScenarioLoader::fromJson(json, QStringLiteral("t.json"));
    QVERIFY2(loaded.ok(),
             qPrintable(loaded.error + QStringLiteral(" in ") + QString::fromUtf8(json)));
    const Scenario &scenario = *loaded.scenario;
    const Step &first = inRoutine ? scenario.routines[0].steps[0] : scenario.tasks[0].steps[0];
    const Step &loadedStep = held ? first.blocks[0].steps[0] : first;
    QCOMPARE(int(loadedStep.kind), int(kind));
}

void TstStepKinds::editedTextGivesTheValueBack_data()
{
    examplesLoadAsTheirKind_data();
}

void TstStepKinds::editedTextGivesTheValueBack()
{
    QFETCH(QString, key);
    const StepKind *unit = StepKinds::find(key);
    QVERIFY(unit);
    const QJsonValue example = unit->example();
    QString error;
    const std::optional<QJsonValue> back =
        unit->fromEditText(unit->editText(example), example, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, example);
}

// The file is what editors and other tools read; the units are where kinds are defined.
void TstStepKinds::schemaHoldsEveryKindAsItsUnitHasIt()
{
    const QJsonObject schema = schemaFile();
    const QJsonObject definitions = schema.value(QStringLiteral("$defs")).toObject();
    const QJsonArray entries = definitions.value(QStringLiteral("step"))
                                   .toObject()
                                   .value(QStringLiteral("oneOf"))
                                   .toArray();
    const QStringList keys = StepKinds::keys();
    QCOMPARE(entries.size(), keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        const StepKind &unit = *StepKinds::find(keys[i]);
        QVERIFY2(entries.at(i).toObject() == unit.schema(),
                 qPrintable(QStringLiteral("step kind %1: the schema file should hold %2")
                                .arg(keys[i], QString::fromUtf8(compact(unit.schema())))));
        const QJsonObject own = unit.schemaDefinitions();
        for (auto it = own.begin(); it != own.end(); ++it)
            QVERIFY2(definitions.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("$defs.%1 should be %2")
                                    .arg(it.key(), QString::fromUtf8(compact(it.value())))));
    }
}

QTEST_GUILESS_MAIN(TstStepKinds)
#include "tst_stepkinds.moc"
