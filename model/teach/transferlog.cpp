#include "transferlog.h"

#include <algorithm>

namespace ck {

TransferLog::TransferLog(std::vector<RoutineRole> roles) : m_roles(std::move(roles))
{
    for (RoutineRole role : m_roles)
        m_live[role];
}

Transfer &TransferLog::record(Transfer::Kind kind, RoutineRole from, RoutineRole to, int line,
                              const QString &what)
{
    closePending();
    Transfer transfer;
    transfer.sequence = int(m_transfers.size());
    transfer.kind = kind;
    transfer.from = from;
    transfer.to = to;
    transfer.line = line;
    transfer.what = what;
    m_transfers.push_back(std::move(transfer));
    m_pending = true;
    return m_transfers.back();
}

void TransferLog::print(RoutineRole who, int line, const QString &argument, const QString &output)
{
    Transfer &transfer =
        record(Transfer::Kind::Print, who, who, line, QStringLiteral("print(%1)").arg(argument));
    transfer.printed = output;
    m_printed << output;
}

void TransferLog::print(RoutineRole who, int line, int number)
{
    const QString text = QString::number(number);
    print(who, line, text, text);
    m_transfers.back().value = number;
}

void TransferLog::finish()
{
    closePending();
}

void TransferLog::enter(RoutineRole role)
{
    Live &live = m_live[role];
    live.alive = true;
    live.locals.clear();
}

void TransferLog::setLocal(RoutineRole role, const QString &name, const QString &value)
{
    std::vector<RoutineFrame::Variable> &locals = m_live[role].locals;
    const auto found = std::find_if(locals.begin(), locals.end(),
                                    [&](const auto &variable) { return variable.name == name; });
    if (found != locals.end())
        found->value = value;
    else
        locals.push_back({name, value});
}

void TransferLog::leave(RoutineRole role)
{
    Live &live = m_live[role];
    live.alive = false;
    live.ended = true;
    live.locals.clear();
}

void TransferLog::closePending()
{
    if (!m_pending)
        return;
    Transfer &last = m_transfers.back();
    for (RoutineRole role : m_roles)
        last.frames.push_back(frameOf(role, last.to));
    m_pending = false;
}

RoutineFrame TransferLog::frameOf(RoutineRole role, RoutineRole active) const
{
    const Live &live = m_live.at(role);
    RoutineFrame frame{role, RoutineFrame::State::NotStarted, live.locals};
    if (live.alive)
        frame.state = role == active ? RoutineFrame::State::Running : RoutineFrame::State::Paused;
    else if (live.ended)
        frame.state = RoutineFrame::State::Finished;
    return frame;
}

} // namespace ck
