#include "fidelityresult.h"

namespace ck {

QString FidelityResult::summary() const
{
    if (agrees())
        return tr("no difference: %1 tasks, %2 lines agree within 1 µs").arg(tasks).arg(lines);
    return tr("%1 differences between the app and CPython").arg(differences.size());
}

QStringList FidelityResult::report(int shown) const
{
    QStringList lines = differences.mid(0, shown);
    if (differences.size() > shown)
        lines << tr("and %n more", nullptr, int(differences.size()) - shown);
    QString verdict = summary();
    verdict[0] = verdict[0].toUpper(); // the summary is written to follow a colon
    lines << verdict;
    return lines;
}

} // namespace ck
