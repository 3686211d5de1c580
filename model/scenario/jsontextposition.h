#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ck {

// Where a byte of a UTF-8 JSON text is, the way an editor shows it: "line 3, column 4".
class JsonTextPosition
{
    Q_DECLARE_TR_FUNCTIONS(JsonTextPosition)

public:
    // Lines and columns count from 1; columns count characters, not UTF-8 bytes, so that they
    // match what an editor shows for Korean text. `offset` is clamped to the text.
    static QString of(const QByteArray &json, qsizetype offset);
};

} // namespace ck
