#pragma once

#include "scenario/language.h"
#include "trace/recorder.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <optional>
#include <vector>

namespace ck {

// One sentence per scheduling event of a recorded run, in the interface's language: "brewCoffee
// is suspended at await asyncio.sleep(3) (its timer fires at 3.000 s); the loop resumes
// toastBagel." Built from the events when asked, so a language switch rewrites the whole story.
class Narration
{
    Q_DECLARE_TR_FUNCTIONS(Narration)

public:
    // The sentence of `recorder.loopEvents()[index]`; `language` picks the printed lines' text.
    static QString sentence(const Recorder &recorder, std::size_t index, Language language);
    // The same for run `run` of `runs`: when they share one loop (a comparison), what the loop
    // does next may be another run's coroutine, named with its label ("Gather · brewCoffee").
    static QString sentence(const std::vector<const Recorder *> &runs, const QStringList &labels,
                            std::size_t run, std::size_t index, Language language);
    // "main()" for the main program, else the lane's name.
    static QString coroutineName(const Recorder &recorder, int lane);

private:
    static QString base(const Recorder &recorder, const LoopEvent &event, Language language);
    // "asyncio.gather wraps fetch in a task of its own: …": how the task was made.
    static QString created(const Recorder &recorder, const LoopEvent &event, const QString &name);
    // "gather", "create_task", ... (the trace's `via`), or empty: made by main() itself.
    static QString viaOf(const Recorder &recorder, const LoopEvent &event);
    // The first lane a Suspended event on routines awaits, or nullptr.
    static const Lane *firstAwaited(const Recorder &recorder, const LoopEvent &event);
    static QString suspended(const QString &name, const QString &awaited, const LoopEvent &event);
    // "barista_2 waits for the lock “machine” held by barista_1 (await machine.acquire())".
    static QString acquiring(const Recorder &recorder, const QString &name, const LoopEvent &event);
    // A wait on an object ends: who woke it (ObjectWakes notes it on the Resumed event), or
    // just "the loop resumes" where that is not known.
    static QString resumed(const Recorder &recorder, const QString &name, const LoopEvent &event);
    static QString printed(const Recorder &recorder, const LoopEvent &event, const QString &name,
                           Language language);
    static QString finished(const Recorder &recorder, const LoopEvent &event);
    // "brew_coffee calls make_toast_task.cancel(): …".
    static QString cancels(const LoopEvent &event, const QString &name);
    // Whether `lane` runs the routine of a wait_for (the span awaiting it asks for a timeout).
    static bool awaitedByWaitFor(const Recorder &recorder, int lane);
    // What the loop does next when this event gives it back: "; the loop resumes toastBagel".
    static QString continuation(const std::vector<const Recorder *> &runs,
                                const QStringList &labels, std::size_t run, std::size_t index);
    // For every run, the index of its first event after run `run`'s event `index` on the loop.
    static std::vector<std::size_t> eventsAfter(const std::vector<const Recorder *> &runs,
                                                std::size_t run, std::size_t index);
    // The run whose event at `next` comes first on the loop, or runs.size() when none is left.
    static std::size_t nextOnTheLoop(const std::vector<const Recorder *> &runs,
                                     const std::vector<std::size_t> &next);
    // When `later` woke its coroutine, if that was after `event` (a timer fired that was not
    // yet due then, or data arrived): the loop had nothing to run in between.
    static std::optional<std::chrono::nanoseconds> wakeUpAfter(const LoopEvent &event,
                                                               const LoopEvent &later);
};

} // namespace ck
