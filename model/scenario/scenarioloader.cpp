#include "scenarioloader.h"

#include "jsontextposition.h"
#include "scenariofault.h"
#include "scenariofile.h"
#include "scenariolimits.h"
#include "scenarioparser.h"
#include "scenariovalidator.h"
#include "strictjson.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace ck {

namespace {

constexpr QByteArrayView utf8Bom("\xEF\xBB\xBF");

QString fileLimitText()
{
    return QString::number(ScenarioLimits::maxFileBytes / (1024 * 1024)) + QStringLiteral(" MiB");
}

bool isJsonWhiteSpace(char byte)
{
    return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r';
}

} // namespace

ScenarioLoadResult ScenarioLoader::fromJson(const QByteArray &json, const QString &source)
{
    if (json.size() > ScenarioLimits::maxFileBytes)
        return refuse(source, tr("the file is larger than %1").arg(fileLimitText()));
    // An editor may save an empty file as a byte order mark alone.
    const QByteArrayView content = QByteArrayView(json).startsWith(utf8Bom)
                                       ? QByteArrayView(json).sliced(utf8Bom.size())
                                       : QByteArrayView(json);
    if (std::all_of(content.cbegin(), content.cend(), isJsonWhiteSpace))
        return refuse(source, tr("the file is empty"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        if (const std::optional<ScenarioFault> number =
                StrictJson::explainRefusal(json, error.offset))
            return {std::nullopt, number->message(source)};
        return refuse(source,
                      tr("not valid JSON at %1: %2")
                          .arg(JsonTextPosition::of(json, error.offset), error.errorString()));
    }
    if (const std::optional<ScenarioFault> lax = StrictJson::find(json))
        return {std::nullopt, lax->message(source)};
    if (!document.isObject())
        return refuse(source, tr("the top level must be an object such as {\"format\": %1, ...}")
                                  .arg(ScenarioFault::quote(ScenarioParser::formatName)));
    Scenario scenario;
    std::optional<ScenarioFault> fault = ScenarioParser::parse(document.object(), scenario);
    if (!fault)
        fault = ScenarioValidator::resolve(scenario);
    if (fault)
        return {std::nullopt, fault->message(source)};
    return {std::move(scenario), QString()};
}

ScenarioLoadResult ScenarioLoader::fromFile(const QString &path, bool *missing)
{
    // One byte past the limit is enough to refuse.
    const ScenarioFile::Contents file = ScenarioFile::read(path, ScenarioLimits::maxFileBytes + 1);
    if (missing)
        *missing = file.status == ScenarioFile::Status::Missing;
    if (file.status != ScenarioFile::Status::Read)
        return refuse(path, file.error);
    return fromJson(file.bytes, path);
}

ScenarioLoadResult ScenarioLoader::refuse(const QString &source, const QString &what)
{
    return {std::nullopt, ScenarioFault(JsonPath(), what).message(source)};
}

} // namespace ck
