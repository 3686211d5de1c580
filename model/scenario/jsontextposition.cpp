#include "jsontextposition.h"

#include <algorithm>

namespace ck {

namespace {

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

QString JsonTextPosition::of(const QByteArray &json, qsizetype offset)
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
