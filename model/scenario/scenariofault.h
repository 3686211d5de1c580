#pragma once

#include "jsonpath.h"

#include <QString>

namespace ck {

// Why a scenario was refused: where (empty for a fault of the whole file) and what.
class ScenarioFault
{
public:
    ScenarioFault() = default;
    ScenarioFault(JsonPath path, QString what) : m_path(std::move(path)), m_what(std::move(what)) {}

    const JsonPath &path() const { return m_path; }
    const QString &what() const { return m_what; }

    // The one-line refusal: "<source>: <path>: <what>", or "<source>: <what>" at the root.
    QString message(const QString &source) const;

    // A value taken from the file, in double quotes and JSON escapes, shortened, so that a
    // refusal stays one readable line whatever the file holds.
    static QString quote(const QString &value);

private:
    JsonPath m_path;
    QString m_what;
};

} // namespace ck
