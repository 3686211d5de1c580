#pragma once

#include "step.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ck {

// Reads the object of a `download` step into a Step: either {"url": ..., "timeout": s} or
// {"bytes": N, "rate": B/s, "latency": s, "chunk": B, "drop_after": B, "timeout": s}, both with
// an optional "each": "routine" that is awaited for every chunk as it arrives.
class DownloadStepParser
{
    Q_DECLARE_TR_FUNCTIONS(DownloadStepParser)

public:
    // On a fault returns false and sets `fault` to one line, and `key` to the offending key
    // (empty when the fault is about the whole object).
    static bool parse(const QJsonValue &value, Step &step, QString &fault, QString &key);

private:
    explicit DownloadStepParser(const QJsonObject &object) : m_object(object) {}

    bool readSource(DownloadSpec &spec);
    bool readPacing(DownloadSpec &spec);
    bool readSeconds(const QString &key, double minimum, std::chrono::nanoseconds &out);
    bool readCount(const QString &key, qint64 minimum, qint64 maximum, qint64 &out);
    bool readEach(Step &step);
    bool fail(const QString &key, const QString &fault);

    QJsonObject m_object;
    QString m_fault;
    QString m_key;
};

} // namespace ck
