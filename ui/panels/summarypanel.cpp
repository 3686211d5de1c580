#include "summarypanel.h"

#include "timeline/runflows.h"
#include "timeline/timelinetext.h"
#include "trace/awaittext.h"
#include "trace/downloadstats.h"
#include "trace/secondstext.h"
#include "trace/visibletext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace ck {

namespace {

enum Column { Mode, Total, Ideal, State, Downloads, Failures, ColumnCount };

bool isDone(const TimelineRun &run)
{
    return run.now < std::chrono::nanoseconds(0) && run.recorder->info().finished;
}

} // namespace

SummaryPanel::SummaryPanel(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_criticalPath(new QLabel(this)),
      m_table(new QTreeWidget(this))
{
    m_criticalPath->setObjectName(QStringLiteral("summaryCriticalPath"));
    m_criticalPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_criticalPath->setWordWrap(true);
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_table->setColumnCount(ColumnCount);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_headline);
    layout->addWidget(m_criticalPath);
    layout->addWidget(m_table, 1);
    retranslate();
}

void SummaryPanel::setRuns(const std::vector<TimelineRun> &runs)
{
    m_runs = runs;
    render();
}

QString SummaryPanel::text() const
{
    QStringList lines;
    if (!m_headline->text().isEmpty())
        lines << m_headline->text();
    if (!m_criticalPath->text().isEmpty())
        lines << m_criticalPath->text();
    for (int row = 0; row < m_table->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_table->topLevelItem(row);
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column) {
            if (!m_table->isColumnHidden(column))
                cells << item->text(column);
        }
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        lines << cells.join(QStringLiteral(" · "));
    }
    return lines.join(QLatin1Char('\n'));
}

QString SummaryPanel::comparison(const TimelineRun &first, const TimelineRun &second)
{
    if (!isDone(first) || !isDone(second) || first.recorder->info().cancelled ||
        second.recorder->info().cancelled)
        return {};
    const auto slow = first.recorder->info().total;
    const auto fast = second.recorder->info().total;
    const QString both = tr("%1 %2 · %3 %4")
                             .arg(first.label, SecondsText::withUnit(slow, 2), second.label,
                                  SecondsText::withUnit(fast, 2));
    if (slow.count() <= 0 || fast.count() <= 0)
        return both;
    const double ratio = double(slow.count()) / double(fast.count());
    if (ratio >= 1.0)
        return tr("%1 · %2× faster").arg(both, SecondsText::fixed(ratio, 2));
    return tr("%1 · %2× slower").arg(both, SecondsText::fixed(1.0 / ratio, 2));
}

void SummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SummaryPanel::retranslate()
{
    m_table->setHeaderLabels(
        {tr("Mode"), tr("Total"), tr("Ideal"), tr("State"), tr("Downloads"), tr("Failures")});
    render();
}

void SummaryPanel::render()
{
    m_table->clear();
    if (m_runs.empty())
        m_headline->setText(tr("Press F5 to run the scenario."));
    else if (m_runs.size() == 2)
        m_headline->setText(comparison(m_runs[0], m_runs[1]));
    else
        m_headline->clear();
    m_headline->setVisible(!m_headline->text().isEmpty());
    m_criticalPath->setText(criticalPaths());
    m_criticalPath->setVisible(!m_criticalPath->text().isEmpty());
    bool anyDownloads = false;
    for (const TimelineRun &run : m_runs) {
        const bool live = run.now >= std::chrono::nanoseconds(0);
        const QString total = live ? tr("%1…").arg(SecondsText::withUnit(run.now, 2))
                                   : SecondsText::withUnit(run.recorder->info().total, 2);
        const QString ideal = run.ideal.count() >= 0
                                  ? TimelineText::idealTotal(run.ideal, run.idealAtLeast)
                                  : QString();
        const QStringList failed = failures(run);
        const QString fetched = downloads(run);
        anyDownloads = anyDownloads || !fetched.isEmpty();
        auto *item = new QTreeWidgetItem(m_table, {run.label, total, ideal, state(run), fetched,
                                                   failed.join(QStringLiteral("; "))});
        item->setTextAlignment(Total, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Ideal, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(Failures, failed.join(QLatin1Char('\n')));
    }
    m_table->setColumnHidden(Downloads, !anyDownloads);
    for (int column = 0; column < Failures; ++column)
        m_table->resizeColumnToContents(column);
}

QString SummaryPanel::criticalPaths() const
{
    QStringList lines;
    for (const TimelineRun &run : m_runs) {
        if (!isDone(run) || run.recorder->info().cancelled)
            continue;
        const QString sentence = RunFlows::of(*run.recorder).path.sentence(*run.recorder);
        if (sentence.isEmpty())
            continue;
        lines << (m_runs.size() > 1
                      ? tr("%1: %2", "a run's label: what set its total").arg(run.label, sentence)
                      : sentence);
    }
    return lines.join(QLatin1Char('\n'));
}

QString SummaryPanel::state(const TimelineRun &run)
{
    if (run.now >= std::chrono::nanoseconds(0))
        return tr("running");
    const RunInfo &info = run.recorder->info();
    if (info.cancelled)
        return tr("stopped");
    if (const auto count = run.recorder->failedTasks().size())
        return tr("done, %n failed", nullptr, int(count));
    return info.finished ? tr("done") : tr("waiting");
}

QStringList SummaryPanel::failures(const TimelineRun &run)
{
    std::vector<int> failed = run.recorder->failedTasks(); // kept up by the recorder
    std::sort(failed.begin(), failed.end());               // in the order they began
    QStringList lines;
    for (const int index : failed) {
        const Span &span = run.recorder->spans()[std::size_t(index)];
        lines << QStringLiteral("%1: %2").arg(AwaitText::ofSpan(*run.recorder, span),
                                              VisibleText::of(run.recorder->reasonOf(index)));
    }
    return lines;
}

QString SummaryPanel::downloads(const TimelineRun &run)
{
    if (!run.recorder->hasDownloads())
        return {}; // without scanning a crowd's million spans every frame
    const std::vector<DownloadStats> all = DownloadStats::of(*run.recorder, run.now);
    if (all.empty())
        return {};
    qint64 received = 0;
    std::chrono::nanoseconds from = all.front().start;
    std::chrono::nanoseconds until = from;
    for (const DownloadStats &download : all) {
        received += download.received;
        from = std::min(from, download.start);
        const std::chrono::nanoseconds end =
            download.end >= download.start ? download.end : std::max(run.now, download.lastArrival);
        until = std::max(until, end);
    }
    const double seconds = std::chrono::duration<double>(until - from).count();
    const double rate = seconds > 0 ? double(received) / seconds : 0.0;
    return tr("%1 · %2 · %3", "bytes · time to first byte · throughput")
        .arg(TimelineText::bytes(received), TimelineText::firstByte(all.front().firstByte),
             TimelineText::rate(rate));
}

} // namespace ck
