#include "transfertext.h"

namespace ck {

QString TransferText::roleTitle(RoutineRole role)
{
    switch (role) {
    case RoutineRole::MainRoutine:
        return tr("main routine: calc()");
    case RoutineRole::Subroutine:
        return tr("subroutine: add()");
    case RoutineRole::Caller:
        return tr("caller (main routine)");
    case RoutineRole::Coroutine:
        return tr("coroutine: number_coroutine()");
    }
    return {};
}

QString TransferText::stateText(const RoutineFrame &frame)
{
    using State = RoutineFrame::State;
    switch (frame.state) {
    case State::NotStarted:
        if (frame.role == RoutineRole::Coroutine)
            return tr("created, not started");
        return frame.role == RoutineRole::Subroutine ? tr("not called yet") : tr("not started");
    case State::Running:
        return tr("running");
    case State::Paused:
        if (frame.role == RoutineRole::Coroutine)
            return tr("paused at yield");
        return frame.role == RoutineRole::MainRoutine ? tr("waiting for add to return")
                                                      : tr("waiting for the coroutine");
    case State::Finished:
        return tr("finished");
    }
    return {};
}

QStringList TransferText::locals(const RoutineFrame &frame)
{
    QStringList lines;
    for (const RoutineFrame::Variable &variable : frame.locals)
        lines << QStringLiteral("%1 = %2").arg(variable.name, variable.value);
    return lines;
}

QString TransferText::noLocalsText(const RoutineFrame &frame)
{
    if (frame.state == RoutineFrame::State::Finished)
        return tr("gone: its locals went with it");
    if (frame.state == RoutineFrame::State::NotStarted)
        return tr("nothing yet");
    return tr("no locals");
}

QString TransferText::landed(const Transfer &transfer)
{
    const RoutineFrame frame = transfer.frame(transfer.to);
    QStringList parts;
    for (const QString &target : transfer.targets)
        parts << QStringLiteral("%1 = %2").arg(target, frame.value(target));
    return parts.join(QStringLiteral(", "));
}

QString TransferText::arrowLabel(const Transfer &transfer)
{
    if (transfer.kind == Transfer::Kind::End)
        return tr("end of the program");
    if (transfer.targets.isEmpty())
        return transfer.what;
    return QStringLiteral("%1 → %2").arg(transfer.what, landed(transfer));
}

QString TransferText::explanation(const Transfer &transfer)
{
    using Kind = Transfer::Kind;
    switch (transfer.kind) {
    case Kind::Begin:
        return tr("The program calls calc(), the main routine.");
    case Kind::Call:
        return tr("calc calls %1: control jumps into the subroutine, with %2.")
            .arg(transfer.what, landed(transfer));
    case Kind::Assign:
        return tr("add computes %1 = %2.").arg(transfer.what).arg(transfer.value.value_or(0));
    case Kind::Print:
        return printExplanation(transfer);
    case Kind::Return:
        return tr("add returns: control goes back to calc, right after the call, and add's "
                  "locals are gone.");
    case Kind::Create:
        return tr("%1 makes a coroutine object; none of its code has run yet.").arg(transfer.what);
    case Kind::Start:
        return tr("%1 starts the coroutine: it runs up to its first yield.").arg(transfer.what);
    case Kind::Yield: {
        const QStringList kept = locals(transfer.frame(RoutineRole::Coroutine));
        if (kept.isEmpty())
            return tr("The coroutine pauses at yield and control goes back to the caller.");
        return tr("The coroutine pauses at yield and control goes back to the caller; it keeps %1.")
            .arg(kept.join(QStringLiteral(", ")));
    }
    case Kind::Send:
        return tr("%1 resumes the coroutine at its yield; %2 becomes %3.")
            .arg(transfer.what, transfer.targets.value(0))
            .arg(transfer.value.value_or(0));
    case Kind::End:
        return endExplanation(transfer);
    }
    return {};
}

QString TransferText::printExplanation(const Transfer &transfer)
{
    // A number as it is, a word in quotes, so "add prints 'add'." reads as a sentence.
    const QString shown =
        transfer.value ? transfer.printed : QStringLiteral("'%1'").arg(transfer.printed);
    switch (transfer.from) {
    case RoutineRole::Subroutine:
        return tr("add prints %1.").arg(shown);
    case RoutineRole::Coroutine:
        return tr("The coroutine prints %1, then loops back to its yield.").arg(shown);
    default:
        return tr("calc carries on and prints %1.").arg(shown);
    }
}

QString TransferText::endExplanation(const Transfer &transfer)
{
    if (transfer.from == RoutineRole::MainRoutine)
        return tr("calc returns and the program ends; add ran once and nothing of it is left.");
    const QStringList kept = locals(transfer.frame(RoutineRole::Coroutine));
    return tr("The program ends with the coroutine still paused at its yield, holding %1.")
        .arg(kept.join(QStringLiteral(", ")));
}

} // namespace ck
