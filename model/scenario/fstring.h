#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace ck {

// The text of an f-string as a scenario writes it ({"log": {"f": "got {data}"}}): literal text
// where "{{" and "}}" are one brace each, and "{name}" placeholders of local variables, nothing
// more (no expressions, conversions or format specs). Written in a Python program as
// f"got {data}" unchanged.
class FString
{
    Q_DECLARE_TR_FUNCTIONS(FString)

public:
    struct Piece
    {
        QString text;        // the literal text (braces undoubled), or the variable's name
        bool isName = false; // a placeholder
    };

    // nullopt with the reason in `error` when `text` is not such an f-string.
    static std::optional<FString> parse(const QString &text, QString *error);
    // A name a variable may have: an ASCII identifier that is no keyword of Python or C++.
    static bool isVariableName(const QString &name);

    const std::vector<Piece> &pieces() const { return m_pieces; }
    QStringList names() const;
    // The name when the text is one placeholder and nothing else ("{data}"), else empty.
    QString soleName() const;
    // The text with each placeholder replaced by valueOf(name).
    QString render(const std::function<QString(const QString &)> &valueOf) const;

private:
    std::vector<Piece> m_pieces;
};

} // namespace ck
