#pragma once

#include <QFont>
#include <QHash>
#include <QWidget>

#include "teach/followedloop.h"
#include "teachingrun.h"

#include <memory>
#include <vector>

class QLabel;
class QTreeView;

namespace ck {

class CoroutineTableModel;
class SlicedWork;

// The event loop at the current moment of a run: what it is doing (running a coroutine, idle
// until the next timer, blocked), every coroutine's state and what it awaits, the ready queue
// in its order and the next timer deadlines. Follows the live runs, or the replay cursor. The
// runs of a comparison share one event loop, so they are shown together, each coroutine named
// with its run.
class EventLoopPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EventLoopPanel(QWidget *parent = nullptr);

    void show(const std::vector<TeachingRun> &runs);
    void clear();
    // A run of `tasks` tasks (0: none) is too large to follow: more than `limit`.
    void setUnfollowed(std::size_t tasks, std::size_t limit);

    std::size_t runCount() const { return m_runs.size(); }
    const LoopState &state(std::size_t run = 0) const { return m_runs.at(run).loop.state(); }
    QString statusText() const;
    QString readyText() const;
    QString timersText() const;
    // One line per coroutine: "toastBagel · suspended on a timer · asyncio.sleep(2)".
    QStringList rows() const;

    static QString stateName(CoroutineState::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr qsizetype kListed = 8; // names in the ready and timer lines
    static constexpr int kCellPadding = 16; // pixels beside a cell's text

    struct Shown
    {
        QString label;
        FollowedLoop loop;
    };

    static QString listed(const QStringList &first, std::size_t total, const QString &separator);
    void render();
    void refold();
    void renderRows();
    void paintForegrounds();
    // A column only ever widens to fit what it shows (the last one stretches): only the rows
    // that changed are measured, a crowd of thousands changes a few a frame, and the texts not
    // measured yet (a crowd's first frame has thousands of names) a slice at a time.
    void widen(const std::vector<int> &changedRows);
    bool measureNext();
    void widenTo(int column, int textWidth);
    // The width of `text` in the table's bold font, each text measured once: a crowd's states
    // and awaits repeat over its two thousand rows.
    int widthOf(const QString &text);
    void checkMeasuredFont(); // forgets the widths measured in another font
    // "brewCoffee", or "Gather · brewCoffee" when several runs are shown.
    QString nameOf(const Shown &run, int lane) const;
    QString prefixOf(const Shown &run) const; // "Gather · " when several runs are shown

    QLabel *m_status;
    QLabel *m_ready;
    QLabel *m_timers;
    QTreeView *m_table;
    CoroutineTableModel *m_model;
    std::vector<Shown> m_runs;
    std::size_t m_unfollowed = 0; // tasks of a run too large to follow
    std::size_t m_followLimit = 0;
    QFont m_measuredFont;
    QHash<QString, int> m_textWidths;                  // in m_measuredFont
    std::vector<std::pair<int, QString>> m_unmeasured; // (column, text) shown, not measured yet
    SlicedWork *m_measuring;
};

} // namespace ck
