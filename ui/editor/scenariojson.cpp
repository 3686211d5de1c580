#include "scenariojson.h"

#include "scenarioobjects.h"
#include "steps/stepkind.h"
#include "steps/stepkinds.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ck {

namespace {

const QString kSteps = QStringLiteral("steps");
const QString kName = QStringLiteral("name");

QJsonArray moved(QJsonArray array, int from, int to)
{
    if (from < 0 || to < 0 || from >= array.size() || to >= array.size())
        return array;
    const QJsonValue value = array.at(from);
    array.removeAt(from);
    array.insert(to, value);
    return array;
}

QJsonObject defaultStep(const QString &key)
{
    const StepKind *kind = StepKinds::find(key);
    return {{key, kind ? kind->example() : QJsonValue(QJsonObject())}};
}

} // namespace

QString ScenarioJson::Place::path() const
{
    QString path = QStringLiteral("%1[%2]").arg(collection).arg(index);
    if (step >= 0)
        path += QStringLiteral(".steps[%1]").arg(step);
    return path;
}

const QStringList &ScenarioJson::stepKinds()
{
    static const QStringList kinds = StepKinds::keys();
    return kinds;
}

QJsonObject ScenarioJson::addTaskOrRoutine(QJsonObject root, const QString &collection)
{
    const QString stem =
        collection == QLatin1String("tasks") ? QStringLiteral("task") : QStringLiteral("routine");
    QJsonArray items = root.value(collection).toArray();
    items.append(QJsonObject{{kName, freeName(root, stem)},
                             {kSteps, QJsonArray{QJsonObject{{QStringLiteral("wait"), 1}}}}});
    root.insert(collection, items);
    return root;
}

QJsonObject ScenarioJson::addStep(QJsonObject root, const Place &owner, const QString &kind)
{
    auto [declared, step] = ScenarioObjects::declareFor(std::move(root), defaultStep(kind));
    root = std::move(declared);
    QJsonObject item = ownerAt(root, owner);
    QJsonArray steps = item.value(kSteps).toArray();
    const int at = owner.step >= 0 ? owner.step + 1 : int(steps.size());
    steps.insert(at, step);
    item.insert(kSteps, steps);
    return setOwner(std::move(root), owner, item);
}

QJsonObject ScenarioJson::remove(QJsonObject root, const Place &place)
{
    if (place.isStep()) {
        QJsonObject item = ownerAt(root, place);
        QJsonArray steps = item.value(kSteps).toArray();
        if (place.step < steps.size())
            steps.removeAt(place.step);
        item.insert(kSteps, steps);
        return setOwner(std::move(root), place, item);
    }
    QJsonArray items = root.value(place.collection).toArray();
    if (place.index >= 0 && place.index < items.size())
        items.removeAt(place.index);
    if (items.isEmpty() && place.collection != QLatin1String("tasks")) // optional ones go
        root.remove(place.collection);
    else
        root.insert(place.collection, items);
    return root;
}

QJsonObject ScenarioJson::move(QJsonObject root, const Place &place, int direction)
{
    if (place.isStep()) {
        QJsonObject item = ownerAt(root, place);
        item.insert(kSteps,
                    moved(item.value(kSteps).toArray(), place.step, place.step + direction));
        return setOwner(std::move(root), place, item);
    }
    root.insert(place.collection, moved(root.value(place.collection).toArray(), place.index,
                                        place.index + direction));
    return root;
}

QJsonObject ScenarioJson::rename(QJsonObject root, const Place &place, const QString &name)
{
    QJsonObject item = ownerAt(root, place);
    item.insert(kName, name);
    return setOwner(std::move(root), place, item);
}

QString ScenarioJson::kindOf(const QJsonObject &step)
{
    return step.size() == 1 ? step.begin().key() : QString();
}

QString ScenarioJson::valueText(const QJsonObject &step)
{
    if (step.size() != 1)
        return QString::fromUtf8(QJsonDocument(step).toJson(QJsonDocument::Compact));
    const QJsonValue value = step.begin().value();
    const StepKind *kind = StepKinds::find(kindOf(step));
    return kind ? kind->editText(value) : StepKind::plainEditText(value);
}

std::optional<QJsonObject> ScenarioJson::withValue(const QJsonObject &step, const QString &text,
                                                   QString *error)
{
    const QString key = kindOf(step);
    const StepKind *kind = StepKinds::find(key);
    if (!kind)
        return QJsonObject{{key, text.trimmed()}};
    const std::optional<QJsonValue> value =
        kind->fromEditText(text, step.isEmpty() ? QJsonValue() : step.begin().value(), error);
    if (!value)
        return std::nullopt;
    return QJsonObject{{key, *value}};
}

QJsonObject ScenarioJson::setStep(QJsonObject root, const Place &place, const QJsonObject &step)
{
    QJsonObject item = ownerAt(root, place);
    QJsonArray steps = item.value(kSteps).toArray();
    if (place.step >= 0 && place.step < steps.size())
        steps.replace(place.step, step);
    item.insert(kSteps, steps);
    return setOwner(std::move(root), place, item);
}

QJsonObject ScenarioJson::stepAt(const QJsonObject &root, const Place &place)
{
    return ownerAt(root, place).value(kSteps).toArray().at(place.step).toObject();
}

QJsonObject ScenarioJson::ownerAt(const QJsonObject &root, const Place &place)
{
    return root.value(place.collection).toArray().at(place.index).toObject();
}

QJsonObject ScenarioJson::setOwner(QJsonObject root, const Place &place, const QJsonObject &owner)
{
    QJsonArray items = root.value(place.collection).toArray();
    if (place.index >= 0 && place.index < items.size())
        items.replace(place.index, owner);
    root.insert(place.collection, items);
    return root;
}

bool ScenarioJson::isNameTaken(const QJsonObject &root, const QString &name)
{
    for (const QString &collection :
         {QStringLiteral("tasks"), QStringLiteral("routines"), ScenarioObjects::collection}) {
        for (const QJsonValue &item : root.value(collection).toArray()) {
            if (item.toObject().value(kName).toString() == name)
                return true;
        }
    }
    return false;
}

QString ScenarioJson::freeName(const QJsonObject &root, const QString &stem)
{
    for (int number = 1;; ++number) {
        const QString name = QStringLiteral("%1_%2").arg(stem).arg(number);
        if (!isNameTaken(root, name))
            return name;
    }
}

} // namespace ck
