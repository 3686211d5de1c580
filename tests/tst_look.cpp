// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "chartexporter.h"
#include "editor/scenarioeditor.h"
#include "editor/scenariotree.h"
#include "isolatedsettings.h"
#include "kitchencomparison.h"
#include "mainwindow.h"
#include "panels/codehighlighter.h"
#include "panels/codepanel.h"
#include "panels/eventlooppanel.h"
#include "panels/narrationpanel.h"
#include "runcontroller.h"
#include "theme/apptheme.h"
#include "theme/themecolors.h"
#include "timeline/timelinepainter.h"
#include "translations.h"
#include "windowlaunch.h"

#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

using ck::MainWindow;
using ck::ThemeColors;
using Kind = ck::CodeHighlighter::Kind;

using cktest::launch;
using cktest::runInstantly;

namespace {

// The format the highlighter gave the first occurrence of `word` in `document`.
QTextCharFormat formatOf(const QTextDocument &document, const QString &word)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int at = int(block.text().indexOf(word));
        if (at < 0)
            continue;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start <= at && at + word.size() <= range.start + range.length)
                return range.format;
        }
        return {};
    }
    return {};
}

// The largest contrast of any pixel in `area` of `image` against `background`.
qreal strongestContrast(const QImage &image, const QRect &area, const QColor &background)
{
    qreal strongest = 1.0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            strongest =
                std::max(strongest, ThemeColors::contrast(image.pixelColor(x, y), background));
    return strongest;
}

// How many pixels of `area` contrast with `fill` at least as readable text must (4.5:1): the
// strokes of text drawn readably on it. Text barely different from its fill counts none.
int readablePixels(const QImage &image, const QRect &area, const QColor &fill)
{
    int count = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            if (ThemeColors::contrast(image.pixelColor(x, y), fill) >=
                ThemeColors::kReadableContrast)
                ++count;
    return count;
}

// The rows around `y` whose pixel in column `x` is `fill`: a tinted line or chip, and no more.
QPair<int, int> rowsOf(const QImage &image, int x, int y, QRgb fill)
{
    int top = y;
    int bottom = y;
    while (top > 0 && image.pixel(x, top - 1) == fill)
        --top;
    while (bottom + 1 < image.height() && image.pixel(x, bottom + 1) == fill)
        ++bottom;
    return {top, bottom};
}

constexpr int kTextPixels = 15; // a few letters' strokes

// A picture's "text ink": dark, nearly grey pixels (the chart's text is #1a1a1a and #555555;
// its bars are saturated hues and its grid pale).
bool isInk(QRgb pixel)
{
    const int high = std::max({qRed(pixel), qGreen(pixel), qBlue(pixel)});
    const int low = std::min({qRed(pixel), qGreen(pixel), qBlue(pixel)});
    return high < 150 && high - low < 48;
}

struct Cluster
{
    int left;
    int right;
};

// The ink of rows top..bottom as clusters of columns: a gap of `gap` columns separates two.
QList<Cluster> inkClusters(const QImage &image, int top, int bottom, int gap)
{
    QList<Cluster> clusters;
    int last = -gap - 1;
    for (int x = 0; x < image.width(); ++x) {
        bool ink = false;
        for (int y = std::max(0, top); y <= std::min(bottom, image.height() - 1) && !ink; ++y)
            ink = isInk(image.pixel(x, y));
        if (!ink)
            continue;
        if (x - last > gap || clusters.isEmpty())
            clusters.append(Cluster{x, x});
        clusters.last().right = x;
        last = x;
    }
    return clusters;
}

// The bands of rows with ink, as [top, bottom].
QList<QPair<int, int>> inkBands(const QImage &image)
{
    QList<QPair<int, int>> bands;
    int lastInk = -10;
    for (int y = 0; y < image.height(); ++y) {
        bool ink = false;
        for (int x = 0; x < image.width() && !ink; ++x)
            ink = isInk(image.pixel(x, y));
        if (!ink)
            continue;
        if (y - lastInk > 3 || bands.isEmpty())
            bands.append({y, y});
        bands.last().second = y;
        lastInk = y;
    }
    return bands;
}

} // namespace

