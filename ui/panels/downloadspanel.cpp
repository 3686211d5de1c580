#include "downloadspanel.h"

#include "timeline/timelinetext.h"
#include "trace/secondstext.h"
#include "trace/visibletext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ck {

namespace {

constexpr int kBarSteps = 1000; // progress in permille: sizes beyond 2 GB fit in an int
const QColor kFailedColor(0xc6, 0x28, 0x28);

QString received(const DownloadStats &stats)
{
    if (stats.expected < 0)
        return TimelineText::bytes(stats.received);
    return DownloadsPanel::tr("%1 / %2", "bytes received / expected")
        .arg(TimelineText::bytes(stats.received), TimelineText::bytes(stats.expected));
}

QString receivedExactly(const DownloadStats &stats)
{
    if (stats.expected < 0)
        return DownloadsPanel::tr("%1 bytes of an unknown size").arg(stats.received);
    return DownloadsPanel::tr("%1 of %2 bytes").arg(stats.received).arg(stats.expected);
}

QString state(const DownloadStats &stats)
{
    switch (stats.state) {
    case SpanState::Running:
        return stats.received > 0 ? DownloadsPanel::tr("receiving…")
                                  : DownloadsPanel::tr("waiting for the first byte…");
    case SpanState::Done:
        return DownloadsPanel::tr("done");
    case SpanState::Failed:
    case SpanState::Caught: // never a download's (Recorder::markCaught): it did fail
        return stats.reason.isEmpty() ? DownloadsPanel::tr("failed")
                                      : DownloadsPanel::tr("failed: %1", "failure reason")
                                            .arg(VisibleText::of(stats.reason));
    case SpanState::Cancelled:
        return DownloadsPanel::tr("cancelled");
    case SpanState::TimedOut:
        return DownloadsPanel::tr("timed out");
    }
    return {};
}

QString firstByte(const DownloadStats &stats)
{
    return stats.firstByte < std::chrono::nanoseconds::zero()
               ? QStringLiteral("—")
               : SecondsText::withUnit(stats.firstByte, 2);
}

} // namespace

DownloadsPanel::DownloadsPanel(QWidget *parent)
    : QWidget(parent), m_hint(new QLabel(this)), m_table(new QTreeWidget(this))
{
    m_hint->setObjectName(QStringLiteral("downloadsHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_table->setObjectName(QStringLiteral("downloadsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setColumnHidden(Run, true);
    m_table->header()->setStretchLastSection(true);
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(Progress, fontMetrics().horizontalAdvance(QStringLiteral("0")) * 14);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    retranslate();
}

void DownloadsPanel::setRuns(const std::vector<TimelineRun> &runs)
{
    if (!follows(runs))
        reset(runs);
    int firstRow = 0;
    for (std::size_t i = 0; i < m_sources.size(); ++i) {
        Source &source = m_sources[i];
        const bool relabelled = source.label != runs[i].label;
        source.label = runs[i].label;
        source.now = runs[i].now;
        if (relabelled) // the language changed: every row says it anew
            for (Row &row : source.rows)
                row.settled = false;
        update(source, firstRow);
        firstRow += int(source.rows.size());
    }
    m_hint->setVisible(firstRow == 0);
}

int DownloadsPanel::rowCount() const
{
    return m_table->topLevelItemCount();
}

const DownloadStats &DownloadsPanel::stats(int row) const
{
    static const DownloadStats none;
    const DownloadStats *stats = &none;
    rowAt(row, &stats);
    return *stats;
}

QStringList DownloadsPanel::cells(int row) const
{
    QStringList cells;
    const Row *shown = rowAt(row, nullptr);
    if (!shown)
        return cells;
    for (int column = 0; column < ColumnCount; ++column) {
        if (m_table->isColumnHidden(column))
            continue;
        cells << (column == Progress ? shown->bar->text() : shown->item->text(column));
    }
    return cells;
}

QString DownloadsPanel::text() const
{
    QStringList lines;
    for (int row = 0; row < rowCount(); ++row)
        lines << cells(row).join(QStringLiteral(" · "));
    return lines.join(QLatin1Char('\n'));
}

void DownloadsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool DownloadsPanel::follows(const std::vector<TimelineRun> &runs) const
{
    if (runs.size() != m_sources.size())
        return false;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (runs[i].recorder != m_sources[i].recorder)
            return false;
    }
    return true;
}

void DownloadsPanel::reset(const std::vector<TimelineRun> &runs)
{
    m_table->clear(); // deletes the items and their progress bars
    m_sources.clear();
    for (const TimelineRun &run : runs)
        m_sources.push_back(Source{run.recorder, run.label, run.now, 0, {}, {}});
    m_table->setColumnHidden(Run, m_sources.size() < 2);
}

void DownloadsPanel::update(Source &source, int firstRow)
{
    if (!source.recorder)
        return;
    source.scanned = DownloadStats::scan(*source.recorder, source.scanned, source.downloads);
    bool changed = source.rows.size() < source.downloads.size();
    while (source.rows.size() < source.downloads.size())
        addRow(source, firstRow + int(source.rows.size()));
    for (std::size_t i = 0; i < source.rows.size(); ++i) {
        Row &row = source.rows[i];
        if (row.settled)
            continue;
        DownloadStats &stats = source.downloads[i];
        stats.refresh(*source.recorder, source.now);
        render(source, i);
        row.settled = stats.state != SpanState::Running;
        changed = changed || row.settled;
    }
    if (changed) // a row came or ended: fit the columns once, not on every frame
        fitColumns();
}

void DownloadsPanel::fitColumns()
{
    // Live figures grow: leave room for the widest they usually get.
    const auto room = [this](const char *sample) {
        return m_table->fontMetrics().horizontalAdvance(QString::fromUtf8(sample)) + 12;
    };
    const std::pair<Column, int> columns[] = {{Run, 0},
                                              {Task, 0},
                                              {Received, room("999 kB / 999 kB")},
                                              {Rate, room("999 kB/s")},
                                              {FirstByte, room("9.99 s")}};
    for (const auto &[column, least] : columns) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column), least));
    }
}

