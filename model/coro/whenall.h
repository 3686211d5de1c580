#pragma once

#include <QCoroTask>

#include <exception>
#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace ck {

// What whenAll gives for a task of T: its value, or std::monostate for a QCoro::Task<>.
template <typename T> using SettledValue = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

namespace detail {

// Awaits one task, keeping its value (if any) and the first failure in time across siblings.
template <typename T>
QCoro::Task<> settleInto(QCoro::Task<T> task, std::optional<SettledValue<T>> *slot,
                         std::shared_ptr<std::exception_ptr> firstError)
{
    try {
        if constexpr (std::is_void_v<T>) {
            co_await task;
            slot->emplace();
        } else {
            slot->emplace(co_await task);
        }
    } catch (...) {
        if (!*firstError)
            *firstError = std::current_exception();
    }
}

inline QCoro::Task<> settle(QCoro::Task<> task, std::shared_ptr<std::exception_ptr> firstError)
{
    try {
        co_await task;
    } catch (...) {
        if (!*firstError)
            *firstError = std::current_exception();
    }
}

inline QCoro::Task<> awaitSettled(std::vector<QCoro::Task<>> settled,
                                  std::shared_ptr<std::exception_ptr> firstError)
{
    for (auto &task : settled)
        co_await task;
    if (*firstError)
        std::rethrow_exception(*firstError);
}

} // namespace detail

// Awaits every task (they already run: QCoro tasks are eager), then rethrows the exception that
// was thrown first in time, if any. Like asyncio.gather, all tasks get to finish.
inline QCoro::Task<> whenAll(std::vector<QCoro::Task<>> tasks)
{
    auto firstError = std::make_shared<std::exception_ptr>();
    std::vector<QCoro::Task<>> settled;
    settled.reserve(tasks.size());
    for (auto &task : tasks)
        settled.push_back(detail::settle(std::move(task), firstError));
    return detail::awaitSettled(std::move(settled), std::move(firstError));
}

// The tuple form: the values in argument order once all have finished (std::monostate for the
// tasks without a value).
template <typename... Ts>
QCoro::Task<std::tuple<SettledValue<Ts>...>> whenAll(QCoro::Task<Ts>... tasks)
{
    auto firstError = std::make_shared<std::exception_ptr>();
    std::tuple<std::optional<SettledValue<Ts>>...> slots;
    std::vector<QCoro::Task<>> settled;
    [&]<std::size_t... I>(std::index_sequence<I...>)
    {
        (settled.push_back(detail::settleInto(std::move(tasks), &std::get<I>(slots), firstError)),
         ...);
    }
    (std::index_sequence_for<Ts...>{});
    co_await detail::awaitSettled(std::move(settled), firstError);
    co_return std::apply(
        [](auto &...slot) { return std::tuple<SettledValue<Ts>...>{std::move(*slot)...}; }, slots);
}

} // namespace ck