class TstLook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void highlighterFormatsPython();
    void highlighterFormatsCpp();
    void highlighterColoursReadLightAndDark();
    void darkCodeHighlightAndLegendRead();
    void darkIconsShowOnTheToolbars();
    void themeIsParsedAndRemembered();
    void languageSwitchRetellsRowsLabelsAndTree();
    void koreanSvgRendersAsThePng();
    void cancelledSpansAreStruckThrough_data();
    void cancelledSpansAreStruckThrough();
    void screenshots();

private:
    ck::Translations m_translations;
};

void TstLook::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_look"));
}

void TstLook::init()
{
    QSettings().clear();
}

void TstLook::cleanup()
{
    ck::AppTheme::apply(ck::AppTheme::Theme::System);
    m_translations.install(ck::Language::English);
}

void TstLook::highlighterFormatsPython()
{
    QTextDocument document(QStringLiteral("async def main():\n"
                                          "    await asyncio.sleep(3)  # the coffee brews\n"
                                          "    print(\"await in a string\", 42)\n"
                                          "    return None\n"));
    const ck::CodeHighlighter highlighter(&document, ck::CodeHighlighter::Syntax::Python,
                                          QPalette());
    QCOMPARE(formatOf(document, QStringLiteral("async")), highlighter.format(Kind::Await));
    QCOMPARE(formatOf(document, QStringLiteral("def")), highlighter.format(Kind::Keyword));
    QCOMPARE(formatOf(document, QStringLiteral("await")), highlighter.format(Kind::Await));
    QCOMPARE(highlighter.format(Kind::Await).fontWeight(), int(QFont::Bold)); // stressed
    QCOMPARE(formatOf(document, QStringLiteral("asyncio.sleep")),
             highlighter.format(Kind::Library));
    QCOMPARE(formatOf(document, QStringLiteral("# the coffee")), highlighter.format(Kind::Comment));
    QCOMPARE(formatOf(document, QStringLiteral("\"await in a string\"")),
             highlighter.format(Kind::String));
    QCOMPARE(formatOf(document, QStringLiteral("42")), highlighter.format(Kind::Number));
    QCOMPARE(formatOf(document, QStringLiteral("None")), highlighter.format(Kind::Keyword));
    QCOMPARE(formatOf(document, QStringLiteral("main")), QTextCharFormat()); // a name: plain
    QVERIFY(highlighter.format(Kind::Await) != highlighter.format(Kind::Keyword));
}

void TstLook::highlighterFormatsCpp()
{
    QTextDocument document(QStringLiteral("QCoro::Task<> brewCoffee(Loop *loop)\n"
                                          "{\n"
                                          "    co_await loop->sleep(3s); // brews\n"
                                          "    co_return;\n"
                                          "}\n"));
    const ck::CodeHighlighter highlighter(&document, ck::CodeHighlighter::Syntax::Cpp, QPalette());
    QCOMPARE(formatOf(document, QStringLiteral("QCoro::Task")), highlighter.format(Kind::Library));
    QCOMPARE(formatOf(document, QStringLiteral("co_await")), highlighter.format(Kind::Await));
    QCOMPARE(formatOf(document, QStringLiteral("co_return")), highlighter.format(Kind::Await));
    QCOMPARE(formatOf(document, QStringLiteral("// brews")), highlighter.format(Kind::Comment));
}

void TstLook::highlighterColoursReadLightAndDark()
{
    for (const QPalette &palette : {ck::AppTheme::lightPalette(), ck::AppTheme::darkPalette()}) {
        QTextDocument document;
        const ck::CodeHighlighter highlighter(&document, ck::CodeHighlighter::Syntax::Python,
                                              palette);
        for (const Kind kind : {Kind::Keyword, Kind::Await, Kind::Library, Kind::String,
                                Kind::Comment, Kind::Number}) {
            const QColor colour = highlighter.format(kind).foreground().color();
            const qreal contrast = ThemeColors::contrast(colour, palette.color(QPalette::Base));
            QVERIFY2(contrast >= ThemeColors::kReadableContrast,
                     qPrintable(QStringLiteral("kind %1: %2 on %3 is %4:1")
                                    .arg(int(kind))
                                    .arg(colour.name(), palette.color(QPalette::Base).name())
                                    .arg(contrast)));
        }
    }
}

