#pragma once

#include <QAbstractTableModel>
#include <QBrush>
#include <QStringList>

#include "teach/loopstate.h"

#include <map>
#include <vector>

namespace ck {

class Recorder;

// The event loop panel's table: a row per coroutine of each shown run (main() first), with its
// name, state, what it awaits and since when. The texts are made when a view asks for them, so
// a crowd of thousands costs a frame only the rows on screen; update() tells which rows changed.
class CoroutineTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, AwaitingColumn, SinceColumn, ColumnCount };

    struct Run
    {
        QString prefix; // "Gather · " when several runs are shown, else empty
        const LoopState *state = nullptr;
        const Recorder *recorder = nullptr; // names the lanes
    };

    explicit CoroutineTableModel(QObject *parent = nullptr);

    // The runs now shown, each state already folded as far as shown; they must stay alive until
    // the next update(). Returns the rows whose texts may have changed.
    std::vector<int> update(const std::vector<Run> &runs);
    void setHeaderLabels(const QStringList &labels);
    // Each state's text colour (states without one use the view's).
    void setForegrounds(std::map<CoroutineState::State, QBrush> foregrounds);

    QString text(int row, int column) const;
    bool isCurrent(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What a row showed when last updated: a row is redrawn and measured only when it differs.
    struct Shown
    {
        CoroutineState::State state = CoroutineState::State::NotStarted;
        std::chrono::nanoseconds since{0};
        QString awaiting;
        bool current = false;
        bool operator==(const Shown &other) const = default;
    };

private:
    // The run of `row` and the coroutine's index in its state.
    std::pair<const Run *, std::size_t> locate(int row) const;
    const CoroutineState &coroutineAt(int row) const;
    static Shown shownOf(const Run &run, const CoroutineState &coroutine);
    void resize(const std::vector<Run> &runs);

    std::vector<Run> m_runs;
    std::vector<std::size_t> m_counts; // rows of each run
    std::vector<Shown> m_shown;        // by row
    QStringList m_headerLabels;
    std::map<CoroutineState::State, QBrush> m_foregrounds;
};

} // namespace ck
