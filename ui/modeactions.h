#pragma once

#include <QList>
#include <QObject>

#include "runselection.h"

class QAction;
class QActionGroup;
class QSpinBox;

namespace ck {

// The mode toggle: Sequential · Gather · create_task · Bounded N · Compare as one exclusive
// group of checkable actions (Ctrl+1 … Ctrl+5), and the spin box for Bounded's N.
class ModeActions : public QObject
{
    Q_OBJECT

public:
    enum Mode { Sequential, Gather, CreateTask, Bounded, Compare, TaskGroup, ModeCount };

    explicit ModeActions(QWidget *parent);

    QList<QAction *> actions() const { return m_actions; }
    QAction *action(Mode mode) const { return m_actions.at(mode); }
    QSpinBox *limitBox() const { return m_limit; }

    RunSelection selection() const;
    int boundedLimit() const;
    // Shows a selection without announcing it (a bounded one also sets N).
    void setSelection(const RunSelection &selection);
    void setBoundedLimit(int limit);
    // A Python program runs as it is written: while one is open no mode can be chosen and none
    // is shown chosen; selection() keeps the one chosen before, which shows again after.
    void setChoosable(bool choosable);
    void retranslate();

Q_SIGNALS:
    void selectionChanged(const ck::RunSelection &selection);

private:
    static Mode modeOf(const RunSelection &selection);
    Mode chosen() const; // the checked mode, or the one kept while none can be chosen

    QActionGroup *m_group;
    QList<QAction *> m_actions;
    QSpinBox *m_limit;
    bool m_choosable = true;
    Mode m_kept = Sequential; // the chosen mode while none is shown chosen
};

} // namespace ck
