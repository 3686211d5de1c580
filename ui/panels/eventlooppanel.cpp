#include "eventlooppanel.h"

#include "teach/narration.h"
#include "timeline/timelinestyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace ck {

using State = CoroutineState::State;

namespace {

// The timeline's colours: green runs, blue waits, orange blocks, vermillion fails.
QColor colorOf(State state, const TimelineStyle &style)
{
    switch (state) {
    case State::Running:
        return style.running;
    case State::Ready:
        return style.now;
    case State::OnTimer:
    case State::OnNetwork:
    case State::Awaiting:
        return style.suspendedLine;
    case State::Blocked:
        return style.blocked;
    case State::Failed:
        return style.failed;
    default:
        return {};
    }
}

} // namespace

EventLoopPanel::EventLoopPanel(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_ready(new QLabel(this)),
      m_timers(new QLabel(this)), m_table(new QTreeWidget(this))
{
    m_status->setObjectName(QStringLiteral("loopStatus"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    for (QLabel *label : {m_status, m_ready, m_timers}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_table->setObjectName(QStringLiteral("coroutineTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setColumnCount(4);
    m_table->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_ready);
    layout->addWidget(m_timers);
    render();
}

void EventLoopPanel::show(const std::vector<TeachingRun> &runs)
{
    if (runs.size() != m_runs.size())
        m_runs.assign(runs.size(), Shown{});
    for (std::size_t i = 0; i < runs.size(); ++i) {
        Shown &shown = m_runs[i];
        const auto &events = runs[i].recorder->loopEvents();
        const std::size_t count = std::min(runs[i].events, events.size());
        // Live runs only grow: fold the new events onto what is shown, else start over.
        if (runs[i].recorder != shown.recorder || count < shown.state.applied()) {
            shown.recorder = runs[i].recorder;
            shown.state = LoopState(shown.recorder->lanes().size());
        }
        shown.label = runs[i].label;
        for (std::size_t e = shown.state.applied(); e < count; ++e)
            shown.state.apply(events[e]);
    }
    render();
}

void EventLoopPanel::clear()
{
    m_runs.clear();
    render();
}

QString EventLoopPanel::stateName(State state)
{
    switch (state) {
    case State::NotStarted:
        return tr("not started");
    case State::Ready:
        return tr("ready");
    case State::Running:
        return tr("running");
    case State::OnTimer:
        return tr("suspended on a timer");
    case State::OnNetwork:
        return tr("suspended on the network");
    case State::Awaiting:
        return tr("suspended, awaiting");
    case State::Blocked:
        return tr("blocked (holds the loop)");
    case State::Done:
        return tr("done");
    case State::Failed:
        return tr("failed");
    case State::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString EventLoopPanel::statusText() const
{
    const bool started = std::any_of(m_runs.begin(), m_runs.end(),
                                     [](const Shown &run) { return run.state.applied() > 0; });
    if (!started)
        return tr("Event loop: not running");
    for (const Shown &run : m_runs) {
        if (!run.state.isBlocked())
            continue;
        const CoroutineState &blocker = run.state.coroutine(run.state.current());
        return tr("Event loop: BLOCKED by %1 in %2 until %3 — nothing else can run")
            .arg(nameOf(run, blocker.lane), blocker.awaiting, seconds(blocker.deadline));
    }
    for (const Shown &run : m_runs) {
        if (run.state.current() != LoopState::kNobody)
            return tr("Event loop: running %1").arg(nameOf(run, run.state.current()));
    }
    if (std::all_of(m_runs.begin(), m_runs.end(),
                    [](const Shown &run) { return run.state.isFinished(); }))
        return tr("Event loop: closed, main() has returned");
    const bool anyReady = std::any_of(m_runs.begin(), m_runs.end(), [](const Shown &run) {
        return !run.state.readyQueue().empty();
    });
    if (anyReady)
        return tr("Event loop: picking the next ready coroutine");
    std::optional<std::chrono::nanoseconds> next;
    for (const Shown &run : m_runs) {
        for (const auto &timer : run.state.timers())
            next = std::min(next.value_or(timer.second), timer.second);
    }
    if (!next)
        return tr("Event loop: idle, waiting for the network");
    return tr("Event loop: idle until %1").arg(seconds(*next));
}

QString EventLoopPanel::readyText() const
{
    QStringList names;
    for (const Shown &run : m_runs) {
        for (const int lane : run.state.readyQueue())
            names << nameOf(run, lane);
    }
    return tr("Ready queue: %1")
        .arg(names.isEmpty() ? tr("empty") : names.join(QStringLiteral(" → ")));
}

QString EventLoopPanel::timersText() const
{
    std::vector<std::pair<std::chrono::nanoseconds, QString>> pending;
    for (const Shown &run : m_runs) {
        for (const auto &[lane, deadline] : run.state.timers())
            pending.emplace_back(deadline, nameOf(run, lane));
    }
    std::stable_sort(pending.begin(), pending.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList timers;
    for (const auto &[deadline, name] : pending)
        timers << tr("%1 at %2").arg(name, seconds(deadline));
    return tr("Next timers: %1")
        .arg(timers.isEmpty() ? tr("none") : timers.join(QStringLiteral(" · ")));
}

QStringList EventLoopPanel::rows() const
{
    QStringList lines;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int column = 0; column < 3; ++column) {
            const QString text = m_table->topLevelItem(i)->text(column);
            if (!text.isEmpty())
                cells << text;
        }
        lines << cells.join(QStringLiteral(" · "));
    }
    return lines;
}

void EventLoopPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void EventLoopPanel::render()
{
    m_table->setHeaderLabels({tr("Coroutine"), tr("State"), tr("Awaiting"), tr("Since")});
    m_status->setText(statusText());
    m_ready->setText(readyText());
    m_timers->setText(timersText());
    renderRows();
}

void EventLoopPanel::renderRows()
{
    const TimelineStyle style = TimelineStyle::forPalette(palette());
    int row = 0;
    for (const Shown &run : m_runs) {
        for (const CoroutineState &coroutine : run.state.coroutines()) {
            QTreeWidgetItem *item = m_table->topLevelItem(row++);
            if (!item)
                item = new QTreeWidgetItem(m_table);
            const bool current = coroutine.lane == run.state.current();
            item->setText(0, (current ? QStringLiteral("▶ ") : QString()) +
                                 nameOf(run, coroutine.lane));
            item->setText(1, stateName(coroutine.state));
            item->setText(2, coroutine.awaiting);
            item->setText(3, coroutine.state == State::NotStarted ? QString()
                                                                  : seconds(coroutine.since));
            const QColor color = colorOf(coroutine.state, style);
            item->setForeground(1, color.isValid() ? QBrush(color) : palette().text());
            QFont font = item->font(0);
            font.setBold(current);
            item->setFont(0, font);
        }
    }
    while (m_table->topLevelItemCount() > row)
        delete m_table->takeTopLevelItem(m_table->topLevelItemCount() - 1);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
}

QString EventLoopPanel::nameOf(const Shown &run, int lane) const
{
    const QString name = Narration::coroutineName(*run.recorder, lane);
    return m_runs.size() > 1 ? QStringLiteral("%1 · %2").arg(run.label, name) : name;
}

QString EventLoopPanel::seconds(std::chrono::nanoseconds time) const
{
    return tr("%1 s").arg(std::chrono::duration<double>(time).count(), 0, 'f', 3);
}

} // namespace ck
