#pragma once

#include "transfer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ck {

// The words for a run of the seed's programs: column titles, routine states, arrow labels and
// the one-line explanation of each event, all in the current language.
class TransferText
{
    Q_DECLARE_TR_FUNCTIONS(TransferText)

public:
    static QString roleTitle(RoutineRole role);
    static QString stateText(const RoutineFrame &frame);
    // "x = 2", one per local variable.
    static QStringList locals(const RoutineFrame &frame);
    // What to show instead when there are none: "no locals", "gone".
    static QString noLocalsText(const RoutineFrame &frame);
    // "send(2) → x = 2": what it does and where the values it carries land.
    static QString arrowLabel(const Transfer &transfer);
    static QString explanation(const Transfer &transfer);

private:
    // "a = 1, b = 2": the targets of `transfer` with their values just after it.
    static QString landed(const Transfer &transfer);
    static QString printExplanation(const Transfer &transfer);
    static QString endExplanation(const Transfer &transfer);
};

} // namespace ck
