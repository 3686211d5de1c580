// MainWindow, part 7: "Check with CPython": the scenario in its mode on the app's QCoro engine
// and under CPython, the two runs on one time axis and what differed.
#include "mainwindow.h"

#include "modeactions.h"
#include "panels/logpanel.h"
#include "pyrun/fidelityrun.h"
#include "runcontroller.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace ck {

void MainWindow::createCheckAction()
{
    m_checkAction = new QAction(this);
    m_checkAction->setObjectName(QStringLiteral("checkWithCpythonAction"));
    m_checkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    connect(m_checkAction, &QAction::triggered, this, &MainWindow::checkWithCpython);
    addAction(m_checkAction);
    connect(m_modes, &ModeActions::selectionChanged, this, &MainWindow::updateCheckAction);
}

void MainWindow::retranslateCheck()
{
    m_checkAction->setText(tr("C&heck with CPython"));
    m_checkAction->setToolTip(tr("Run the scenario in its mode on the app's engine and as "
                                 "Python under CPython, and compare the two (Ctrl+Shift+Y)"));
}

// A scenario (not a program) whose current mode can run it.
void MainWindow::updateCheckAction()
{
    m_checkAction->setEnabled(!isProgram() && m_scenario &&
                              mode().strategy().refusal(*m_scenario).isEmpty());
}

void MainWindow::checkWithCpython()
{
    if (isProgram() || !m_scenario)
        return;
    const QString refusal = m_controller->startCheck(m_scenario, mode().strategy(), m_language);
    if (!refusal.isEmpty())
        showWarning(tr("Cannot check with CPython"), refusal);
}

void MainWindow::onCheckFinished()
{
    const FidelityRun *check = m_controller->check();
    if (!check || !check->isFinished())
        return;
    const bool failed = !check->failure().isEmpty();
    QString verdict = failed ? tr("CPython could not run the program: %1").arg(check->failure())
                             : check->result().summary();
    verdict[0] = verdict[0].toUpper(); // the summary is written to follow a colon
    QStringList lines = failed ? QStringList() : check->result().differences;
    lines << verdict;
    for (const QString &text : lines) {
        LogLine line;
        line.time = std::max(check->app()->info().total, std::chrono::nanoseconds(0));
        line.text = LocalizedText(text);
        line.warning = failed || !check->result().agrees();
        m_log->append(0, line);
    }
    statusBar()->showMessage(tr("Check with CPython: %1").arg(verdict));
}

} // namespace ck
