#pragma once

#include <QCoreApplication>

class QWidget;

namespace ck {

// The accessible name and description of every control of the window that shows no text of its
// own (spin boxes, the replay slider, tables, Qt's overflow buttons), in the interface's
// language: what a screen reader says when the control gets focus. Controls with a text or an
// action (tool buttons, menus) are named by it already. apply() again after a language change.
class AccessibleNames
{
    Q_DECLARE_TR_FUNCTIONS(AccessibleNames)

public:
    static void apply(QWidget *window);
};

} // namespace ck
