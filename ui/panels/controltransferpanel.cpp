#include "controltransferpanel.h"

#include "controltransferview.h"
#include "teach/transfertext.h"
#include "timeline/timelinestyle.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ck {

namespace {

using Program = ControlTransferDemo::Program;

constexpr int kWidestListing = 540;

QToolButton *makeButton(QWidget *parent, QStyle::StandardPixmap icon, const char *name)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(QLatin1String(name));
    return button;
}

QPlainTextEdit *makeCodeView(QWidget *parent, const char *name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The keys belong to the stepping; the text is there to be read, not edited or navigated.
    view->setFocusPolicy(Qt::NoFocus);
    view->setTextInteractionFlags(Qt::NoTextInteraction);
    view->setObjectName(QLatin1String(name));
    return view;
}

} // namespace

ControlTransferPanel::ControlTransferPanel(QWidget *parent)
    : QWidget(parent), m_view(new ControlTransferView(this)), m_explanation(new QLabel(this)),
      m_timer(new QTimer(this))
{
    m_timer->setInterval(kPlayInterval);
    connect(m_timer, &QTimer::timeout, this, &ControlTransferPanel::advance);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont larger = m_explanation->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_explanation->setFont(larger);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildListing());
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buildControls());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_explanation);
    buildShortcuts();
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
    setProgram(Program::Coroutine);
}

ControlTransferPanel::~ControlTransferPanel() = default;

QLayout *ControlTransferPanel::buildControls()
{
    m_programs = new QComboBox(this);
    m_programs->setObjectName(QStringLiteral("programs"));
    m_programs->addItem(QString(), QVariant::fromValue(int(Program::Subroutine)));
    m_programs->addItem(QString(), QVariant::fromValue(int(Program::Coroutine)));
    connect(m_programs, &QComboBox::activated, this,
            [this](int index) { setProgram(Program(m_programs->itemData(index).toInt())); });
    m_back = makeButton(this, QStyle::SP_MediaSeekBackward, "back");
    m_next = makeButton(this, QStyle::SP_MediaSeekForward, "next");
    m_play = makeButton(this, QStyle::SP_MediaPlay, "play");
    m_reset = makeButton(this, QStyle::SP_MediaSkipBackward, "reset");
    connect(m_back, &QToolButton::clicked, this, &ControlTransferPanel::stepBack);
    connect(m_next, &QToolButton::clicked, this, &ControlTransferPanel::stepForward);
    connect(m_play, &QToolButton::clicked, this, &ControlTransferPanel::togglePlay);
    connect(m_reset, &QToolButton::clicked, this, &ControlTransferPanel::reset);
    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_programs);
    for (QToolButton *button : {m_back, m_next, m_play, m_reset})
        row->addWidget(button);
    row->addStretch(1);
    row->addWidget(m_stepLabel);
    return row;
}

void ControlTransferPanel::buildShortcuts()
{
    const std::pair<Qt::Key, void (ControlTransferPanel::*)()> keys[] = {
        {Qt::Key_Right, &ControlTransferPanel::stepForward},
        {Qt::Key_Left, &ControlTransferPanel::stepBack},
        {Qt::Key_Space, &ControlTransferPanel::togglePlay},
        {Qt::Key_Home, &ControlTransferPanel::reset},
    };
    for (const auto &[key, slot] : keys) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        // Only while the panel (or something in it) has the focus: in the main window the same
        // keys do other things elsewhere.
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
}

QWidget *ControlTransferPanel::buildListing()
{
    auto *side = new QWidget(this);
    m_listingLabel = new QLabel(side);
    m_listing = makeCodeView(side, "listing");
    m_outputLabel = new QLabel(side);
    m_output = makeCodeView(side, "output");
    const int lines = 4;
    m_output->setFixedHeight(m_output->fontMetrics().lineSpacing() * lines +
                             2 * m_output->frameWidth() + 8);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_listingLabel);
    layout->addWidget(m_listing, 1);
    layout->addWidget(m_outputLabel);
    layout->addWidget(m_output);
    return side;
}

void ControlTransferPanel::setProgram(ControlTransferDemo::Program program)
{
    m_timer->stop();
    m_programs->setCurrentIndex(m_programs->findData(int(program)));
    m_demo = std::make_unique<ControlTransferDemo>(ControlTransferDemo::run(program));
    m_step = 0;
    m_view->setDemo(m_demo.get(), m_step);
    showListing();
    showStep();
}

ControlTransferDemo::Program ControlTransferPanel::program() const
{
    return m_demo->program();
}

int ControlTransferPanel::stepCount() const
{
    return int(m_demo->transfers().size());
}

bool ControlTransferPanel::isPlaying() const
{
    return m_timer->isActive();
}

void ControlTransferPanel::setPlayInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

QString ControlTransferPanel::explanationText() const
{
    return m_explanation->text();
}