// The kitchen gathered, stepped to where all three coroutines wait, in the dark theme: each
// highlighted code line and each legend chip is drawn with its text readable on it.
void TstLook::darkCodeHighlightAndLegendRead()
{
    ck::AppTheme::apply(ck::AppTheme::Theme::Dark);
    MainWindow window(launch("kitchen", "gather"));
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    runInstantly(window);
    window.rewindReplay();
    for (int i = 0; i < 10; ++i)
        window.stepForward();
    ck::CodePanel *code = window.codePanel();
    QCOMPARE(code->pythonMarkers().size(), 3);
    auto *python = code->findChild<QPlainTextEdit *>(QStringLiteral("pythonCode"));
    QVERIFY(python);
    const QImage view = python->viewport()->grab().toImage();
    const QColor base = python->palette().color(QPalette::Base);
    QVERIFY(ThemeColors::isDark(python->palette()));
    const QList<QTextEdit::ExtraSelection> lines = python->extraSelections();
    QCOMPARE(lines.size(), 3);
    int checked = 0;
    for (const QTextEdit::ExtraSelection &line : lines) {
        const QRect rect = python->cursorRect(line.cursor);
        if (!view.rect().contains(QPoint(view.width() - 3, rect.center().y())))
            continue; // scrolled out of a small dock: the current line is always in sight
        ++checked;
        const QColor fill = view.pixelColor(view.width() - 3, rect.center().y());
        QVERIFY2(fill != base, "the line is highlighted");
        const auto [top, bottom] = rowsOf(view, view.width() - 3, rect.center().y(), fill.rgb());
        int left = 0; // the tint's columns: the view's margins keep the base
        while (view.pixel(left, rect.center().y()) != fill.rgb())
            ++left;
        int right = view.width() - 1;
        while (view.pixel(right, rect.center().y()) != fill.rgb())
            --right;
        const int readable =
            readablePixels(view, QRect(left, top, right - left + 1, bottom - top + 1), fill);
        QVERIFY2(readable >= kTextPixels,
                 qPrintable(QStringLiteral("line %1: %2 pixels of text read on %3")
                                .arg(line.cursor.blockNumber() + 1)
                                .arg(readable)
                                .arg(fill.name())));
    }
    QVERIFY(checked > 0);
    auto *legend = code->findChild<QLabel *>(QStringLiteral("codeLegend"));
    QVERIFY(legend);
    const QImage chips = legend->grab().toImage();
    const QRgb window_ = legend->palette().color(QPalette::Window).rgb();
    // The first chip: from its first pixel on the middle row to the window colour after its text.
    const int middle = chips.height() / 2;
    int left = 0;
    while (left < chips.width() && chips.pixel(left, middle) == window_)
        ++left;
    QVERIFY(left < chips.width());
    const QRgb fill = chips.pixel(left, middle);
    int right = left;
    while (right + 1 < chips.width() && chips.pixel(right + 1, middle) != window_)
        ++right;
    const auto [top, bottom] = rowsOf(chips, left, middle, fill);
    const int readable =
        readablePixels(chips, QRect(left, top, right - left + 1, bottom - top + 1), QColor(fill));
    QVERIFY2(readable >= kTextPixels,
             qPrintable(QStringLiteral("legend: %1 pixels of text read on %2")
                            .arg(readable)
                            .arg(QColor(fill).name())));
}

