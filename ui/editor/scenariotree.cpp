#include "scenariotree.h"

#include "scenarioobjects.h"
#include "theme/themecolors.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalBlocker>

namespace ck {

namespace {

// "tasks[0].steps[1]" -> {"tasks", 0, 1}, "objects[2]" -> {"objects", 2, -1}; nullopt for
// other paths.
std::optional<ScenarioJson::Place> parsePath(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(tasks|routines|objects)\\[(\\d+)\\](?:\\.steps\\[(\\d+)\\])?$"));
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch())
        return std::nullopt;
    return ScenarioJson::Place{match.captured(1), match.captured(2).toInt(),
                               match.captured(3).isEmpty() ? -1 : match.captured(3).toInt()};
}

} // namespace

ScenarioTree::ScenarioTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("scenarioTree"));
    setColumnCount(2);
    header()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::SelectedClicked);
    connect(this, &QTreeWidget::itemChanged, this, &ScenarioTree::onChanged);
}

void ScenarioTree::show(const QJsonObject &root)
{
    QSet<QString> expanded;
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->isExpanded())
            expanded << (*it)->data(0, kPathRole).toString();
    }
    const auto selected = selectedPlace();
    m_building = true;
    m_root = root;
    clear();
    setHeaderLabels({tr("Item"), tr("Value")});
    addOwners(QStringLiteral("tasks"), tr("Tasks"));
    addOwners(QStringLiteral("routines"), tr("Routines"));
    addObjects();
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const QString path = (*it)->data(0, kPathRole).toString();
        (*it)->setExpanded(expanded.isEmpty() || expanded.contains(path) || !(*it)->parent());
    }
    m_building = false;
    if (selected)
        select(*selected);
    resizeColumnToContents(0);
}

QTreeWidgetItem *ScenarioTree::addGroup(const QString &collection, const QString &title)
{
    auto *group = new QTreeWidgetItem(this, {title});
    group->setData(0, kPathRole, collection);
    group->setFlags(Qt::ItemIsEnabled);
    return group;
}

void ScenarioTree::addOwners(const QString &collection, const QString &title)
{
    QTreeWidgetItem *group = addGroup(collection, title);
    const QJsonArray owners = m_root.value(collection).toArray();
    for (int i = 0; i < owners.size(); ++i)
        ownerItem(group, ScenarioJson::Place{collection, i, -1}, owners.at(i).toObject());
}

