#include "narrationlines.h"

#include "narration.h"

namespace ck {

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
    QStringList lines;
    for (const LoopOrder::Entry &told : LoopOrder::of(runs))
        lines << line(*runs[told.run], told.index, language,
                      runs.size() > 1 ? labels.value(qsizetype(told.run)) : QString());
    return lines;
}

} // namespace ck
