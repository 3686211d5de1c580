#pragma once

// Helpers for driving QCoro coroutines from Qt Test slots (QCoro 0.8 has no public test module,
// and its waitFor() hangs on a throwing task).

#include <QCoroTask>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <exception>
#include <memory>
#include <optional>
#include <stdexcept>

namespace cktest {

namespace detail {

struct RunState
{
    bool done = false;
    std::exception_ptr error;
    QEventLoop *loop = nullptr;
};

template <typename T>
QCoro::Task<> drive(QCoro::Task<T> task, std::shared_ptr<RunState> state,
                    std::shared_ptr<std::optional<T>> value)
{
    try {
        value->emplace(co_await task);
    } catch (...) {
        state->error = std::current_exception();
    }
    state->done = true;
    if (state->loop)
        state->loop->quit();
}

inline QCoro::Task<> driveVoid(QCoro::Task<> task, std::shared_ptr<RunState> state)
{
    try {
        co_await task;
    } catch (...) {
        state->error = std::current_exception();
    }
    state->done = true;
    if (state->loop)
        state->loop->quit();
}

inline void spin(const std::shared_ptr<RunState> &state, std::chrono::milliseconds timeout)
{
    if (!state->done) {
        QEventLoop loop;
        state->loop = &loop;
        QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
        loop.exec();
        state->loop = nullptr;
    }
    if (!state->done)
        throw std::runtime_error("runSync: the coroutine did not finish in time");
    if (state->error)
        std::rethrow_exception(state->error);
}

} // namespace detail

// Runs the event loop until `task` finishes; rethrows its exception; throws on timeout.
template <typename T>
T runSync(QCoro::Task<T> task, std::chrono::milliseconds timeout = std::chrono::seconds(10))
{
    auto state = std::make_shared<detail::RunState>();
    auto value = std::make_shared<std::optional<T>>();
    auto driver = detail::drive(std::move(task), state, value);
    detail::spin(state, timeout);
    return std::move(**value);
}

inline void runSync(QCoro::Task<> task,
                    std::chrono::milliseconds timeout = std::chrono::seconds(10))
{
    auto state = std::make_shared<detail::RunState>();
    auto driver = detail::driveVoid(std::move(task), state);
    detail::spin(state, timeout);
}

} // namespace cktest
