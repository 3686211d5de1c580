// MainWindow, part 8: "Predict, then run": the learner orders the lines the run will print and
// guesses its total, the run plays, and the quiz panel marks the guess.
#include "mainwindow.h"

#include "panels/quizpanel.h"
#include "predictdialog.h"
#include "run/runner.h"
#include "runcontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QRandomGenerator>

namespace ck {

void MainWindow::createPredictAction()
{
    m_predictAction = new QAction(this);
    m_predictAction->setObjectName(QStringLiteral("predictAction"));
    m_predictAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_predictAction, &QAction::triggered, this, &MainWindow::predictThenRun);
    addAction(m_predictAction);
    m_quiz = new QuizPanel(this);
    m_quizDock = new QDockWidget(this);
    m_quizDock->setObjectName(QStringLiteral("quizDock"));
    m_quizDock->setWidget(m_quiz);
    tabifyDockWidget(m_eventLoopDock, m_quizDock);
    m_quizDock->hide(); // until a prediction is made
    m_eventLoopDock->raise();
    connect(m_controller, &RunController::started, this, [this] { m_quizPending = false; });
    connect(m_controller, &RunController::logLine, this, &MainWindow::revealPrinted);
    connect(m_controller, &RunController::finished, this, &MainWindow::finishPrediction);
}

void MainWindow::retranslatePredict()
{
    m_predictAction->setText(tr("Pre&dict, then Run…"));
    m_predictAction->setToolTip(tr("Order the lines the run will print and guess its total, "
                                   "then run it and see (Ctrl+Shift+P)"));
    m_quizDock->setWindowTitle(tr("Prediction"));
    m_quizDock->toggleViewAction()->setText(tr("P&rediction panel"));
}

std::optional<PredictionQuiz> MainWindow::prepareQuiz()
{
    if (isProgram() || !m_scenario)
        return std::nullopt;
    QString refusal;
    PredictionQuiz quiz =
        PredictionQuiz::forScenario(m_scenario, mode().strategy(), m_language, &refusal);
    if (!refusal.isEmpty() && switchToAllowedMode()) {
        refusal.clear();
        quiz = PredictionQuiz::forScenario(m_scenario, mode().strategy(), m_language, &refusal);
    }
    if (!refusal.isEmpty()) {
        showWarning(tr("Cannot run the scenario in this mode"), refusal);
        return std::nullopt;
    }
    return quiz;
}

void MainWindow::predictThenRun()
{
    std::optional<PredictionQuiz> quiz = prepareQuiz();
    if (!quiz)
        return;
    auto *dialog = new PredictDialog(mode().strategy().label(),
                                     quiz->choices(QRandomGenerator::global()->generate()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, quiz = *quiz] {
        startPrediction(quiz, dialog->order(), dialog->seconds());
    });
    dialog->open();
}

bool MainWindow::runPrediction(const QStringList &order, double seconds)
{
    const std::optional<PredictionQuiz> quiz = prepareQuiz();
    return quiz && startPrediction(*quiz, order, seconds);
}

bool MainWindow::startPrediction(const PredictionQuiz &quiz, const QStringList &order,
                                 double seconds)
{
    m_quiz->setPrediction(quiz, order, seconds);
    m_quizDock->show();
    m_quizDock->raise();
    const QString refusal = startRun();
    if (!refusal.isEmpty()) {
        showWarning(tr("Cannot run the scenario in this mode"), refusal);
        return false;
    }
    // The run whose lines were predicted: a comparison's concurrent one.
    const std::vector<Strategy> strategies = mode().strategies();
    m_quizRun = int(std::find(strategies.begin(), strategies.end(), mode().strategy()) -
                    strategies.begin());
    m_quizPending = true;
    revealPrinted(m_quizRun);
    if (!m_controller->isRunning())
        finishPrediction();
    return true;
}

void MainWindow::revealPrinted(int run)
{
    const std::vector<const Runner *> runners = m_controller->runners();
    if (!m_quizPending || run != m_quizRun || std::size_t(run) >= runners.size())
        return;
    const auto &lines = runners[std::size_t(run)]->recorder()->logLines();
    m_quiz->reveal(int(std::count_if(lines.begin(), lines.end(),
                                     [](const LogLine &line) { return !line.warning; })));
}

void MainWindow::finishPrediction()
{
    if (!std::exchange(m_quizPending, false))
        return;
    const std::vector<const Runner *> runners = m_controller->runners();
    if (std::size_t(m_quizRun) < runners.size() &&
        !runners[std::size_t(m_quizRun)]->recorder()->info().cancelled)
        m_quiz->revealAll();
}

} // namespace ck
