#pragma once

#include <QFrame>
#include <QList>

#include "modeactions.h"

class QToolButton;

namespace ck {

// The mode toggle as one segmented bar: a checkable tool button per mode action side by side in
// a frame, every segment outlined and the chosen one filled with the palette's highlight, so the
// bar reads as a choice in every state and theme; Bounded's N sits in Bounded's segment. The
// buttons only show the actions: ModeActions holds the exclusive group and the shortcuts.
class ModeBar : public QFrame
{
    Q_OBJECT

public:
    explicit ModeBar(ModeActions *modes, QWidget *parent = nullptr);

    QToolButton *button(ModeActions::Mode mode) const { return m_buttons.at(mode); }

protected:
    void changeEvent(QEvent *event) override;

private:
    // The toolbar order: the single-run modes, then the comparison.
    static constexpr ModeActions::Mode kOrder[] = {ModeActions::Sequential, ModeActions::Gather,
                                                   ModeActions::CreateTask, ModeActions::Bounded,
                                                   ModeActions::TaskGroup,  ModeActions::Compare};

    void applyStyle();

    QList<QToolButton *> m_buttons; // by ModeActions::Mode
    bool m_styling = false;
};

} // namespace ck
