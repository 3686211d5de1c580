#include "codepanel.h"

#include "codegen/cppprogram.h"
#include "codegen/pythonprogram.h"
#include "codehighlighter.h"
#include "slicedwork.h"
#include "teach/loopstate.h"
#include "teach/narration.h"
#include "theme/okabeito.h"
#include "theme/themecolors.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPromise>
#include <QSplitter>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

namespace ck {

namespace {

// One hue per coroutine (Okabe-Ito), tinted over the code's base so that its text reads on it.
constexpr std::array<QRgb, 7> kMarkerHues{
    OkabeIto::kBluishGreen, OkabeIto::kSkyBlue, OkabeIto::kOrange, OkabeIto::kReddishPurple,
    OkabeIto::kVermillion,  OkabeIto::kBlue,    OkabeIto::kYellow};
// How much of the hue a line shows: the current coroutine's more; a dark base takes more to show.
constexpr qreal kLightTint = 0.25;
constexpr qreal kLightCurrentTint = 0.4;
constexpr qreal kDarkTint = 0.35;
constexpr qreal kDarkCurrentTint = 0.5;

QPlainTextEdit *codeView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth); // no line is cut in a narrow dock
    view->setUndoRedoEnabled(false);                    // its text is added in slices, never edited
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

QWidget *titled(QWidget *parent, QLabel *title, QWidget *body)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(body, 1);
    return box;
}

} // namespace

CodePanel::CodePanel(QWidget *parent)
    : QWidget(parent), m_runBox(new QComboBox(this)), m_pythonTitle(new QLabel(this)),
      m_cppTitle(new QLabel(this)), m_python(codeView(this, QStringLiteral("pythonCode"))),
      m_cpp(codeView(this, QStringLiteral("cppCode"))),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_differencesToggle(new QToolButton(this)),
      m_differences(new QLabel(this)), m_legend(new QLabel(this)),
      m_filling(new SlicedWork([this] { return fillNext(); }, {}, this))
{
    m_writer.setMaxThreadCount(1);
    connect(&m_writtenWatcher, &QFutureWatcher<Programs>::finished, this,
            [this] { m_filling->start(); });
    m_runBox->setObjectName(QStringLiteral("codeRunBox"));
    m_runBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_differences->setWordWrap(true);
    m_differences->setObjectName(QStringLiteral("codeDifferences"));
    m_differences->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_differences->hide();
    m_differencesToggle->setObjectName(QStringLiteral("codeDifferencesToggle"));
    m_differencesToggle->setCheckable(true);
    m_differencesToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_differencesToggle->setArrowType(Qt::RightArrow);
    m_differencesToggle->setAutoRaise(true);
    connect(m_differencesToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_differences->setVisible(shown);
        m_differencesToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    m_legend->setObjectName(QStringLiteral("codeLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_splitter->addWidget(titled(m_splitter, m_pythonTitle, m_python));
    m_splitter->addWidget(titled(m_splitter, m_cppTitle, m_cpp));
    auto *top = new QHBoxLayout;
    top->addWidget(m_legend, 1);
    top->addWidget(m_runBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_differencesToggle);
    layout->addWidget(m_differences);
    connect(m_runBox, &QComboBox::currentIndexChanged, this, [this] { regenerate(); });
    new CodeHighlighter(m_python->document(), CodeHighlighter::Syntax::Python, palette());
    new CodeHighlighter(m_cpp->document(), CodeHighlighter::Syntax::Cpp, palette());
    retranslate();
}

void CodePanel::setPrograms(std::shared_ptr<const Scenario> scenario,
                            std::vector<Strategy> strategies, Language language)
{
    if (m_sourceMode)
        leaveSource();
    else if (scenario == m_scenario && strategies == m_strategies && language == m_language)
        return;
    m_scenario = std::move(scenario);
    m_strategies = std::move(strategies);
    m_language = language;
    m_runBox->blockSignals(true);
    m_runBox->clear();
    for (const Strategy &strategy : m_strategies)
        m_runBox->addItem(strategy.label());
    m_runBox->setCurrentIndex(int(m_strategies.size()) - 1); // the concurrent run of a compare
    m_runBox->setVisible(m_strategies.size() > 1);
    m_runBox->blockSignals(false);
    regenerate();
}

void CodePanel::setSource(const QString &title, const QString &source,
                          std::function<int(std::size_t)> lineOf)
{
    m_lineOf = std::move(lineOf);
    if (m_sourceMode && source == m_source && title == m_pythonTitle->text())
        return;
    m_sourceMode = true;
    m_source = source;
    stopFilling();
    m_scenario.reset(); // setPrograms() regenerates whatever it is given next
    m_strategies.clear();
    m_pythonProgram.reset();
    m_cppProgram.reset();
    m_runBox->blockSignals(true);
    m_runBox->clear(); // one run to follow
    m_runBox->blockSignals(false);
    m_runBox->hide();
    m_pythonTitle->setText(title);
    m_python->setPlainText(source);
    m_splitter->widget(1)->hide();
    m_differencesToggle->hide();
    m_differences->hide();
    highlight();
}

void CodePanel::leaveSource()
{
    m_sourceMode = false;
    m_source.clear();
    m_lineOf = nullptr;
    m_splitter->widget(1)->show();
    m_differencesToggle->show();
    m_differences->setVisible(m_differencesToggle->isChecked());
    retranslate();
}

void CodePanel::show(const std::vector<TeachingRun> &runs)
{
    m_runs = runs;
    highlight();
}

QString CodePanel::pythonText() const
{
    finishFilling();
    return m_python->toPlainText();
}

QString CodePanel::cppText() const
{
    finishFilling();
    return m_cpp->toPlainText();
}

QStringList CodePanel::pythonMarkers() const
{
    finishFilling();
    if (m_sourceMode)
        return markersIn([](const Marker &marker) { return marker.sourceLine; });
    return m_pythonProgram ? markersIn(linesIn(m_pythonProgram->lines)) : QStringList();
}

QStringList CodePanel::cppMarkers() const
{
    finishFilling();
    return m_cppProgram ? markersIn(linesIn(m_cppProgram->lines)) : QStringList();
}

std::function<int(const CodePanel::Marker &)> CodePanel::linesIn(const CodeLines &lines)
{
    return [&lines](const Marker &marker) { return lines.lineOf(marker.location); };
}

int CodePanel::followedRun() const
{
    return std::max(m_runBox->currentIndex(), 0);
}

void CodePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_sourceMode) {
        retranslate();
        regenerate(); // the programs' comments are translated too
    }
    if (event->type() == QEvent::PaletteChange) {
        for (CodeHighlighter *highlighter : findChildren<CodeHighlighter *>())
            highlighter->setPalette(palette());
        highlight(); // the lines' tints follow the base
    }
    QWidget::changeEvent(event);
}

void CodePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int sideBySide = QFontMetrics(m_python->font()).horizontalAdvance(QLatin1Char('x')) * 110;
    m_splitter->setOrientation(width() >= sideBySide ? Qt::Horizontal : Qt::Vertical);
}

