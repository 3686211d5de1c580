#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUndoStack>

#include "scenario/scenarioloadresult.h"

#include <memory>

namespace ck {

struct Scenario;

// A scenario file being edited: its JSON, which may be invalid while the user types, the file it
// belongs to, whether it has changes not saved, and the undo history. Every change goes through
// edit(), so it can be undone; the document checks itself with the app's own loader after each.
class ScenarioDocument : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    // A small valid scenario to start from.
    void newDocument();
    // False, with the loader's message in *error, when the file cannot be read as JSON object.
    bool open(const QString &path, QString *error);
    // Atomic: a failed write leaves the old file. The document then belongs to `path`.
    bool saveAs(const QString &path, QString *error);
    bool save(QString *error) { return saveAs(m_path, error); }
    // Keeps the JSON but forgets the file (a built-in edited as a copy): saving asks where.
    void detachFromFile();

    const QJsonObject &root() const { return m_root; }
    QString path() const { return m_path; }
    QString displayName() const; // the file's name, or "untitled.json"
    bool isModified() const { return !m_undo.isClean(); }
    QUndoStack *undoStack() { return &m_undo; }

    // Makes `root` the document, undoably, described by `what` ("Add task").
    void edit(const QJsonObject &root, const QString &what);

    // What the loader says of the document now: the scenario, or the refusal with its path.
    const ScenarioLoadResult &check() const { return m_check; }
    std::shared_ptr<const Scenario> scenario() const { return m_scenario; }

    // For DocumentEdit.
    void replaceRoot(const QJsonObject &root);

Q_SIGNALS:
    void changed();         // the JSON changed (an edit, undo, redo, open or new)
    void modifiedChanged(); // saved or not

private:
    void revalidate();
    void reset(const QJsonObject &root, const QString &path);

    QJsonObject m_root;
    QString m_path;
    QUndoStack m_undo;
    ScenarioLoadResult m_check;
    std::shared_ptr<const Scenario> m_scenario;
};

} // namespace ck