// Run (F5) and Replay (F6) on their toolbars: their icons stand out from the toolbar in the dark
// theme, and again once switched back to light while the window is open.
void TstLook::darkIconsShowOnTheToolbars()
{
    ck::AppTheme::apply(ck::AppTheme::Theme::Dark);
    MainWindow window(launch("kitchen", "gather"));
    window.resize(1600, 1000); // Run in sight, not in the toolbar's overflow
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    runInstantly(window); // Replay is enabled for a finished run
    for (const ck::AppTheme::Theme theme :
         {ck::AppTheme::Theme::Dark, ck::AppTheme::Theme::Light}) {
        ck::AppTheme::apply(theme);
        QCoreApplication::processEvents();
        for (const QKeySequence &keys : {QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_F6)}) {
            QToolButton *button = nullptr;
            for (QToolBar *bar : window.findChildren<QToolBar *>())
                for (QToolButton *each : bar->findChildren<QToolButton *>())
                    if (each->defaultAction() && each->defaultAction()->shortcut() == keys)
                        button = each;
            QVERIFY2(button, qPrintable(keys.toString()));
            const QImage image = button->grab().toImage();
            const QColor background = image.pixelColor(1, image.height() / 2);
            QCOMPARE(ThemeColors::isDark(QPalette(background, background)),
                     theme == ck::AppTheme::Theme::Dark);
            const QSize icon = button->iconSize();
            const QRect iconArea(0, 0, icon.width() + 6, image.height());
            const qreal contrast = strongestContrast(image, iconArea, background);
            QVERIFY2(contrast >= 3.0, qPrintable(QStringLiteral("%1's icon reaches %2:1 on %3")
                                                     .arg(keys.toString())
                                                     .arg(contrast)
                                                     .arg(background.name())));
        }
    }
}

void TstLook::themeIsParsedAndRemembered()
{
    QVERIFY(ck::AppTheme::parse(QStringLiteral("dark")) == ck::AppTheme::Theme::Dark);
    QVERIFY(ck::AppTheme::parse(QStringLiteral("Light")) == ck::AppTheme::Theme::Light);
    QVERIFY(!ck::AppTheme::parse(QStringLiteral("mauve")));
    QVERIFY(ck::AppTheme::startupTheme() == ck::AppTheme::Theme::System);
    MainWindow window(launch("kitchen", "gather"));
    auto *dark = window.findChild<QAction *>(QStringLiteral("darkThemeAction"));
    QVERIFY(dark);
    QVERIFY(!dark->isChecked());
    dark->trigger();
    QVERIFY(ck::AppTheme::current() == ck::AppTheme::Theme::Dark);
    QVERIFY(ThemeColors::isDark(QApplication::palette()));
    QVERIFY(ck::AppTheme::startupTheme() == ck::AppTheme::Theme::Dark);
    QVERIFY(ck::AppTheme::startupTheme(QStringLiteral("light")) == ck::AppTheme::Theme::Light);
    dark->trigger();
    QVERIFY(!ThemeColors::isDark(QApplication::palette()));
}

// A comparison replayed mid-run, then View → 한국어: the event loop's rows, the narration's run
// labels and the editor tree's headings are Korean at once.
void TstLook::languageSwitchRetellsRowsLabelsAndTree()
{
    MainWindow window(launch("kitchen", "compare"));
    connect(&window, &MainWindow::languageChosen, this,
            [this](ck::Language language) { m_translations.install(language); });
    runInstantly(window);
    window.rewindReplay();
    for (int i = 0; i < 12; ++i)
        window.stepForward();
    const QString englishRows = window.eventLoopPanel()->rows().join(QLatin1Char('\n'));
    QVERIFY2(englishRows.contains(QStringLiteral("Sequential · ")), qPrintable(englishRows));
    QVERIFY(window.narrationPanel()
                ->sentences()
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("Sequential")));
    window.setLanguage(ck::Language::Korean);
    QCoreApplication::processEvents(); // the LanguageChange events are posted
    const QString rows = window.eventLoopPanel()->rows().join(QLatin1Char('\n'));
    QVERIFY2(rows.contains(QStringLiteral("순차 실행 · ")), qPrintable(rows));
    QVERIFY2(!rows.contains(QStringLiteral("Sequential")), qPrintable(rows));
    QVERIFY2(!rows.contains(QStringLiteral("suspended")), qPrintable(rows));
    const QString story = window.narrationPanel()->sentences().join(QLatin1Char('\n'));
    QVERIFY2(story.contains(QStringLiteral("순차 실행")), qPrintable(story.left(400)));
    QVERIFY2(!story.contains(QStringLiteral("Sequential")), qPrintable(story.left(400)));
    ck::ScenarioTree *tree = window.editor()->tree();
    QStringList headings;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        headings << tree->topLevelItem(i)->text(0);
    QCOMPARE(headings, (QStringList{QStringLiteral("태스크"), QStringLiteral("루틴"),
                                    QStringLiteral("객체")}));
    QCOMPARE(tree->headerItem()->text(0), QCoreApplication::translate("ck::ScenarioTree", "Item"));
}

