#include "eventlooppanel.h"

#include "teach/narration.h"
#include "theme/themecolors.h"
#include "timeline/timelinestyle.h"
#include "trace/secondstext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
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
        m_runs[i].label = runs[i].label;
        m_runs[i].loop.follow(runs[i].recorder, runs[i].events);
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

void EventLoopPanel::setUnfollowed(std::size_t tasks, std::size_t limit)
{
    if (tasks == m_unfollowed && limit == m_followLimit)
        return;
    m_unfollowed = tasks;
    m_followLimit = limit;
    m_status->setText(statusText());
}

QString EventLoopPanel::statusText() const
{
    if (m_unfollowed > 0)
        return tr("Event loop: not followed. This view follows runs of up to %1 tasks; a run of "
                  "%2 records no loop events, to keep its memory small.")
            .arg(m_followLimit)
            .arg(m_unfollowed);
    const bool started = std::any_of(m_runs.begin(), m_runs.end(), [](const Shown &run) {
        return run.loop.state().applied() > 0;
    });
    if (!started)
        return tr("Event loop: not running");
    for (const Shown &run : m_runs) {
        if (!run.loop.state().isBlocked())
            continue;
        const CoroutineState &blocker = run.loop.state().coroutine(run.loop.state().current());
        return tr("Event loop: BLOCKED by %1 in %2 until %3 — nothing else can run")
            .arg(nameOf(run, blocker.lane), blocker.awaiting,
                 SecondsText::withUnit(blocker.deadline, 3));
    }
    for (const Shown &run : m_runs) {
        if (run.loop.state().current() != LoopState::kNobody)
            return tr("Event loop: running %1").arg(nameOf(run, run.loop.state().current()));
    }
    if (std::all_of(m_runs.begin(), m_runs.end(),
                    [](const Shown &run) { return run.loop.state().isFinished(); }))
        return tr("Event loop: closed, main() has returned");
    const bool anyReady = std::any_of(m_runs.begin(), m_runs.end(), [](const Shown &run) {
        return !run.loop.state().readyQueue().empty();
    });
    if (anyReady)
        return tr("Event loop: picking the next ready coroutine");
    std::optional<std::chrono::nanoseconds> next;
    for (const Shown &run : m_runs) {
        for (const auto &timer : run.loop.state().timers())
            next = std::min(next.value_or(timer.second), timer.second);
    }
    if (!next)
        return tr("Event loop: idle, waiting for the network");
    return tr("Event loop: idle until %1").arg(SecondsText::withUnit(*next, 3));
}

QString EventLoopPanel::readyText() const
{
    QStringList names;
    std::size_t ready = 0;
    for (const Shown &run : m_runs) {
        for (const int lane : run.loop.state().readyQueue()) {
            if (names.size() < kListed)
                names << nameOf(run, lane);
            ++ready;
        }
    }
    return tr("Ready queue: %1")
        .arg(names.isEmpty() ? tr("empty") : listed(names, ready, QStringLiteral(" → ")));
}

QString EventLoopPanel::timersText() const
{
    struct Pending
    {
        std::chrono::nanoseconds deadline;
        const Shown *run;
        int lane;
    };
    std::vector<Pending> pending;
    for (const Shown &run : m_runs) {
        for (const auto &[lane, deadline] : run.loop.state().timers())
            pending.push_back(Pending{deadline, &run, lane});
    }
    std::stable_sort(pending.begin(), pending.end(),
                     [](const Pending &a, const Pending &b) { return a.deadline < b.deadline; });
    QStringList timers; // only the listed ones are named
    for (const Pending &timer : pending) {
        timers << tr("%1 at %2")
                      .arg(nameOf(*timer.run, timer.lane),
                           SecondsText::withUnit(timer.deadline, 3));
        if (timers.size() == kListed)
            break;
    }
    return tr("Next timers: %1")
        .arg(timers.isEmpty() ? tr("none") : listed(timers, pending.size(), QStringLiteral(" · ")));
}

