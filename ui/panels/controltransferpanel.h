#pragma once

#include <QImage>
#include <QWidget>

#include "teach/controltransferdemo.h"

#include <chrono>
#include <memory>

class QComboBox;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace ck {

class ControlTransferView;

// Seed 002's contrast of main routine, subroutine and coroutine, stepped through one event at a
// time: the Python program with the line being run highlighted, the diagram of who has control
// (ControlTransferView), what the program has printed so far and one line saying what the step
// did. Behind it is a real run (ControlTransferDemo) made when the panel is created, on reset and
// when the program or the language changes. Left/Right step, Space plays and pauses, Home resets.
class ControlTransferPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kPlayInterval{700};

    explicit ControlTransferPanel(QWidget *parent = nullptr);
    ~ControlTransferPanel() override;

    void setProgram(ControlTransferDemo::Program program);
    ControlTransferDemo::Program program() const;

    int currentStep() const { return m_step; }
    int stepCount() const;
    bool isPlaying() const;
    void setPlayInterval(std::chrono::milliseconds interval);

    QString explanationText() const;
    // The 1-based line of the program highlighted in the listing, 0 when none is.
    int highlightedLine() const;
    // What the program has printed up to the current step.
    QStringList output() const;
    // The diagram at the current step as painted at `size` (the view's size when empty), and
    // where in such an image the event of `step` is drawn.
    QImage renderDiagram(QSize size = {}) const;
    QRectF diagramEventRect(int step, QSize size = {}) const;

public Q_SLOTS:
    void stepForward();
    void stepBack();
    void reset();
    void play();
    void pause();
    void togglePlay();

Q_SIGNALS:
    void stepChanged(int step);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLayout *buildControls();
    void buildShortcuts();
    QWidget *buildListing();
    void retranslate();
    void rerun();
    void setStep(int step);
    void showStep();
    void showListing();
    void highlightLine(int line);
    void updateButtons();
    void advance();

    std::unique_ptr<ControlTransferDemo> m_demo;
    int m_step = 0;
    QComboBox *m_programs = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_play = nullptr;
    QToolButton *m_reset = nullptr;
    QLabel *m_stepLabel = nullptr;
    QLabel *m_listingLabel = nullptr;
    QLabel *m_outputLabel = nullptr;
    QPlainTextEdit *m_listing = nullptr;
    QPlainTextEdit *m_output = nullptr;
    ControlTransferView *m_view = nullptr;
    QLabel *m_explanation = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace ck
