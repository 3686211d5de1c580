#pragma once

#include <QMainWindow>

#include "launchoptions.h"
#include "runselection.h"
#include "scenario/language.h"
#include "scenario/scenario.h"
#include "teach/predictionquiz.h"
#include "timeline/timelinerun.h"
#include "trace/logline.h"

#include <QByteArray>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QActionGroup;
class QDockWidget;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QProgressBar;
class QSlider;
class QSpinBox;
class QToolBar;

namespace ck {

class CodePanel;
class ControlTransferPanel;
class DownloadsPanel;
class ScenarioEditor;
class EventLoopPanel;
class FidelityRun;
class ExportActions;
class LogPanel;
class NarrationPanel;
class LessonBanner;
class PitfallBanner;
class ProgramConversion;
class PythonProgramRun;
class PresentationMode;
class QuizPanel;
class ReplayController;
class ModeActions;
class RunController;
class PitfallSearch;
class ScenarioBuild;
class ScenarioPicker;
struct BuiltScenario;
class SummaryPanel;
class TimelineView;

// The CoroKitchen window: scenario, mode, speed and Run on the toolbar; the live timeline in the
// middle; the log and the summary in docks. Everything a menu or a key does is also a public
// function, so tests and `--autorun` drive the window without dialogs.
//
// The RunController is not a child of the window: its schedulers must outlive the coroutines of
// stopped runs, which unwind over the next loop iterations. Closing the window stops the run and
// closes for real once the controller has settled; destroying the window hands the controller
// over to RunController::shutdown(), which deletes it when it has settled.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const LaunchOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A built-in id or a scenario file. A file that fails to load shows why in a dialog and
    // keeps the current scenario. A live run restarts with the new scenario. A large crowd
    // (ScenarioBuild::isLarge) is built off the window's thread: the status says so, the
    // current scenario stays until it is ready (scenarioBuilt()), Run pressed meanwhile starts
    // it then, and choosing anything else drops it.
    bool selectScenario(const QString &idOrPath);
    bool isBuilding() const;
    // What File > Download URLs… does: makes the scenario of the URLs (one per line, see
    // UrlScenario) the current one, selects `mode` and runs it, on the real clock (Instant is
    // switched off, with a word in the status bar). False, with a warning, if the text makes no
    // scenario or the run is refused.
    bool openUrls(const QString &text, RunSelection mode);
    // The current scenario's key: id, the file's absolute path, or kPastedUrlsKey.
    QString scenarioKey() const { return m_scenarioKey; }
    static inline const QString kPastedUrlsKey = QStringLiteral("urls:");
    static inline const QString kEditedKey = QStringLiteral("editor:"); // an unsaved edit
    std::shared_ptr<const Scenario> scenario() const { return m_scenario; }
    // A user's Python program (a .py file; selectScenario() takes one too): shown with its source,
    // run by run() through python3 under the app's harness, once the user has agreed to run
    // that file with that content (asked the first time, and again when it changed).
    bool openProgram(const QString &path);
    // File > Examples: the shipped example `id` in the window's language, run at once (no
    // question: it is the app's own).
    bool openExample(const QString &id);
    // File > Open as Scenario…: a plain .py converted to a scenario (read, never run), opened
    // unsaved in the editor and the picker and run in its mode; a dialog with the refusal and
    // its line when it does not convert, and nothing changes. The converter runs while the
    // window goes on (the status bar says so); programConverted() tells the end, and a newer
    // request drops an older one.
    void openProgramAsScenario(const QString &path);
    bool isProgram() const { return !m_programPath.isEmpty(); }
    QString programPath() const { return m_programPath; }
    // File > Program limits…: the wall time a program may run, and the seconds of its own time
    // (virtual or real), remembered.
    void setProgramWallLimit(int seconds);
    void setProgramTimeLimit(int seconds);
    // A live run restarts with the new mode.
    void selectMode(const RunSelection &selection);
    RunSelection mode() const;
    void run();
    void checkWithCpython(); // the scenario in its mode, on QCoro and under CPython
    void stop();
    void setInstant(bool instant); // virtual clock; a live run restarts on it
    bool isInstant() const;
    void setSpeed(double speed); // 0.1x-10x of the real clock, applied to a live run at once
    double speed() const;
    void setLanguage(Language language); // remembers it and emits languageChosen
    Language language() const { return m_language; }