// The first names of `total`, and how many more there are: a crowd's ready queue can hold
// thousands, and a label that lists them all grows the window past any screen.
QString EventLoopPanel::listed(const QStringList &first, std::size_t total,
                               const QString &separator)
{
    if (total <= std::size_t(first.size()))
        return first.join(separator);
    return tr("%1 and %2 more").arg(first.join(separator)).arg(total - std::size_t(first.size()));
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
        refold(); // what each coroutine awaits is told in words as the events are folded
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

void EventLoopPanel::refold()
{
    for (Shown &run : m_runs) {
        const std::shared_ptr<const Recorder> recorder = run.loop.recorder();
        const std::size_t events = run.loop.state().applied();
        run.loop = FollowedLoop();
        if (recorder)
            run.loop.follow(recorder, events);
    }
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
    // Each state's timeline colour, deepened (or lifted) until it reads on the base: worked out
    // once a frame, not once a row (a crowd has two thousand).
    const TimelineStyle style = TimelineStyle::forPalette(palette());
    std::map<State, QBrush> foregrounds;
    const auto foregroundOf = [&](State state) -> const QBrush & {
        auto found = foregrounds.find(state);
        if (found == foregrounds.end()) {
            const QColor color = colorOf(state, style);
            found = foregrounds
                        .emplace(state, color.isValid() ? QBrush(ThemeColors::readableOn(
                                                              color, palette().base().color(),
                                                              palette().text().color()))
                                                        : palette().text())
                        .first;
        }
        return found->second;
    };
    if (m_table->topLevelItemCount() == 0) {
        for (int column = 0; column < m_table->columnCount() - 1; ++column)
            m_table->resizeColumnToContents(column); // the header; setCell() widens them
    }
    int row = 0;
    for (const Shown &run : m_runs) {
        for (const CoroutineState &coroutine : run.loop.state().coroutines()) {
            QTreeWidgetItem *item = m_table->topLevelItem(row++);
            if (!item)
                item = new QTreeWidgetItem(m_table);
            const bool current = coroutine.lane == run.loop.state().current();
            setCell(item, 0,
                    (current ? QStringLiteral("▶ ") : QString()) + nameOf(run, coroutine.lane));
            setCell(item, 1, stateName(coroutine.state));
            setCell(item, 2, coroutine.awaiting);
            setCell(item, 3,
                    coroutine.state == State::NotStarted
                        ? QString()
                        : SecondsText::withUnit(coroutine.since, 3));
            const QBrush &foreground = foregroundOf(coroutine.state);
            if (item->foreground(1) != foreground)
                item->setForeground(1, foreground);
            if (item->font(0).bold() != current) {
                QFont font = item->font(0);
                font.setBold(current);
                item->setFont(0, font);
            }
        }
    }
    while (m_table->topLevelItemCount() > row)
        delete m_table->takeTopLevelItem(m_table->topLevelItemCount() - 1);
}

// Only what changed is set, and a column only ever widens to fit: a crowd of two thousand
// coroutines changes a few rows a frame, and measuring every row each frame stalls the window.
void EventLoopPanel::setCell(QTreeWidgetItem *item, int column, const QString &text)
{
    if (item->text(column) == text)
        return;
    item->setText(column, text);
    if (column == m_table->columnCount() - 1)
        return; // the last one stretches
    const int needed = widthOf(text) + kCellPadding;
    if (needed > m_table->columnWidth(column))
        m_table->setColumnWidth(column, needed);
}

int EventLoopPanel::widthOf(const QString &text)
{
    constexpr qsizetype kMostKept = 20000; // texts, a few crowds' worth
    QFont font = m_table->font();
    font.setBold(true); // the current coroutine's name is bold
    if (font != m_measuredFont || m_textWidths.size() > kMostKept) {
        m_measuredFont = font;
        m_textWidths.clear();
    }
    const auto known = m_textWidths.constFind(text);
    if (known != m_textWidths.cend())
        return *known;
    const int width = QFontMetrics(font).horizontalAdvance(text);
    m_textWidths.insert(text, width);
    return width;
}

QString EventLoopPanel::nameOf(const Shown &run, int lane) const
{
    const QString name = Narration::coroutineName(*run.loop.recorder(), lane);
    return m_runs.size() > 1 ? QStringLiteral("%1 · %2").arg(run.label, name) : name;
}

} // namespace ck