// The kitchen comparison in Korean, as PNG and as SVG rendered by rsvg-convert at the PNG's
// size: every band of text has its words where the PNG has them, within 3 px at 2x.
void TstLook::koreanSvgRendersAsThePng()
{
    const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
    QVERIFY2(!rsvg.isEmpty(), "rsvg-convert is missing: scripts/install-deps.sh installs "
                              "librsvg2-bin");
    m_translations.install(ck::Language::Korean);
    const cktest::KitchenComparison kitchen;
    ck::ChartOptions options;
    options.title = QStringLiteral("주방: 커피와 베이글 — 비교");
    options.scale = 2.0;
    QTemporaryDir folder;
    const QString png = folder.filePath(QStringLiteral("kitchen.png"));
    const QString svg = folder.filePath(QStringLiteral("kitchen.svg"));
    const QString rendered = folder.filePath(QStringLiteral("kitchen-rsvg.png"));
    QString error;
    QVERIFY2(ck::ChartExporter::exportChart(png, kitchen.runs(), options, &error),
             qPrintable(error));
    QVERIFY2(ck::ChartExporter::exportChart(svg, kitchen.runs(), options, &error),
             qPrintable(error));
    const QImage reference(png);
    QProcess process;
    process.start(rsvg,
                  {QStringLiteral("-w"), QString::number(reference.width()), QStringLiteral("-h"),
                   QString::number(reference.height()), QStringLiteral("-b"),
                   QStringLiteral("white"), QStringLiteral("-o"), rendered, svg});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QImage other(rendered);
    QCOMPARE(other.size(), reference.size());
    const QString keep = qEnvironmentVariable("CK_SCREENSHOT_DIR");
    if (!keep.isEmpty()) {
        QFile::copy(png, keep + QStringLiteral("/kitchen-ko-chart.png"));
        QFile::copy(svg, keep + QStringLiteral("/kitchen-ko-chart.svg"));
        QFile::copy(rendered, keep + QStringLiteral("/kitchen-ko-chart-rsvg.png"));
    }
    constexpr int kGap = 16;      // columns between two labels (a word space is about 8)
    constexpr int kTolerance = 3; // pixels at 2x
    const QList<QPair<int, int>> bands = inkBands(reference);
    QVERIFY(bands.size() >= 8); // title, comparison, two headers, four lanes, axis, legend
    for (const auto &[top, bottom] : bands) {
        const QList<Cluster> expected = inkClusters(reference, top - 2, bottom + 2, kGap);
        const QList<Cluster> actual = inkClusters(other, top - 2, bottom + 2, kGap);
        const QString where = QStringLiteral("rows %1-%2: %3 clusters in the PNG, %4 in rsvg's")
                                  .arg(top)
                                  .arg(bottom)
                                  .arg(expected.size())
                                  .arg(actual.size());
        QVERIFY2(expected.size() == actual.size(), qPrintable(where));
        for (int i = 0; i < expected.size(); ++i) {
            const int apart = std::max(std::abs(expected[i].left - actual[i].left),
                                       std::abs(expected[i].right - actual[i].right));
            QVERIFY2(apart <= kTolerance,
                     qPrintable(QStringLiteral("%1; cluster %2 at %3-%4 in the PNG, %5-%6 in "
                                               "rsvg's")
                                    .arg(where)
                                    .arg(i)
                                    .arg(expected[i].left)
                                    .arg(expected[i].right)
                                    .arg(actual[i].left)
                                    .arg(actual[i].right)));
        }
    }
}

