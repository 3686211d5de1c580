#pragma once

#include <QWidget>

#include "timeline/timelinerun.h"

#include <chrono>
#include <vector>

class QLabel;
class QTreeWidget;

namespace ck {

// Per run: its mode, total, ideal total, state and failures; for a comparison also the one line
// that says it all: "Sequential 5.00 s · Gather 3.00 s · 1.67× faster". When the runs download,
// a column adds their bytes, the first download's time to first byte and the throughput.
// Under it, for each finished run, what set its total (CriticalPath): "The total is set by
// brewCoffee's 3 s sleep; the other waits overlap it."
class SummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPanel(QWidget *parent = nullptr);

    void setRuns(const std::vector<TimelineRun> &runs);
    // Everything shown, as plain text: the comparison line first, then one line per run.
    QString text() const;

    // The comparison line of two finished runs (slow first), empty if they cannot be compared.
    static QString comparison(const TimelineRun &first, const TimelineRun &second);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    static QString state(const TimelineRun &run);
    static QStringList failures(const TimelineRun &run);
    // "2.1 MB · TTFB 0.10 s · 1.0 MB/s", empty when the run downloads nothing.
    static QString downloads(const TimelineRun &run);
    // What set each finished run's total, one line per run ("Gather: The total is set by …"
    // when there are two), empty while none has finished.
    QString criticalPaths() const;

    QLabel *m_headline;
    QLabel *m_criticalPath;
    QTreeWidget *m_table;
    std::vector<TimelineRun> m_runs;
};

} // namespace ck