void DownloadsPanel::addRow(Source &source, int position)
{
    auto *item = new QTreeWidgetItem;
    m_table->insertTopLevelItem(position, item);
    for (const int column : {Received, Rate, FirstByte})
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    auto *bar = new QProgressBar;
    bar->setRange(0, kBarSteps);
    bar->setMaximumHeight(m_table->fontMetrics().height() + 4);
    m_table->setItemWidget(item, Progress, bar);
    source.rows.push_back(Row{item, bar, false});
}

void DownloadsPanel::render(const Source &source, std::size_t download)
{
    const DownloadStats &stats = source.downloads[download];
    const Row &row = source.rows[download];
    const std::vector<Lane> &lanes = source.recorder->lanes();
    QTreeWidgetItem *item = row.item;
    item->setText(Run, source.label);
    item->setText(Task, std::size_t(stats.lane) < lanes.size() ? lanes[std::size_t(stats.lane)].name
                                                               : QString());
    item->setToolTip(Task, source.recorder->nameOf(stats.span));
    item->setText(Received, received(stats));
    item->setToolTip(Received, receivedExactly(stats));
    item->setText(Rate, stats.received > 0 ? TimelineText::rate(stats.bytesPerSecond)
                                           : QStringLiteral("—"));
    item->setText(FirstByte, firstByte(stats));
    item->setText(State, state(stats));
    item->setToolTip(State, item->text(State));
    const bool failed = stats.state == SpanState::Failed;
    item->setForeground(State, failed ? QBrush(kFailedColor) : QBrush());
    renderBar(*row.bar, stats);
}

void DownloadsPanel::renderBar(QProgressBar &bar, const DownloadStats &stats) const
{
    const double progress = stats.progress();
    if (progress < 0 && stats.state == SpanState::Running) {
        bar.setRange(0, 0); // busy: the size is not known yet
        return;
    }
    const bool done = stats.state == SpanState::Done;
    bar.setRange(0, kBarSteps);
    bar.setValue(progress >= 0 ? int(progress * kBarSteps) : (done ? kBarSteps : 0));
    // An error page has a size too: a failed download never reads as "100%".
    const bool failed = stats.state == SpanState::Failed;
    QPalette palette = m_table->palette();
    if (failed)
        palette.setColor(QPalette::Highlight, kFailedColor);
    bar.setPalette(palette);
    if (failed)
        bar.setFormat(tr("failed"));
    else if (stats.state == SpanState::Cancelled)
        bar.setFormat(tr("stopped"));
    else
        bar.setFormat(QStringLiteral("%p%"));
}

const DownloadsPanel::Row *DownloadsPanel::rowAt(int row, const DownloadStats **stats) const
{
    for (const Source &source : m_sources) {
        if (row >= 0 && row < int(source.rows.size())) {
            if (stats)
                *stats = &source.downloads[std::size_t(row)];
            return &source.rows[std::size_t(row)];
        }
        row -= int(source.rows.size());
    }
    return nullptr;
}

void DownloadsPanel::retranslate()
{
    m_table->setHeaderLabels({tr("Run"), tr("Task"), tr("Progress"), tr("Received"), tr("Rate"),
                              tr("First byte"), tr("State")});
    m_table->headerItem()->setToolTip(FirstByte, tr("Time to first byte: from the request to "
                                                    "the first bytes that arrived"));
    m_hint->setText(tr("Each download of the run gets a row here, filled as its bytes arrive. "
                       "File → Download URLs… (Ctrl+U) runs URLs of your own."));
    for (Source &source : m_sources) {
        for (std::size_t i = 0; i < source.rows.size(); ++i)
            render(source, i);
    }
    fitColumns();
}

} // namespace ck
