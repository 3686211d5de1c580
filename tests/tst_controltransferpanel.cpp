// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "panels/controltransferpanel.h"
#include "teach/transfertext.h"
#include "timeline/timelinestyle.h"

#include <QComboBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QTranslator>

using namespace std::chrono_literals;
using ck::ControlTransferDemo;
using ck::ControlTransferPanel;
using Program = ControlTransferDemo::Program;

namespace {

constexpr QSize kImageSize(640, 560);

// Every string of the panel, its diagram and its program, marked, to see them retranslate live.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        for (const char *mine :
             {"ck::ControlTransferPanel", "ControlTransferPainter", "TransferText", "DemoListing"})
            if (qstrcmp(context, mine) == 0)
                return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
        return {};
    }
    bool isEmpty() const override { return false; }
};

int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

// Pixels of `rect` within a small distance of `color`.
int pixelsNear(const QImage &image, const QRectF &rect, QColor color)
{
    int count = 0;
    const QRect area = rect.toAlignedRect().intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (distance(image.pixelColor(x, y), color) < 60)
                ++count;
    return count;
}

void goTo(ControlTransferPanel &panel, int step)
{
    panel.reset();
    for (int i = 0; i < step; ++i)
        panel.stepForward();
}

} // namespace

class TstControlTransferPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAtTheFirstStepOfTheCoroutine();
    void steppingMovesTheLineAndTheExplanation_data();
    void steppingMovesTheLineAndTheExplanation();
    void backReturnsToThePreviousState();
    void stepsStopAtBothEnds();
    void theArrowOfEachStepIsPainted();
    void choosingAProgramStartsItFromTheTop();
    void keys();
    void playStepsOnItsOwnAndStopsAtTheEnd();
    void languageChangeKeepsWorking();
    void screenshots();
};

void TstControlTransferPanel::startsAtTheFirstStepOfTheCoroutine()
{
    ControlTransferPanel panel;
    QCOMPARE(panel.program(), Program::Coroutine);
    QCOMPARE(panel.currentStep(), 0);
    QCOMPARE(panel.stepCount(), 13);
    QCOMPARE(panel.highlightedLine(), 6); // co = number_coroutine()
    QVERIFY(panel.output().isEmpty());
    QVERIFY(panel.explanationText().contains(QStringLiteral("none of its code has run yet")));
}

void TstControlTransferPanel::steppingMovesTheLineAndTheExplanation_data()
{
    QTest::addColumn<Program>("program");
    QTest::newRow("subroutine") << Program::Subroutine;
    QTest::newRow("coroutine") << Program::Coroutine;
}

void TstControlTransferPanel::steppingMovesTheLineAndTheExplanation()
{
    QFETCH(Program, program);
    ControlTransferPanel panel;
    panel.setProgram(program);
    const auto demo = ControlTransferDemo::run(program);
    QCOMPARE(panel.stepCount(), int(demo.transfers().size()));
    QStringList printed;
    for (int step = 0; step < panel.stepCount(); ++step) {
        const ck::Transfer &transfer = demo.transfers()[std::size_t(step)];
        if (transfer.kind == ck::Transfer::Kind::Print)
            printed << transfer.printed;
        QCOMPARE(panel.currentStep(), step);
        QCOMPARE(panel.highlightedLine(), transfer.line);
        QCOMPARE(panel.explanationText(), ck::TransferText::explanation(transfer));
        QCOMPARE(panel.output(), printed);
        panel.stepForward();
    }
    QCOMPARE(printed, demo.printed());
}