void CodePanel::regenerate()
{
    m_pythonProgram.reset();
    m_cppProgram.reset();
    stopFilling();
    m_python->clear();
    m_cpp->clear();
    const int followed = followedRun();
    if (!m_scenario || followed >= int(m_strategies.size()))
        return;
    if (m_scenario->tasks.size() > kMaxTasks) {
        m_python->setPlainText(tooLarge(QStringLiteral("#")));
        m_cpp->setPlainText(tooLarge(QStringLiteral("//")));
        highlight();
        return;
    }
    const Strategy &strategy = m_strategies[std::size_t(followed)];
    if (m_scenario->tasks.size() <= kWrittenAtOnce) {
        takePrograms(generate(*m_scenario, strategy, m_language));
        m_filling->start();
        return;
    }
    m_fill = Fill::Writing;
    auto promise = std::make_shared<QPromise<Programs>>();
    m_written = promise->future();
    promise->start();
    m_writer.start([promise, scenario = m_scenario, strategy, language = m_language] {
        promise->addResult(generate(*scenario, strategy, language));
        promise->finish();
    });
    m_writtenWatcher.setFuture(m_written); // then the text is added a slice at a time
}

CodePanel::Programs CodePanel::generate(const Scenario &scenario, const Strategy &strategy,
                                        Language language)
{
    Programs programs;
    programs.python =
        PythonProgram::generate(scenario, strategy, language, 1.0, &programs.pythonError);
    programs.cpp = CppProgram::generate(scenario, strategy, language, 1.0, &programs.cppError);
    return programs;
}

bool CodePanel::fillNext()
{
    switch (m_fill) {
    case Fill::Writing:
        if (!m_written.isFinished())
            return false; // the watcher starts the slices again when they are written
        takePrograms(m_written.result());
        m_written = {};
        return true;
    case Fill::Text:
        if (addLines(m_python, m_pythonText, m_pythonAt) || addLines(m_cpp, m_cppText, m_cppAt))
            return true;
        m_fill = Fill::Layout;
        return true;
    case Fill::Layout:
        if (layOutLongLine(m_python, m_pythonLaidOut) || layOutLongLine(m_cpp, m_cppLaidOut))
            return true;
        stopFilling();
        highlight(); // the runs' lines, now that the programs are whole
        return false;
    case Fill::Done:
        break;
    }
    return false;
}

