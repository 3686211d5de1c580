#include "narrationlines.h"

#include "narration.h"
#include "trace/secondstext.h"

namespace ck {

QString NarrationLines::line(const std::vector<const Recorder *> &runs, const QStringList &labels,
                             std::size_t run, std::size_t index, Language language)
{
    const LoopEvent &event = runs[run]->loopEvents()[index];
    const QString sentence = Narration::sentence(runs, labels, run, index, language);
    const QString time = SecondsText::stamp(event.time);
    if (runs.size() > 1)
        return QStringLiteral("%1 %2 | %3").arg(time, labels.value(qsizetype(run)), sentence);
    return QStringLiteral("%1 %2").arg(time, sentence);
}

QStringList NarrationLines::story(const std::vector<const Recorder *> &runs,
                                  const QStringList &labels, Language language)
{
    QStringList lines;
    for (const LoopOrder::Entry &told : LoopOrder::of(runs))
        lines << line(runs, labels, told.run, told.index, language);
    return lines;
}

} // namespace ck
