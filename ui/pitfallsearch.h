#pragma once

#include "run/strategy.h"
#include "scenario/scenario.h"
#include "teach/pitfall.h"
#include "trace/recorder.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

template <typename T> class QFutureWatcher;

namespace ck {

// Finds what finished runs teach (PitfallFinder) for the pitfall banner. Each finder reads every
// span of a run, tens of milliseconds for a crowd's two million: runs of more than
// kElsewhereFromSpans spans in all are read on a pool thread, and found() follows on the
// window's thread; smaller ones at once. One search at a time: a new one, or cancel(), drops
// the one under way.
class PitfallSearch : public QObject
{
    Q_OBJECT

public:
    static constexpr std::size_t kElsewhereFromSpans = 100000;

    // One finished run: its strategy, its label and its record.
    struct Run
    {
        Strategy strategy;
        QString label;
        std::shared_ptr<const Recorder> recorder;
    };

    explicit PitfallSearch(QObject *parent = nullptr);
    ~PitfallSearch() override;

    // The pitfalls of the runs of `scenario`; of a comparison, without the missed concurrency
    // that it already shows, and each said with the label of its run.
    static std::vector<Pitfall> of(const Scenario &scenario, const std::vector<Run> &runs);

    void start(std::shared_ptr<const Scenario> scenario, std::vector<Run> runs);
    void cancel();
    bool isSearching() const { return !m_job.isNull(); }

Q_SIGNALS:
    void found(const std::vector<ck::Pitfall> &pitfalls);

private:
    QPointer<QFutureWatcher<std::vector<Pitfall>>> m_job;
};

} // namespace ck
