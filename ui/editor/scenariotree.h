#pragma once

#include <QTreeWidget>

#include "scenariojson.h"

#include <functional>
#include <optional>

namespace ck {

// The scenario as a tree: its tasks and routines, each with its steps, and its objects. A task's,
// routine's or object's name, a step's value (seconds, text, routine names, a download's JSON)
// and an object's type and number ("Queue (maxsize 2)") are edited in place; every edit is handed
// on as a whole new document (edited()), which the editor makes undoable. The item at the path of
// the loader's refusal is marked with the message.
class ScenarioTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ScenarioTree(QWidget *parent = nullptr);

    // Rebuilds the tree from the document, keeping what was expanded and selected.
    void show(const QJsonObject &root);
    // Marks the item the refusal `error` points at ("file.json: tasks[0].steps[1]: ..."); an
    // empty error clears the mark.
    void markFault(const QString &error);
    QString markedPath() const { return m_markedPath; }

    std::optional<ScenarioJson::Place> selectedPlace() const;
    void select(const ScenarioJson::Place &place);
    QTreeWidgetItem *itemAt(const QString &path) const;

    static constexpr int kPathRole = Qt::UserRole + 1;

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void edited(const QJsonObject &root, const QString &what);
    void refused(const QString &why); // an edit that could not be read (not a number...)

protected:
    // An edit committed in place (Return) rebuilds the tree only once the view has closed its
    // editor: rebuilding under it deleted the editor's item first, and Qt warned
    // (QAbstractItemView::closeEditor: the editor does not belong to this view).
    void commitData(QWidget *editor) override;

private:
    void afterCommit(const std::function<void()> &then);
    void emitEdited(const QJsonObject &root, const QString &what);
    void refuse(const QString &why); // and back to what the document holds
    QTreeWidgetItem *addGroup(const QString &collection, const QString &title);
    void addOwners(const QString &collection, const QString &title);
    void addObjects();
    QTreeWidgetItem *ownerItem(QTreeWidgetItem *parent, const ScenarioJson::Place &place,
                               const QJsonObject &owner);
    void onChanged(QTreeWidgetItem *item, int column);
    void onObjectChanged(QTreeWidgetItem *item, const ScenarioJson::Place &place, int column);
    void onStepChanged(QTreeWidgetItem *item, const ScenarioJson::Place &place, int column);
    static std::optional<ScenarioJson::Place> placeOf(const QTreeWidgetItem *item);

    QJsonObject m_root;
    QString m_markedPath;
    QString m_fault; // the refusal marked, kept to mark it again
    bool m_building = false;
    bool m_committing = false; // inside commitData(): the editor is still open
};

} // namespace ck
