#pragma once

#include "scenario.h"
#include "scenariofault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace ck {

// Reads the shape of a corokitchen-scenario/1 document: keys, types, identifiers, durations
// and size limits. Names stay unresolved; ScenarioValidator resolves them afterwards.
class ScenarioParser
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioParser)

public:
    static const QString formatName; // "corokitchen-scenario/1"

    // Fills `scenario` from the root object, or says what is wrong with the first fault.
    static std::optional<ScenarioFault> parse(const QJsonObject &root, Scenario &scenario);

private:
    explicit ScenarioParser(Scenario &scenario) : m_scenario(scenario) {}

    bool readRoot(const QJsonObject &root);
    bool readFormat(const QJsonObject &root);
    bool readId(const QJsonObject &root);
    bool checkSizes(const QJsonObject &root);
    bool readTasks(const QJsonArray &tasks);
    bool readRoutines(const QJsonArray &routines);
    bool readTask(const QJsonValue &value, const JsonPath &path, ScenarioTask &task);
    bool readRoutine(const QJsonValue &value, const JsonPath &path, Routine &routine);
    bool readName(const QJsonObject &object, const JsonPath &path, QString &name);
    bool readAfter(const QJsonValue &value, const JsonPath &path, QStringList &after);
    bool readSteps(const QJsonObject &object, const JsonPath &path, std::vector<Step> &steps);
    bool readStep(const QJsonValue &value, const JsonPath &path, Step &step);
    bool readStepKind(const QJsonObject &object, const JsonPath &path, Step &step);
    bool readDuration(const QString &kind, const QJsonValue &value, const JsonPath &path,
                      Step &step);
    bool readDownload(const QJsonValue &value, const JsonPath &path, Step &step);
    bool readGather(const QJsonValue &value, const JsonPath &path, Step &step);
    bool readText(const QJsonObject &object, const QString &key, const JsonPath &path,
                  LocalizedText &text);
    bool readOptionalText(const QJsonObject &object, const QString &key, const JsonPath &path,
                          std::optional<LocalizedText> &text);
    bool readTextObject(const QJsonObject &object, const JsonPath &path, LocalizedText &text);
    bool checkKeys(const QJsonObject &object, const JsonPath &path, const QStringList &allowed);
    bool require(const QJsonObject &object, const JsonPath &path, const QString &key);
    bool fail(const JsonPath &path, const QString &what);

    static QString describe(const QJsonValue &value);
    static QString quotedList(const QStringList &names);
    static bool isIdentifier(const QString &name);
    static bool isScenarioId(const QString &id);

    Scenario &m_scenario;
    ScenarioFault m_fault;
};

} // namespace ck
