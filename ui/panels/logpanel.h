#pragma once

#include <QWidget>

#include "scenario/language.h"
#include "trace/logline.h"

#include <deque>
#include <optional>
#include <vector>

class QPlainTextEdit;

namespace ck {

class EndFollower;

// The lines a run prints, live, each with its scenario time like the seeds' output:
// "[ 2.000 s] End toastBagel()"; when comparing, the run's label sits between time and text,
// and the runs' lines are told together in time order (a run's own lines keep their order).
// Lines keep both languages, so switching language rewrites the whole log. In replay it shows
// only the lines printed by the cursor's moment, as the other views show the runs then.
class LogPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxLines = 20000; // the oldest go first beyond this

    explicit LogPanel(QWidget *parent = nullptr);

    void clear();
    // Labels of the runs, shown before each line when there are several (compare).
    void setRunLabels(const QStringList &labels);
    void append(int run, const LogLine &line);
    // Replay: only the first `perRun[run]` lines of each run; showAllLines() leaves replay.
    void showFirstLines(const std::vector<std::size_t> &perRun);
    void showAllLines();
    void setLanguage(Language language);
    Language language() const { return m_language; }
    // What a Python program wrote to its standard error (a traceback, warnings), shown after
    // its lines as a block of its own, labelled `label` ("stderr"), in red; empty: none.
    void setStandardError(const QString &label, const QString &text);
    const QString &standardError() const { return m_stderr; }

    QStringList lines() const; // as shown

private:
    struct Entry
    {
        int run;
        LogLine line;
        std::size_t ordinal; // the line's place among its run's lines
    };

    bool isShown(const Entry &entry) const;
    // Puts a shown entry that is not the last into the text, among the lines before and after.
    void insertShown(std::deque<Entry>::const_iterator entry);

    QString format(const Entry &entry) const;
    void rebuild();
    void appendStandardError();

    QPlainTextEdit *m_view;
    EndFollower *m_follower; // the latest line while the reader has not scrolled up
    std::deque<Entry> m_entries;
    QStringList m_runLabels;
    std::vector<std::size_t> m_linesPerRun;                // every run's lines printed so far
    std::optional<std::vector<std::size_t>> m_shownPerRun; // replay: how many are shown
    Language m_language = Language::English;
    QString m_stderrLabel;
    QString m_stderr;
};

} // namespace ck