void TstLook::cancelledSpansAreStruckThrough_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// The cancellation lesson: toastBagels is cancelled at 3 s. Its bar is struck through along its
// length in the text colour (a shape, not only a grey), and so is the legend's swatch.
void TstLook::cancelledSpansAreStruckThrough()
{
    QFETCH(bool, dark);
    const cktest::VirtualRun run(cktest::builtin(QStringLiteral("cancellation")),
                                 cktest::mode(QStringLiteral("create-task")));
    const ck::TimelineStyle style = dark ? ck::TimelineStyle::dark() : ck::TimelineStyle::light();
    ck::TimelinePainter painter({{run.runner->recorder(), QStringLiteral("Create task"),
                                  std::chrono::nanoseconds(-1), std::chrono::nanoseconds(-1)}},
                                style);
    painter.setGeometry(QRectF(0, 0, 1200, 0));
    QImage image(1200, int(std::ceil(painter.layout().height())), QImage::Format_RGB32);
    QPainter on(&image);
    painter.paint(on);
    on.end();
    const ck::Span *cancelled = nullptr;
    for (const ck::Span &span : run.recorder().spans())
        if (span.kind == ck::SpanKind::Task && span.state == ck::SpanState::Cancelled)
            cancelled = &span;
    QVERIFY(cancelled);
    const QRectF bar = painter.layout().barRect(
        painter.layout().laneRect(0, cancelled->lane), cancelled->depth,
        painter.scale().x(cancelled->start), painter.scale().x(cancelled->end));
    for (const qreal along : {0.55, 0.95}) // past the labels of its two sleeps
        QCOMPARE(image.pixel(int(bar.left() + bar.width() * along), int(bar.center().y())),
                 style.text.rgb());
    for (const auto &entry : painter.layout().legend()) {
        if (entry.item != ck::TimelineText::Item::Cancelled)
            continue;
        const QRect swatch = entry.swatch.toAlignedRect();
        QCOMPARE(image.pixel(swatch.center()), style.text.rgb());
        QCOMPARE(image.pixel(swatch.left() + 2, swatch.top() + 1), style.cancelled.rgb());
        return;
    }
    QFAIL("no cancelled entry in the legend");
}

void TstLook::screenshots()
{
    // For people: CK_SCREENSHOT_DIR=/tmp/shots xvfb-run ./tst_look screenshots
    const QString folder = qEnvironmentVariable("CK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CK_SCREENSHOT_DIR to write screenshots of the light and dark themes");
    for (const ck::AppTheme::Theme theme :
         {ck::AppTheme::Theme::Light, ck::AppTheme::Theme::Dark}) {
        for (const ck::Language language : {ck::Language::English, ck::Language::Korean}) {
            ck::AppTheme::apply(theme);
            MainWindow window(launch("kitchen", "compare"));
            connect(&window, &MainWindow::languageChosen, this,
                    [this](ck::Language chosen) { m_translations.install(chosen); });
            window.setLanguage(language);
            window.resize(1280, 720);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            runInstantly(window);
            window.seekReplay(2.5); // the bagel toasted once, the coffee brewing in both runs
            QTest::qWait(100);
            window.grab().save(QStringLiteral("%1/window-%2-%3.png")
                                   .arg(folder, ck::AppTheme::name(theme),
                                        language == ck::Language::Korean ? QStringLiteral("ko")
                                                                         : QStringLiteral("en")));
            window.setLanguage(ck::Language::English);
        }
        MainWindow cancelled(launch("cancellation", "create-task")); // struck through
        cancelled.resize(1280, 720);
        cancelled.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cancelled));
        runInstantly(cancelled);
        QTest::qWait(100);
        cancelled.grab().save(
            QStringLiteral("%1/cancellation-%2.png").arg(folder, ck::AppTheme::name(theme)));
    }
}

QTEST_MAIN(TstLook)
#include "tst_look.moc"
