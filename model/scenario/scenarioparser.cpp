#include "scenarioparser.h"

#include "namedobjectreader.h"
#include "scenariolimits.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

const QString nameKey = QStringLiteral("name");
const QString stepsKey = QStringLiteral("steps");
const QString afterKey = QStringLiteral("after");
const QString resultKey = QStringLiteral("result");
const QString awaitedKey = QStringLiteral("awaited");
const QString tasksKey = QStringLiteral("tasks");
const QString routinesKey = QStringLiteral("routines");
const QString threadsKey = QStringLiteral("threads");
const QString objectsKey = QStringLiteral("objects");

QString describe(const QJsonValue &value)
{
    return JsonFieldReader::describe(value);
}

} // namespace

const QString ScenarioParser::formatName = QStringLiteral("corokitchen-scenario/1");

ScenarioParser::ScenarioParser(Scenario &scenario) : m_scenario(scenario)
{
    m_reader.setStepListReader(
        [this](const QJsonValue &list, const JsonPath &path, std::vector<Step> &steps) {
            return readBlock(list, path, steps);
        });
}

std::optional<ScenarioFault> ScenarioParser::parse(const QJsonObject &root, Scenario &scenario)
{
    ScenarioParser parser(scenario);
    if (parser.readRoot(root))
        return std::nullopt;
    return parser.m_reader.fault();
}

bool ScenarioParser::readRoot(const QJsonObject &root)
{
    const JsonPath path;
    if (!readFormat(root))
        return false;
    static const QStringList keys{QStringLiteral("format"),
                                  QStringLiteral("id"),
                                  QStringLiteral("title"),
                                  QStringLiteral("description"),
                                  routinesKey,
                                  tasksKey,
                                  threadsKey,
                                  objectsKey};
    if (!m_reader.checkKeys(root, path, keys) || !readId(root))
        return false;
    if (!m_reader.require(root, path, QStringLiteral("title")) ||
        !m_reader.readText(root, QStringLiteral("title"), path, m_scenario.title))
        return false;
    std::optional<LocalizedText> description;
    if (!m_reader.readOptionalText(root, QStringLiteral("description"), path, description))
        return false;
    m_scenario.description = description.value_or(LocalizedText());
    if (!readThreads(root))
        return false;
    if (root.contains(objectsKey) &&
        !NamedObjectReader::read(root.value(objectsKey), path.key(objectsKey), m_reader,
                                 m_scenario.objects))
        return false;
    if (!m_reader.require(root, path, tasksKey))
        return false;
    if (!root.value(tasksKey).isArray())
        return fail(path, tr("\"tasks\" must be an array of tasks"));
    if (root.value(tasksKey).toArray().isEmpty())
        return fail(path, tr("\"tasks\" must hold at least one task"));
    if (root.contains(routinesKey) && !root.value(routinesKey).isArray())
        return fail(path, tr("\"routines\" must be an array of routines"));
    return checkSizes(root) && readTasks(root.value(tasksKey).toArray()) &&
           readRoutines(root.value(routinesKey).toArray());
}

bool ScenarioParser::readFormat(const QJsonObject &root)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        return fail(
            {}, tr("\"format\" is missing (expected %1)").arg(ScenarioFault::quote(formatName)));
    if (format.toString() != formatName)
        return fail({}, tr("\"format\" must be %1, found %2")
                            .arg(ScenarioFault::quote(formatName), describe(format)));
    return true;
}

bool ScenarioParser::readThreads(const QJsonObject &root)
{
    if (!root.contains(threadsKey))
        return true;
    const QJsonValue threads = root.value(threadsKey);
    const double count = threads.toDouble(-1);
    if (!threads.isDouble() || count != std::floor(count) || count < 1 ||
        count > ScenarioLimits::maxThreads)
        return fail(JsonPath().key(threadsKey),
                    tr("\"threads\" must be a whole number of worker threads from 1 to %1, "
                       "found %2")
                        .arg(QString::number(ScenarioLimits::maxThreads), describe(threads)));
    m_scenario.threads = int(count);
    return true;
}

