#include "narrationlines.h"

#include "narration.h"

#include <algorithm>

namespace ck {

std::vector<NarrationLines::Told>
NarrationLines::inLoopOrder(const std::vector<const Recorder *> &runs,
                            const std::vector<std::size_t> &from,
                            const std::vector<std::size_t> &to)
{
    std::vector<Told> told;
    for (std::size_t run = 0; run < runs.size(); ++run) {
        for (std::size_t i = from[run]; i < to[run]; ++i)
            told.push_back(Told{run, i});
    }
    std::stable_sort(told.begin(), told.end(), [&runs](const Told &a, const Told &b) {
        return runs[a.run]->loopEvents()[a.index].happenedBefore(
            runs[b.run]->loopEvents()[b.index]);
    });
    return told;
}

QString NarrationLines::line(const Recorder &recorder, std::size_t index, Language language,
                             const QString &label)
{
    const LoopEvent &event = recorder.loopEvents()[index];
    const QString sentence = Narration::sentence(recorder, index, language);
    const QString time =
        QStringLiteral("[%1 s]").arg(std::chrono::duration<double>(event.time).count(), 6, 'f', 3);
    if (!label.isEmpty())
        return QStringLiteral("%1 %2 | %3").arg(time, label, sentence);
    return QStringLiteral("%1 %2").arg(time, sentence);
}

QStringList NarrationLines::story(const std::vector<const Recorder *> &runs,
                                  const QStringList &labels, Language language)
{
    std::vector<std::size_t> all;
    for (const Recorder *run : runs)
        all.push_back(run->loopEvents().size());
    QStringList lines;
    for (const Told &told : inLoopOrder(runs, std::vector<std::size_t>(runs.size(), 0), all))
        lines << line(*runs[told.run], told.index, language,
                      runs.size() > 1 ? labels.value(qsizetype(told.run)) : QString());
    return lines;
}

} // namespace ck
