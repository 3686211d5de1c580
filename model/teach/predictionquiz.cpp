#include "predictionquiz.h"

#include "run/runner.h"
#include "run/session.h"
#include "trace/recorder.h"
#include "trace/secondstext.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace ck {

PredictionQuiz PredictionQuiz::fromRun(const Recorder &recorder, Language language)
{
    PredictionQuiz quiz;
    quiz.m_total = std::max(recorder.info().total, std::chrono::nanoseconds(0));
    for (const LogLine &line : recorder.logLines()) {
        if (line.warning)
            continue;
        const bool byTask = line.lane >= 0 && std::size_t(line.lane) < recorder.lanes().size();
        quiz.m_lines.push_back({line.text.in(language), line.time,
                                byTask ? recorder.lanes()[std::size_t(line.lane)].function()
                                       : QStringLiteral("main")});
    }
    return quiz;
}

PredictionQuiz PredictionQuiz::forScenario(std::shared_ptr<const Scenario> scenario,
                                           const Strategy &strategy, Language language,
                                           QString *refusal)
{
    Session session(Session::clockFor(true, 1.0));
    const RunRefusal refused = session.start(std::move(scenario), {strategy});
    if (refused) {
        if (refusal)
            *refusal = refused.reason;
        return {};
    }
    session.waitUntilFinished(); // the virtual clock: as long as the engine takes, no longer
    return fromRun(*session.runners().front()->recorder(), language);
}

QStringList PredictionQuiz::expectedOrder() const
{
    QStringList order;
    for (const Line &line : m_lines)
        order << line.text;
    return order;
}

QStringList PredictionQuiz::choices(quint32 seed) const
{
    const QStringList expected = expectedOrder();
    QStringList shuffled = expected;
    QRandomGenerator random(seed);
    // Lines that read alike leave nothing to order: then any order is the answer.
    for (int attempt = 0; attempt < 8 && shuffled == expected; ++attempt)
        std::shuffle(shuffled.begin(), shuffled.end(), random);
    return shuffled;
}

bool PredictionQuiz::totalIsClose(double seconds) const
{
    const double total = SecondsText::of(m_total);
    // Rounded as the spin box shows it, so a total of 0 s is met by a guess of 0.00 s.
    return std::abs(seconds - total) <= std::max(kTotalTolerance * total, 0.005);
}

PredictionQuiz::Score PredictionQuiz::score(const QStringList &order, double seconds) const
{
    Score score;
    int firstWrong = -1;
    for (int position = 0; position < order.size(); ++position) {
        const bool right = std::size_t(position) < m_lines.size() &&
                           m_lines[std::size_t(position)].text == order.at(position);
        score.lineRight.push_back(right);
        score.rightLines += right ? 1 : 0;
        if (!right && firstWrong < 0)
            firstWrong = position;
    }
    if (firstWrong >= 0)
        score.explanations << explainLine(order.at(firstWrong), firstWrong);
    score.totalRight = totalIsClose(seconds);
    if (!score.totalRight)
        score.explanations << tr("The run took %1; you guessed %2. Within 10 % counts as right.")
                                  .arg(SecondsText::withUnit(m_total, 2),
                                       SecondsText::withUnit(seconds, 2));
    return score;
}

int PredictionQuiz::positionOf(const QString &text, int from) const
{
    for (std::size_t i = std::size_t(std::max(from, 0)); i < m_lines.size(); ++i) {
        if (m_lines[i].text == text)
            return int(i);
    }
    return -1;
}

// The guess has `guessed` at `position`, where the run printed another line: the guessed line
// comes later in the run (every line before `position` is right), so say what comes first.
QString PredictionQuiz::explainLine(const QString &guessed, int position) const
{
    if (std::size_t(position) >= m_lines.size())
        return tr("The run prints only %n line(s).", nullptr, int(m_lines.size()));
    const Line &first = m_lines[std::size_t(position)];
    const int later = positionOf(guessed, position + 1);
    if (later < 0)
        return tr("“%1” comes at position %2: the run prints it there.")
            .arg(first.text)
            .arg(position + 1);
    const Line &second = m_lines[std::size_t(later)];
    if (second.time != first.time)
        return tr("You put “%1” before “%2”, but %3 prints “%2” at %4 and %5 prints “%1” only "
                  "at %6.")
            .arg(second.text, first.text, first.printedBy, SecondsText::withUnit(first.time, 2),
                 second.printedBy, SecondsText::withUnit(second.time, 2));
    if (second.printedBy != first.printedBy)
        return tr("You put “%1” before “%2”: both are printed at %3, and at that moment the loop "
                  "runs %4 before %5.")
            .arg(second.text, first.text, SecondsText::withUnit(first.time, 2), first.printedBy,
                 second.printedBy);
    return tr("You put “%1” before “%2”, but %3 prints “%2” first (both at %4).")
        .arg(second.text, first.text, first.printedBy, SecondsText::withUnit(first.time, 2));
}

} // namespace ck