bool ScenarioParser::readId(const QJsonObject &root)
{
    if (!m_reader.require(root, {}, QStringLiteral("id")))
        return false;
    const QJsonValue id = root.value(QStringLiteral("id"));
    if (!isScenarioId(id.toString()))
        return fail({}, tr("\"id\" must be a non-empty string of a-z, 0-9, _ and -, found %1")
                            .arg(describe(id)));
    m_scenario.id = id.toString();
    return true;
}

// Counts before reading, so that an oversized file is refused before any work is spent on it.
bool ScenarioParser::checkSizes(const QJsonObject &root)
{
    const QJsonArray tasks = root.value(tasksKey).toArray();
    const QJsonArray routines = root.value(routinesKey).toArray();
    const qsizetype names = tasks.size() + routines.size();
    if (names > ScenarioLimits::maxNames)
        return fail({},
                    tr("too many tasks and routines: %1 (the limit is %2)")
                        .arg(QString::number(names), QString::number(ScenarioLimits::maxNames)));
    qsizetype steps = 0;
    for (const QJsonArray &list : {tasks, routines}) {
        for (const QJsonValue &item : list)
            steps += item.toObject().value(stepsKey).toArray().size();
    }
    if (steps > ScenarioLimits::maxStepsTotal)
        return fail(
            {}, tr("too many steps in total: %1 (the limit is %2)")
                    .arg(QString::number(steps), QString::number(ScenarioLimits::maxStepsTotal)));
    return true;
}

bool ScenarioParser::readTasks(const QJsonArray &tasks)
{
    m_scenario.tasks.resize(std::size_t(tasks.size()));
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (!readTask(tasks.at(i), JsonPath().key(tasksKey).at(i),
                      m_scenario.tasks[std::size_t(i)]))
            return false;
    }
    return true;
}

bool ScenarioParser::readRoutines(const QJsonArray &routines)
{
    m_scenario.routines.resize(std::size_t(routines.size()));
    for (qsizetype i = 0; i < routines.size(); ++i) {
        if (!readRoutine(routines.at(i), JsonPath().key(routinesKey).at(i),
                         m_scenario.routines[std::size_t(i)]))
            return false;
    }
    return true;
}

bool ScenarioParser::readTask(const QJsonValue &value, const JsonPath &path, ScenarioTask &task)
{
    if (!value.isObject())
        return fail(path, tr("a task must be an object with \"name\" and \"steps\""));
    const QJsonObject object = value.toObject();
    static const QStringList keys{nameKey, afterKey, resultKey, awaitedKey, stepsKey};
    if (!m_reader.checkKeys(object, path, keys) || !readName(object, path, task.name))
        return false;
    if (object.contains(awaitedKey)) {
        const QJsonValue awaited = object.value(awaitedKey);
        if (!awaited.isBool())
            return fail(path.key(awaitedKey),
                        tr("\"awaited\" must be true or false, found %1").arg(describe(awaited)));
        task.awaited = awaited.toBool();
    }
    if (object.contains(afterKey)) {
        QStringList after;
        if (!readAfter(object.value(afterKey), path, after))
            return false;
        task.setAfter(std::move(after));
    }
    std::optional<LocalizedText> result;
    if (!m_reader.readOptionalText(object, resultKey, path, result))
        return false;
    if (result)
        task.setResult(std::move(*result));
    return readSteps(object, path, task.steps.edit());
}

bool ScenarioParser::readRoutine(const QJsonValue &value, const JsonPath &path, Routine &routine)
{
    if (!value.isObject())
        return fail(path, tr("a routine must be an object with \"name\" and \"steps\""));
    const QJsonObject object = value.toObject();
    static const QStringList keys{nameKey, stepsKey};
    return m_reader.checkKeys(object, path, keys) && readName(object, path, routine.name) &&
           readSteps(object, path, routine.steps);
}