void CodePanel::takePrograms(Programs programs)
{
    m_pythonProgram = std::move(programs.python);
    m_cppProgram = std::move(programs.cpp);
    m_pythonText = m_pythonProgram ? m_pythonProgram->text : tr("# %1").arg(programs.pythonError);
    m_cppText = m_cppProgram ? m_cppProgram->text : tr("// %1").arg(programs.cppError);
    m_fill = Fill::Text;
}

void CodePanel::stopFilling()
{
    m_fill = Fill::Done;
    m_pythonText.clear();
    m_cppText.clear();
    m_pythonAt = 0;
    m_cppAt = 0;
    m_pythonLaidOut = 0;
    m_cppLaidOut = 0;
}

bool CodePanel::addLines(QPlainTextEdit *view, const QString &text, qsizetype &at)
{
    // Well within a slice, coloured as they are added.
    constexpr int kLines = 25;
    constexpr qsizetype kCharacters = 1000;
    if (at >= text.size())
        return false;
    qsizetype end = at;
    for (int line = 0; line < kLines && end < text.size() && end - at < kCharacters; ++line) {
        end = text.indexOf(QLatin1Char('\n'), end);
        end = end < 0 ? text.size() : end + 1;
    }
    QTextCursor cursor(view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text.sliced(at, end - at));
    at = end;
    return true;
}

bool CodePanel::layOutLongLine(QPlainTextEdit *view, int &block)
{
    const QTextDocument *document = view->document();
    for (QTextBlock line = document->findBlockByNumber(block); line.isValid(); line = line.next()) {
        block = line.blockNumber() + 1;
        if (line.length() > kLongLine && line.layout()->lineCount() == 0) {
            document->documentLayout()->blockBoundingRect(line); // lays it out
            return true;
        }
    }
    return false;
}

void CodePanel::finishFilling() const
{
    if (m_fill == Fill::Writing)
        m_written.waitForFinished();
    m_filling->finish();
}

// A crowd's program has a function per task: a hundred thousand of them would take seconds to
// write and lay out, and say nothing the first few do not.
QString CodePanel::tooLarge(const QString &comment) const
{
    return tr("%1 %2 tasks are more than this view shows (%3 at most).\n%1 The command line "
              "writes the whole program:\n%1   corokitchen code %4 --as %5")
        .arg(comment)
        .arg(m_scenario->tasks.size())
        .arg(kMaxTasks)
        .arg(m_scenario->id,
             comment == QLatin1String("#") ? QStringLiteral("python") : QStringLiteral("cpp"));
}

void CodePanel::retranslate()
{
    m_pythonTitle->setText(tr("Python asyncio"));
    m_cppTitle->setText(tr("C++20 with QCoro"));
    m_runBox->setToolTip(tr("Which run of the comparison the programs follow"));
    m_differences->setText(CppProgram::differencesFromPython());
    m_differencesToggle->setText(tr("Where Python and C++ differ: a QCoro::Task starts when "
                                    "called, a Python coroutine object does not"));
    for (int i = 0; i < m_runBox->count() && i < int(m_strategies.size()); ++i)
        m_runBox->setItemText(i, m_strategies[std::size_t(i)].label());
}

std::vector<CodePanel::Marker> CodePanel::markers() const
{
    const int followed = followedRun();
    if (followed >= int(m_runs.size()) || !m_runs[std::size_t(followed)].recorder)
        return {};
    const TeachingRun &run = m_runs[std::size_t(followed)];
    m_followed.follow(run.recorder, run.events);
    const LoopState &state = m_followed.state();
    const QHash<int, int> lines =
        m_sourceMode ? sourceLines(*run.recorder, run.events) : QHash<int, int>();
    std::vector<Marker> found;
    int colour = 0;
    for (const CoroutineState &coroutine : state.coroutines()) {
        const int mine = colour++;
        if (coroutine.state == CoroutineState::State::NotStarted || coroutine.isFinished())
            continue;
        found.push_back(Marker{Narration::coroutineName(*run.recorder, coroutine.lane),
                               coroutine.location, coroutine.lane == state.current(), mine,
                               lines.value(coroutine.lane)});
    }
    return found;
}

