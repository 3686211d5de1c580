// MainWindow, part 7: "Check with CPython": the scenario in its mode on the app's QCoro engine
// and under CPython, the two runs on one time axis and what differed.
#include "mainwindow.h"

#include "modeactions.h"
#include "panels/logpanel.h"
#include "pyrun/fidelityrun.h"
#include "run/runplan.h"
#include "runcontroller.h"
#include "sameowner.h"

#include <QAction>
#include <QMenu>
#include <QProgressBar>
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
    m_checkBusy = new QProgressBar(this);
    m_checkBusy->setObjectName(QStringLiteral("checkBusy"));
    m_checkBusy->setRange(0, 0); // busy: how long CPython takes is not known
    m_checkBusy->setMaximumWidth(120);
    m_checkBusy->setTextVisible(false);
    m_checkBusy->hide();
    statusBar()->addPermanentWidget(m_checkBusy);
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
    m_checkAction->setEnabled(canCheck());
    const FidelityRun *check = m_controller->check();
    m_checkBusy->setVisible(check && !check->isFinished());
}

bool MainWindow::canCheck()
{
    if (isProgram() || !m_scenario)
        return false;
    const QString modeName = mode().name();
    const bool looked = m_checkedMode == modeName && sameOwner(m_checkedScenario, m_scenario);
    if (!looked) {
        m_checkedScenario = m_scenario;
        m_checkedMode = modeName;
        // The plan that Run reads too: a crowd's million tasks are walked once for both.
        m_checkable =
            m_controller->planFor(m_scenario, mode())->orderRefusal(mode().strategy()).isEmpty();
    }
    return m_checkable;
}

void MainWindow::checkWithCpython()
{
    if (isProgram() || !m_scenario)
        return;
    const QString refusal = m_controller->startCheck(m_scenario, mode().strategy(), m_language);
    if (!refusal.isEmpty()) {
        showWarning(tr("Cannot check with CPython"), refusal);
        return;
    }
    statusBar()->showMessage(tr("Checking with CPython…"));
    updateCheckAction();
}

// The verdict in the status bar and the log; before it in the log, what differed (a line each,
// FidelityResult::report).
void MainWindow::onCheckFinished()
{
    const FidelityRun *check = m_controller->check();
    updateCheckAction();
    if (!check || !check->isFinished())
        return;
    if (check->wasStopped()) {
        appendCheckLine(check, tr("The check with CPython was stopped"), true);
        statusBar()->showMessage(tr("Check with CPython stopped"));
        return;
    }
    const bool failed = !check->failure().isEmpty();
    const QStringList lines =
        failed ? QStringList{tr("CPython could not run the program: %1").arg(check->failure())}
               : check->result().report();
    for (const QString &text : lines)
        appendCheckLine(check, text, failed || !check->result().agrees());
    statusBar()->showMessage(tr("Check with CPython: %1").arg(lines.last()));
}

void MainWindow::appendCheckLine(const FidelityRun *check, const QString &text, bool warning)
{
    LogLine line;
    line.time = std::max(check->app()->info().total, std::chrono::nanoseconds(0));
    line.text = LocalizedText(text);
    line.warning = warning;
    m_log->append(0, line);
}

} // namespace ck