bool ScenarioParser::readName(const QJsonObject &object, const JsonPath &path, QString &name)
{
    if (!m_reader.require(object, path, nameKey))
        return false;
    const QJsonValue value = object.value(nameKey);
    if (!value.isString())
        return fail(path, tr("\"name\" must be a string, found %1").arg(describe(value)));
    if (!isIdentifier(value.toString()))
        return fail(path, tr("\"name\" must be an identifier (a letter or _, then letters, digits "
                             "or _), found %1")
                              .arg(describe(value)));
    name = value.toString();
    return true;
}

bool ScenarioParser::readAfter(const QJsonValue &value, const JsonPath &path, QStringList &after)
{
    if (!value.isArray())
        return fail(path, tr("\"after\" must be an array of task names"));
    const QJsonArray names = value.toArray();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!names.at(i).isString())
            return fail(path.key(afterKey).at(i),
                        tr("a task name must be a string, found %1").arg(describe(names.at(i))));
        after.append(names.at(i).toString());
    }
    return true;
}

bool ScenarioParser::readSteps(const QJsonObject &object, const JsonPath &path,
                               std::vector<Step> &steps)
{
    if (!m_reader.require(object, path, stepsKey))
        return false;
    if (!object.value(stepsKey).isArray())
        return fail(path, tr("\"steps\" must be an array of steps"));
    return readStepList(object.value(stepsKey), path, path.key(stepsKey), steps);
}

bool ScenarioParser::readStepList(const QJsonValue &value, const JsonPath &owner,
                                  const JsonPath &path, std::vector<Step> &steps)
{
    const QJsonArray list = value.toArray();
    if (list.size() > ScenarioLimits::maxStepsPerList)
        return fail(owner, tr("too many steps: %1 (the limit is %2)")
                               .arg(QString::number(list.size()),
                                    QString::number(ScenarioLimits::maxStepsPerList)));
    m_stepCount += list.size();
    if (m_stepCount > ScenarioLimits::maxStepsTotal)
        return fail(owner, tr("too many steps in total: more than %1")
                               .arg(QString::number(ScenarioLimits::maxStepsTotal)));
    steps.resize(std::size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!readStep(list.at(i), path.at(i), steps[std::size_t(i)]))
            return false;
    }
    return true;
}

bool ScenarioParser::readBlock(const QJsonValue &value, const JsonPath &path,
                               std::vector<Step> &steps)
{
    if (!value.isArray())
        return fail(
            path, tr("a block of steps must be an array of steps, found %1").arg(describe(value)));
    if (m_blockDepth >= ScenarioLimits::maxBlockNesting)
        return fail(path, tr("blocks nest too deep (the limit is %1)")
                              .arg(QString::number(ScenarioLimits::maxBlockNesting)));
    ++m_blockDepth;
    const bool read = readStepList(value, path, path, steps);
    --m_blockDepth;
    return read;
}

bool ScenarioParser::readStep(const QJsonValue &value, const JsonPath &path, Step &step)
{
    const auto kinds = [] { return StepKinds::keys().join(QStringLiteral(", ")); };
    if (!value.isObject())
        return fail(
            path,
            tr("a step must be an object such as {\"wait\": 1}, found %1").arg(describe(value)));
    const QJsonObject object = value.toObject();
    if (object.isEmpty())
        return fail(path, tr("a step needs a kind (expected %1)").arg(kinds()));
    if (object.size() > 1)
        return fail(path, tr("a step has exactly one kind, found %1")
                              .arg(JsonFieldReader::quotedList(object.keys())));
    const QString key = object.begin().key();
    const StepKind *kind = StepKinds::find(key, &step.kind);
    if (!kind)
        return fail(path,
                    tr("unknown step %1 (expected %2)").arg(ScenarioFault::quote(key), kinds()));
    return kind->read(object.begin().value(), path, m_reader, step);
}

bool ScenarioParser::isIdentifier(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'_';
    });
}

bool ScenarioParser::isScenarioId(const QString &id)
{
    return !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
    });
}

} // namespace ck