QHash<int, int> CodePanel::sourceLines(const Recorder &recorder, std::size_t events) const
{
    QHash<int, int> lines;
    const std::vector<LoopEvent> &loopEvents = recorder.loopEvents();
    for (std::size_t event = 0; m_lineOf && event < events && event < loopEvents.size(); ++event) {
        if (const int line = m_lineOf(event); line > 0)
            lines.insert(loopEvents[event].lane, line);
    }
    return lines;
}

void CodePanel::highlight()
{
    if (m_fill != Fill::Done)
        return; // once the programs are whole
    const std::vector<Marker> live = markers();
    const std::vector<Marker> highlighted = fewest(live, kHighlightedMarkers);
    if (m_sourceMode)
        highlightIn(
            m_python, [](const Marker &marker) { return marker.sourceLine; }, highlighted);
    if (m_pythonProgram)
        highlightIn(m_python, linesIn(m_pythonProgram->lines), highlighted);
    if (m_cppProgram)
        highlightIn(m_cpp, linesIn(m_cppProgram->lines), highlighted);
    // A crowd has thousands of live coroutines: the legend names the running one and a few more.
    QStringList legend;
    for (const Marker &marker : fewest(live, kLegendMarkers))
        legend << legendChip(marker);
    if (live.size() > std::size_t(legend.size()))
        legend << tr("and %1 more").arg(live.size() - std::size_t(legend.size()));
    m_legend->setText(legend.join(QLatin1Char(' ')));
}

// At most `limit` of the markers, in their order, the current one always among them: a crowd
// has thousands of live coroutines, and highlighting them all stalls the window.
std::vector<CodePanel::Marker> CodePanel::fewest(const std::vector<Marker> &markers,
                                                 std::size_t limit)
{
    bool currentLeft = std::any_of(markers.begin(), markers.end(),
                                   [](const Marker &marker) { return marker.current; });
    std::vector<Marker> kept;
    for (const Marker &marker : markers) {
        if (marker.current)
            currentLeft = false;
        else if (kept.size() + (currentLeft ? 1 : 0) >= limit)
            continue;
        kept.push_back(marker);
    }
    return kept;
}

QColor CodePanel::markerColour(const Marker &marker) const
{
    const bool dark = ThemeColors::isDark(palette());
    const qreal strength = marker.current ? (dark ? kDarkCurrentTint : kLightCurrentTint)
                                          : (dark ? kDarkTint : kLightTint);
    return ThemeColors::readableTint(
        QColor(kMarkerHues[std::size_t(marker.colour) % kMarkerHues.size()]),
        palette().color(QPalette::Base), palette().color(QPalette::Text), strength);
}

// On the same tint as its lines, in the code's text colour: readable in light and dark alike.
QString CodePanel::legendChip(const Marker &marker) const
{
    return QStringLiteral("<span style=\"background:%1; color:%2\">&nbsp;%3%4&nbsp;</span>")
        .arg(markerColour(marker).name(), palette().color(QPalette::Text).name(),
             marker.current ? QStringLiteral("▶ ") : QString(), marker.coroutine.toHtmlEscaped());
}

void CodePanel::highlightIn(QPlainTextEdit *view, const std::function<int(const Marker &)> &lineOf,
                            const std::vector<Marker> &markers)
{
    QList<QTextEdit::ExtraSelection> selections;
    const bool anyCurrent = std::any_of(markers.begin(), markers.end(),
                                        [](const Marker &marker) { return marker.current; });
    for (const Marker &marker : markers) {
        const int line = lineOf(marker);
        if (line <= 0)
            continue;
        QTextEdit::ExtraSelection selection;
        // No selection: a full-width selection then tints the whole line, to the view's edge.
        selection.cursor = QTextCursor(view->document()->findBlockByNumber(line - 1));
        selection.format.setBackground(markerColour(marker));
        selection.format.setForeground(palette().color(QPalette::Text));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        if (marker.current)
            selection.format.setFontWeight(QFont::Bold);
        selections << selection;
        if (marker.current || (!anyCurrent && &marker == &markers.front())) {
            view->setTextCursor(QTextCursor(selection.cursor.block())); // keep it in view
            view->ensureCursorVisible();
        }
    }
    view->setExtraSelections(selections);
}

QStringList CodePanel::markersIn(const std::function<int(const Marker &)> &lineOf) const
{
    QStringList result;
    for (const Marker &marker : markers())
        result << QStringLiteral("%1:%2").arg(marker.coroutine).arg(lineOf(marker));
    return result;
}

} // namespace ck
