#include "jsonfieldreader.h"

#include "scenarioduration.h"
#include "scenariolimits.h"

#include <QLocale>

#include <cmath>

namespace ck {

namespace {

const QString englishKey = QStringLiteral("en");
const QString koreanKey = QStringLiteral("ko");

} // namespace

bool JsonFieldReader::readText(const QJsonObject &object, const QString &key, const JsonPath &path,
                               LocalizedText &text)
{
    const QJsonValue value = object.value(key);
    if (value.isString()) {
        text = LocalizedText(value.toString());
        return true;
    }
    if (value.isObject())
        return readTextObject(value.toObject(), path.key(key), text);
    return fail(path, tr("%1 must be a text: a string or {\"en\": \"...\", \"ko\": \"...\"}, "
                         "found %2")
                          .arg(quotedKey(key), describe(value)));
}

bool JsonFieldReader::readOptionalText(const QJsonObject &object, const QString &key,
                                       const JsonPath &path, std::optional<LocalizedText> &text)
{
    if (!object.contains(key))
        return true;
    LocalizedText read;
    if (!readText(object, key, path, read))
        return false;
    text = std::move(read);
    return true;
}

bool JsonFieldReader::readTextObject(const QJsonObject &object, const JsonPath &path,
                                     LocalizedText &text)
{
    static const QStringList keys{englishKey, koreanKey};
    if (!checkKeys(object, path, keys))
        return false;
    if (object.isEmpty())
        return fail(path, tr("a text needs \"en\" or \"ko\""));
    for (const QString &key : keys) {
        if (object.contains(key) && !object.value(key).isString())
            return fail(path, tr("%1 must be a string, found %2")
                                  .arg(quotedKey(key), describe(object.value(key))));
    }
    text = LocalizedText(object.value(englishKey).toString(), object.value(koreanKey).toString());
    return true;
}

bool JsonFieldReader::readSeconds(const QString &key, const QJsonValue &value, const JsonPath &path,
                                  std::chrono::nanoseconds &duration)
{
    if (!value.isDouble())
        return fail(path, tr("%1 must be a number of seconds").arg(quotedKey(key)));
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > ScenarioLimits::maxSeconds)
        return fail(path, tr("%1 must be between 0 and %2 seconds, found %3")
                              .arg(quotedKey(key), QString::number(ScenarioLimits::maxSeconds),
                                   describe(value)));
    duration = scenarioDuration(seconds);
    return true;
}

bool JsonFieldReader::checkKeys(const QJsonObject &object, const JsonPath &path,
                                const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(
                path, tr("unknown key %1 (expected %2)")
                          .arg(ScenarioFault::quote(it.key()), allowed.join(QStringLiteral(", "))));
    }
    return true;
}

bool JsonFieldReader::require(const QJsonObject &object, const JsonPath &path, const QString &key)
{
    return object.contains(key) || fail(path, tr("%1 is missing").arg(quotedKey(key)));
}

bool JsonFieldReader::fail(const JsonPath &path, const QString &what)
{
    m_fault = ScenarioFault(path, what);
    return false;
}

QString JsonFieldReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return ScenarioFault::quote(value.toString());
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString JsonFieldReader::quotedKey(const QString &key)
{
    return QLatin1Char('"') + key + QLatin1Char('"');
}

QString JsonFieldReader::quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(ScenarioFault::quote(name));
    const QString last = quoted.takeLast();
    return tr("%1 and %2").arg(quoted.join(QStringLiteral(", ")), last);
}

} // namespace ck