int ControlTransferPanel::highlightedLine() const
{
    const QList<QTextEdit::ExtraSelection> selections = m_listing->extraSelections();
    return selections.isEmpty() ? 0 : selections.first().cursor.blockNumber() + 1;
}

QStringList ControlTransferPanel::output() const
{
    const QString text = m_output->toPlainText();
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

QImage ControlTransferPanel::renderDiagram(QSize size) const
{
    return m_view->toImage(size);
}

QRectF ControlTransferPanel::diagramEventRect(int step, QSize size) const
{
    return m_view->eventRect(step, size);
}

void ControlTransferPanel::stepForward()
{
    setStep(m_step + 1);
}

void ControlTransferPanel::stepBack()
{
    setStep(m_step - 1);
}

void ControlTransferPanel::reset()
{
    setProgram(program()); // a fresh run, from its first step
}

void ControlTransferPanel::play()
{
    if (m_step >= stepCount() - 1)
        setStep(0); // played to the end before: play it again
    m_timer->start();
    updateButtons();
}

void ControlTransferPanel::pause()
{
    m_timer->stop();
    updateButtons();
}

void ControlTransferPanel::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void ControlTransferPanel::advance()
{
    if (m_step >= stepCount() - 1)
        pause();
    else
        stepForward();
}

void ControlTransferPanel::setStep(int step)
{
    step = std::clamp(step, 0, stepCount() - 1);
    if (step == m_step)
        return;
    m_step = step;
    showStep();
}

void ControlTransferPanel::showStep()
{
    const Transfer &transfer = m_demo->transfers()[std::size_t(m_step)];
    m_view->setStep(m_step);
    highlightLine(transfer.line);
    m_explanation->setText(TransferText::explanation(transfer));
    QStringList printed;
    for (int i = 0; i <= m_step; ++i)
        if (const Transfer &t = m_demo->transfers()[std::size_t(i)];
            t.kind == Transfer::Kind::Print)
            printed << t.printed;
    m_output->setPlainText(printed.join(QLatin1Char('\n')));
    m_stepLabel->setText(tr("Step %1 of %2").arg(m_step + 1).arg(stepCount()));
    updateButtons();
    Q_EMIT stepChanged(m_step);
}

void ControlTransferPanel::showListing()
{
    QStringList numbered;
    const QStringList &lines = m_demo->listing().lines();
    for (qsizetype i = 0; i < lines.size(); ++i)
        numbered << QStringLiteral("%1  %2").arg(i + 1, 2).arg(lines[i]);
    m_listing->setPlainText(numbered.join(QLatin1Char('\n')));
    // Wide enough for the program and its comments, up to a point: the diagram needs room too.
    int widest = 0;
    for (const QString &line : numbered)
        widest = std::max(widest, m_listing->fontMetrics().horizontalAdvance(line));
    const int chrome = 2 * m_listing->frameWidth() +
                       2 * int(m_listing->document()->documentMargin()) +
                       m_listing->verticalScrollBar()->sizeHint().width();
    m_listing->setMinimumWidth(std::min(widest + chrome, kWidestListing));
}

void ControlTransferPanel::highlightLine(int line)
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = m_listing->document()->findBlockByNumber(line - 1);
    if (block.isValid()) {
        QTextEdit::ExtraSelection selection;
        const TimelineStyle style = TimelineStyle::forPalette(palette());
        QColor tint = style.running;
        tint.setAlpha(style.isDark ? 90 : 70);
        selection.format.setBackground(tint);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(block);
        selections << selection;
        m_listing->setTextCursor(selection.cursor);
        m_listing->ensureCursorVisible();
    }
    m_listing->setExtraSelections(selections);
}

void ControlTransferPanel::updateButtons()
{
    m_back->setEnabled(m_step > 0);
    m_next->setEnabled(m_step < stepCount() - 1);
    const bool playing = isPlaying();
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play one step after another (Space)"));
}

void ControlTransferPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_demo)
        showStep(); // the highlight's colour follows the palette
    QWidget::changeEvent(event);
}

void ControlTransferPanel::retranslate()
{
    m_programs->setItemText(0, tr("Main routine and subroutine"));
    m_programs->setItemText(1, tr("Coroutine receiving values"));
    m_programs->setToolTip(tr("Which of the seed's two programs to step through"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Previous step (Left)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next step (Right)"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Run the program again from its first step (Home)"));
    m_listingLabel->setText(tr("Python program"));
    m_outputLabel->setText(tr("Output"));
    if (m_demo)
        rerun();
}

// The program's comments, what it prints and every label are in the language of the run, so a
// new language needs a new run; it makes the same events, so the step stays where it was.
void ControlTransferPanel::rerun()
{
    const int step = m_step;
    m_demo = std::make_unique<ControlTransferDemo>(ControlTransferDemo::run(m_demo->program()));
    m_step = std::clamp(step, 0, stepCount() - 1);
    m_view->setDemo(m_demo.get(), m_step);
    showListing();
    showStep();
}

} // namespace ck
