#include "coroutinetablemodel.h"

#include "eventlooppanel.h"
#include "teach/narration.h"
#include "trace/secondstext.h"

#include <QFont>

namespace ck {

using State = CoroutineState::State;

namespace {

// What no coroutine shows: a row just made is measured and drawn whatever its coroutine shows.
const auto kNeverShown = [] {
    CoroutineTableModel::Shown shown;
    shown.since = std::chrono::nanoseconds::min();
    return shown;
}();

} // namespace

CoroutineTableModel::CoroutineTableModel(QObject *parent) : QAbstractTableModel(parent) {}

std::vector<int> CoroutineTableModel::update(const std::vector<Run> &runs)
{
    resize(runs);
    std::vector<int> changed;
    int row = 0;
    for (const Run &run : m_runs) {
        for (const CoroutineState &coroutine : run.state->coroutines()) {
            Shown now = shownOf(run, coroutine);
            Shown &shown = m_shown[std::size_t(row)];
            if (!(now == shown)) {
                shown = std::move(now);
                changed.push_back(row);
            }
            ++row;
        }
    }
    // The first row on its own: a tree view measures its first row again whenever a change
    // starts there, and main()'s text can be a gather of a thousand coroutines.
    auto rest = changed.begin();
    if (rest != changed.end() && *rest == 0) {
        Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
        ++rest;
    }
    if (rest != changed.end())
        Q_EMIT dataChanged(index(*rest, 0), index(changed.back(), ColumnCount - 1));
    return changed;
}

// The rows of each run follow the run's coroutines: those it grew are inserted at the end of its
// rows, and a run shown no more takes its rows with it. The new rows count as changed.
void CoroutineTableModel::resize(const std::vector<Run> &runs)
{
    const bool sameRuns = runs.size() == m_runs.size();
    if (!sameRuns) {
        beginResetModel();
        m_runs = runs;
        m_counts.clear();
        m_shown.clear();
        for (const Run &run : m_runs) {
            m_counts.push_back(run.state->coroutines().size());
            m_shown.resize(m_shown.size() + m_counts.back(), kNeverShown);
        }
        endResetModel();
        return;
    }
    m_runs = runs;
    std::size_t offset = 0;
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const std::size_t before = m_counts[i];
        const std::size_t now = m_runs[i].state->coroutines().size();
        const auto at = m_shown.begin() + std::ptrdiff_t(offset);
        if (now > before) {
            beginInsertRows({}, int(offset + before), int(offset + now - 1));
            m_shown.insert(at + std::ptrdiff_t(before), now - before, kNeverShown);
            m_counts[i] = now;
            endInsertRows();
        } else if (now < before) {
            beginRemoveRows({}, int(offset + now), int(offset + before - 1));
            m_shown.erase(at + std::ptrdiff_t(now), at + std::ptrdiff_t(before));
            m_counts[i] = now;
            endRemoveRows();
        }
        offset += now;
    }
}

CoroutineTableModel::Shown CoroutineTableModel::shownOf(const Run &run,
                                                        const CoroutineState &coroutine)
{
    return Shown{coroutine.state, coroutine.since, coroutine.awaiting,
                 coroutine.lane == run.state->current()};
}

void CoroutineTableModel::setHeaderLabels(const QStringList &labels)
{
    if (labels == m_headerLabels)
        return;
    m_headerLabels = labels;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CoroutineTableModel::setForegrounds(std::map<State, QBrush> foregrounds)
{
    if (foregrounds == m_foregrounds)
        return;
    m_foregrounds = std::move(foregrounds);
    if (!m_shown.empty())
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn),
                           {Qt::ForegroundRole});
}

std::pair<const CoroutineTableModel::Run *, std::size_t> CoroutineTableModel::locate(int row) const
{
    std::size_t left = std::size_t(row);
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        if (left < m_counts[i])
            return {&m_runs[i], left};
        left -= m_counts[i];
    }
    return {nullptr, 0};
}

const CoroutineState &CoroutineTableModel::coroutineAt(int row) const
{
    const auto [run, index] = locate(row);
    return run->state->coroutines()[index];
}

bool CoroutineTableModel::isCurrent(int row) const
{
    return m_shown[std::size_t(row)].current;
}

QString CoroutineTableModel::text(int row, int column) const
{
    const auto [run, index] = locate(row);
    const CoroutineState &coroutine = run->state->coroutines()[index];
    switch (column) {
    case NameColumn:
        return (isCurrent(row) ? QStringLiteral("▶ ") : QString()) + run->prefix +
               Narration::coroutineName(*run->recorder, coroutine.lane);
    case StateColumn:
        return EventLoopPanel::stateName(coroutine.state);
    case AwaitingColumn:
        return coroutine.awaiting;
    case SinceColumn:
        return coroutine.state == State::NotStarted ? QString()
                                                    : SecondsText::withUnit(coroutine.since, 3);
    default:
        return {};
    }
}

int CoroutineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CoroutineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoroutineTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::ForegroundRole: {
        if (index.column() != StateColumn)
            return {};
        const auto found = m_foregrounds.find(coroutineAt(index.row()).state);
        return found == m_foregrounds.end() ? QVariant() : QVariant(found->second);
    }
    case Qt::FontRole: {
        if (index.column() != NameColumn || !isCurrent(index.row()))
            return {};
        QFont bold; // only its weight is set: the rest is the view's
        bold.setBold(true);
        return bold;
    }
    default:
        return {};
    }
}

QVariant CoroutineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return m_headerLabels.value(section);
}

} // namespace ck
