#include "quizpanel.h"

#include "trace/secondstext.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ck {

namespace {

const QString kRight = QStringLiteral("✓");
const QString kWrong = QStringLiteral("✗");
const QString kUnknown = QStringLiteral("·");

} // namespace

QuizPanel::QuizPanel(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_lines(new QListWidget(this)),
      m_total(new QLabel(this)), m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("quizPanel"));
    m_heading->setWordWrap(true);
    m_lines->setObjectName(QStringLiteral("quizLines"));
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setFocusPolicy(Qt::NoFocus);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_explanation);
    render();
}

void QuizPanel::setPrediction(const PredictionQuiz &quiz, const QStringList &order, double seconds)
{
    m_quiz = quiz;
    m_order = order;
    m_seconds = seconds;
    m_score = quiz.score(order, seconds);
    m_revealedLines = 0;
    m_revealed = false;
    render();
}

void QuizPanel::reveal(int lines)
{
    m_revealedLines = std::clamp(lines, 0, int(m_order.size()));
    render();
}

void QuizPanel::revealAll()
{
    m_revealedLines = int(m_order.size());
    m_revealed = true;
    render();
}

QString QuizPanel::text() const
{
    QStringList lines{m_heading->text()};
    for (int row = 0; row < m_lines->count(); ++row)
        lines << m_lines->item(row)->text();
    for (const QLabel *label : {m_total, m_explanation}) {
        if (!label->text().isEmpty())
            lines << label->text();
    }
    return lines.join(QLatin1Char('\n'));
}

void QuizPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_score = m_quiz.score(m_order, m_seconds); // the explanations in the new language
        render();
    }
    QWidget::changeEvent(event);
}

void QuizPanel::render()
{
    if (m_revealed)
        m_heading->setText(tr("%1 of %2 lines in the right place; the total: %3")
                               .arg(m_score.rightLines)
                               .arg(m_order.size())
                               .arg(m_score.totalRight ? kRight : kWrong));
    else if (!m_order.isEmpty() || m_seconds > 0)
        m_heading->setText(tr("Your prediction: each line is marked as the run prints it"));
    else
        m_heading->setText(tr("Run → Predict, then Run: order the lines a run will print, "
                              "guess its total, and see."));
    m_lines->clear();
    for (int position = 0; position < m_order.size(); ++position) {
        const bool shown = position < m_revealedLines;
        const QString mark =
            !shown ? kUnknown : (m_score.lineRight[std::size_t(position)] ? kRight : kWrong);
        m_lines->addItem(
            QStringLiteral("%1  %2. %3").arg(mark).arg(position + 1).arg(m_order.at(position)));
    }
    const QString guess = SecondsText::withUnit(m_seconds, 2);
    m_total->setText(m_order.isEmpty() && m_seconds <= 0 && !m_revealed ? QString()
                     : m_revealed ? tr("%1 Total: you guessed %2, the run took %3")
                                        .arg(m_score.totalRight ? kRight : kWrong, guess,
                                             SecondsText::withUnit(m_quiz.total(), 2))
                                  : tr("Total: you guessed %1").arg(guess));
    m_explanation->setText(!m_revealed ? QString()
                           : m_score.allRight()
                               ? tr("All right: well predicted!")
                               : m_score.explanations.join(QStringLiteral("\n\n")));
}

} // namespace ck