void TstControlTransferPanel::backReturnsToThePreviousState()
{
    ControlTransferPanel panel;
    goTo(panel, 5);
    const int line = panel.highlightedLine();
    const QString explanation = panel.explanationText();
    const QStringList output = panel.output();
    const QImage image = panel.renderDiagram(kImageSize);
    panel.stepForward();
    QCOMPARE(panel.currentStep(), 6);
    QVERIFY(panel.highlightedLine() != line);
    QVERIFY(panel.explanationText() != explanation);
    QVERIFY(panel.renderDiagram(kImageSize) != image);
    panel.stepBack();
    QCOMPARE(panel.currentStep(), 5);
    QCOMPARE(panel.highlightedLine(), line);
    QCOMPARE(panel.explanationText(), explanation);
    QCOMPARE(panel.output(), output);
    QCOMPARE(panel.renderDiagram(kImageSize), image);
}

void TstControlTransferPanel::stepsStopAtBothEnds()
{
    ControlTransferPanel panel;
    auto *back = panel.findChild<QToolButton *>(QStringLiteral("back"));
    auto *next = panel.findChild<QToolButton *>(QStringLiteral("next"));
    QVERIFY(back && next);
    QVERIFY(!back->isEnabled());
    panel.stepBack();
    QCOMPARE(panel.currentStep(), 0);
    for (int i = 0; i < 20; ++i)
        panel.stepForward();
    QCOMPARE(panel.currentStep(), panel.stepCount() - 1);
    QVERIFY(!next->isEnabled());
    QVERIFY(back->isEnabled());
}

void TstControlTransferPanel::theArrowOfEachStepIsPainted()
{
    ControlTransferPanel panel;
    const QColor now = ck::TimelineStyle::forPalette(panel.palette()).now;
    for (int step = 1; step < panel.stepCount(); ++step) {
        goTo(panel, step - 1);
        const QRectF area = panel.diagramEventRect(step, kImageSize);
        QVERIFY(!area.isEmpty());
        QCOMPARE(pixelsNear(panel.renderDiagram(kImageSize), area, now), 0); // not there yet
        panel.stepForward();
        const int drawn = pixelsNear(panel.renderDiagram(kImageSize), area, now);
        QVERIFY2(drawn > 20, qPrintable(QStringLiteral("step %1: %2 pixels").arg(step).arg(drawn)));
    }
}

void TstControlTransferPanel::choosingAProgramStartsItFromTheTop()
{
    ControlTransferPanel panel;
    goTo(panel, 4);
    auto *programs = panel.findChild<QComboBox *>(QStringLiteral("programs"));
    QVERIFY(programs);
    const int subroutine = programs->findData(int(Program::Subroutine));
    programs->setCurrentIndex(subroutine);
    Q_EMIT programs->activated(subroutine); // as a user's choice does
    QCOMPARE(panel.program(), Program::Subroutine);
    QCOMPARE(panel.currentStep(), 0);
    QCOMPARE(panel.stepCount(), 8);
    QCOMPARE(panel.highlightedLine(), 10); // calc()
    auto *listing = panel.findChild<QPlainTextEdit *>(QStringLiteral("listing"));
    QVERIFY(listing->toPlainText().contains(QStringLiteral("def add(a, b):")));
}

