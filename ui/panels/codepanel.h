#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QThreadPool>
#include <QWidget>

#include "codegen/generatedprogram.h"
#include "run/strategy.h"
#include "scenario/language.h"
#include "scenario/scenario.h"
#include "teach/followedloop.h"
#include "teachingrun.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QToolButton;

namespace ck {

class SlicedWork;

// The program of the current scenario and mode, in Python asyncio and in C++ with QCoro side by
// side, generated from the scenario, with what differs between the two languages underneath.
// While a run is live (or replayed), every coroutine that has started and not ended has its
// current line highlighted in its own colour, in both programs; the coroutine the loop is
// running is drawn strongest. A comparison has two programs: a box picks which run to follow.
// A crowd's programs are written on a thread of their own (they depend on the scenario, the mode
// and the language only), then added and coloured a slice at a time, so that picking a crowd
// (thousands of lines) does not hold the window; whoever reads them gets them whole.
class CodePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CodePanel(QWidget *parent = nullptr);

    // The programs to show (one per strategy; the runs, when shown, come in the same order).
    void setPrograms(std::shared_ptr<const Scenario> scenario, std::vector<Strategy> strategies,
                     Language language);
    void show(const std::vector<TeachingRun> &runs);
    // A user's Python program: its own source, read-only, in place of the generated programs
    // (until setPrograms()), each live coroutine's line the line of its latest loop event,
    // `lineOf(event)` (PythonTraceReader::lineOf; 0 when none).
    void setSource(const QString &title, const QString &source,
                   std::function<int(std::size_t)> lineOf);
    bool showsSource() const { return m_sourceMode; }

    QString pythonText() const;
    QString cppText() const;
    // The highlighted 1-based lines of the followed run, each with the coroutine it belongs to:
    // "brewCoffee:3". Python first, then C++.
    QStringList pythonMarkers() const;
    QStringList cppMarkers() const;
    int followedRun() const;

protected:
    void changeEvent(QEvent *event) override;
    // Side by side when there is room, one above the other when the dock is narrow.
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Marker
    {
        QString coroutine;
        CodeLocation location;
        bool current;
        int colour;
        int sourceLine = 0; // the line of the user's source (source mode)
    };

    static constexpr std::size_t kMaxTasks = 2000;         // larger scenarios show no program
    static constexpr std::size_t kLegendMarkers = 8;       // coroutines the legend names
    static constexpr std::size_t kHighlightedMarkers = 64; // lines highlighted at most
    static constexpr int kLongLine = 1000; // characters of a line laid out in a slice of its own
    // Scenarios this small have their programs written at once, as they are picked: a thread
    // of their own would only leave the view empty for a moment.
    static constexpr std::size_t kWrittenAtOnce = 100; // tasks

    // Both programs of the followed run, as the generators leave them (the error when none).
    struct Programs
    {
        std::optional<GeneratedProgram> python;
        std::optional<GeneratedProgram> cpp;
        QString pythonError;
        QString cppError;
    };

    void regenerate();
    static Programs generate(const Scenario &scenario, const Strategy &strategy, Language language);
    // The steps of regenerate(), a slice at a time once the programs are written: their text is
    // added (and coloured) a hundred lines at a time, then each very long line (a crowd's
    // gather) is laid out, so that highlighting it later costs no layout. Returns whether more
    // is left.
    bool fillNext();
    void takePrograms(Programs programs);
    void stopFilling();
    // Adds the next lines of `text` from `at` to `view`; false when all are in.
    static bool addLines(QPlainTextEdit *view, const QString &text, qsizetype &at);
    // Lays out the next line of `view` from `block` (a block number) longer than kLongLine;
    // false when none is left.
    static bool layOutLongLine(QPlainTextEdit *view, int &block);
    void finishFilling() const;
    QString tooLarge(const QString &comment) const;
    void retranslate();
    void highlight();
    void highlightIn(QPlainTextEdit *view, const std::function<int(const Marker &)> &lineOf,
                     const std::vector<Marker> &markers);
    QStringList markersIn(const std::function<int(const Marker &)> &lineOf) const;
    static std::function<int(const Marker &)> linesIn(const CodeLines &lines);
    void leaveSource();
    // Source mode: the line of each lane's latest loop event among the first `events`.
    QHash<int, int> sourceLines(const Recorder &recorder, std::size_t events) const;
    static std::vector<Marker> fewest(const std::vector<Marker> &markers, std::size_t limit);
    QString legendChip(const Marker &marker) const;
    QColor markerColour(const Marker &marker) const; // a line's tint
    std::vector<Marker> markers() const;

    QComboBox *m_runBox;
    QLabel *m_pythonTitle;
    QLabel *m_cppTitle;
    QPlainTextEdit *m_python;
    QPlainTextEdit *m_cpp;
    QSplitter *m_splitter;
    QToolButton *m_differencesToggle;
    QLabel *m_differences;
    QLabel *m_legend;
    std::shared_ptr<const Scenario> m_scenario;
    std::vector<Strategy> m_strategies;
    Language m_language = Language::English;
    std::optional<GeneratedProgram> m_pythonProgram;
    std::optional<GeneratedProgram> m_cppProgram;
    enum class Fill { Writing, Text, Layout, Done };
    Fill m_fill = Fill::Done;
    QThreadPool m_writer; // one thread: the programs are written there
    mutable QFuture<Programs> m_written;
    QFutureWatcher<Programs> m_writtenWatcher;
    QString m_pythonText; // being added to the views
    QString m_cppText;
    qsizetype m_pythonAt = 0;
    qsizetype m_cppAt = 0;
    int m_pythonLaidOut = 0; // the blocks looked at for long lines
    int m_cppLaidOut = 0;
    SlicedWork *m_filling;
    std::vector<TeachingRun> m_runs;
    mutable FollowedLoop m_followed; // the followed run's loop, folded as far as shown
    bool m_sourceMode = false;
    QString m_source;
    std::function<int(std::size_t)> m_lineOf;
};

} // namespace ck
