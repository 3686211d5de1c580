// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "run/runner.h"
#include "run/session.h"
#include "scenario/builtinscenarios.h"
#include "teach/predictionquiz.h"
#include "trace/recorder.h"

#include <algorithm>
#include <memory>

using ck::Language;
using ck::PredictionQuiz;
using ck::Strategy;

namespace {

std::shared_ptr<const ck::Scenario> builtin(const QString &id)
{
    ck::ScenarioLoadResult loaded = ck::BuiltinScenarios::load(id);
    return loaded.ok() ? std::make_shared<const ck::Scenario>(std::move(*loaded.scenario))
                       : nullptr;
}

// Gather, or the mode the window switches to when the scenario refuses it.
std::optional<Strategy> modeFor(const ck::Scenario &scenario)
{
    for (const char *name : {"gather", "create-task", "sequential"}) {
        const std::optional<Strategy> strategy = Strategy::parse(QString::fromLatin1(name));
        if (strategy && strategy->refusal(scenario).isEmpty())
            return strategy;
    }
    return std::nullopt;
}

// What the run printed, read from its record here (not through the quiz).
QStringList printedLines(std::shared_ptr<const ck::Scenario> scenario, const Strategy &strategy,
                         Language language)
{
    ck::Session session(ck::Session::clockFor(true, 1.0));
    if (session.start(std::move(scenario), {strategy}))
        return {};
    session.waitUntilFinished();
    QStringList lines;
    for (const ck::LogLine &line : session.runners().front()->recorder()->logLines()) {
        if (!line.warning)
            lines << line.text.in(language);
    }
    return lines;
}

QStringList sorted(QStringList lines)
{
    lines.sort();
    return lines;
}

} // namespace

class TstPredictionQuiz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBuiltinScoresItsOwnRun_data();
    void everyBuiltinScoresItsOwnRun();
    void kitchenExplainsTheFirstWrongLine();
    void sameInstantIsExplainedByTheLoopsOrder();
    void totalCountsWithinTenPercent();
    void choicesAreShuffledAndRepeatable();
    void koreanLinesInKorean();
};

void TstPredictionQuiz::everyBuiltinScoresItsOwnRun_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : ck::BuiltinScenarios::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TstPredictionQuiz::everyBuiltinScoresItsOwnRun()
{
    QFETCH(QString, id);
    const auto scenario = builtin(id);
    QVERIFY(scenario);
    const std::optional<Strategy> strategy = modeFor(*scenario);
    QVERIFY(strategy);
    QString refusal;
    const PredictionQuiz quiz =
        PredictionQuiz::forScenario(scenario, *strategy, Language::English, &refusal);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    const QStringList printed = printedLines(scenario, *strategy, Language::English);
    QCOMPARE(sorted(quiz.choices(7)), sorted(printed)); // the run's own lines, no more, no less
    QCOMPARE(quiz.expectedOrder(), printed);
    const double total = std::chrono::duration<double>(quiz.total()).count();

    const PredictionQuiz::Score right = quiz.score(printed, total);
    QVERIFY(right.allRight());
    QCOMPARE(right.rightLines, printed.size());
    QVERIFY(std::all_of(right.lineRight.begin(), right.lineRight.end(), [](bool r) { return r; }));
    QVERIFY(right.totalRight);

    // Two neighbouring lines that read differently, swapped: those two are wrong, the rest right.
    int swap = -1;
    for (int i = 0; i + 1 < printed.size() && swap < 0; ++i)
        swap = printed.at(i) != printed.at(i + 1) ? i : -1;
    if (swap < 0)
        return; // fewer than two different lines: nothing to swap
    QStringList swapped = printed;
    swapped.swapItemsAt(swap, swap + 1);
    const PredictionQuiz::Score score = quiz.score(swapped, total);
    QCOMPARE(score.rightLines, printed.size() - 2);
    for (int i = 0; i < printed.size(); ++i)
        QCOMPARE(score.lineRight[std::size_t(i)], i != swap && i != swap + 1);
    QVERIFY(score.totalRight);
    QCOMPARE(score.explanations.size(), 1);
    QVERIFY(score.explanations.first().contains(printed.at(swap)));
    QVERIFY(score.explanations.first().contains(printed.at(swap + 1)));
}

