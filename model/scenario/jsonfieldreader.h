#pragma once

#include "localizedtext.h"
#include "scenariofault.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace ck {

struct Step;

// Reads the fields of a scenario document and keeps the first fault: what the parser and every
// step kind share (texts, seconds, allowed keys, how a found value is described).
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    // A text: a string, or {"en": ..., "ko": ...}.
    bool readText(const QJsonObject &object, const QString &key, const JsonPath &path,
                  LocalizedText &text);
    bool readOptionalText(const QJsonObject &object, const QString &key, const JsonPath &path,
                          std::optional<LocalizedText> &text);
    // A number of seconds between 0 and ScenarioLimits::maxSeconds, as the clock holds it.
    bool readSeconds(const QString &key, const QJsonValue &value, const JsonPath &path,
                     std::chrono::nanoseconds &duration);
    bool checkKeys(const QJsonObject &object, const JsonPath &path, const QStringList &allowed);
    bool require(const QJsonObject &object, const JsonPath &path, const QString &key);
    // Keeps the fault; always false, so that `return fail(...)` ends a read.
    bool fail(const JsonPath &path, const QString &what);

    // The steps of a block a step holds (a try's body): an array of steps at `path`, read as a
    // task's are, by the reader the parser installs.
    using StepListReader =
        std::function<bool(const QJsonValue &list, const JsonPath &path, std::vector<Step> &steps)>;
    void setStepListReader(StepListReader reader) { m_readStepList = std::move(reader); }
    bool readSteps(const QJsonValue &list, const JsonPath &path, std::vector<Step> &steps)
    {
        return m_readStepList(list, path, steps);
    }

    const ScenarioFault &fault() const { return m_fault; }

    static QString describe(const QJsonValue &value); // "wait", 3, an array, ...
    static QString quotedKey(const QString &key);     // "wait" with its quotes
    static QString quotedList(const QStringList &names);

private:
    bool readTextObject(const QJsonObject &object, const JsonPath &path, LocalizedText &text);

    ScenarioFault m_fault;
    StepListReader m_readStepList;
};

} // namespace ck
