// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "python.h"

#include "teach/controltransferdemo.h"
#include "teach/transfertext.h"

#include <QProcess>
#include <QStandardPaths>

using ck::ControlTransferDemo;
using ck::RoutineFrame;
using ck::RoutineRole;
using ck::Transfer;
using Kind = Transfer::Kind;
using State = RoutineFrame::State;

namespace {

struct Expected
{
    Kind kind;
    RoutineRole from;
    RoutineRole to;
    const char *what;
    const char *code; // found on the line the event points at
};

constexpr RoutineRole kCalc = RoutineRole::MainRoutine;
constexpr RoutineRole kAdd = RoutineRole::Subroutine;
constexpr RoutineRole kCaller = RoutineRole::Caller;
constexpr RoutineRole kCo = RoutineRole::Coroutine;

const std::vector<Expected> kSubroutineRun = {
    {Kind::Begin, kCalc, kCalc, "calc()", "calc()"},
    {Kind::Call, kCalc, kAdd, "add(1, 2)", "    add(1, 2)"},
    {Kind::Assign, kAdd, kAdd, "c = a + b", "    c = a + b"},
    {Kind::Print, kAdd, kAdd, "print(3)", "    print(c)"},
    {Kind::Print, kAdd, kAdd, "print('add')", "    print('add')"},
    {Kind::Return, kAdd, kCalc, "return", "    add(1, 2)"},
    {Kind::Print, kCalc, kCalc, "print('calc')", "    print('calc')"},
    {Kind::End, kCalc, kCalc, "return", "calc()"},
};

const std::vector<Expected> kCoroutineRun = {
    {Kind::Create, kCaller, kCaller, "co = number_coroutine()", "co = number_coroutine()"},
    {Kind::Start, kCaller, kCo, "next(co)", "next(co)"},
    {Kind::Yield, kCo, kCaller, "yield", "        x = (yield)"},
    {Kind::Send, kCaller, kCo, "send(1)", "co.send(1)"},
    {Kind::Print, kCo, kCo, "print(1)", "        print(x)"},
    {Kind::Yield, kCo, kCaller, "yield", "        x = (yield)"},
    {Kind::Send, kCaller, kCo, "send(2)", "co.send(2)"},
    {Kind::Print, kCo, kCo, "print(2)", "        print(x)"},
    {Kind::Yield, kCo, kCaller, "yield", "        x = (yield)"},
    {Kind::Send, kCaller, kCo, "send(3)", "co.send(3)"},
    {Kind::Print, kCo, kCo, "print(3)", "        print(x)"},
    {Kind::Yield, kCo, kCaller, "yield", "        x = (yield)"},
    {Kind::End, kCaller, kCaller, "end", "co.send(3)"},
};

// Why the run differs from `expected`, or an empty string.
QString mismatch(const ControlTransferDemo &demo, const std::vector<Expected> &expected)
{
    const std::vector<Transfer> &run = demo.transfers();
    if (run.size() != expected.size())
        return QStringLiteral("%1 events, expected %2").arg(run.size()).arg(expected.size());
    for (std::size_t i = 0; i < run.size(); ++i) {
        const Transfer &t = run[i];
        const Expected &e = expected[i];
        const QString code = demo.listing().lines().value(t.line - 1);
        if (t.sequence != int(i) || t.kind != e.kind || t.from != e.from || t.to != e.to ||
            t.what != QLatin1String(e.what) || !code.startsWith(QLatin1String(e.code)))
            return QStringLiteral("event %1: %2 at line %3 \"%4\"")
                .arg(i)
                .arg(t.what)
                .arg(t.line)
                .arg(code);
        if (t.frames.size() != 2 || t.frames[0].role != demo.roles()[0] ||
            t.frames[1].role != demo.roles()[1])
            return QStringLiteral("event %1: frames are not the program's two columns").arg(i);
    }
    return {};
}

std::vector<RoutineFrame::Variable>
vars(std::initializer_list<std::pair<const char *, const char *>> list)
{
    std::vector<RoutineFrame::Variable> result;
    for (const auto &[name, value] : list)
        result.push_back({QString::fromLatin1(name), QString::fromLatin1(value)});
    return result;
}

} // namespace

class TstControlTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subroutineRunsInThisOrder();
    void coroutineRunsInThisOrder();
    void printedValues();
    void subroutineLocalsAreGoneAfterItReturns();
    void coroutineKeepsItsLocalsBetweenSends();
    void carriedValuesAndWhereTheyLand();
    void runsAreRepeatable();
    void texts();
    void pythonPrintsTheSameLines_data();
    void pythonPrintsTheSameLines();
};

void TstControlTransfer::subroutineRunsInThisOrder()
{
    const auto demo = ControlTransferDemo::run(ControlTransferDemo::Program::Subroutine);
    QCOMPARE(demo.roles(), (std::array<RoutineRole, 2>{kCalc, kAdd}));
    const QString why = mismatch(demo, kSubroutineRun);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TstControlTransfer::coroutineRunsInThisOrder()
{
    const auto demo = ControlTransferDemo::run(ControlTransferDemo::Program::Coroutine);
    QCOMPARE(demo.roles(), (std::array<RoutineRole, 2>{kCaller, kCo}));
    const QString why = mismatch(demo, kCoroutineRun);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TstControlTransfer::printedValues()
{
    const auto coroutine = ControlTransferDemo::run(ControlTransferDemo::Program::Coroutine);
    QCOMPARE(coroutine.printed(),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QList<int> values;
    for (const Transfer &t : coroutine.transfers())
        if (t.kind == Kind::Print)
            values << t.value.value_or(-1);
    QCOMPARE(values, (QList<int>{1, 2, 3}));
    const auto subroutine = ControlTransferDemo::run(ControlTransferDemo::Program::Subroutine);
    QCOMPARE(subroutine.printed(),
             (QStringList{QStringLiteral("3"), QStringLiteral("add"), QStringLiteral("calc")}));
}

void TstControlTransfer::subroutineLocalsAreGoneAfterItReturns()
{
    const auto demo = ControlTransferDemo::run(ControlTransferDemo::Program::Subroutine);
    const std::vector<Transfer> &run = demo.transfers();
    QCOMPARE(run[0].frame(kAdd).state, State::NotStarted);
    QCOMPARE(run[0].frame(kCalc).state, State::Running);
    QCOMPARE(run[1].frame(kAdd).state, State::Running);
    QCOMPARE(run[1].frame(kAdd).locals, vars({{"a", "1"}, {"b", "2"}}));
    QCOMPARE(run[1].frame(kCalc).state, State::Paused);
    QCOMPARE(run[4].frame(kAdd).locals, vars({{"a", "1"}, {"b", "2"}, {"c", "3"}}));
    for (std::size_t i = 5; i < run.size(); ++i) {
        QCOMPARE(run[i].frame(kAdd).state, State::Finished);
        QVERIFY(run[i].frame(kAdd).locals.empty());
    }
    QCOMPARE(run[5].frame(kCalc).state, State::Running);
    QCOMPARE(run[6].frame(kCalc).state, State::Running); // print('calc')
    QCOMPARE(run.back().frame(kCalc).state, State::Finished);
}

void TstControlTransfer::coroutineKeepsItsLocalsBetweenSends()
{
    const auto demo = ControlTransferDemo::run(ControlTransferDemo::Program::Coroutine);
    const std::vector<Transfer> &run = demo.transfers();
    QCOMPARE(run[0].frame(kCo).state, State::NotStarted); // the object exists, its body has not run
    QCOMPARE(run[0].frame(kCaller).locals, vars({{"co", "<generator object number_coroutine>"}}));
    QCOMPARE(run[1].frame(kCo).state, State::Running);
    QCOMPARE(run[1].frame(kCaller).state, State::Paused);
    QCOMPARE(run[2].frame(kCo).state, State::Paused);
    QVERIFY(run[2].frame(kCo).locals.empty());
    // After each print the coroutine leaves, and comes back to the same x.
    const struct
    {
        std::size_t event;
        State state;
        const char *x;
    } checks[] = {{3, State::Running, "1"}, {5, State::Paused, "1"},  {6, State::Running, "2"},
                  {8, State::Paused, "2"},  {9, State::Running, "3"}, {11, State::Paused, "3"},
                  {12, State::Paused, "3"}};
    for (const auto &check : checks) {
        const RoutineFrame frame = run[check.event].frame(kCo);
        QCOMPARE(frame.state, check.state);
        QCOMPARE(frame.locals, vars({{"x", check.x}}));
    }
    QCOMPARE(run.back().frame(kCaller).state, State::Running);
}

void TstControlTransfer::carriedValuesAndWhereTheyLand()
{
    const auto demo = ControlTransferDemo::run(ControlTransferDemo::Program::Coroutine);
    QList<int> sent;
    for (const Transfer &t : demo.transfers()) {
        if (t.kind == Kind::Send) {
            sent << t.value.value_or(-1);
            QCOMPARE(t.targets, QStringList{QStringLiteral("x")});
            QCOMPARE(t.frame(kCo).value(QStringLiteral("x")), QString::number(*t.value));
        } else if (t.kind == Kind::Yield) {
            QVERIFY(!t.value); // a bare yield hands None back to the caller
        }
    }
    QCOMPARE(sent, (QList<int>{1, 2, 3}));
    const auto sub = ControlTransferDemo::run(ControlTransferDemo::Program::Subroutine);
    QCOMPARE(sub.transfers()[2].value, std::optional<int>(3));
}

void TstControlTransfer::runsAreRepeatable()
{
    for (auto program :
         {ControlTransferDemo::Program::Subroutine, ControlTransferDemo::Program::Coroutine}) {
        const auto first = ControlTransferDemo::run(program);
        const auto second = ControlTransferDemo::run(program);
        QCOMPARE(first.transfers().size(), second.transfers().size());
        for (std::size_t i = 0; i < first.transfers().size(); ++i) {
            QCOMPARE(first.transfers()[i].what, second.transfers()[i].what);
            QCOMPARE(first.transfers()[i].frames, second.transfers()[i].frames);
        }
    }
}

void TstControlTransfer::texts()
{
    using ck::TransferText;
    const auto co = ControlTransferDemo::run(ControlTransferDemo::Program::Coroutine).transfers();
    QCOMPARE(TransferText::arrowLabel(co[6]), QStringLiteral("send(2) → x = 2"));
    QCOMPARE(TransferText::explanation(co[6]),
             QStringLiteral("send(2) resumes the coroutine at its yield; x becomes 2."));
    QCOMPARE(TransferText::arrowLabel(co[5]), QStringLiteral("yield"));
    QCOMPARE(TransferText::explanation(co[5]),
             QStringLiteral("The coroutine pauses at yield and control goes back to the caller; "
                            "it keeps x = 1."));
    QCOMPARE(TransferText::stateText(co[5].frame(kCo)), QStringLiteral("paused at yield"));
    QCOMPARE(TransferText::explanation(co.back()),
             QStringLiteral("The program ends with the coroutine still paused at its yield, "
                            "holding x = 3."));
    const auto sub = ControlTransferDemo::run(ControlTransferDemo::Program::Subroutine).transfers();
    QCOMPARE(TransferText::arrowLabel(sub[1]), QStringLiteral("add(1, 2) → a = 1, b = 2"));
    QCOMPARE(TransferText::arrowLabel(sub[2]), QStringLiteral("c = a + b → c = 3"));
    QCOMPARE(TransferText::explanation(sub[2]), QStringLiteral("add computes c = a + b = 3."));
    QCOMPARE(TransferText::stateText(sub[5].frame(kAdd)), QStringLiteral("finished"));
    QCOMPARE(TransferText::noLocalsText(sub[5].frame(kAdd)),
             QStringLiteral("gone: its locals went with it"));
}

void TstControlTransfer::pythonPrintsTheSameLines_data()
{
    QTest::addColumn<ControlTransferDemo::Program>("program");
    QTest::newRow("subroutine") << ControlTransferDemo::Program::Subroutine;
    QTest::newRow("coroutine") << ControlTransferDemo::Program::Coroutine;
}

void TstControlTransfer::pythonPrintsTheSameLines()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed");
    QFETCH(ControlTransferDemo::Program, program);
    const auto demo = ControlTransferDemo::run(program);
    QString error;
    const QStringList printed = cktest::runPython(demo.listing().text(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(printed, demo.printed());
}

QTEST_GUILESS_MAIN(TstControlTransfer)
#include "tst_controltransfer.moc"
