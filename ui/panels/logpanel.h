#pragma once

#include <QWidget>

#include "scenario/language.h"
#include "trace/logline.h"

#include <deque>

class QPlainTextEdit;

namespace ck {

// The lines a run prints, live, each with its scenario time like the seeds' output:
// "[ 2.000 s] End toastBagel()"; when comparing, the run's label sits between time and text.
// Lines keep both languages, so switching language rewrites the whole log.
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
    void setLanguage(Language language);
    Language language() const { return m_language; }

    QStringList lines() const; // as shown

private:
    struct Entry
    {
        int run;
        LogLine line;
    };

    QString format(const Entry &entry) const;
    void rebuild();

    QPlainTextEdit *m_view;
    std::deque<Entry> m_entries;
    QStringList m_runLabels;
    Language m_language = Language::English;
};

} // namespace ck
