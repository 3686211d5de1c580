#include "accessiblenames.h"

#include "panels/summarypanel.h"

#include <QAbstractButton>
#include <QTreeWidget>
#include <QWidget>

namespace ck {

namespace {

struct Named
{
    const char *objectName;
    QString name; // empty: the control's own text names it
    QString description;
};

void name(QWidget *widget, const QString &name, const QString &description)
{
    if (!name.isEmpty())
        widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

} // namespace

void AccessibleNames::apply(QWidget *window)
{
    const Named table[] = {
        {"crowdBox", tr("Crowd size"), tr("How many sleeping tasks the crowd scenario starts")},
        {"boundedLimit", tr("Bounded limit"),
         tr("How many tasks may run at once in the Bounded mode (an asyncio.Semaphore)")},
        {"speedBox", tr("Speed"), tr("Scenario seconds per real second on the real clock")},
        {"replaySlider", tr("Replay position"),
         tr("The moment of the run the views show; the arrow keys step through its events")},
        {"replaySpeedBox", tr("Replay speed"), tr("How fast the replay plays the run")},
        {"downloadsTable", tr("Downloads"),
         tr("Each download with its size, progress, rate and time to the first byte")},
        {"scenarioTree", tr("Scenario structure"),
         tr("The scenario's tasks and their steps, to edit")},
        {"coroutineTable", tr("Coroutines"),
         tr("Each coroutine and its state on the event loop at this moment")},
        {"quizLines", tr("Your prediction"),
         tr("The lines in the order you predicted, each marked right or wrong as the run prints "
            "it")},
        {"pitfallFix", {}, tr("Switches to the mode that avoids the pitfall and runs it")},
        {"pitfallDismiss", {}, tr("Hides this warning until the run shows another pitfall")},
        {"lessonClose", tr("Close the lesson"), tr("Hides the lesson text above the timeline")},
        {"codeDifferencesToggle",
         {},
         tr("Shows or hides where the Python and the C++ programs differ")},
        {"qt_toolbar_ext_button", tr("More tools"),
         tr("Shows the toolbar's controls that do not fit in the window")},
        {"qt_menubar_ext_button", tr("More menus"),
         tr("Shows the menus that do not fit in the window")},
        {"ScrollLeftButton", {}, tr("Shows the tabs further left")},
        {"ScrollRightButton", {}, tr("Shows the tabs further right")},
    };
    for (const Named &named : table) {
        const QList<QWidget *> widgets =
            window->findChildren<QWidget *>(QString::fromLatin1(named.objectName));
        for (QWidget *widget : widgets)
            name(widget, named.name, named.description);
    }
    for (SummaryPanel *summary : window->findChildren<SummaryPanel *>()) {
        for (QTreeWidget *tree : summary->findChildren<QTreeWidget *>())
            name(tree, tr("Summary"), tr("Each run's total, its speedup and its lanes' times"));
    }
}

} // namespace ck
