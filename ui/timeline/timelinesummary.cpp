#include "timelinesummary.h"

#include "timelinetext.h"

#include <QStringList>

namespace ck {

QString TimelineSummary::of(const QString &title, const std::vector<TimelineRun> &runs)
{
    QStringList sentences;
    if (!title.isEmpty())
        sentences << title;
    if (runs.empty()) {
        sentences << tr("Nothing has run yet: Run (F5) fills the timeline");
        return sentences.join(QStringLiteral(". ")) + QLatin1Char('.');
    }
    sentences << tr("Runs: %1").arg(runs.size());
    for (const TimelineRun &run : runs) {
        if (run.recorder)
            sentences << ofRun(run);
    }
    const auto finished = [](const TimelineRun &run) {
        return run.recorder && run.recorder->info().finished;
    };
    if (runs.size() == 2 && finished(runs[0]) && finished(runs[1]))
        sentences << TimelineText::comparison(runs[0].label, runs[0].recorder->info().total,
                                              runs[1].label, runs[1].recorder->info().total);
    return sentences.join(QStringLiteral(". ")) + QLatin1Char('.');
}

QString TimelineSummary::ofRun(const TimelineRun &run)
{
    const Recorder &recorder = *run.recorder;
    QString text = tr("%1: lanes %2, spans %3")
                       .arg(TimelineText::runHeader(run.label, recorder.info()))
                       .arg(recorder.lanes().size())
                       .arg(recorder.spans().size());
    if (run.ideal >= std::chrono::nanoseconds::zero())
        text += QStringLiteral(", ") + TimelineText::ideal(run.ideal, run.idealAtLeast);
    return text;
}

} // namespace ck
