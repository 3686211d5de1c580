#pragma once

#include <QComboBox>

#include "scenario/language.h"
#include "scenario/localizedtext.h"

#include <utility>
#include <vector>

namespace ck {

// The toolbar's scenario list: the built-in scenarios by title (in the chosen language), the
// recently opened files by name, and "Open…". Choosing an entry only asks; the window decides.
// A current scenario with no entry of its own (pasted URLs, an unsaved edit, a crowd of another
// size) gets one at the top, by its title, in the same colours as the others.
class ScenarioPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit ScenarioPicker(QWidget *parent = nullptr);

    void setLanguage(Language language);
    void setRecentFiles(const QStringList &paths);
    // Shows `key` (a built-in id or an absolute file path) as the current entry.
    void setCurrentKey(const QString &key);
    // The title of the current key when it has no entry (empty: it has one).
    void setUnlistedTitle(const QString &title);

Q_SIGNALS:
    void scenarioChosen(const QString &key);
    void openRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int kShownCharacters = 20;

    void rebuild();
    void onActivated(int index);

    std::vector<std::pair<QString, LocalizedText>> m_builtins; // id, title
    QStringList m_recent;
    QString m_current;
    QString m_unlistedTitle;
    Language m_language = Language::English;
};

} // namespace ck
