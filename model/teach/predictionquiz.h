#pragma once

#include "scenario/language.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <vector>

namespace ck {

class Recorder;
class Strategy;
struct Scenario;

// "Predict, then reveal": the lines a run prints, in the order it prints them, and its total,
// taken from the engine's own run on the virtual clock (never written by hand), and the score
// of a learner's guess: each line at its right position or not, the total within 10 %, and
// why the first misplaced line comes where it does.
class PredictionQuiz
{
    Q_DECLARE_TR_FUNCTIONS(PredictionQuiz)

public:
    // A printed line: its text in the quiz's language, when and by which function.
    struct Line
    {
        QString text;
        std::chrono::nanoseconds time{0};
        QString printedBy; // "toastBagel", "main" for the main program's results
    };
    struct Score
    {
        std::vector<bool> lineRight; // per position of the guess
        int rightLines = 0;
        bool totalRight = false;
        // Why the first wrong line is wrong, then the total when it is off; empty when all right.
        QStringList explanations;
        bool allRight() const { return explanations.isEmpty(); }
    };

    static constexpr double kTotalTolerance = 0.10; // a guess within 10 % of the total counts

    PredictionQuiz() = default;
    // The lines a finished run printed with print() (not its warnings), and its total.
    static PredictionQuiz fromRun(const Recorder &recorder, Language language);
    // `scenario` run under `strategy` on the virtual clock; the empty quiz and the reason
    // in `refusal` when the strategy cannot run it.
    static PredictionQuiz forScenario(std::shared_ptr<const Scenario> scenario,
                                      const Strategy &strategy, Language language,
                                      QString *refusal = nullptr);

    const std::vector<Line> &lines() const { return m_lines; }
    QStringList expectedOrder() const;
    std::chrono::nanoseconds total() const { return m_total; }
    // The lines to order, shuffled by `seed` (the same seed, the same order), and not in the
    // right order when another order reads differently.
    QStringList choices(quint32 seed) const;
    Score score(const QStringList &order, double seconds) const;
    bool totalIsClose(double seconds) const;

private:
    QString explainLine(const QString &guessed, int position) const;
    int positionOf(const QString &text, int from) const;

    std::vector<Line> m_lines;
    std::chrono::nanoseconds m_total{0};
};

} // namespace ck