    // Exports of what the timeline shows; false (and a warning box) if the file can't be written.
    bool exportChart(const QString &path);
    bool exportTrace(const QString &path);
    bool exportCsv(const QString &path);
    bool exportJson(const QString &path);
    void copyChart();

    QString summaryText() const;
    QString statusText() const;
    QStringList logLines() const;
    RunController *controller() const { return m_controller; }
    TimelineView *timeline() const { return m_timeline; }
    DownloadsPanel *downloadsPanel() const { return m_downloads; }
    EventLoopPanel *eventLoopPanel() const { return m_eventLoop; }
    NarrationPanel *narrationPanel() const { return m_narration; }
    CodePanel *codePanel() const { return m_code; }
    PitfallBanner *pitfallBanner() const { return m_pitfalls; }
    LessonBanner *lessonBanner() const { return m_lesson; }
    ScenarioEditor *editor() const { return m_editor; }

    // The editor (File menu): a new scenario, the current one, a file; saving atomically. Each
    // valid state of the edited scenario is previewed at once on the virtual clock. What would
    // lose unsaved changes asks first.
    void newScenario();
    void editCurrentScenario();
    bool editScenarioFile(const QString &path);
    bool saveScenario(); // asks for a file when it has none (false until answered)
    bool saveScenarioAs(const QString &path);
    ReplayController *replay() const { return m_replay; }

    // Step and rewind a finished run (Run > Step…): the first of them enters replay, with every
    // view showing the run as it was at the cursor; a new run leaves it.
    void stepForward();
    void stepBack();
    void seekReplay(double seconds);
    void rewindReplay(); // before the first event
    void toggleReplay(); // play / pause at the replay speed
    void leaveReplay();  // back to the end of the run
    // Run > Predict, then Run… (Ctrl+Shift+P): the learner orders the lines the run will print
    // and guesses its total (PredictDialog), then the run plays and the Prediction panel marks
    // the guess. runPrediction() is the same without the dialog: false if the run is refused.
    void predictThenRun();
    bool runPrediction(const QStringList &order, double seconds);
    QuizPanel *quizPanel() const { return m_quiz; }
    // View > Presentation (F11, `--present`).
    PresentationMode *presentation() const { return m_presentation; }
    // Every action of the menus and toolbar, in menu order (the shortcuts list shows these).
    QList<QAction *> allActions() const;

Q_SIGNALS:
    // The user picked a language: whoever owns the translators installs them; the window then
    // retranslates itself on QEvent::LanguageChange.
    void languageChosen(ck::Language language);
    // An Open as Scenario conversion ended: opened, or refused (its dialog is up).
    void programConverted(bool opened);
    // A scenario built off the window's thread is now the current one (selectScenario()).
    void scenarioBuilt();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // mainwindowui.cpp: building and translating the widgets
    void createActions();
    void createFileActions();
    void createViewActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createDownloadsDock();
    void placeDocks(); // where every dock goes on the first start
    void retranslateUi();
    void retranslateActions();
    void connectController();
    QLabel *toolBarLabel();

    // mainwindow.cpp: the public face
    bool loadScenario(const QString &idOrPath, bool reportErrors);
    // The loaded scenario of `key` becomes the current one: settings, picker, views, and a live
    // run restarts with it.
    void applyScenario(const QString &key, bool isFile, std::shared_ptr<const Scenario> scenario);
    bool runUrlScenario(std::shared_ptr<const Scenario> scenario, const RunSelection &selection);
    QString startRun(); // the refusal, or empty once the run has started
    bool startOnRealClock();
    // The current scenario in the current mode at once, on the virtual clock whatever Instant
    // says: what an edit or a mode choice shows until Run plays it. False (with why in the
    // status bar) when it cannot run so.
    bool preview();
    // A mode the scenario allows when the selected one refuses it (the cancellation lesson runs
    // in create-task mode only, so it cannot be compared): switched to, and said in the status
    // bar. False when the refusal is not the mode's, or no mode would do.
    bool switchToAllowedMode();

