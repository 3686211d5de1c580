#include "scenariojson.h"

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

QJsonObject defaultStep(const QString &kind)
{
    if (kind == QLatin1String("log"))
        return {{kind, QStringLiteral("Hello")}};
    if (kind == QLatin1String("wait") || kind == QLatin1String("block"))
        return {{kind, 1}};
    if (kind == QLatin1String("call"))
        return {{kind, QStringLiteral("routine_1")}};
    if (kind == QLatin1String("gather"))
        return {{kind, QJsonArray{QStringLiteral("routine_1")}}};
    return {{kind, QJsonObject{{QStringLiteral("bytes"), 100000}}}}; // download
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
    static const QStringList kinds{QStringLiteral("log"),    QStringLiteral("wait"),
                                   QStringLiteral("block"),  QStringLiteral("call"),
                                   QStringLiteral("gather"), QStringLiteral("download")};
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
    QJsonObject item = ownerAt(root, owner);
    QJsonArray steps = item.value(kSteps).toArray();
    const int at = owner.step >= 0 ? owner.step + 1 : int(steps.size());
    steps.insert(at, defaultStep(kind));
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
    if (items.isEmpty() && place.collection == QLatin1String("routines"))
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
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &name : value.toArray())
            names << name.toString();
        return names.join(QStringLiteral(", "));
    }
    if (value.isObject() && kindOf(step) == QLatin1String("log")) // {"en": ..., "ko": ...}
        return value.toObject().value(QStringLiteral("en")).toString();
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> ScenarioJson::withValue(const QJsonObject &step, const QString &text,
                                                   QString *error)
{
    const QString kind = kindOf(step);
    const QString trimmed = text.trimmed();
    if (kind == QLatin1String("wait") || kind == QLatin1String("block")) {
        bool number = false;
        const double seconds = trimmed.toDouble(&number);
        if (!number) {
            *error = tr("\"%1\" takes a number of seconds, such as 1.5").arg(kind);
            return std::nullopt;
        }
        return QJsonObject{{kind, seconds}};
    }
    if (kind == QLatin1String("gather")) {
        QJsonArray names;
        for (const QString &name : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names.append(name.trimmed());
        return QJsonObject{{kind, names}};
    }
    if (kind == QLatin1String("download")) {
        const QJsonDocument json = QJsonDocument::fromJson(trimmed.toUtf8());
        if (!json.isObject()) {
            *error = tr("\"download\" takes an object such as {\"bytes\": 100000}");
            return std::nullopt;
        }
        return QJsonObject{{kind, json.object()}};
    }
    if (kind == QLatin1String("log") && step.begin().value().isObject()) {
        QJsonObject texts = step.begin().value().toObject(); // keep the Korean text
        texts.insert(QStringLiteral("en"), text);
        return QJsonObject{{kind, texts}};
    }
    return QJsonObject{{kind, kind == QLatin1String("log") ? text : trimmed}};
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

QString ScenarioJson::freeName(const QJsonObject &root, const QString &stem)
{
    QStringList taken;
    for (const QString &collection : {QStringLiteral("tasks"), QStringLiteral("routines")}) {
        for (const QJsonValue &item : root.value(collection).toArray())
            taken << item.toObject().value(kName).toString();
    }
    for (int number = 1;; ++number) {
        const QString name = QStringLiteral("%1_%2").arg(stem).arg(number);
        if (!taken.contains(name))
            return name;
    }
}

} // namespace ck
