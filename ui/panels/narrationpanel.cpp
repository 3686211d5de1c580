#include "narrationpanel.h"

#include "endfollower.h"
#include "slicedwork.h"
#include "teach/narrationlines.h"
#include "theme/themecolors.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace ck {

namespace {

constexpr qreal kCurrentTint = 0.3; // how much of the highlight colour the latest sentence shows

} // namespace

NarrationPanel::NarrationPanel(QWidget *parent)
    : QWidget(parent), m_view(new QPlainTextEdit(this)), m_follower(new EndFollower(m_view)),
      m_telling(new SlicedWork([this] { return writeNext(); }, [this] { showWritten(); }, this))
{
    m_view->setObjectName(QStringLiteral("narrationView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_view->setMaximumBlockCount(kMaxSentences);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void NarrationPanel::show(const std::vector<TeachingRun> &runs)
{
    std::vector<TeachingRun> clamped = runs;
    for (TeachingRun &run : clamped)
        run.events = std::min(run.events, run.recorder->loopEvents().size());
    if (onlyGrew(clamped) && sameLabels(clamped)) {
        std::vector<std::size_t> from;
        for (const TeachingRun &run : m_runs)
            from.push_back(run.events);
        const std::vector<Told> added = eventsSince(clamped, from);
        m_runs = std::move(clamped);
        tell(added);
        return;
    }
    m_runs = std::move(clamped);
    rebuild();
}

void NarrationPanel::clear()
{
    m_runs.clear();
    m_told.clear();
    m_untold.clear();
    m_nextUntold = 0;
    m_written.clear();
    m_view->clear();
    m_follower->follow();
}

void NarrationPanel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuild();
}

QStringList NarrationPanel::sentences() const
{
    m_telling->finish();
    return m_view->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString NarrationPanel::currentSentence() const
{
    m_telling->finish();
    return m_told.empty() ? QString() : line(m_told.back());
}

bool NarrationPanel::isFollowing() const
{
    return m_follower->isFollowing();
}

void NarrationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    if (event->type() == QEvent::PaletteChange)
        highlightLast(); // its tint follows the base
    QWidget::changeEvent(event);
}

bool NarrationPanel::onlyGrew(const std::vector<TeachingRun> &runs) const
{
    if (runs.size() != m_runs.size() || runs.empty())
        return false;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (runs[i].recorder != m_runs[i].recorder || runs[i].events < m_runs[i].events)
            return false;
    }
    return true;
}

// The labels are translated: a language switched mid-run retells the story in the new one.
bool NarrationPanel::sameLabels(const std::vector<TeachingRun> &runs) const
{
    return std::equal(
        runs.begin(), runs.end(), m_runs.begin(), m_runs.end(),
        [](const TeachingRun &a, const TeachingRun &b) { return a.label == b.label; });
}

std::vector<NarrationPanel::Told>
NarrationPanel::eventsSince(const std::vector<TeachingRun> &runs,
                            const std::vector<std::size_t> &from) const
{
    std::vector<const Recorder *> recorders;
    std::vector<std::size_t> to;
    for (const TeachingRun &run : runs) {
        recorders.push_back(run.recorder.get());
        to.push_back(run.events);
    }
    return LoopOrder::of(recorders, from, to);
}

void NarrationPanel::rebuild()
{
    m_view->clear();
    m_told.clear();
    m_untold.clear();
    m_nextUntold = 0;
    m_written.clear();
    highlightLast();
    m_follower->follow();
    tell(eventsSince(m_runs, std::vector<std::size_t>(m_runs.size(), 0)));
}

void NarrationPanel::tell(const std::vector<Told> &told)
{
    m_untold.insert(m_untold.end(), told.begin(), told.end());
    // No more than the view keeps: the oldest would only be written to be dropped.
    const std::size_t queued = m_untold.size() - m_nextUntold;
    if (queued > std::size_t(kMaxSentences))
        m_nextUntold = m_untold.size() - std::size_t(kMaxSentences);
    m_telling->start();
}

bool NarrationPanel::writeNext()
{
    if (m_nextUntold >= m_untold.size())
        return false;
    const Told &told = m_untold[m_nextUntold++];
    m_told.push_back(told);
    m_written << line(told);
    return m_nextUntold < m_untold.size();
}

void NarrationPanel::showWritten()
{
    if (m_nextUntold >= m_untold.size()) {
        m_untold.clear();
        m_nextUntold = 0;
    }
    if (m_written.isEmpty())
        return;
    // At once: a paragraph each is laid out one by one.
    m_view->appendPlainText(m_written.join(QLatin1Char('\n')));
    m_written.clear();
    if (m_told.size() > std::size_t(kMaxSentences))
        m_told.erase(m_told.begin(), m_told.end() - kMaxSentences);
    highlightLast();
}

void NarrationPanel::highlightLast()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_told.empty()) {
        QTextEdit::ExtraSelection current;
        current.cursor = QTextCursor(m_view->document()->lastBlock());
        current.format.setBackground(ThemeColors::readableTint(
            palette().color(QPalette::Highlight), palette().color(QPalette::Base),
            palette().color(QPalette::Text), kCurrentTint));
        current.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << current;
    }
    m_view->setExtraSelections(selections);
}

QString NarrationPanel::line(const Told &told) const
{
    std::vector<const Recorder *> recorders;
    QStringList labels;
    for (const TeachingRun &run : m_runs) {
        recorders.push_back(run.recorder.get());
        labels << run.label;
    }
    return NarrationLines::line(recorders, labels, told.run, told.index, m_language);
}

} // namespace ck