    // mainwindowprogram.cpp: a user's Python program
    void createExamplesMenu();
    void retranslatePrograms();
    bool loadProgram(const QString &path, bool example, bool reportErrors);
    void leaveProgramMode();
    void createOpenAsScenarioActions();
    void askProgramToOpenAsScenario();
    bool openConvertedProgram(const ProgramConversion &conversion);
    void runProgram();
    void askToRunProgram(const QByteArray &sha256);
    void startProgramRun();
    void onProgramFinished();
    void showProgramLimitsDialog();
    QString programDescription() const;
    void updateProgramCode();
    void updateProgramPitfalls();
    // Part 7 (mainwindowcheck.cpp): "Check with CPython".
    void createCheckAction();
    void retranslateCheck();
    void updateCheckAction();
    // Whether the open scenario can be checked in the current mode, worked out once per scenario
    // and mode: updateState() asks every frame, and a crowd's refusal reads a million tasks.
    bool canCheck();
    void onCheckFinished();
    void appendCheckLine(const FidelityRun *check, const QString &text, bool warning);

    // Part 8 (mainwindowpredict.cpp): "Predict, then run".
    void createPredictAction();
    void retranslatePredict();
    std::optional<PredictionQuiz> prepareQuiz(); // the quiz of the scenario in its mode
    bool startPrediction(const PredictionQuiz &quiz, const QStringList &order, double seconds);
    void revealPrinted(int run);
    void finishPrediction();

    // mainwindowteaching.cpp: the teaching docks and the replay toolbar
    void createTeachingDocks();
    void arrangeTeachingDocks(); // first start: sizes that leave the timeline room
    void createReplayActions();
    void createReplayToolBar();
    void retranslateTeaching();
    bool enterReplay();
    void updateTeachingViews(const std::vector<TimelineRun> &runs);
    void updateReplayControls();
    void updatePitfalls();
    // Whether the banner already shows the pitfalls of these finished runs' recorders.
    bool showsPitfallsOf(const std::vector<std::shared_ptr<const Recorder>> &recorders) const;

    // mainwindoweditor.cpp: the scenario editor, its files and its preview
    void createEditorDock();
    void retranslateEditor();
    void updateEditorTitle();
    void askSaveScenarioAs();
    void showEditor();
    void previewEdited(std::shared_ptr<const Scenario> scenario);
    void createStalePreviewLabel();
    void updateStalePreview();
    // Runs `then` at once, or after asking about the editor's unsaved changes (unless cancelled).
    void whenChangesAreSafe(const std::function<void()> &then);

    // mainwindowbuild.cpp: a large scenario built off the window's thread
    void createScenarioBuild();
    void beginBuild(const QString &key);
    void dropBuild(); // and the Run pressed for it
    void onScenarioBuilt(const BuiltScenario &built);
    QString buildingText() const;

    // mainwindowstate.cpp: settings, views and dialogs
    void restoreSettings(const LaunchOptions &options);
    void restoreMode(const QString &requested);
    static constexpr int kSmallScreenHeight = 800; // and less: the window takes all of it
    QSize defaultSize() const;
    void applyLanguage(Language language);
    void chooseMode(const RunSelection &selection);
    bool restartIfLive();
    void openScenarioDialog();
    void openUrlDialog();
    void updateDownloadsDock();
    void showAbout();
    void showShortcuts();
    void showWarning(const QString &title, const QString &message);
    void stepSpeed(int direction);
    void onStarted();
    void onLogLine(int run, const LogLine &line);
    void showMainErrors(); // when the runs have finished
    void updateViews();
    void updateLog(std::size_t runs);
    void updateTitles();
    void updateCrowdBox();
    void updateState();
    QStringList runLabels() const;

