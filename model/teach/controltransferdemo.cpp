#include "controltransferdemo.h"

#include "localscope.h"
#include "receivingcoroutine.h"
#include "transferlog.h"

namespace ck {

namespace {

using Kind = Transfer::Kind;
using Mark = DemoListing::Mark;
constexpr RoutineRole kCalc = RoutineRole::MainRoutine;
constexpr RoutineRole kAdd = RoutineRole::Subroutine;
constexpr RoutineRole kCaller = RoutineRole::Caller;
constexpr RoutineRole kCoroutine = RoutineRole::Coroutine;

// Program (a), line by line. add() is an ordinary function: its LocalScope, like a, b and c,
// ends when it returns.
void add(TransferLog &log, const DemoListing &listing, int a, int b)
{
    LocalScope locals(log, kAdd);
    locals.set(QStringLiteral("a"), a);
    locals.set(QStringLiteral("b"), b);
    const int c = a + b;
    Transfer &sum = log.record(Kind::Assign, kAdd, kAdd, listing.line(Mark::AddSum),
                               QStringLiteral("c = a + b"));
    sum.value = c;
    sum.targets = QStringList{QStringLiteral("c")};
    locals.set(QStringLiteral("c"), c);
    log.print(kAdd, listing.line(Mark::AddPrintSum), c);
    const QString name = DemoListing::printedByAdd();
    log.print(kAdd, listing.line(Mark::AddPrintName), DemoListing::pythonString(name), name);
    // Python returns None at the end of the body; control lands back in calc at the call.
    log.record(Kind::Return, kAdd, kCalc, listing.line(Mark::CalcCallsAdd),
               QStringLiteral("return"));
}

void calc(TransferLog &log, const DemoListing &listing)
{
    LocalScope locals(log, kCalc);
    Transfer &call = log.record(Kind::Call, kCalc, kAdd, listing.line(Mark::CalcCallsAdd),
                                QStringLiteral("add(1, 2)"));
    call.targets = QStringList{QStringLiteral("a"), QStringLiteral("b")};
    add(log, listing, 1, 2);
    const QString name = DemoListing::printedByCalc();
    log.print(kCalc, listing.line(Mark::CalcPrintName), DemoListing::pythonString(name), name);
    // calc's return is the end of the program. It is recorded here, while calc still has
    // control, so that print('calc') is kept with calc running, as every event is kept with the
    // frames of the routine it handed control to.
    log.record(Kind::End, kCalc, kCalc, listing.line(Mark::RunCalc), QStringLiteral("return"));
}

void runSubroutineProgram(TransferLog &log, const DemoListing &listing)
{
    log.record(Kind::Begin, kCalc, kCalc, listing.line(Mark::RunCalc), QStringLiteral("calc()"));
    calc(log, listing);
    log.finish();
}

// Program (b). The log and the lines are taken by reference and by value: the caller keeps the
// log alive for as long as the coroutine frame exists (references in a coroutine's parameters
// are only as good as the caller makes them).
ReceivingCoroutine<int> numberCoroutine(TransferLog &log, int yieldLine, int printLine)
{
    LocalScope locals(log, kCoroutine);
    for (;;) {
        log.record(Kind::Yield, kCoroutine, kCaller, yieldLine, QStringLiteral("yield"));
        const int x = co_await receive();
        locals.set(QStringLiteral("x"), x);
        log.print(kCoroutine, printLine, x);
    }
}

void send(TransferLog &log, ReceivingCoroutine<int> &co, int value, int line)
{
    Transfer &transfer =
        log.record(Kind::Send, kCaller, kCoroutine, line, QStringLiteral("send(%1)").arg(value));
    transfer.value = value;
    transfer.targets = QStringList{QStringLiteral("x")};
    co.send(value);
}

void runCoroutineProgram(TransferLog &log, const DemoListing &listing)
{
    LocalScope locals(log, kCaller);
    log.record(Kind::Create, kCaller, kCaller, listing.line(Mark::CreateCoroutine),
               QStringLiteral("co = number_coroutine()"));
    ReceivingCoroutine<int> co = numberCoroutine(log, listing.line(Mark::CoroutineYield),
                                                 listing.line(Mark::CoroutinePrint));
    locals.set(QStringLiteral("co"), QStringLiteral("<generator object number_coroutine>"));
    log.record(Kind::Start, kCaller, kCoroutine, listing.line(Mark::StartCoroutine),
               QStringLiteral("next(co)"));
    co.start();
    send(log, co, 1, listing.line(Mark::SendOne));
    send(log, co, 2, listing.line(Mark::SendTwo));
    send(log, co, 3, listing.line(Mark::SendThree));
    log.record(Kind::End, kCaller, kCaller, listing.line(Mark::SendThree), QStringLiteral("end"));
    log.finish(); // the coroutine is still paused at its yield, with x = 3
}

} // namespace

ControlTransferDemo::ControlTransferDemo(Program program, DemoListing listing)
    : m_program(program), m_listing(std::move(listing))
{}

ControlTransferDemo ControlTransferDemo::run(Program program)
{
    const bool coroutine = program == Program::Coroutine;
    ControlTransferDemo demo(program,
                             coroutine ? DemoListing::coroutine() : DemoListing::subroutine());
    const std::array<RoutineRole, 2> roles = demo.roles();
    TransferLog log({roles.begin(), roles.end()});
    if (coroutine)
        runCoroutineProgram(log, demo.m_listing);
    else
        runSubroutineProgram(log, demo.m_listing);
    demo.m_transfers = log.transfers();
    demo.m_printed = log.printed();
    return demo;
}

std::array<RoutineRole, 2> ControlTransferDemo::roles() const
{
    if (m_program == Program::Coroutine)
        return {kCaller, kCoroutine};
    return {kCalc, kAdd};
}

} // namespace ck