// Each object as "name | Type (maxsize 2)", both edited in place.
void ScenarioTree::addObjects()
{
    QTreeWidgetItem *group = addGroup(ScenarioObjects::collection, tr("Objects"));
    const QJsonArray objects = m_root.value(ScenarioObjects::collection).toArray();
    for (int i = 0; i < objects.size(); ++i) {
        const QJsonObject object = objects.at(i).toObject();
        auto *item = new QTreeWidgetItem(group, {object.value(QStringLiteral("name")).toString(),
                                                 ScenarioObjects::valueText(object)});
        item->setData(0, kPathRole, ScenarioJson::Place{ScenarioObjects::collection, i}.path());
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

QTreeWidgetItem *ScenarioTree::ownerItem(QTreeWidgetItem *parent, const ScenarioJson::Place &place,
                                         const QJsonObject &owner)
{
    auto *item = new QTreeWidgetItem(parent, {owner.value(QStringLiteral("name")).toString()});
    item->setData(0, kPathRole, place.path());
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    QStringList facts;
    if (owner.contains(QStringLiteral("after")))
        facts << tr("after %1")
                     .arg(QString::fromUtf8(
                         QJsonDocument(owner.value(QStringLiteral("after")).toArray())
                             .toJson(QJsonDocument::Compact)));
    if (owner.value(QStringLiteral("awaited")) == QJsonValue(false))
        facts << tr("never awaited");
    item->setText(1, facts.join(QStringLiteral(" · ")));
    const QJsonArray steps = owner.value(QStringLiteral("steps")).toArray();
    for (int s = 0; s < steps.size(); ++s) {
        const QJsonObject step = steps.at(s).toObject();
        const ScenarioJson::Place at{place.collection, place.index, s};
        auto *child =
            new QTreeWidgetItem(item, {ScenarioJson::kindOf(step), ScenarioJson::valueText(step)});
        child->setData(0, kPathRole, at.path());
        child->setFlags(child->flags() | Qt::ItemIsEditable);
    }
    return item;
}

void ScenarioTree::markFault(const QString &error)
{
    const QSignalBlocker quiet(this); // colours are item data too: no itemChanged for them
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        (*it)->setBackground(0, QBrush());
        (*it)->setBackground(1, QBrush());
        (*it)->setToolTip(0, QString());
    }
    m_markedPath.clear();
    m_fault = error;
    // "file.json: tasks[0].steps[1].gather[2]: what" -> the deepest item on that path
    const QStringList parts = error.split(QStringLiteral(": "));
    if (parts.size() < 3)
        return;
    QString path = parts.at(1);
    QTreeWidgetItem *item = nullptr;
    while (!path.isEmpty() && !(item = itemAt(path))) {
        const qsizetype cut =
            std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
        path = cut > 0 ? path.left(cut) : QString();
    }
    if (!item)
        return;
    m_markedPath = path;
    // Pale vermillion on a light base, deep on a dark one: the text reads on it either way.
    const QBrush fault(ThemeColors::readableTint(QColor(0xd5, 0x5e, 0x00), palette().base().color(),
                                                 palette().text().color(), 0.25));
    item->setBackground(0, fault);
    item->setBackground(1, fault);
    item->setToolTip(0, error);
    scrollToItem(item);
}

// The headings and facts are translated, and the fault's tint follows the palette.
void ScenarioTree::changeEvent(QEvent *event)
{
    const bool language = event->type() == QEvent::LanguageChange;
    if ((language || event->type() == QEvent::PaletteChange) && !m_building) {
        if (language && topLevelItemCount() > 0) // shown once already
            show(m_root);
        markFault(m_fault);
    }
    QTreeWidget::changeEvent(event);
}

std::optional<ScenarioJson::Place> ScenarioTree::selectedPlace() const
{
    const QList<QTreeWidgetItem *> items = selectedItems();
    return items.isEmpty() ? std::nullopt : placeOf(items.first());
}

void ScenarioTree::select(const ScenarioJson::Place &place)
{
    if (QTreeWidgetItem *item = itemAt(place.path())) {
        setCurrentItem(item);
        item->setSelected(true);
    }
}

QTreeWidgetItem *ScenarioTree::itemAt(const QString &path) const
{
    for (QTreeWidgetItemIterator it(const_cast<ScenarioTree *>(this)); *it; ++it) {
        if ((*it)->data(0, kPathRole).toString() == path)
            return *it;
    }
    return nullptr;
}

std::optional<ScenarioJson::Place> ScenarioTree::placeOf(const QTreeWidgetItem *item)
{
    return item ? parsePath(item->data(0, kPathRole).toString()) : std::nullopt;
}

void ScenarioTree::commitData(QWidget *editor)
{
    m_committing = true;
    QTreeWidget::commitData(editor);
    m_committing = false;
}

void ScenarioTree::afterCommit(const std::function<void()> &then)
{
    if (m_committing)
        QMetaObject::invokeMethod(this, then, Qt::QueuedConnection);
    else
        then();
}

void ScenarioTree::emitEdited(const QJsonObject &root, const QString &what)
{
    afterCommit([this, root, what] { Q_EMIT edited(root, what); });
}

void ScenarioTree::refuse(const QString &why)
{
    afterCommit([this, why] {
        Q_EMIT refused(why);
        show(m_root); // back to what the document holds
    });
}

void ScenarioTree::onChanged(QTreeWidgetItem *item, int column)
{
    if (m_building)
        return;
    const auto place = placeOf(item);
    if (!place)
        return;
    if (place->collection == ScenarioObjects::collection) {
        onObjectChanged(item, *place, column);
        return;
    }
    if (!place->isStep()) {
        if (column == 0)
            emitEdited(ScenarioJson::rename(m_root, *place, item->text(0).trimmed()),
                       tr("Rename %1").arg(item->text(0).trimmed()));
        return;
    }
    onStepChanged(item, *place, column);
}

void ScenarioTree::onObjectChanged(QTreeWidgetItem *item, const ScenarioJson::Place &place,
                                   int column)
{
    if (column == 0) {
        emitEdited(ScenarioJson::rename(m_root, place, item->text(0).trimmed()),
                   tr("Rename %1").arg(item->text(0).trimmed()));
        return;
    }
    QString error;
    const auto object =
        ScenarioObjects::withText(ScenarioJson::ownerAt(m_root, place), item->text(1), &error);
    if (!object) {
        refuse(error);
        return;
    }
    emitEdited(ScenarioJson::setOwner(m_root, place, *object),
               tr("Edit %1").arg(object->value(QStringLiteral("name")).toString()));
}

void ScenarioTree::onStepChanged(QTreeWidgetItem *item, const ScenarioJson::Place &place,
                                 int column)
{
    if (column != 1) {
        afterCommit([this] { show(m_root); }); // a step's kind is chosen when it is added
        return;
    }
    QString error;
    const auto step =
        ScenarioJson::withValue(ScenarioJson::stepAt(m_root, place), item->text(1), &error);
    if (!step) {
        refuse(error);
        return;
    }
    emitEdited(ScenarioJson::setStep(m_root, place, *step),
               tr("Edit %1").arg(ScenarioJson::kindOf(*step)));
}

} // namespace ck
