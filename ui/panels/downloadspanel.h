#pragma once

#include <QWidget>

#include "timeline/timelinerun.h"
#include "trace/downloadstats.h"

#include <chrono>
#include <cstddef>
#include <memory>
#include <vector>

class QLabel;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace ck {

// One row per download of the current runs: the run (when comparing), the task, a progress bar
// of received over expected bytes (busy while the size is unknown), the bytes, the rate so far,
// the time to first byte and the state with the reason of a failure.
//
// Live updates cost what the downloads cost, not the run: each recorder is scanned from where
// the previous update stopped, and only rows of downloads still open are redrawn.
class DownloadsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Run, Task, Progress, Received, Rate, FirstByte, State, ColumnCount };

    explicit DownloadsPanel(QWidget *parent = nullptr);

    // The runs as RunController::timelineRuns() gives them; the same recorders as last time
    // are followed incrementally, others start the table afresh.
    void setRuns(const std::vector<TimelineRun> &runs);

    int rowCount() const;
    const DownloadStats &stats(int row) const;
    QStringList cells(int row) const; // as shown, without the hidden run column
    // Everything shown, one line per row, cells joined by " · ".
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QTreeWidgetItem *item = nullptr;
        QProgressBar *bar = nullptr;
        bool settled = false; // its download has ended and the row shows the end
    };
    struct Source
    {
        std::shared_ptr<const Recorder> recorder;
        QString label;
        std::chrono::nanoseconds now{-1};
        std::size_t scanned = 0; // spans folded into `downloads` so far
        std::vector<DownloadStats> downloads;
        std::vector<Row> rows; // one per download
    };

    bool follows(const std::vector<TimelineRun> &runs) const;
    void reset(const std::vector<TimelineRun> &runs);
    void update(Source &source, int firstRow);
    void addRow(Source &source, int position);
    void render(const Source &source, std::size_t download);
    void renderBar(QProgressBar &bar, const DownloadStats &stats) const;
    void fitColumns();
    const Row *rowAt(int row, const DownloadStats **stats) const;
    void retranslate();

    QLabel *m_hint;
    QTreeWidget *m_table;
    std::vector<Source> m_sources;
};

} // namespace ck
