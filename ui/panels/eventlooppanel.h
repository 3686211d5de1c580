#pragma once

#include <QWidget>

#ifndef Q_MOC_RUN // moc of Qt 6.4 cannot parse the C++20 library headers
#include "teach/loopstate.h"
#include "teachingrun.h"

#include <memory>
#include <vector>
#endif

class QLabel;
class QTreeWidget;

namespace ck {

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

    std::size_t runCount() const { return m_runs.size(); }
    const LoopState &state(std::size_t run = 0) const { return m_runs.at(run).state; }
    QString statusText() const;
    QString readyText() const;
    QString timersText() const;
    // One line per coroutine: "toastBagel · suspended on a timer · asyncio.sleep(2)".
    QStringList rows() const;

    static QString stateName(CoroutineState::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Shown
    {
        QString label;
        std::shared_ptr<const Recorder> recorder;
        LoopState state;
    };

    void render();
    void renderRows();
    // "brewCoffee", or "Gather · brewCoffee" when several runs are shown.
    QString nameOf(const Shown &run, int lane) const;
    QString seconds(std::chrono::nanoseconds time) const;

    QLabel *m_status;
    QLabel *m_ready;
    QLabel *m_timers;
    QTreeWidget *m_table;
    std::vector<Shown> m_runs;
};

} // namespace ck
