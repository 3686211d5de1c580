#pragma once

#include <QWidget>

#include "teach/predictionquiz.h"

class QLabel;
class QListWidget;

namespace ck {

// The learner's prediction beside the run that answers it: the lines in the order guessed,
// each marked ✓ or ✗ as the run prints the line of its position, then the guessed total and,
// for the first wrong line, why the run prints what it prints there.
class QuizPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuizPanel(QWidget *parent = nullptr);

    void setPrediction(const PredictionQuiz &quiz, const QStringList &order, double seconds);
    // The run has printed `lines` lines: their positions are marked.
    void reveal(int lines);
    void revealAll(); // the run has finished: every mark, the total and the explanations
    bool isRevealed() const { return m_revealed; }
    const PredictionQuiz::Score &score() const { return m_score; }
    // What the panel shows, as plain text (one line per row).
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    PredictionQuiz m_quiz;
    QStringList m_order;
    double m_seconds = 0;
    PredictionQuiz::Score m_score;
    int m_revealedLines = 0;
    bool m_revealed = false;
    QLabel *m_heading;
    QListWidget *m_lines;
    QLabel *m_total;
    QLabel *m_explanation;
};

} // namespace ck
