#pragma once

#include <QWidget>

#include "scenario/language.h"
#include "teach/narrationlines.h"
#include "teachingrun.h"

#include <memory>
#include <vector>

class QPlainTextEdit;

namespace ck {

class EndFollower;
class SlicedWork;

// The story of a run, one sentence per scheduling event, with its scenario time: "[ 0.000 s]
// brewCoffee is suspended at await asyncio.sleep(3) (its timer fires at 3.000 s); the loop
// starts toastBagel." It follows a live run (unless the reader has scrolled up), and the replay
// cursor; the latest sentence is highlighted. Switching language retells it. The runs of a
// comparison share one loop: their sentences are told together in the order they ran, each
// with its run's label. A crowd's thousands of sentences are written a slice at a time, so that
// the window stays responsive; whoever reads them gets them all.
class NarrationPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxSentences = 20000; // beyond this the oldest go first

    explicit NarrationPanel(QWidget *parent = nullptr);

    void show(const std::vector<TeachingRun> &runs);
    void clear();
    void setLanguage(Language language);

    QStringList sentences() const; // as shown
    QString currentSentence() const;
    // Whether the view keeps to the latest sentence (until the reader scrolls up).
    bool isFollowing() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    using Told = LoopOrder::Entry;

    bool onlyGrew(const std::vector<TeachingRun> &runs) const;
    bool sameLabels(const std::vector<TeachingRun> &runs) const;
    // The events of `runs` from the counts in `from` on, in the order they ran on the loop.
    std::vector<Told> eventsSince(const std::vector<TeachingRun> &runs,
                                  const std::vector<std::size_t> &from) const;
    void rebuild();
    // Queues `told` to be written (no more than the view keeps), and writes a slice of it.
    void tell(const std::vector<Told> &told);
    bool writeNext();   // the next queued sentence, into the batch; whether more are queued
    void showWritten(); // the batch, appended to the view
    void highlightLast();
    QString line(const Told &told) const;

    QPlainTextEdit *m_view;
    EndFollower *m_follower; // the end of the story while the reader has not scrolled up
    std::vector<TeachingRun> m_runs;
    std::vector<Told> m_told;   // in the order shown
    std::vector<Told> m_untold; // queued, from m_nextUntold on
    std::size_t m_nextUntold = 0;
    QStringList m_written; // written from the queue, not appended yet
    SlicedWork *m_telling;
    Language m_language = Language::English;
};

} // namespace ck
