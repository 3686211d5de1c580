#include "logpanel.h"

#include "endfollower.h"
#include "theme/themecolors.h"
#include "trace/logtext.h"

#include <algorithm>

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace ck {

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent), m_view(new QPlainTextEdit(this)), m_follower(new EndFollower(m_view))
{
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setObjectName(QStringLiteral("logView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void LogPanel::clear()
{
    m_entries.clear();
    m_stderr.clear();
    m_linesPerRun.clear();
    m_shownPerRun.reset();
    m_view->clear();
    m_follower->follow();
}

void LogPanel::setRunLabels(const QStringList &labels)
{
    if (labels == m_runLabels)
        return;
    m_runLabels = labels;
    rebuild();
}

void LogPanel::append(int run, const LogLine &line)
{
    if (m_entries.size() >= std::size_t(kMaxLines))
        m_entries.pop_front();
    if (m_linesPerRun.size() <= std::size_t(run))
        m_linesPerRun.resize(std::size_t(run) + 1, 0);
    // In time order: the runs of a comparison report their lines run by run on the virtual
    // clock, and a log whose times go backwards reads as a bug.
    const auto later = std::upper_bound(
        m_entries.begin(), m_entries.end(), line.time,
        [](std::chrono::nanoseconds time, const Entry &entry) { return time < entry.line.time; });
    const bool last = later == m_entries.end();
    const auto added = m_entries.insert(later, Entry{run, line, m_linesPerRun[std::size_t(run)]++});
    if (!isShown(*added))
        return;
    if (last && m_stderr.isEmpty())
        m_view->appendPlainText(format(*added));
    else
        insertShown(added);
}

void LogPanel::insertShown(std::deque<Entry>::const_iterator entry)
{
    const auto shownBefore = std::count_if(m_entries.cbegin(), entry,
                                           [this](const Entry &each) { return isShown(each); });
    QTextCursor cursor(m_view->document()->findBlockByNumber(int(shownBefore)));
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.insertText(format(*entry), QTextCharFormat()); // not the standard error's red
    cursor.insertBlock();
}

void LogPanel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuild();
}

void LogPanel::showFirstLines(const std::vector<std::size_t> &perRun)
{
    if (m_shownPerRun == perRun)
        return;
    m_shownPerRun = perRun;
    rebuild();
}

void LogPanel::showAllLines()
{
    if (!m_shownPerRun)
        return;
    m_shownPerRun.reset();
    rebuild();
}

bool LogPanel::isShown(const Entry &entry) const
{
    if (!m_shownPerRun)
        return true;
    const std::size_t run = std::size_t(entry.run);
    return run < m_shownPerRun->size() && entry.ordinal < (*m_shownPerRun)[run];
}

QStringList LogPanel::lines() const
{
    QStringList result;
    for (const Entry &entry : m_entries) {
        if (isShown(entry))
            result << format(entry);
    }
    return result;
}

QString LogPanel::format(const Entry &entry) const
{
    if (m_runLabels.size() < 2)
        return LogText::line(entry.line, m_language);
    int labelColumns = 0;
    for (const QString &label : m_runLabels)
        labelColumns = std::max(labelColumns, LogText::columns(label));
    return LogText::line(entry.line, m_language, m_runLabels.value(entry.run), labelColumns);
}

void LogPanel::rebuild()
{
    m_view->setPlainText(lines().join(QLatin1Char('\n')));
    appendStandardError();
    m_follower->follow();
}

void LogPanel::setStandardError(const QString &label, const QString &text)
{
    m_stderrLabel = label;
    m_stderr = text;
    rebuild();
}

void LogPanel::appendStandardError()
{
    if (m_stderr.isEmpty())
        return;
    // An error's red, shifted until it reads on the base (a dark one too).
    const QString red =
        ThemeColors::readableOn(QColor(0xb0, 0x00, 0x20), m_view->palette().base().color(),
                                m_view->palette().text().color())
            .name();
    m_view->appendHtml(
        QStringLiteral("<b style=\"color:%1\">%2</b>").arg(red, m_stderrLabel.toHtmlEscaped()));
    const QStringList lines = m_stderr.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        m_view->appendHtml(QStringLiteral("<span style=\"color:%1;white-space:pre\">%2</span>")
                               .arg(red, line.toHtmlEscaped()));
}

} // namespace ck
