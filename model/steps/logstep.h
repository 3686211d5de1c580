#pragma once

#include "stepkind.h"

#include "scenario/language.h"

#include <QCoreApplication>

namespace ck {

// {"log": "text"} or {"log": {"en": ..., "ko": ...}}: print(...), a line in the run's log.
// {"log": {"f": "got {data}"}} (the text in either form): print(f"got {data}"), with the
// values of the function's local variables.
class LogStep : public StepKind
{
    Q_DECLARE_TR_FUNCTIONS(LogStep)

public:
    QString key() const override { return QStringLiteral("log"); }
    bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
              Step &step) const override;
    ScenarioCost::Cost cost(const Step &step, ScenarioCost &costs) const override;
    std::chrono::nanoseconds idealTime(const Step &step, IdealTime &ideal) const override;
    bool runsInline() const override { return true; }
    int runInline(RunContext &context, const Step &step, const CodeLocation &at, int lane,
                  int depth) const override;
    void writePython(const Step &step, const CodeLocation &at, StepCode &code) const override;
    void writeCpp(const Step &step, const CodeLocation &at, StepCode &code) const override;
    QJsonObject schema() const override;
    QJsonObject schemaDefinitions() const override;
    QJsonValue example() const override;
    QString editText(const QJsonValue &value) const override;
    std::optional<QJsonValue> fromEditText(const QString &text, const QJsonValue &old,
                                           QString *error) const override;

    // A text, or {"f": text}: an f-string whose placeholders are checked here (their names are
    // checked by VariableFlow). Log and return read their value so.
    static bool readFormattable(const QString &key, const QJsonValue &value, const JsonPath &path,
                                JsonFieldReader &reader, Step &step);
    // The step's text as a Python literal in `language`: "..." or f"...".
    static QString pythonText(const Step &step, Language language);
    // The step's text as a C++ QString expression in `language`.
    static QString cppText(const Step &step, Language language);
    // The schema of such a value ("$ref" to the definition this kind adds).
    static QJsonObject formattableSchema();
};

} // namespace ck
