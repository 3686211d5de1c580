#pragma once

#include "scenariofault.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <optional>
#include <vector>

namespace ck {

// What QJsonDocument accepts but JSON (RFC 8259) does not, or silently loses: a control
// character written as itself in a string, an escape JSON does not have ("\x", "\p": Qt drops
// the backslash, so "C:\path" would print as "C:path"), a number without a digit on each side
// of its point (".5", "1."), and a key given twice in one object (Qt keeps the last value, so a
// task with two "steps" would run half of what its author wrote). The loader refuses these, so
// that every file it loads is one that editors, schema validators and other tools read alike.
class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)

public:
    // The first of them in document order; nullopt when there is none. `json` must be a
    // document QJsonDocument has accepted: the scan trusts the rest of its syntax.
    static std::optional<ScenarioFault> find(const QByteArray &json);
    // A clearer reason for a document QJsonDocument has refused with its error at `offset`,
    // when Qt's own names the wrong thing: a number with a leading zero ("01") is a number
    // followed by garbage to Qt, which reports "unterminated object". nullopt otherwise.
    static std::optional<ScenarioFault> explainRefusal(const QByteArray &json, qsizetype offset);

private:
    struct Frame
    {
        bool object = false;
        bool expectsKey = false; // object: the next string is a key
        qsizetype index = 0;     // array: the element being read
        QString key;             // object: the key of the value being read
        std::vector<QString> keys;
        QSet<QString> keySet;

        void reset(bool isObject);
        bool add(const QString &name); // false when `name` is already a key of this object
    };

    explicit StrictJson(const QByteArray &json) : m_json(json), m_data(json.constData()) {}

    bool scan();
    bool readString(bool isKey);
    bool readEscape(QString *text);
    bool readNumber();
    bool addKey(const QString &key);
    JsonPath path() const;
    bool failAt(qsizetype offset, const QString &what);

    Frame &current() { return m_stack[m_depth - 1]; }

    const QByteArray &m_json;
    const char *m_data;
    qsizetype m_pos = 0;
    // An explicit stack, not recursion (Qt accepts documents nested 1024 deep); its frames are
    // reused, so that a file of two million steps costs no allocation per object.
    std::vector<Frame> m_stack;
    std::size_t m_depth = 0;
    std::optional<ScenarioFault> m_fault;
};

} // namespace ck
