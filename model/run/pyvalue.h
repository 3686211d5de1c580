#pragma once

#include "scenario/language.h"
#include "scenario/localizedtext.h"

#include <QString>

#include <memory>
#include <vector>

namespace ck {

// A value a routine returns and a function keeps in a local variable: None, a str (in English
// and in Korean, as every scenario text) or a list of them (what asyncio.gather returns). It
// renders as Python does: str() for an f-string's "{name}", repr() for a list's elements and
// for the hover. Lists share their elements, so a list bound to several names costs nothing.
class PyValue
{
public:
    enum class Type { None, Str, List };

    PyValue() = default; // None
    static PyValue str(LocalizedText text);
    // A str of one text, the same in both languages: what a generated C++ program makes.
    static PyValue str(const QString &text);
    static PyValue list(std::vector<PyValue> items);

    Type type() const { return m_type; }
    const LocalizedText &text() const { return m_text; }
    const std::vector<PyValue> &items() const;

    // f"{value}" in `language`.
    QString toStr(Language language) const;
    // repr(value) in `language`: 'chunk 1', None, ['a', None].
    QString repr(Language language) const;
    LocalizedText reprText() const;
    // Python's name of its type: NoneType, str, list.
    QString typeName() const;

    // `left += right` as Python does it (str + str, list + list), or the TypeError it raises
    // (a PythonException). list += str is refused before a run (see VariableFlow).
    static PyValue added(const PyValue &left, const PyValue &right);
    // `value += right`: added(), for a generated C++ program's `add_to`.
    PyValue &operator+=(const PyValue &right);

    // Python's repr of a str: quotes chosen as CPython does, escapes for what is not printable.
    static QString reprOf(const QString &text);

private:
    Type m_type = Type::None;
    LocalizedText m_text;
    std::shared_ptr<const std::vector<PyValue>> m_items;
};

// Python's str() in a generated C++ program's f-strings: f"got {data}" is written
// QStringLiteral("got ") + ck::str(data). Such a program speaks one language, so its values hold
// one text and either language renders it.
QString str(const PyValue &value);
// str() of a loop's int: `for (long long i = 0; ...)` is `for i in range(...)`.
QString str(long long number);

} // namespace ck
