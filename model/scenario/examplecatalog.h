#pragma once

#include "language.h"
#include "localizedtext.h"
#include "run/strategy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ck {

// The example programs of File -> Examples: complete Python programs for the seeds' code
// examples, each in English and Korean prints, compiled in under :/examples. The catalogue,
// :/examples/examples.json, gives each one's id, title, file per language (relative to the
// catalogue's folder), the built-in scenario and mode whose run prints the same lines at the same
// times (none for a seed example no built-in matches), and the seed post it comes from.
class ExampleCatalog
{
public:
    ExampleCatalog() = default;

    // The catalogue compiled into the app.
    static ExampleCatalog builtIn();
    // A catalogue's JSON; its files are read from `folder`. Entries without an id, an English
    // title or an English file are left out, as is everything of JSON that does not parse.
    static ExampleCatalog fromJson(const QByteArray &json, const QString &folder);

    // In the catalogue's order.
    QStringList ids() const;
    bool contains(const QString &id) const;
    bool isEmpty() const { return m_examples.isEmpty(); }

    // Empty for an unknown id; the English text or file when there is no Korean one.
    QString title(const QString &id, Language language) const;
    QString sourcePath(const QString &id, Language language) const;
    // The program's text (UTF-8), empty when unknown or unreadable.
    QString source(const QString &id, Language language) const;
    // The built-in scenario it matches and the mode, empty / nullopt when none.
    QString builtinScenario(const QString &id) const;
    std::optional<Strategy> mode(const QString &id) const;
    // The seed post's file name (shared/seeds).
    QString seed(const QString &id) const;

private:
    struct Example
    {
        QString id;
        LocalizedText title;
        LocalizedText file;
        QString builtinScenario;
        std::optional<Strategy> mode;
        QString seed;
    };

    const Example *find(const QString &id) const;

    QString m_folder;
    QList<Example> m_examples;
};

} // namespace ck
