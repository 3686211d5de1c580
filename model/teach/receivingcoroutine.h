#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <stdexcept>
#include <utility>

namespace ck {

namespace detail {
struct ReceiveRequest
{
};
} // namespace detail

// Inside a ReceivingCoroutine: `const int x = co_await receive();` is Python's `x = (yield)`.
inline detail::ReceiveRequest receive() noexcept
{
    return {};
}

// A coroutine that values are sent into, like a Python generator used as a coroutine:
//
//     ReceivingCoroutine<int> numbers() { for (;;) { const int x = co_await receive(); ... } }
//     auto co = numbers(); // nothing runs yet, as with `co = number_coroutine()`
//     co.start();          // next(co): runs up to the first receive()
//     co.send(1);          // co.send(1): receive() returns 1, runs up to the next receive()
//
// It runs only inside start() and send(), on the caller's stack, so control goes back and forth
// between exactly two places and nothing else can resume it: the promise accepts no other
// co_await. The object owns the frame; destroying it destroys the frame and the coroutine's
// locals wherever it is paused, as Python's close() does. Misuse that Python reports with an
// exception (sending before the start, into a finished or a running coroutine) throws
// std::logic_error; an exception leaving the body comes out of the start() or send() that ran it.
template <typename T> class ReceivingCoroutine
{
public:
    class promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    class promise_type
    {
    public:
        ReceivingCoroutine get_return_object()
        {
            return ReceivingCoroutine(Handle::from_promise(*this));
        }
        // Like a Python generator, the body waits for the first start().
        std::suspend_always initial_suspend() const noexcept { return {}; }
        // The frame stays until its owner destroys it, so done() can be asked afterwards.
        std::suspend_always final_suspend() const noexcept { return {}; }
        void return_void() const noexcept {}
        void unhandled_exception() noexcept { m_error = std::current_exception(); }

        auto await_transform(detail::ReceiveRequest) noexcept
        {
            struct Awaiter
            {
                promise_type *promise;
                bool await_ready() const noexcept { return false; }
                void await_suspend(Handle) const noexcept { promise->m_receiving = true; }
                T await_resume() const
                {
                    promise->m_receiving = false;
                    T value = std::move(*promise->m_sent);
                    promise->m_sent.reset();
                    return value;
                }
            };
            return Awaiter{this};
        }

    private:
        friend class ReceivingCoroutine;

        std::optional<T> m_sent;
        std::exception_ptr m_error;
        bool m_started = false;
        bool m_receiving = false; // paused at a receive(), so a value can go in
        bool m_running = false;
    };

    ReceivingCoroutine(ReceivingCoroutine &&other) noexcept
        : m_handle(std::exchange(other.m_handle, {}))
    {}
    ReceivingCoroutine &operator=(ReceivingCoroutine &&other) noexcept
    {
        if (this != &other) {
            destroy();
            m_handle = std::exchange(other.m_handle, {});
        }
        return *this;
    }
    ReceivingCoroutine(const ReceivingCoroutine &) = delete;
    ReceivingCoroutine &operator=(const ReceivingCoroutine &) = delete;
    ~ReceivingCoroutine() { destroy(); }

    bool isValid() const noexcept { return bool(m_handle); }
    bool isStarted() const noexcept { return m_handle && m_handle.promise().m_started; }
    // Paused at a receive(): the next send() goes in.
    bool isReceiving() const noexcept { return m_handle && m_handle.promise().m_receiving; }
    bool isDone() const noexcept { return m_handle && m_handle.done(); }

    // Python's next(co) on a fresh coroutine: runs the body up to its first receive() (or end).
    void start()
    {
        if (!m_handle)
            throw std::logic_error("ReceivingCoroutine: no coroutine (moved from)");
        if (m_handle.promise().m_started)
            throw std::logic_error("ReceivingCoroutine: already started");
        m_handle.promise().m_started = true;
        resume();
    }

    // Python's co.send(value): receive() returns `value` and the body runs to its next receive().
    void send(T value)
    {
        if (!m_handle)
            throw std::logic_error("ReceivingCoroutine: no coroutine (moved from)");
        promise_type &promise = m_handle.promise();
        if (promise.m_running)
            throw std::logic_error("ReceivingCoroutine: already running");
        if (!promise.m_started)
            throw std::logic_error("ReceivingCoroutine: send before start");
        if (m_handle.done())
            throw std::logic_error("ReceivingCoroutine: send into a finished coroutine");
        promise.m_sent.emplace(std::move(value));
        resume();
    }

private:
    explicit ReceivingCoroutine(Handle handle) noexcept : m_handle(handle) {}

    void resume()
    {
        promise_type &promise = m_handle.promise();
        promise.m_running = true;
        m_handle.resume();
        promise.m_running = false;
        if (promise.m_error)
            std::rethrow_exception(std::exchange(promise.m_error, {}));
    }

    void destroy() noexcept
    {
        if (m_handle)
            std::exchange(m_handle, {}).destroy();
    }

    Handle m_handle;
};

} // namespace ck
