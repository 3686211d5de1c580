#include "eventlooppanel.h"

#include "clippedheaderview.h"
#include "clippedtextdelegate.h"
#include "coroutinetablemodel.h"
#include "slicedwork.h"
#include "teach/narration.h"
#include "theme/themecolors.h"
#include "timeline/timelinestyle.h"
#include "trace/secondstext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
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
      m_timers(new QLabel(this)), m_table(new QTreeView(this)),
      m_model(new CoroutineTableModel(this)),
      m_measuring(new SlicedWork([this] { return measureNext(); }, {}, this))
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
    m_table->setHeader(new ClippedHeaderView(*m_table->header(), m_table));
    m_table->setItemDelegate(new ClippedTextDelegate(m_table));
    m_table->setModel(m_model);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
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
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < 3; ++column) {
            const QString text = m_model->text(row, column);
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
    m_model->setHeaderLabels({tr("Coroutine"), tr("State"), tr("Awaiting"), tr("Since")});
    m_status->setText(statusText());
    m_ready->setText(readyText());
    m_timers->setText(timersText());
    renderRows();
}

void EventLoopPanel::renderRows()
{
    paintForegrounds();
    if (m_model->rowCount() == 0) {
        for (int column = 0; column < CoroutineTableModel::SinceColumn; ++column)
            m_table->resizeColumnToContents(column); // the header; widen() widens them
    }
    std::vector<CoroutineTableModel::Run> runs;
    for (const Shown &run : m_runs) {
        runs.push_back(
            CoroutineTableModel::Run{prefixOf(run), &run.loop.state(), run.loop.recorder().get()});
    }
    widen(m_model->update(runs));
}

// Each state's timeline colour, deepened (or lifted) until it reads on the base: worked out once
// a frame, not once a row (a crowd has two thousand).
void EventLoopPanel::paintForegrounds()
{
    const TimelineStyle style = TimelineStyle::forPalette(palette());
    std::map<State, QBrush> foregrounds;
    for (int each = int(State::NotStarted); each <= int(State::Cancelled); ++each) {
        const auto state = State(each);
        const QColor color = colorOf(state, style);
        foregrounds.emplace(
            state, color.isValid() ? QBrush(ThemeColors::readableOn(color, palette().base().color(),
                                                                    palette().text().color()))
                                   : palette().text());
    }
    m_model->setForegrounds(std::move(foregrounds));
}

void EventLoopPanel::widen(const std::vector<int> &changedRows)
{
    checkMeasuredFont();
    for (int column = 0; column < CoroutineTableModel::SinceColumn; ++column) {
        int widest = 0;
        for (const int row : changedRows) {
            QString text = m_model->text(row, column);
            const auto known = m_textWidths.constFind(text);
            if (known != m_textWidths.cend())
                widest = std::max(widest, *known);
            else
                m_unmeasured.emplace_back(column, std::move(text));
        }
        widenTo(column, widest);
    }
    m_measuring->start();
}

bool EventLoopPanel::measureNext()
{
    if (m_unmeasured.empty())
        return false;
    const auto [column, text] = std::move(m_unmeasured.back());
    m_unmeasured.pop_back();
    widenTo(column, widthOf(text));
    return !m_unmeasured.empty();
}

void EventLoopPanel::widenTo(int column, int textWidth)
{
    if (textWidth > 0 && textWidth + kCellPadding > m_table->columnWidth(column))
        m_table->setColumnWidth(column, textWidth + kCellPadding);
}

void EventLoopPanel::checkMeasuredFont()
{
    constexpr qsizetype kMostKept = 20000; // texts, a few crowds' worth
    QFont font = m_table->font();
    font.setBold(true); // the current coroutine's name is bold
    if (font != m_measuredFont || m_textWidths.size() > kMostKept) {
        m_measuredFont = font;
        m_textWidths.clear();
    }
}

int EventLoopPanel::widthOf(const QString &text)
{
    checkMeasuredFont();
    const auto known = m_textWidths.constFind(text);
    if (known != m_textWidths.cend())
        return *known;
    const int width = QFontMetrics(m_measuredFont).horizontalAdvance(text);
    m_textWidths.insert(text, width);
    return width;
}

QString EventLoopPanel::nameOf(const Shown &run, int lane) const
{
    return prefixOf(run) + Narration::coroutineName(*run.loop.recorder(), lane);
}

QString EventLoopPanel::prefixOf(const Shown &run) const
{
    return m_runs.size() > 1 ? run.label + QStringLiteral(" · ") : QString();
}

} // namespace ck
