#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ck {

// Edits of a scenario's top-level "objects" (Lock, Event, Semaphore, Condition, Queue) that the
// editor offers, as pure functions from one document to the next, as ScenarioJson's are for
// tasks and steps. An object is a Place of the collection "objects" (ScenarioJson::Place), so it
// is removed, moved and renamed as a task is.
class ScenarioObjects
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioObjects)

public:
    static const QString collection; // "objects"

    // Declares an object of `type` ("Queue") under a free name ("queue_1"), at the end.
    static QJsonObject add(QJsonObject root, const QString &type);
    // An object's type and number as one line of text: "Queue (maxsize 2)", "Semaphore
    // (value 1)", "Lock".
    static QString valueText(const QJsonObject &object);
    // The object with its type and number read from `text` ("Queue 2", "Semaphore(3)",
    // "Queue (maxsize 2)", "Event"), or nullopt with the reason in *error. A number it cannot
    // take is refused; one out of range is kept for the loader to point out.
    static std::optional<QJsonObject> withText(const QJsonObject &object, const QString &text,
                                               QString *error);
    // A new step `step` (a kind's example) is made valid against the objects: the name its
    // example gives its object is replaced by the first declared object of a type it takes,
    // or, when there is none, an object of its first type is declared under that name (or a
    // free one). Returns the document with the declaration, and the step as it is to be added.
    static std::pair<QJsonObject, QJsonObject> declareFor(QJsonObject root,
                                                          const QJsonObject &step);
};

} // namespace ck
