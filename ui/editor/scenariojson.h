#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace ck {

// Edits of a scenario's JSON that the editor offers, as pure functions from one document to the
// next: where a task, routine or step is, and how one is added, removed, moved or rewritten. A
// place names a task or routine (`collection` "tasks" or "routines", `index`) and maybe one of
// its steps (`step`, -1 for the task or routine itself).
class ScenarioJson
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioJson)

public:
    struct Place
    {
        QString collection; // "tasks", "routines" or "objects" (ScenarioObjects)
        int index = -1;
        int step = -1;

        QString path() const; // "tasks[0].steps[2]", as the loader names it
        bool isStep() const { return step >= 0; }
    };

    static const QStringList &stepKinds(); // log, wait, block, call, gather, download

    static QJsonObject addTaskOrRoutine(QJsonObject root, const QString &collection);
    // Adds a step of `kind` (its example) after the place; a step that names an object takes a
    // declared one or declares it in the same document (ScenarioObjects::declareFor).
    static QJsonObject addStep(QJsonObject root, const Place &owner, const QString &kind);
    static QJsonObject remove(QJsonObject root, const Place &place);
    // Moves the task, routine or step one place up (-1) or down (+1); unchanged at an end.
    static QJsonObject move(QJsonObject root, const Place &place, int direction);
    // Renames a task or routine (references to it are left to the validation to point out).
    static QJsonObject rename(QJsonObject root, const Place &place, const QString &name);

    // A step's kind and its value as one line of text ("3", "Start brewCoffee()", "a, b").
    static QString kindOf(const QJsonObject &step);
    static QString valueText(const QJsonObject &step);
    // The step with its value read from `text`, or nullopt with the reason in *error.
    static std::optional<QJsonObject> withValue(const QJsonObject &step, const QString &text,
                                                QString *error);
    static QJsonObject setStep(QJsonObject root, const Place &place, const QJsonObject &step);

    static QJsonObject stepAt(const QJsonObject &root, const Place &place);
    static QJsonObject ownerAt(const QJsonObject &root, const Place &place);

    // Tasks, routines and objects share one space of names: whether `name` is one of them, and
    // the first of "stem_1", "stem_2"... that is not.
    static bool isNameTaken(const QJsonObject &root, const QString &name);
    static QString freeName(const QJsonObject &root, const QString &stem);

    // The task, routine or object at `place` replaced by `owner`.
    static QJsonObject setOwner(QJsonObject root, const Place &place, const QJsonObject &owner);
};

} // namespace ck
