#pragma once

#include "jsonfieldreader.h"
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
    // A name of a task, routine or object: a letter or _, then letters, digits or _.
    static bool isIdentifier(const QString &name);

private:
    explicit ScenarioParser(Scenario &scenario);

    bool readRoot(const QJsonObject &root);
    bool readFormat(const QJsonObject &root);
    bool readThreads(const QJsonObject &root);
    bool readId(const QJsonObject &root);
    bool checkSizes(const QJsonObject &root);
    bool readTasks(const QJsonArray &tasks);
    bool readRoutines(const QJsonArray &routines);
    bool readTask(const QJsonValue &value, const JsonPath &path, ScenarioTask &task);
    bool readRoutine(const QJsonValue &value, const JsonPath &path, Routine &routine);
    bool readName(const QJsonObject &object, const JsonPath &path, QString &name);
    bool readAfter(const QJsonValue &value, const JsonPath &path, QStringList &after);
    bool readSteps(const QJsonObject &object, const JsonPath &path, std::vector<Step> &steps);
    // An array of steps at `path` (a task's, a routine's, or a block's within a step); a fault
    // about the whole list is reported at `owner`.
    bool readStepList(const QJsonValue &value, const JsonPath &owner, const JsonPath &path,
                      std::vector<Step> &steps);
    // A block's steps: a step list, nested at most ScenarioLimits::maxBlockNesting deep.
    bool readBlock(const QJsonValue &value, const JsonPath &path, std::vector<Step> &steps);
    // Its kind's unit reads the rest (steps/).
    bool readStep(const QJsonValue &value, const JsonPath &path, Step &step);
    bool fail(const JsonPath &path, const QString &what) { return m_reader.fail(path, what); }

    static bool isScenarioId(const QString &id);

    Scenario &m_scenario;
    JsonFieldReader m_reader;
    qsizetype m_stepCount = 0; // every step read so far, those in blocks included
    int m_blockDepth = 0;
};

} // namespace ck
