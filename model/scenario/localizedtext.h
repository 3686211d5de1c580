#pragma once

#include "language.h"

#include <QString>

namespace ck {

// A user-visible text of a scenario: English, with an optional Korean variant.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QString english, QString korean = {})
        : m_english(std::move(english)), m_korean(std::move(korean))
    {}

    const QString &english() const { return m_english; }
    const QString &korean() const { return m_korean; }
    bool isEmpty() const { return m_english.isEmpty() && m_korean.isEmpty(); }

    // The text in the language asked for, falling back to the other one.
    const QString &in(Language language) const
    {
        if (language == Language::Korean && !m_korean.isEmpty())
            return m_korean;
        return m_english.isEmpty() ? m_korean : m_english;
    }

    bool operator==(const LocalizedText &) const = default;

private:
    QString m_english;
    QString m_korean;
};

} // namespace ck
