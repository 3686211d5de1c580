#include "examplecatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ck {

namespace {

LocalizedText localized(const QJsonValue &value)
{
    const QJsonObject byLanguage = value.toObject();
    return LocalizedText(byLanguage.value(QLatin1String("en")).toString(),
                         byLanguage.value(QLatin1String("ko")).toString());
}

} // namespace

ExampleCatalog ExampleCatalog::builtIn()
{
    const QString folder = QStringLiteral(":/examples");
    QFile file(folder + QStringLiteral("/examples.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromJson(file.readAll(), folder);
}

ExampleCatalog ExampleCatalog::fromJson(const QByteArray &json, const QString &folder)
{
    ExampleCatalog catalog;
    catalog.m_folder = folder;
    const QJsonArray entries =
        QJsonDocument::fromJson(json).object().value(QLatin1String("examples")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        Example example{entry.value(QLatin1String("id")).toString(),
                        localized(entry.value(QLatin1String("title"))),
                        localized(entry.value(QLatin1String("files"))),
                        entry.value(QLatin1String("builtin")).toString(),
                        Strategy::parse(entry.value(QLatin1String("mode")).toString()),
                        entry.value(QLatin1String("seed")).toString()};
        if (example.id.isEmpty() || example.title.english().isEmpty() ||
            example.file.english().isEmpty() || catalog.contains(example.id))
            continue;
        catalog.m_examples.append(std::move(example));
    }
    return catalog;
}

QStringList ExampleCatalog::ids() const
{
    QStringList ids;
    for (const Example &example : m_examples)
        ids.append(example.id);
    return ids;
}

bool ExampleCatalog::contains(const QString &id) const
{
    return find(id) != nullptr;
}

QString ExampleCatalog::title(const QString &id, Language language) const
{
    const Example *example = find(id);
    return example ? example->title.in(language) : QString();
}

QString ExampleCatalog::sourcePath(const QString &id, Language language) const
{
    const Example *example = find(id);
    return example ? m_folder + QLatin1Char('/') + example->file.in(language) : QString();
}

QString ExampleCatalog::source(const QString &id, Language language) const
{
    QFile file(sourcePath(id, language));
    if (!contains(id) || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString ExampleCatalog::builtinScenario(const QString &id) const
{
    const Example *example = find(id);
    return example ? example->builtinScenario : QString();
}

std::optional<Strategy> ExampleCatalog::mode(const QString &id) const
{
    const Example *example = find(id);
    return example ? example->mode : std::nullopt;
}

QString ExampleCatalog::seed(const QString &id) const
{
    const Example *example = find(id);
    return example ? example->seed : QString();
}

const ExampleCatalog::Example *ExampleCatalog::find(const QString &id) const
{
    for (const Example &example : m_examples) {
        if (example.id == id)
            return &example;
    }
    return nullptr;
}

} // namespace ck
