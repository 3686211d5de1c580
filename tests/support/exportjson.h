#pragma once

// Reads back what the exports wrote, for the tests that check them.

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cktest {

// The traceEvents of a Chrome trace (ChromeTraceExport).
inline QJsonArray traceEvents(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString();
    return document.object().value(QStringLiteral("traceEvents")).toArray();
}

// The spans of run `run` of a run JSON (RunJsonExport).
inline QJsonArray runSpans(const QByteArray &json, int run = 0)
{
    return QJsonDocument::fromJson(json)
        .object()
        .value(QStringLiteral("runs"))
        .toArray()
        .at(run)
        .toObject()
        .value(QStringLiteral("spans"))
        .toArray();
}

} // namespace cktest
