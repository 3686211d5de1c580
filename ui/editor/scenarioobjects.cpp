#include "scenarioobjects.h"

#include "scenario/namedobject.h"
#include "scenariojson.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ck {

namespace {

const QString kName = QStringLiteral("name");
const QString kType = QStringLiteral("type");
const QString kValue = QStringLiteral("value");
const QString kMaxsize = QStringLiteral("maxsize");

// The key of the number a type takes ("maxsize" for a Queue), empty for one that takes none.
QString numberKey(NamedObject::Type type)
{
    if (type == NamedObject::Type::Semaphore)
        return kValue;
    return type == NamedObject::Type::Queue ? kMaxsize : QString();
}

// The step with every string of its value that reads `from` (the value itself, or one of its
// fields) reading `to`.
QJsonObject renamed(const QJsonObject &step, const QString &from, const QString &to)
{
    if (step.size() != 1 || from == to)
        return step;
    QJsonValue value = step.begin().value();
    if (value.toString() == from) {
        value = to;
    } else if (value.isObject()) {
        QJsonObject fields = value.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.value().toString() == from)
                it.value() = to;
        }
        value = fields;
    }
    return QJsonObject{{step.begin().key(), value}};
}

} // namespace

const QString ScenarioObjects::collection = QStringLiteral("objects");

QJsonObject ScenarioObjects::add(QJsonObject root, const QString &type)
{
    QJsonArray objects = root.value(collection).toArray();
    objects.append(
        QJsonObject{{kName, ScenarioJson::freeName(root, type.toLower())}, {kType, type}});
    root.insert(collection, objects);
    return root;
}

QString ScenarioObjects::valueText(const QJsonObject &object)
{
    QString text = object.value(kType).toVariant().toString();
    for (const QString &key : {kValue, kMaxsize}) {
        if (object.contains(key))
            text += QStringLiteral(" (%1 %2)").arg(key, object.value(key).toVariant().toString());
    }
    return text;
}

std::optional<QJsonObject> ScenarioObjects::withText(const QJsonObject &object, const QString &text,
                                                     QString *error)
{
    // "Queue", "Queue 2", "Queue(2)", "Queue (maxsize 2)", "Queue(maxsize=2)"
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([A-Za-z]+)\\s*(?:\\(?\\s*(?:(maxsize|value)\\s*=?\\s*)?"
                       "(-?\\d+(?:\\.\\d+)?)\\s*\\)?)?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    std::optional<NamedObject::Type> type;
    for (const QString &name : NamedObject::typeNames()) {
        if (match.hasMatch() && name.compare(match.captured(1), Qt::CaseInsensitive) == 0)
            type = NamedObject::typeOf(name);
    }
    if (!type) {
        *error = tr("an object is written as its type (%1) and, for a Semaphore's value or a "
                    "Queue's maxsize, a number: \"Queue 2\"")
                     .arg(NamedObject::typeNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const QString key = numberKey(*type);
    const QString word = match.captured(2); // "maxsize" or "value", when written
    const QString number = match.captured(3);
    if ((!number.isEmpty() && key.isEmpty()) || (!word.isEmpty() && word != key)) {
        *error = tr("a %1 takes no %2")
                     .arg(NamedObject::typeName(*type), word.isEmpty() ? tr("number") : word);
        return std::nullopt;
    }
    QJsonObject edited{{kName, object.value(kName)}, {kType, NamedObject::typeName(*type)}};
    if (!number.isEmpty())
        edited.insert(key, number.toDouble()); // the loader judges its range
    return edited;
}

// Every kind's example() names its object after the first type it takes, in lower case as
// asyncio's class ("queue" for put and get, "lock" for async_with, "event" for set and
// wait_event, "condition" for notify): that name is what is replaced or declared. The new step
// takes the first declared object it can name, so adding a `get` under a scenario with Queue
// "orders" gets from "orders"; with none, Queue "queue" is declared in the same edit. Steps that
// need more than an object (wait_condition and notify only inside an async_with of the
// condition) stay refused until the user puts them there: the editor does not guess a block.
std::pair<QJsonObject, QJsonObject> ScenarioObjects::declareFor(QJsonObject root,
                                                                const QJsonObject &step)
{
    const StepKind *kind = StepKinds::find(ScenarioJson::kindOf(step));
    const QList<NamedObject::Type> types = kind ? kind->objectTypes() : QList<NamedObject::Type>();
    if (types.isEmpty())
        return {root, step};
    const QString exampleName = NamedObject::typeName(types.front()).toLower();
    QJsonArray objects = root.value(collection).toArray();
    for (const QJsonValue &value : std::as_const(objects)) {
        const QJsonObject object = value.toObject();
        const auto type = NamedObject::typeOf(object.value(kType).toString());
        if (type && types.contains(*type))
            return {root, renamed(step, exampleName, object.value(kName).toString())};
    }
    const QString name = ScenarioJson::isNameTaken(root, exampleName)
                             ? ScenarioJson::freeName(root, exampleName)
                             : exampleName;
    objects.append(QJsonObject{{kName, name}, {kType, NamedObject::typeName(types.front())}});
    root.insert(collection, objects);
    return {root, renamed(step, exampleName, name)};
}

} // namespace ck
