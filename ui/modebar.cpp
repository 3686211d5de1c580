#include "modebar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QToolButton>

namespace ck {

ModeBar::ModeBar(ModeActions *modes, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("modeBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    for (int mode = 0; mode < ModeActions::ModeCount; ++mode)
        m_buttons << nullptr;
    bool first = true;
    for (const ModeActions::Mode mode : kOrder) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(modes->action(mode));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(QStringLiteral("modeButton%1").arg(int(mode)));
        button->setProperty("firstSegment", first);
        first = false;
        m_buttons[mode] = button;
        layout->addWidget(button);
        if (mode == ModeActions::Bounded)
            layout->addWidget(modes->limitBox());
    }
    applyStyle();
}

void ModeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_styling)
        applyStyle(); // palette() in a style sheet is read when the sheet is set
    QFrame::changeEvent(event);
}

// A style sheet of palette roles only: the frame and the segment lines in Mid, the chosen
// segment in Highlight, as the palette (light, dark, high contrast) has them.
void ModeBar::applyStyle()
{
    m_styling = true;
    setStyleSheet(
        QStringLiteral("#modeBar { border: 1px solid palette(dark); border-radius: 4px;"
                       " background: palette(button); }"
                       "#modeBar QToolButton { border: none; border-left: 1px solid palette(mid);"
                       " padding: 3px 6px; color: palette(button-text); background: transparent; }"
                       "#modeBar QToolButton[firstSegment=\"true\"] { border-left: none; }"
                       "#modeBar QToolButton:hover { background: palette(midlight); }"
                       "#modeBar QToolButton:checked { background: palette(highlight);"
                       " color: palette(highlighted-text); }"
                       "#modeBar QToolButton:disabled { color: palette(mid); }"));
    m_styling = false;
}

} // namespace ck
