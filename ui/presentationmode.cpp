#include "presentationmode.h"

#include "mainwindow.h"
#include "panels/lessonbanner.h"
#include "panels/pitfallbanner.h"
#include "replaycontroller.h"
#include "runcontroller.h"
#include "timeline/timelinetext.h"
#include "timeline/timelineview.h"
#include "windowsettings.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

namespace ck {

namespace {

// Pixel sizes for the back of a room, as fractions of the screen's height: 22 px type on the
// timeline of a 720-line projector, 33 px at 1080 lines (the kitchen's comparison still fits).
constexpr int kTimelineLines = 32;
constexpr int kCodeLines = 40;
constexpr int kHeadlineLines = 22;

bool isFinished(const TimelineRun &run)
{
    return run.recorder && run.recorder->info().finished && !run.recorder->info().cancelled &&
           run.recorder->info().total >= std::chrono::nanoseconds::zero();
}

QFont sized(QFont font, int pixels)
{
    font.setPixelSize(pixels);
    return font;
}

} // namespace

PresentationMode::PresentationMode(MainWindow *window)
    : QObject(window), m_window(window), m_headline(new QLabel(window)), m_toggle(new QAction(this))
{
    m_headline->setObjectName(QStringLiteral("presentationHeadline"));
    m_headline->setAlignment(Qt::AlignCenter);
    m_headline->setWordWrap(true);
    m_headline->setContentsMargins(12, 8, 12, 4);
    m_headline->hide();
    m_toggle->setObjectName(QStringLiteral("presentationAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_toggle, &QAction::triggered, this, &PresentationMode::toggle);
    window->addAction(m_toggle);
    m_leave = addKey(QKeySequence(Qt::Key_Escape), &PresentationMode::leave);
    m_play = addKey(QKeySequence(Qt::Key_Space), &PresentationMode::runOrPause);
    m_back = addKey(QKeySequence(Qt::Key_Left), nullptr);
    connect(m_back, &QAction::triggered, window, &MainWindow::stepBack);
    m_forward = addKey(QKeySequence(Qt::Key_Right), nullptr);
    connect(m_forward, &QAction::triggered, window, &MainWindow::stepForward);
    m_cycle = addKey(QKeySequence(Qt::Key_M), &PresentationMode::cycleMode);
    m_code = addKey(QKeySequence(Qt::Key_C), nullptr);
    connect(m_code, &QAction::triggered, this, [this] { setCodeShown(!m_codeShown); });
    connect(window->controller(), &RunController::finished, this,
            &PresentationMode::replayWhenFinished);
    m_banners = {window->lessonBanner(), window->pitfallBanner()};
    for (QWidget *banner : m_banners)
        banner->installEventFilter(this);
}

QAction *PresentationMode::addKey(const QKeySequence &keys, void (PresentationMode::*slot)())
{
    auto *action = new QAction(this);
    action->setShortcut(keys);
    action->setEnabled(false); // until presenting: the keys are the window's otherwise
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    m_window->addAction(action);
    return action;
}

QList<QAction *> PresentationMode::actions() const
{
    return {m_toggle, m_play, m_back, m_forward, m_cycle, m_code, m_leave};
}

void PresentationMode::retranslate()
{
    m_toggle->setText(tr("&Presentation"));
    m_toggle->setToolTip(tr("Full screen, the timeline in large type and the result as a "
                            "headline (F11)"));
    m_leave->setText(tr("Leave the presentation"));
    m_play->setText(tr("Presentation: run, pause or resume"));
    m_back->setText(tr("Presentation: step back"));
    m_forward->setText(tr("Presentation: step forward"));
    m_cycle->setText(tr("Presentation: next mode"));
    m_code->setText(tr("Presentation: show or hide the code"));
    if (m_active)
        setRuns(m_window->timeline()->runs());
}

void PresentationMode::toggle()
{
    if (m_active)
        leave();
    else
        enter();
}

void PresentationMode::enter()
{
    if (m_active)
        return;
    m_savedState = m_window->saveState();
    m_savedGeometry = m_window->saveGeometry();
    m_savedWindowState = m_window->windowState();
    m_menuBarShown = !m_window->menuBar()->isHidden();
    m_statusBarShown = !m_window->statusBar()->isHidden();
    m_active = true;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        dock->hide();
    for (QToolBar *toolBar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        toolBar->hide();
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    for (std::size_t i = 0; i < banners().size(); ++i) {
        m_bannerWanted[i] = !banners()[i]->isHidden();
        hideBanner(banners()[i]);
    }
    lendKeys();
    for (QAction *action : actions())
        action->setEnabled(true);
    m_window->showFullScreen();
    if (QScreen *screen = m_window->screen())
        m_window->setGeometry(screen->geometry()); // without a window manager too (Xvfb)
    scaleFonts();
    setCodeShown(m_codeShown);
    m_headline->show();
    setRuns(m_window->timeline()->runs());
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(true);
    m_window->timeline()->setFocus();
}

void PresentationMode::leave()
{
    if (!m_active)
        return;
    m_active = false;
    m_replayPending = false;
    for (QAction *action : actions())
        action->setEnabled(action == m_toggle);
    returnKeys();
    restoreFonts();
    if (QDockWidget *dock = codeDock())
        dock->widget()->setMaximumWidth(QWIDGETSIZE_MAX);
    m_headline->hide();
    m_window->setWindowState(m_savedWindowState);
    m_window->restoreGeometry(m_savedGeometry); // the docks' sizes are kept for this size
    m_window->menuBar()->setVisible(m_menuBarShown);
    m_window->statusBar()->setVisible(m_statusBarShown);
    for (std::size_t i = 0; i < banners().size(); ++i)
        banners()[i]->setVisible(m_bannerWanted[i]);
    m_window->restoreState(m_savedState);
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(false);
}

void PresentationMode::setCodeShown(bool shown)
{
    m_codeShown = shown;
    QDockWidget *dock = codeDock();
    if (!m_active || !dock)
        return;
    if (!shown) {
        dock->hide();
        return;
    }
    // At most two fifths of the width, whatever the panel's rows of controls would like.
    dock->widget()->setMaximumWidth(m_window->width() * 2 / 5);
    // Beside the timeline, which keeps the larger part of the width.
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->show();
    // Once the full-screen size has arrived.
    QTimer::singleShot(0, dock, [this, dock] {
        if (m_active && m_codeShown) // not on the layout that leaving brought back
            m_window->resizeDocks({dock}, {m_window->width() * 2 / 5}, Qt::Horizontal);
    });
}

void PresentationMode::hideBanner(QWidget *banner)
{
    m_hidingBanner = true;
    banner->hide();
    m_hidingBanner = false;
}

// The banners' small print is for the desk, not the room: while presenting, a banner that
// shows itself (a run found a pitfall) is hidden again, and shown when the presentation ends.
bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    const std::array<QWidget *, 2> &all = m_banners;
    const auto found = std::find(all.begin(), all.end(), watched);
    if (!m_active || found == all.end())
        return false;
    const std::size_t index = std::size_t(found - all.begin());
    if (event->type() == QEvent::ShowToParent) {
        m_bannerWanted[index] = true;
        QTimer::singleShot(0, *found, [this, banner = *found] {
            if (m_active)
                hideBanner(banner);
        });
    } else if (event->type() == QEvent::HideToParent && !m_hidingBanner) {
        m_bannerWanted[index] = false;
    }
    return false;
}

QDockWidget *PresentationMode::codeDock() const
{
    return m_window->findChild<QDockWidget *>(QStringLiteral("codeDock"));
}

void PresentationMode::scaleFonts()
{
    const int lines = m_window->screen() ? m_window->screen()->geometry().height() : 720;
    m_savedFonts.clear();
    scaleFont(m_window->timeline(), std::max(16, lines / kTimelineLines));
    if (QWidget *code = codeDock() ? codeDock()->widget() : nullptr) {
        scaleFont(code, std::max(14, lines / kCodeLines));
        // The program views have a fixed-pitch font of their own.
        for (QPlainTextEdit *view : code->findChildren<QPlainTextEdit *>())
            scaleFont(view, std::max(14, lines / kCodeLines));
    }
    QFont headline = sized(m_window->font(), std::max(20, lines / kHeadlineLines));
    headline.setBold(true);
    m_headline->setFont(headline);
}

void PresentationMode::scaleFont(QWidget *widget, int pixels)
{
    m_savedFonts.emplace_back(widget, widget->testAttribute(Qt::WA_SetFont)
                                          ? std::optional<QFont>(widget->font())
                                          : std::nullopt);
    widget->setFont(sized(widget->font(), pixels));
}

void PresentationMode::restoreFonts()
{
    for (const auto &[widget, font] : m_savedFonts)
        widget->setFont(font.value_or(QFont())); // an empty font follows the parent again
    m_savedFonts.clear();
}

void PresentationMode::lendKeys()
{
    QList<QKeySequence> ours;
    for (QAction *action : actions())
        ours << action->shortcuts();
    m_lentKeys.clear();
    for (QAction *action : m_window->allActions()) {
        if (actions().contains(action))
            continue;
        QList<QKeySequence> kept = action->shortcuts();
        kept.removeIf([&](const QKeySequence &keys) { return ours.contains(keys); });
        if (kept.size() == action->shortcuts().size())
            continue;
        m_lentKeys.emplace_back(action, action->shortcuts());
        action->setShortcuts(kept);
    }
}

void PresentationMode::returnKeys()
{
    for (const auto &[action, keys] : m_lentKeys)
        action->setShortcuts(keys);
    m_lentKeys.clear();
}

bool PresentationMode::showsCurrentRuns() const
{
    const RunController *controller = m_window->controller();
    return controller->hasRuns() && !controller->isRunning() &&
           controller->scenario() == m_window->scenario() &&
           controller->selection() == m_window->mode();
}

void PresentationMode::runOrPause()
{
    if (m_window->replay()->isActive()) {
        m_window->toggleReplay();
        return;
    }
    if (m_window->controller()->isRunning())
        return; // a live run on the real clock cannot pause: it plays to its end
    if (showsCurrentRuns()) {
        m_window->rewindReplay();
        m_window->toggleReplay();
        return;
    }
    // On the virtual clock the run is over at once: it is then played back, so that it can
    // pause. The real clock plays it live.
    m_replayPending = m_window->isInstant();
    m_window->run();
    if (!m_window->controller()->isRunning())
        replayWhenFinished();
}

void PresentationMode::replayWhenFinished()
{
    if (!std::exchange(m_replayPending, false) || !showsCurrentRuns())
        return;
    m_window->rewindReplay();
    m_window->toggleReplay();
}

void PresentationMode::cycleMode()
{
    const std::shared_ptr<const Scenario> scenario = m_window->scenario();
    if (m_window->isProgram() || !scenario)
        return;
    const QString bounded = m_window->mode().strategy().kind() == Strategy::Kind::Bounded
                                ? m_window->mode().name()
                                : QStringLiteral("bounded:%1").arg(WindowSettings().boundedLimit());
    const QStringList cycle{QStringLiteral("sequential"),  QStringLiteral("gather"),
                            QStringLiteral("create-task"), bounded,
                            QStringLiteral("task-group"),  QStringLiteral("compare")};
    const int current = int(cycle.indexOf(m_window->mode().name()));
    for (int step = 1; step < cycle.size(); ++step) {
        const std::optional<RunSelection> next =
            RunSelection::parse(cycle.at((current + step) % cycle.size()));
        if (!next)
            continue;
        const auto strategies = next->strategies();
        if (std::any_of(strategies.begin(), strategies.end(), [&](const Strategy &strategy) {
                return !strategy.refusal(*scenario).isEmpty();
            }))
            continue;
        m_window->selectMode(*next);
        if (m_window->isInstant() && !m_window->controller()->isRunning())
            m_window->run(); // the new mode's result at once; Space plays it
        return;
    }
}

void PresentationMode::setRuns(const std::vector<TimelineRun> &runs)
{
    if (m_active)
        m_headline->setText(runs.empty() ? tr("Space runs the scenario") : headlineFor(runs));
}

QString PresentationMode::headlineFor(const std::vector<TimelineRun> &runs)
{
    if (runs.size() == 2 && isFinished(runs[0]) && isFinished(runs[1]))
        return TimelineText::comparison(runs[0].label, runs[0].recorder->info().total,
                                        runs[1].label, runs[1].recorder->info().total);
    QStringList headers;
    for (const TimelineRun &run : runs) {
        if (run.recorder)
            headers << TimelineText::runHeader(run.label, run.recorder->info());
    }
    return headers.join(QStringLiteral("   |   "));
}

} // namespace ck
