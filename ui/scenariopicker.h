#pragma once

#include <QComboBox>

#include "scenario/language.h"
#include "scenario/localizedtext.h"

#include <utility>
#include <vector>

namespace ck {

// The toolbar's scenario list: the built-in scenarios by title (in the chosen language), the
// recently opened files by name, and "Open…". Choosing an entry only asks; the window decides.
class ScenarioPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit ScenarioPicker(QWidget *parent = nullptr);

    void setLanguage(Language language);
    void setRecentFiles(const QStringList &paths);
    // Shows `key` (a built-in id or an absolute file path) as the current entry.
    void setCurrentKey(const QString &key);

Q_SIGNALS:
    void scenarioChosen(const QString &key);
    void openRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void onActivated(int index);

    std::vector<std::pair<QString, LocalizedText>> m_builtins; // id, title
    QStringList m_recent;
    QString m_current;
    Language m_language = Language::English;
};

} // namespace ck
