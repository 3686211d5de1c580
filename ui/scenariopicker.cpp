#include "scenariopicker.h"

#include "scenario/builtinscenarios.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

namespace ck {

namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kOpenRole = Qt::UserRole + 1;

} // namespace

ScenarioPicker::ScenarioPicker(QWidget *parent) : QComboBox(parent)
{
    for (const QString &id : BuiltinScenarios::ids()) {
        const ScenarioLoadResult loaded = BuiltinScenarios::load(id);
        m_builtins.emplace_back(id, loaded.ok() ? loaded.scenario->title : LocalizedText(id));
    }
    // Narrower than the longest title, so that the toolbar fits 1280 px; the list is as wide
    // as its entries.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(kShownCharacters);
    setObjectName(QStringLiteral("scenarioPicker"));
    connect(this, &QComboBox::activated, this, &ScenarioPicker::onActivated);
    rebuild();
}

void ScenarioPicker::setLanguage(Language language)
{
    m_language = language;
    rebuild();
}

void ScenarioPicker::setRecentFiles(const QStringList &paths)
{
    m_recent = paths;
    rebuild();
}

void ScenarioPicker::setCurrentKey(const QString &key)
{
    m_current = key;
    setCurrentIndex(findData(key, kKeyRole));
}

void ScenarioPicker::setUnlistedTitle(const QString &title)
{
    if (title == m_unlistedTitle)
        return;
    m_unlistedTitle = title;
    rebuild();
}

void ScenarioPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QComboBox::changeEvent(event);
}

void ScenarioPicker::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    for (const auto &[id, title] : m_builtins)
        addItem(title.in(m_language), id);
    insertSeparator(count());
    for (const QString &path : m_recent) {
        addItem(QFileInfo(path).fileName(), path);
        setItemData(count() - 1, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    }
    if (!m_recent.isEmpty())
        insertSeparator(count());
    addItem(tr("Open…"));
    setItemData(count() - 1, true, kOpenRole);
    setToolTip(tr("Scenario to run"));
    if (!m_unlistedTitle.isEmpty() && findData(m_current, kKeyRole) < 0) {
        insertItem(0, m_unlistedTitle, m_current);
        insertSeparator(1);
    }
    setCurrentIndex(findData(m_current, kKeyRole));
}

void ScenarioPicker::onActivated(int index)
{
    if (itemData(index, kOpenRole).toBool()) {
        setCurrentIndex(findData(m_current, kKeyRole)); // until a file is really opened
        Q_EMIT openRequested();
        return;
    }
    const QString key = itemData(index, kKeyRole).toString();
    if (!key.isEmpty() && key != m_current)
        Q_EMIT scenarioChosen(key);
}

} // namespace ck
