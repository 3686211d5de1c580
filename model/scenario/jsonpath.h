#pragma once

#include <QString>

namespace ck {

// Where a value sits in a JSON document, written the way people read it: "tasks[1].steps[0]".
// The root is the empty path.
class JsonPath
{
public:
    JsonPath() = default;

    JsonPath key(const QString &name) const;
    JsonPath at(qsizetype index) const;

    bool isRoot() const { return m_text.isEmpty(); }
    const QString &toString() const { return m_text; }

private:
    explicit JsonPath(QString text) : m_text(std::move(text)) {}

    QString m_text;
};

} // namespace ck
