#include "fidelityresult.h"

namespace ck {

QString FidelityResult::summary() const
{
    if (agrees())
        return tr("no difference: %1 tasks, %2 lines agree within 1 µs").arg(tasks).arg(lines);
    return tr("%1 differences between the app and CPython").arg(differences.size());
}

} // namespace ck
