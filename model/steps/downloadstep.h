#pragma once

#include "stepkind.h"

#include <QCoreApplication>

namespace ck {

// {"download": {...}}: an HTTP download read chunk by chunk as it arrives, from the embedded
// loopback server ({"bytes": N, ...}) or a URL, with `each` awaited for every chunk (async for).
// The reading, running and writing live beside it: DownloadStepParser, DownloadExecutor,
// PythonDownload and CppDownload.
class DownloadStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(DownloadStep)

public:
    QString key() const override { return QStringLiteral("download"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    JsonPath routinePath(const JsonPath &step, qsizetype n) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    QString realClockReason(const Step &step) const override;
    QCoro::Task<> run(std::shared_ptr<RunContext> context, const Step *step, CodeLocation at,
                      int lane, int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    bool awaitsInCpp(const Step &, bool async) const override { return async; }
    QJsonObject schema() const override;
    QJsonObject schemaDefinitions() const override;
    QJsonValue example() const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;
};

} // namespace ck