    RunController *m_controller;
    QString m_programPath; // the open Python program, or empty for a scenario
    QString m_programSource;
    bool m_programIsExample = false;
    bool m_programStopped = false;                   // the user pressed Stop: no dialog for it
    std::unique_ptr<QTemporaryDir> m_examplesFolder; // the examples' files, for python3 to run
    QMenu *m_examplesMenu = nullptr;
    QAction *m_programLimitsAction = nullptr;
    QAction *m_openAsScenarioAction = nullptr;
    QAction *m_openThisAsScenarioAction = nullptr;
    QPointer<ProgramConversion> m_conversion;             // Open as Scenario's, while it converts
    QPointer<const PythonProgramRun> m_pitfallsOfProgram; // the finished run the banner shows
    // The finished runs whose pitfalls the banner shows, and the language they were told in:
    // found once (a million spans take a while to read), not at every update of the views.
    std::vector<std::weak_ptr<const Recorder>> m_pitfallsOfRuns;
    PitfallSearch *m_pitfallSearch = nullptr; // a crowd's pitfalls are found off this thread
    Language m_pitfallsLanguage = Language::English;
    std::shared_ptr<const Scenario> m_scenario;
    QString m_scenarioKey;
    ScenarioBuild *m_build = nullptr;
    bool m_runWhenBuilt = false; // Run was pressed while the scenario was being built
    Language m_language = Language::English;
    bool m_closePending = false;
    bool m_arrangeDocksOnShow = false; // no docks were restored: arrange them at the first show

    TimelineView *m_timeline = nullptr;
    LogPanel *m_log = nullptr;
    SummaryPanel *m_summary = nullptr;
    DownloadsPanel *m_downloads = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_summaryDock = nullptr;
    QDockWidget *m_downloadsDock = nullptr;
    EventLoopPanel *m_eventLoop = nullptr;
    NarrationPanel *m_narration = nullptr;
    QDockWidget *m_eventLoopDock = nullptr;
    QDockWidget *m_narrationDock = nullptr;
    ControlTransferPanel *m_transfer = nullptr;
    CodePanel *m_code = nullptr;
    QDockWidget *m_codeDock = nullptr;
    // What the teaching views last showed: each run's record and how many of its events.
    std::vector<std::pair<const Recorder *, std::size_t>> m_teachingMoment;
    PitfallBanner *m_pitfalls = nullptr;
    LessonBanner *m_lesson = nullptr;
    ScenarioEditor *m_editor = nullptr;
    QDockWidget *m_editorDock = nullptr;
    QLabel *m_stalePreview = nullptr; // "the timeline shows the last valid version"
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    bool m_changesSettled = false; // the editor's changes were saved or discarded: close
    QDockWidget *m_transferDock = nullptr;
    ReplayController *m_replay = nullptr;
    QToolBar *m_replayToolBar = nullptr;
    QSlider *m_replaySlider = nullptr;
    QDoubleSpinBox *m_replaySpeedBox = nullptr;
    QLabel *m_replayLabel = nullptr;
    QAction *m_stepBackAction = nullptr;
    QAction *m_stepForwardAction = nullptr;
    QAction *m_replayAction = nullptr;
    QAction *m_replayStartAction = nullptr;
    QAction *m_replayEndAction = nullptr;
    QAction *m_predictAction = nullptr;
    QuizPanel *m_quiz = nullptr;
    QDockWidget *m_quizDock = nullptr;
    bool m_quizPending = false; // the predicted run is going: its lines reveal the marks
    int m_quizRun = 0;          // which of the current runs was predicted
    PresentationMode *m_presentation = nullptr;
    QString m_pastedUrls; // what the URL dialog last ran, offered again when it reopens
    ScenarioPicker *m_picker = nullptr;
    ModeActions *m_modes = nullptr;
    ExportActions *m_exports = nullptr;
    QDoubleSpinBox *m_speedBox = nullptr;
    QSpinBox *m_crowdBox = nullptr; // the crowd's size, shown while the crowd is chosen
    QAction *m_crowdBoxAction = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_scenarioLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_scaleMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_scaleGroup = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_urlsAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_exportTraceAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_copyChartAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_checkAction = nullptr;
    QProgressBar *m_checkBusy = nullptr;             // in the status bar while CPython checks
    std::weak_ptr<const Scenario> m_checkedScenario; // what canCheck() last looked at
    QString m_checkedMode;
    bool m_checkable = false;
    QAction *m_instantAction = nullptr;
    QAction *m_fasterAction = nullptr;
    QAction *m_slowerAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_flowsAction = nullptr;        // View > Flows: who wakes whom
    QAction *m_criticalPathAction = nullptr; // View > Critical Path
    QAction *m_englishAction = nullptr;
    QAction *m_koreanAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
};

} // namespace ck