void TstControlTransferPanel::keys()
{
    ControlTransferPanel panel;
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.setFocus();
    QTest::keyClick(&panel, Qt::Key_Right);
    QTest::keyClick(&panel, Qt::Key_Right);
    QCOMPARE(panel.currentStep(), 2);
    QTest::keyClick(&panel, Qt::Key_Left);
    QCOMPARE(panel.currentStep(), 1);
    QTest::keyClick(&panel, Qt::Key_Space);
    QVERIFY(panel.isPlaying());
    QTest::keyClick(&panel, Qt::Key_Space);
    QVERIFY(!panel.isPlaying());
    QTest::keyClick(&panel, Qt::Key_Home);
    QCOMPARE(panel.currentStep(), 0);
    // Also with the focus on one of its buttons.
    panel.findChild<QToolButton *>(QStringLiteral("next"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(panel.currentStep(), 1);
}

void TstControlTransferPanel::playStepsOnItsOwnAndStopsAtTheEnd()
{
    ControlTransferPanel panel;
    QCOMPARE(ControlTransferPanel::kPlayInterval, 700ms);
    panel.setPlayInterval(5ms);
    panel.play();
    QVERIFY(panel.isPlaying());
    QTRY_COMPARE(panel.currentStep(), panel.stepCount() - 1);
    QTRY_VERIFY(!panel.isPlaying());
    panel.play(); // from the end: again from the start
    QVERIFY(panel.currentStep() < 2);
    panel.pause();
    QVERIFY(!panel.isPlaying());
}

void TstControlTransferPanel::languageChangeKeepsWorking()
{
    ControlTransferPanel panel;
    goTo(panel, 6);
    const int line = panel.highlightedLine();
    const QString english = panel.explanationText();
    auto *play = panel.findChild<QToolButton *>(QStringLiteral("play"));
    auto *listing = panel.findChild<QPlainTextEdit *>(QStringLiteral("listing"));
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);     // sends QEvent::LanguageChange
    QTRY_COMPARE(play->text(), QStringLiteral("«Play»")); // the event is posted
    QCOMPARE(panel.currentStep(), 6);
    QCOMPARE(panel.highlightedLine(), line);
    QVERIFY2(panel.explanationText().startsWith(QStringLiteral("«")),
             qPrintable(panel.explanationText()));
    QVERIFY(listing->toPlainText().contains(QStringLiteral("# «pauses here;")));
    QVERIFY(!panel.renderDiagram(kImageSize).isNull());
    panel.stepForward();
    QCOMPARE(panel.currentStep(), 7);
    QVERIFY(panel.explanationText().startsWith(QStringLiteral("«")));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(play->text(), QStringLiteral("Play"));
    panel.stepBack();
    QCOMPARE(panel.explanationText(), english);
}

void TstControlTransferPanel::screenshots()
{
    // For people: CK_SCREENSHOT_DIR=/tmp/shots ./tst_controltransferpanel screenshots
    // (CK_EXTRA_QM=file.qm adds a catalogue on top of the built-in Korean one).
    const QString folder = qEnvironmentVariable("CK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CK_SCREENSHOT_DIR to write screenshots of the control-transfer panel");
    ControlTransferPanel panel;
    panel.resize(1180, 640);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto shoot = [&](Program program, int step, const QString &name) {
        panel.setProgram(program);
        for (int i = 0; i < step; ++i)
            panel.stepForward();
        QTest::qWait(20);
        panel.grab().save(folder + QStringLiteral("/%1.png").arg(name));
    };
    shoot(Program::Coroutine, 6, QStringLiteral("coroutine-send2"));
    shoot(Program::Coroutine, 12, QStringLiteral("coroutine-end"));
    shoot(Program::Subroutine, 5, QStringLiteral("subroutine-return"));
    QPalette dark = panel.palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    const QPalette light = panel.palette();
    panel.setPalette(dark);
    shoot(Program::Coroutine, 9, QStringLiteral("coroutine-send3-dark"));
    panel.setPalette(light);
    QTranslator korean;
    QTranslator extra;
    QVERIFY(korean.load(QStringLiteral(":/i18n/corokitchen_ko.qm")));
    QCoreApplication::installTranslator(&korean);
    if (const QString qm = qEnvironmentVariable("CK_EXTRA_QM"); !qm.isEmpty() && extra.load(qm))
        QCoreApplication::installTranslator(&extra);
    QCoreApplication::processEvents(); // the language change is posted
    shoot(Program::Coroutine, 6, QStringLiteral("coroutine-send2-ko"));
    shoot(Program::Subroutine, 5, QStringLiteral("subroutine-return-ko"));
    QCoreApplication::removeTranslator(&extra);
    QCoreApplication::removeTranslator(&korean);
}

QTEST_MAIN(TstControlTransferPanel)
#include "tst_controltransferpanel.moc"
