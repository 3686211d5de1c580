#include "scenarioloader.h"

#include "scenariofault.h"
#include "scenariolimits.h"
#include "scenarioparser.h"
#include "scenariovalidator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace ck {

namespace {

QString fileLimitText()
{
    return QString::number(ScenarioLimits::maxFileBytes / (1024 * 1024)) + QStringLiteral(" MiB");
}

bool isJsonWhiteSpace(char byte)
{
    return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r';
}

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

ScenarioLoadResult ScenarioLoader::fromJson(const QByteArray &json, const QString &source)
{
    if (json.size() > ScenarioLimits::maxFileBytes)
        return refuse(source, tr("the file is larger than %1").arg(fileLimitText()));
    if (std::all_of(json.cbegin(), json.cend(), isJsonWhiteSpace))
        return refuse(source, tr("the file is empty"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return refuse(source,
                      tr("not valid JSON at %1: %2")
                          .arg(parseErrorPosition(json, error.offset), error.errorString()));
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

ScenarioLoadResult ScenarioLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(path, tr("cannot read: %1").arg(file.errorString()));
    // One byte past the limit is enough to refuse, and pipes and devices report no size().
    const QByteArray json = file.read(ScenarioLimits::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return refuse(path, tr("cannot read: %1").arg(file.errorString()));
    return fromJson(json, path);
}

ScenarioLoadResult ScenarioLoader::refuse(const QString &source, const QString &what)
{
    return {std::nullopt, ScenarioFault(JsonPath(), what).message(source)};
}

// Lines and columns count from 1; columns count characters, not UTF-8 bytes, so that they
// match what an editor shows for Korean text.
QString ScenarioLoader::parseErrorPosition(const QByteArray &json, qsizetype offset)
{
    const qsizetype end = std::clamp<qsizetype>(offset, 0, json.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < end; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if (!isUtf8Continuation(json.at(i))) {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(QString::number(line), QString::number(column));
}

} // namespace ck
