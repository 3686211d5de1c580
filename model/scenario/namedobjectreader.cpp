#include "namedobjectreader.h"

#include "jsonfieldreader.h"
#include "jsonpath.h"
#include "scenariolimits.h"
#include "scenarioparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace ck {

namespace {

const QString nameKey = QStringLiteral("name");
const QString typeKey = QStringLiteral("type");
const QString valueKey = QStringLiteral("value");
const QString maxsizeKey = QStringLiteral("maxsize");

} // namespace

bool NamedObjectReader::read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                             std::vector<NamedObject> &objects)
{
    const QJsonArray list = value.toArray();
    if (!value.isArray())
        return reader.fail(path, tr("\"objects\" must be an array such as [{\"name\": "
                                    "\"machine\", \"type\": \"Lock\"}], found %1")
                                     .arg(JsonFieldReader::describe(value)));
    if (list.size() > ScenarioLimits::maxObjects)
        return reader.fail(path, tr("too many objects: %1 (the limit is %2)")
                                     .arg(QString::number(list.size()),
                                          QString::number(ScenarioLimits::maxObjects)));
    QSet<QString> names;
    objects.resize(std::size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        NamedObject &object = objects[std::size_t(i)];
        if (!readObject(list.at(i), path.at(i), reader, object))
            return false;
        if (names.contains(object.name))
            return reader.fail(
                path.at(i).key(nameKey),
                tr("the object %1 is declared twice").arg(ScenarioFault::quote(object.name)));
        names.insert(object.name);
    }
    return true;
}

bool NamedObjectReader::readObject(const QJsonValue &value, const JsonPath &path,
                                   JsonFieldReader &reader, NamedObject &object)
{
    if (!value.isObject())
        return reader.fail(path, tr("an object must be an object such as {\"name\": \"machine\", "
                                    "\"type\": \"Lock\"}, found %1")
                                     .arg(JsonFieldReader::describe(value)));
    const QJsonObject json = value.toObject();
    if (!reader.checkKeys(json, path, {nameKey, typeKey, valueKey, maxsizeKey}) ||
        !reader.require(json, path, nameKey) || !reader.require(json, path, typeKey))
        return false;
    const QJsonValue name = json.value(nameKey);
    if (!ScenarioParser::isIdentifier(name.toString()))
        return reader.fail(path.key(nameKey),
                           tr("an object's \"name\" must be an identifier (a letter or _, then "
                              "letters, digits or _), found %1")
                               .arg(JsonFieldReader::describe(name)));
    object.name = name.toString();
    const std::optional<NamedObject::Type> type =
        NamedObject::typeOf(json.value(typeKey).toString());
    if (!type)
        return reader.fail(path.key(typeKey),
                           tr("\"type\" must be one of %1, found %2")
                               .arg(NamedObject::typeNames().join(QStringLiteral(", ")),
                                    JsonFieldReader::describe(json.value(typeKey))));
    object.type = *type;
    const QString number = object.type == NamedObject::Type::Semaphore ? valueKey
                           : object.type == NamedObject::Type::Queue   ? maxsizeKey
                                                                       : QString();
    for (const QString &key : {valueKey, maxsizeKey}) {
        if (json.contains(key) && key != number)
            return reader.fail(path.key(key), tr("a %1 takes no %2")
                                                  .arg(NamedObject::typeName(object.type),
                                                       JsonFieldReader::quotedKey(key)));
    }
    if (object.type == NamedObject::Type::Semaphore) {
        object.value = 1; // asyncio.Semaphore()'s default
        return readNumber(json, valueKey, 1, path, reader, object.value);
    }
    return object.type != NamedObject::Type::Queue ||
           readNumber(json, maxsizeKey, 0, path, reader, object.value);
}

bool NamedObjectReader::readNumber(const QJsonObject &object, const QString &key, int least,
                                   const JsonPath &path, JsonFieldReader &reader, int &number)
{
    if (!object.contains(key))
        return true;
    const QJsonValue value = object.value(key);
    const double read = value.toDouble(-1);
    if (!value.isDouble() || read != std::floor(read) || read < least ||
        read > ScenarioLimits::maxObjectValue)
        return reader.fail(path.key(key),
                           tr("%1 must be a whole number from %2 to %3, found %4")
                               .arg(JsonFieldReader::quotedKey(key), QString::number(least),
                                    QString::number(ScenarioLimits::maxObjectValue),
                                    JsonFieldReader::describe(value)));
    number = int(read);
    return true;
}

} // namespace ck
