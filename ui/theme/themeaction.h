#pragma once

#include <QAction>

namespace ck {

// View → Dark theme: checked, the window switches to Fusion with a dark palette at once; unchecked,
// back to the light (or system) look. The choice is remembered (WindowSettings::theme). It
// translates itself when the language changes (it watches the widget it belongs to).
class ThemeAction : public QAction
{
    Q_OBJECT

public:
    explicit ThemeAction(QWidget *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void choose(bool dark);
};

} // namespace ck