void TstPredictionQuiz::kitchenExplainsTheFirstWrongLine()
{
    const PredictionQuiz quiz = PredictionQuiz::forScenario(
        builtin(QStringLiteral("kitchen")), Strategy::Kind::Gather, Language::English);
    QStringList order = quiz.expectedOrder();
    QCOMPARE(order.at(2), QStringLiteral("End toastBagel()"));
    QCOMPARE(order.at(3), QStringLiteral("End brewCoffee()"));
    order.swapItemsAt(2, 3);
    const PredictionQuiz::Score score = quiz.score(order, 5.0);
    QCOMPARE(score.explanations,
             QStringList({QStringLiteral("You put “End brewCoffee()” before “End toastBagel()”, "
                                         "but toastBagel prints “End toastBagel()” at 2.00 s and "
                                         "brewCoffee prints “End brewCoffee()” only at 3.00 s."),
                          QStringLiteral("The run took 3.00 s; you guessed 5.00 s. Within 10 % "
                                         "counts as right.")}));
}

void TstPredictionQuiz::sameInstantIsExplainedByTheLoopsOrder()
{
    const PredictionQuiz quiz = PredictionQuiz::forScenario(
        builtin(QStringLiteral("kitchen")), Strategy::Kind::Gather, Language::English);
    QStringList order = quiz.expectedOrder();
    // At 3 s brewCoffee ends, then main() prints the results.
    QCOMPARE(order.at(4), QStringLiteral("Result of brewCoffee : Coffee ready"));
    order.swapItemsAt(3, 4);
    QCOMPARE(quiz.score(order, 3.0).explanations,
             QStringList(QStringLiteral(
                 "You put “Result of brewCoffee : Coffee ready” before “End brewCoffee()”: both "
                 "are printed at 3.00 s, and at that moment the loop runs brewCoffee before "
                 "main.")));
    order = quiz.expectedOrder();
    order.swapItemsAt(4, 5); // main() prints both results at 3 s, one after the other
    QCOMPARE(quiz.score(order, 3.0).explanations,
             QStringList(QStringLiteral("You put “Result of toastBagel : Bagel toasted” before "
                                        "“Result of brewCoffee : Coffee ready”, but main prints "
                                        "“Result of brewCoffee : Coffee ready” first (both at "
                                        "3.00 s).")));
}

void TstPredictionQuiz::totalCountsWithinTenPercent()
{
    const PredictionQuiz quiz = PredictionQuiz::forScenario(
        builtin(QStringLiteral("kitchen")), Strategy::Kind::Gather, Language::English);
    QCOMPARE(quiz.total(), std::chrono::seconds(3));
    QVERIFY(quiz.totalIsClose(3.0));
    QVERIFY(quiz.totalIsClose(3.3));
    QVERIFY(quiz.totalIsClose(2.7));
    QVERIFY(!quiz.totalIsClose(3.31));
    QVERIFY(!quiz.totalIsClose(2.69));
    QVERIFY(!quiz.totalIsClose(5.0)); // the sequential total is the classic wrong guess
}

void TstPredictionQuiz::choicesAreShuffledAndRepeatable()
{
    const PredictionQuiz quiz = PredictionQuiz::forScenario(
        builtin(QStringLiteral("kitchen")), Strategy::Kind::Gather, Language::English);
    QCOMPARE(quiz.choices(1), quiz.choices(1));
    for (quint32 seed = 0; seed < 20; ++seed)
        QVERIFY(quiz.choices(seed) != quiz.expectedOrder());
}

void TstPredictionQuiz::koreanLinesInKorean()
{
    const PredictionQuiz quiz = PredictionQuiz::forScenario(
        builtin(QStringLiteral("kitchen")), Strategy::Kind::Gather, Language::Korean);
    QCOMPARE(quiz.expectedOrder().at(2), QStringLiteral("toastBagel() 종료"));
    QCOMPARE(quiz.lines().at(2).printedBy, QStringLiteral("toastBagel"));
}

QTEST_GUILESS_MAIN(TstPredictionQuiz)
#include "tst_predictionquiz.moc"
