#pragma once

#include <QByteArray>
#include <QFont>
#include <QKeySequence>
#include <QList>
#include <QObject>

#include "timeline/timelinerun.h"

#include <array>
#include <optional>
#include <utility>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QWidget;

namespace ck {

class MainWindow;

// Presentation mode (F11, View → Presentation, `--present`): the window full screen with the
// timeline alone (C adds the code), type sized for the back of a room and the runs' result as a
// headline above the chart. Space runs, then pauses and resumes the replay of the run; ← and →
// step; M cycles the mode (on Instant the new mode's run is shown at once); Esc or F11 leaves,
// and the window's docks, bars and size come back as they were.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    explicit PresentationMode(MainWindow *window);

    // Placed above the timeline by the window; visible only while presenting.
    QLabel *headline() const { return m_headline; }
    QAction *toggleAction() const { return m_toggle; }
    // Every action with a key, for the shortcuts list.
    QList<QAction *> actions() const;
    bool isActive() const { return m_active; }

    void enter();
    void leave();
    void toggle();
    void runOrPause(); // Space
    void cycleMode();  // M
    void setCodeShown(bool shown);
    bool isCodeShown() const { return m_codeShown; }

    // The runs the timeline shows: their result becomes the headline.
    void setRuns(const std::vector<TimelineRun> &runs);
    void retranslate();

    // "Sequential 5.00 s · Gather 3.00 s · 1.67× faster" for two finished runs, "Gather ·
    // 3.00 s" for one: the line the chart shows, for the whole room.
    static QString headlineFor(const std::vector<TimelineRun> &runs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addKey(const QKeySequence &keys, void (PresentationMode::*slot)());
    void scaleFonts();
    void scaleFont(QWidget *widget, int pixels); // remembering the font it had
    void restoreFonts();
    void lendKeys(); // the window's own actions on our keys (Esc: Stop) step aside
    void returnKeys();
    void replayWhenFinished();
    bool showsCurrentRuns() const;
    QDockWidget *codeDock() const;
    const std::array<QWidget *, 2> &banners() const { return m_banners; }
    void hideBanner(QWidget *banner);

    MainWindow *m_window;
    QLabel *m_headline;
    QAction *m_toggle;
    QAction *m_leave = nullptr;
    QAction *m_play = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_cycle = nullptr;
    QAction *m_code = nullptr;
    bool m_active = false;
    bool m_codeShown = false;
    bool m_replayPending = false; // Space started a run on the virtual clock: replay it once done
    // What leaving restores.
    QByteArray m_savedState;
    QByteArray m_savedGeometry;
    Qt::WindowStates m_savedWindowState;
    bool m_menuBarShown = true;
    bool m_statusBarShown = true;
    // The lesson's and the pitfalls' banners, taken once: the event filter sees them hide while
    // the window is being destroyed, when the window's own getters may no longer be called.
    std::array<QWidget *, 2> m_banners{};
    std::array<bool, 2> m_bannerWanted{}; // whether each banner would show but for us
    bool m_hidingBanner = false;
    // Each scaled widget with the font it had set (none: it followed its parent's).
    std::vector<std::pair<QWidget *, std::optional<QFont>>> m_savedFonts;
    std::vector<std::pair<QAction *, QList<QKeySequence>>> m_lentKeys;
};

} // namespace ck
