"""Tests of ``python3 -m corokitchen_oracle --trace`` (docs/python-trace.md): the events of real
asyncio programs, the order of events against CPython's own C Task, and hostile programs that
must still leave a whole trace ending with ``end``."""

import gc
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import textwrap
import threading
import unittest

if sys.version_info[:2] != (3, 11):
    raise unittest.SkipTest("the oracle is CPython 3.11's asyncio")

PYTHON_FOLDER = pathlib.Path(__file__).resolve().parent.parent.parent / "python"
sys.path.insert(0, str(PYTHON_FOLDER))

from corokitchen_oracle import run_program  # noqa: E402
from corokitchen_oracle import collector, json_text, trace_writer  # noqa: E402


def program(text):
    return textwrap.dedent(text).lstrip()


class Trace:
    """One run of the harness: its events, exit status and standard error."""

    def __init__(self, source, *options, stdin=None, timeout=120):
        with tempfile.TemporaryDirectory() as folder:
            path = pathlib.Path(folder) / "prog.py"
            path.write_text(source, encoding="utf-8")
            done = subprocess.run(
                [sys.executable, "-m", "corokitchen_oracle", "--trace", *options, str(path)],
                capture_output=True, cwd=PYTHON_FOLDER, timeout=timeout, stdin=stdin)
        self.returncode = done.returncode
        self.stderr = done.stderr.decode("utf-8", "replace")
        self.events = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
        self.end = self.events[-1]

    def of(self, kind, **match):
        return [event for event in self.events if event["ev"] == kind
                and all(event.get(key) == value for key, value in match.items())]

    def prints(self):
        return [(event["t"], event["text"]) for event in self.of("print")]

    def suspends(self, task):
        return [(event["t"], event["await"]) for event in self.of("suspend", task=task)]

    def task_named(self, coro):
        return next(event["task"] for event in self.of("task", coro=coro))

    def done(self, task):
        return self.of("done", task=task)[0]


KITCHEN = program("""
    import asyncio
    import time


    async def make_coffee():
        print("coffee start")
        await asyncio.sleep(3)
        print("coffee done")
        return "coffee"


    async def toast_bagel():
        print("bagel start")
        await asyncio.sleep(2)
        print("bagel done")
        return "bagel"


    async def main():
        start = time.perf_counter()
        result = await asyncio.gather(make_coffee(), toast_bagel())
        print(result, f"{time.perf_counter() - start:.2f}")


    asyncio.run(main())
""")


class KitchenTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.trace = Trace(KITCHEN)

    def test_the_trace_starts_and_ends(self):
        start, end = self.trace.events[0], self.trace.end
        self.assertEqual((start["ev"], start["version"], start["clock"]), ("start", 1, "virtual"))
        self.assertEqual(end["ev"], "end")
        self.assertEqual((end["exit_code"], end["error"], end["stopped"], end["deadlock"]),
                         (0, None, None, False))
        self.assertEqual(self.trace.returncode, 0)

    def test_times_are_exact(self):
        self.assertEqual(self.trace.prints(), [
            (0.0, "coffee start"), (0.0, "bagel start"), (2.0, "bagel done"),
            (3.0, "coffee done"), (3.0, "['coffee', 'bagel'] 3.00")])
        main = self.trace.of("task", main=True)[0]["task"]
        self.assertEqual(self.trace.done(main)["t"], 3.0)
        self.assertEqual(self.trace.end["t"], 3.0)

    def test_the_gather_and_its_sleeps(self):
        main = self.trace.of("task", main=True)[0]
        coffee, bagel = self.trace.task_named("make_coffee"), self.trace.task_named("toast_bagel")
        self.assertEqual((main["coro"], main["parent"]), ("main", None))
        internal = {event["coro"] for event in self.trace.of("task", internal=True)}
        self.assertEqual(internal, {"shutdown_asyncgens", "shutdown_default_executor"})
        self.assertEqual(self.trace.of("task", task=coffee)[0]["parent"], main["task"])
        self.assertEqual(self.trace.suspends(main["task"]),
                         [(0.0, {"kind": "gather", "tasks": [coffee, bagel]})])
        self.assertEqual(self.trace.suspends(coffee),
                         [(0.0, {"kind": "sleep", "seconds": 3, "until": 3.0})])
        self.assertEqual(self.trace.suspends(bagel),
                         [(0.0, {"kind": "sleep", "seconds": 2, "until": 2.0})])
        suspend = self.trace.of("suspend", task=coffee)[0]
        self.assertEqual((suspend["line"], suspend["stack"]),
                         (7, [{"function": "make_coffee", "line": 7}]))
        self.assertEqual(self.trace.of("resume", task=coffee)[0]["line"], 5)

    def test_task_steps_in_order(self):
        bagel = self.trace.task_named("toast_bagel")
        steps = [(event["ev"], event["t"]) for event in self.trace.events
                 if event.get("task") == bagel and event["ev"] in
                 ("task", "ready", "resume", "suspend", "done")]
        self.assertEqual(steps, [("task", 0.0), ("ready", 0.0), ("resume", 0.0),
                                 ("suspend", 0.0), ("ready", 2.0), ("resume", 2.0),
                                 ("done", 2.0)])
        self.assertEqual(self.trace.done(bagel)["result"], "'bagel'")

    def test_calls_and_returns(self):
        calls = self.trace.of("call", function="make_coffee")
        self.assertEqual(len(calls), 1)
        returned = self.trace.of("return", id=calls[0]["id"])[0]
        self.assertEqual((calls[0]["t"], returned["t"], returned["state"], returned["value"]),
                         (0.0, 3.0, "done", "'coffee'"))
        self.assertEqual(self.trace.of("call", function="main"), [])

    def test_prints_know_their_task_and_line(self):
        coffee = self.trace.task_named("make_coffee")
        first = self.trace.of("print")[0]
        self.assertEqual((first["task"], first["line"]), (coffee, 6))


class AwaitKindsTest(unittest.TestCase):
    def test_sequential_api_calls(self):
        trace = Trace(program("""
            import asyncio
            async def call_api(name):
                await asyncio.sleep(3)
                return name
            async def main():
                for name in ("a", "b", "c"):
                    print(await call_api(name))
            asyncio.run(main())
        """))
        self.assertEqual(trace.prints(), [(3.0, "a"), (6.0, "b"), (9.0, "c")])
        self.assertEqual(trace.end["t"], 9.0)
        self.assertEqual([event["t"] for event in trace.of("call", function="call_api")],
                         [0.0, 3.0, 6.0])
        self.assertEqual(len(trace.of("task")), 3)  # main and asyncio.run's two at its end

    def test_a_queue_between_producer_and_consumer(self):
        trace = Trace(program("""
            import asyncio
            async def producer(orders):
                for item in range(2):
                    await orders.put(item)
            async def consumer(orders):
                for _ in range(2):
                    await orders.get()
                    await asyncio.sleep(1)
            async def main():
                orders = asyncio.Queue(maxsize=1)
                await asyncio.gather(consumer(orders), producer(orders))
            asyncio.run(main())
        """))
        consumer, producer = trace.task_named("consumer"), trace.task_named("producer")
        self.assertEqual(trace.suspends(consumer)[0], (0.0, {
            "kind": "queue-get", "object": "orders", "maxsize": 1, "size": 0}))
        self.assertEqual(trace.suspends(producer)[0], (0.0, {
            "kind": "queue-put", "object": "orders", "maxsize": 1, "size": 1}))

    def test_an_unnamed_queue_gets_a_number(self):
        trace = Trace(program("""
            import asyncio
            async def main():
                queues = [asyncio.Queue()]
                asyncio.get_running_loop().call_later(1, queues[0].put_nowait, 1)
                await queues[0].get()
            asyncio.run(main())
        """))
        self.assertEqual(trace.suspends(1)[0][1]["object"], "Queue#1")

    def test_lock_event_semaphore(self):
        trace = Trace(program("""
            import asyncio
            lock, ready, pool = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(1)
            async def holder():
                async with lock, pool:
                    await asyncio.sleep(1)
                    ready.set()
            async def for_lock():
                await asyncio.sleep(0)
                async with lock:
                    pass
            async def for_pool():
                await asyncio.sleep(0)
                async with pool:
                    pass
            async def for_event():
                await ready.wait()
            async def main():
                await asyncio.gather(holder(), for_lock(), for_pool(), for_event())
            asyncio.run(main())
        """))
        kinds = {coro: [awaited for _, awaited in trace.suspends(trace.task_named(coro))]
                 for coro in ("for_lock", "for_pool", "for_event")}
        self.assertEqual(kinds, {
            "for_lock": [{"kind": "yield"}, {"kind": "lock", "object": "lock"}],
            "for_pool": [{"kind": "yield"}, {"kind": "semaphore", "object": "pool"}],
            "for_event": [{"kind": "event", "object": "ready"}]})
        self.assertEqual(trace.done(trace.task_named("for_lock"))["t"], 1.0)

    def test_wait_for_times_out(self):
        trace = Trace(program("""
            import asyncio
            async def slow():
                await asyncio.sleep(5)
            async def main():
                try:
                    await asyncio.wait_for(slow(), 1)
                except TimeoutError as error:
                    print("timed out", type(error).__name__)
            asyncio.run(main())
        """))
        slow = trace.task_named("slow")
        self.assertEqual(trace.suspends(1)[0],
                         (0.0, {"kind": "wait-for", "tasks": [slow], "timeout": 1}))
        self.assertEqual((trace.done(slow)["state"], trace.done(slow)["t"]), ("cancelled", 1.0))
        self.assertEqual(trace.of("return", state="cancelled")[0]["t"], 1.0)
        self.assertEqual(trace.prints(), [(1.0, "timed out TimeoutError")])

    def test_a_task_group_with_a_failing_child(self):
        trace = Trace(program("""
            import asyncio
            async def fails():
                await asyncio.sleep(1)
                raise ValueError("bad response")
            async def long():
                await asyncio.sleep(5)
            async def main():
                async with asyncio.TaskGroup() as group:
                    group.create_task(long())
                    group.create_task(fails())
            asyncio.run(main())
        """))
        long, fails = trace.task_named("long"), trace.task_named("fails")
        # CPython's __aexit__ waits once more, for no task, after the cancelled one ended
        self.assertEqual(trace.suspends(1), [(0.0, {"kind": "taskgroup", "tasks": [long, fails]}),
                                             (1.0, {"kind": "taskgroup", "tasks": []})])
        self.assertEqual(trace.done(fails)["error"], "ValueError: bad response")
        self.assertEqual((trace.done(long)["state"], trace.done(long)["t"]), ("cancelled", 1.0))
        self.assertEqual(trace.done(1)["state"], "failed")
        self.assertIn("ExceptionGroup: unhandled errors in a TaskGroup", trace.end["error"])
        self.assertIn("ValueError: bad response", trace.end["traceback"])
        self.assertNotIn("corokitchen_oracle", trace.end["traceback"])
        self.assertEqual(trace.end["exit_code"], 1)

    def test_to_thread_runs_on_a_worker(self):
        trace = Trace(program("""
            import asyncio, time
            def blocking(seconds):
                time.sleep(seconds)
                return seconds
            async def main():
                await asyncio.sleep(1)
                print(await asyncio.to_thread(blocking, 2))
            asyncio.run(main())
        """))
        self.assertEqual(trace.suspends(1)[1], (1.0, {"kind": "thread", "function": "blocking"}))
        worker = trace.of("worker")
        self.assertEqual([(event["worker"], event["task"], event["function"], event["start"],
                           event["end"]) for event in worker], [(1, 1, "blocking", 1.0, 3.0)])
        self.assertEqual(trace.of("block"), [])  # a worker's sleep does not hold the loop
        self.assertEqual(trace.prints(), [(3.0, "2")])

    def test_a_socket_is_io_and_its_wait_is_real(self):
        trace = Trace(program("""
            import asyncio
            async def echo(reader, writer):
                writer.write((await reader.readline()).upper())
                await writer.drain()
                writer.close()
            async def main():
                server = await asyncio.start_server(echo, "127.0.0.1", 0)
                port = server.sockets[0].getsockname()[1]
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.write(b"hi\\n")
                print(await reader.readline())
                writer.close()
                server.close()
                await asyncio.sleep(2)
            asyncio.run(main())
        """))
        self.assertEqual(trace.end["exit_code"], 0, trace.end["error"])
        self.assertEqual([text for _, text in trace.prints()], ["b'HI\\n'"])
        details = {awaited["detail"] for _, awaited in trace.suspends(1)
                   if awaited["kind"] == "io"}
        self.assertIn("readline", details)
        self.assertLess(trace.prints()[0][0], 10.0)  # the real time the socket took
        self.assertAlmostEqual(trace.end["t"] - trace.prints()[0][0], 2.0)

    def test_the_program_sees_its_tasks_as_asyncio_tasks(self):
        trace = Trace(program("""
            import asyncio
            async def nap():
                await asyncio.sleep(1)
            async def main():
                task = asyncio.create_task(nap())
                own = asyncio.Task(nap())
                print(isinstance(task, asyncio.Task), isinstance(own, asyncio.Task))
                await asyncio.gather(task, own)
            asyncio.run(main())
        """))
        self.assertEqual(trace.prints(), [(0.0, "True True")])
        self.assertEqual([event["coro"] for event in trace.of("task", internal=False)],
                         ["main", "nap", "nap"])
        self.assertEqual(trace.suspends(1), [(0.0, {"kind": "gather", "tasks": [2, 3]})])

    def test_as_completed_names_the_tasks_it_watches(self):
        trace = Trace(program("""
            import asyncio
            async def cook(seconds):
                await asyncio.sleep(seconds)
                return seconds
            async def main():
                orders = [asyncio.create_task(cook(s)) for s in (2, 3, 1)]
                for order in asyncio.as_completed(orders):
                    print(await order)
            asyncio.run(main())
        """))
        self.assertEqual(trace.prints(), [(1.0, "1"), (2.0, "2"), (3.0, "3")])
        cooks = [event["task"] for event in trace.of("task", coro="cook")]
        self.assertEqual([suspend for suspend in trace.suspends(1)],
                         [(0.0, {"kind": "as-completed", "tasks": cooks}),
                          (1.0, {"kind": "as-completed", "tasks": cooks}),
                          (2.0, {"kind": "as-completed", "tasks": cooks})])

    def test_each_task_says_how_it_was_made(self):
        trace = Trace(program("""
            import asyncio
            async def nap():
                await asyncio.sleep(0.1)
            async def inner():
                await asyncio.create_task(nap())
            async def main():
                made = asyncio.create_task(nap())
                by_loop = asyncio.get_running_loop().create_task(nap())
                await asyncio.gather(made, nap())
                for first in asyncio.as_completed([nap(), by_loop]):
                    await first
                await asyncio.wait_for(nap(), 1)
                await asyncio.ensure_future(nap())
                await asyncio.shield(nap())
                async with asyncio.TaskGroup() as group:
                    group.create_task(nap())
                await asyncio.Task(nap())
                await asyncio.create_task(inner())
            asyncio.run(main())
        """))
        made = [(event["coro"], event["parent"], event["via"], event["line"])
                for event in trace.of("task", internal=False)]
        self.assertEqual(made, [
            ("main", None, "run", 19),
            ("nap", 1, "create_task", 7),
            ("nap", 1, "create_task", 8),
            ("nap", 1, "gather", 9),  # the coroutine; the task made before is not remade
            ("nap", 1, "as_completed", 10),
            ("nap", 1, "wait_for", 12),
            ("nap", 1, "ensure_future", 13),
            ("nap", 1, "shield", 14),
            ("nap", 1, "taskgroup", 16),
            ("nap", 1, "Task", 17),
            ("inner", 1, "create_task", 18),
            ("nap", 11, "create_task", 5),
        ])

    def test_a_call_knows_the_line_it_was_called_from(self):
        trace = Trace(program("""
            import asyncio
            import time
            def work():
                time.sleep(1)
            async def fetch(n):
                work()
                await asyncio.sleep(1)
            async def main():
                task = asyncio.create_task(fetch(0))
                await fetch(1)
                await task
            asyncio.run(main())
        """))
        calls = [(event["task"], event["function"], event["line"], event["at"])
                 for event in trace.of("call")]
        self.assertEqual(calls, [
            (1, "fetch", 5, 10),  # main awaits it inline: called from main's line 10
            (1, "work", 3, 6),
            (2, "fetch", 5, None),  # the task's own coroutine: the loop steps it
            (2, "work", 3, 6),
        ])

    def test_time_sleep_blocks_the_loop(self):
        trace = Trace(program("""
            import asyncio, time
            async def main():
                await asyncio.sleep(1)
                time.sleep(0.5)
            asyncio.run(main())
        """))
        block = trace.of("block")[0]
        self.assertEqual((block["t"], block["start"], block["seconds"], block["task"],
                          block["line"]), (1.5, 1.0, 0.5, 1, 4))

    def test_a_coroutine_never_awaited_warns(self):
        trace = Trace(program("""
            import asyncio
            async def fetch():
                pass
            async def main():
                fetch()
                await asyncio.sleep(1)
            asyncio.run(main())
        """))
        warning = trace.of("warning")
        self.assertEqual([(event["t"], event["task"], event["text"]) for event in warning],
                         [(0.0, 1, "RuntimeWarning: coroutine 'fetch' was never awaited")])
        self.assertIn("was never awaited", trace.stderr)

    def test_methods_of_top_level_classes_are_calls(self):
        trace = Trace(program("""
            import asyncio
            class Kitchen:
                async def cook(self, dish):
                    await asyncio.sleep(1)
                    return dish
                @staticmethod
                def plate(dish):
                    return dish.upper()
            async def main():
                print(Kitchen.plate(await Kitchen().cook("egg")))
            asyncio.run(main())
        """))
        self.assertEqual([(event["function"], event["t"]) for event in trace.of("call")],
                         [("Kitchen.cook", 0.0), ("Kitchen.plate", 1.0)])
        self.assertEqual(trace.prints(), [(1.0, "EGG")])


# Programs whose prints, times and loop iterations must be the same with CPython's C Task (the
# plain oracle) and with the trace's pure-Python TracedTask.
ORDER_PROGRAMS = {
    "nested": program("""
        import asyncio, time
        async def leaf(name, delay):
            print(name, "start")
            await asyncio.sleep(delay)
            print(name, "end")
        async def branch(name):
            await asyncio.gather(leaf(name + ".a", 0.5), leaf(name + ".b", 0))
            time.sleep(0.25)
            await leaf(name + ".c", 0)
        async def spinner():
            for turn in range(6):
                print("spin", turn)
                await asyncio.sleep(0)
        async def main():
            spin = asyncio.create_task(spinner())
            first = asyncio.create_task(branch("x"))
            await asyncio.gather(branch("y"), leaf("z", 0.5))
            await first
            await spin
        asyncio.run(main())
    """),
    "sync objects": program("""
        import asyncio
        async def producer(queue, lock):
            for item in range(4):
                async with lock:
                    await queue.put(item)
                    print("put", item)
        async def consumer(name, queue, event):
            await event.wait()
            while True:
                item = await queue.get()
                print(name, item)
                await asyncio.sleep(0.1 * item)
                queue.task_done()
        async def main():
            queue, lock, event = asyncio.Queue(2), asyncio.Lock(), asyncio.Event()
            workers = [asyncio.create_task(consumer(n, queue, event)) for n in "ab"]
            asyncio.get_running_loop().call_later(0.5, event.set)
            await producer(queue, lock)
            await queue.join()
            for worker in workers:
                worker.cancel()
            print(await asyncio.gather(*workers, return_exceptions=True))
        asyncio.run(main())
    """),
    "failures": program("""
        import asyncio
        async def fails(delay):
            await asyncio.sleep(delay)
            raise ValueError(delay)
        async def slow():
            try:
                await asyncio.sleep(10)
            finally:
                print("slow cleaned up")
        async def main():
            print(await asyncio.gather(fails(1), slow(), return_exceptions=True))
            try:
                await asyncio.wait_for(slow(), 0.5)
            except TimeoutError:
                print("timeout")
            try:
                async with asyncio.TaskGroup() as group:
                    group.create_task(slow())
                    group.create_task(fails(0.25))
            except* ValueError as errors:
                print("group", errors.exceptions)
            done, pending = await asyncio.wait([asyncio.create_task(fails(0.1)),
                                                asyncio.create_task(slow())],
                                               return_when=asyncio.FIRST_EXCEPTION)
            print(len(done), len(pending))
            for coro in asyncio.as_completed([asyncio.sleep(0.2, "b"), asyncio.sleep(0.1, "a")]):
                print(await coro)
            await asyncio.create_task(later())  # main's cancel count is spent (3.11)
        async def later():
            try:
                async with asyncio.timeout(0.3):
                    await slow()
            except TimeoutError:
                print("timeout block")
            condition = asyncio.Condition()
            async def notify():
                await asyncio.sleep(0.1)
                async with condition:
                    condition.notify_all()
            async def wait():
                async with condition:
                    await condition.wait()
                    print("notified")
            await asyncio.gather(wait(), wait(), notify())
        asyncio.run(main())
    """),
    "threads": program("""
        import asyncio, time
        from concurrent.futures import ThreadPoolExecutor
        async def call(name):
            print("end", await asyncio.to_thread(lambda: (time.sleep(2), name)[1]))
        async def ticker():
            for turn in range(3):
                print("tick", turn)
                await asyncio.sleep(1)
        async def main():
            asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(2))
            await asyncio.gather(call("a"), call("b"), call("c"), ticker())
        asyncio.run(main())
    """),
}


class OrderTest(unittest.TestCase):
    """The trace's pure-Python Task keeps every order of CPython's C Task."""

    def test_the_same_prints_times_and_iterations_as_the_c_task(self):
        for name, source in ORDER_PROGRAMS.items():
            with self.subTest(name):
                plain = run_program(source)
                trace = Trace(source)
                self.assertEqual((trace.end["exit_code"], plain["exit_code"]), (0, 0),
                                 trace.end["error"])
                self.assertEqual(
                    [(event["t"], event["it"], event["text"]) for event in trace.of("print")],
                    [(line["time"], line["iteration"], line["text"])
                     for line in plain["prints"] if line.get("stream") != "stderr"])
                self.assertGreater(len(plain["prints"]), 3)

    def test_the_comparison_sees_a_changed_order(self):
        """The check above can fail: one more lap of the loop shows in the iterations."""
        source = ORDER_PROGRAMS["nested"]
        changed = source.replace("await leaf(name + \".c\", 0)",
                                 "await asyncio.create_task(leaf(name + \".c\", 0))")
        plain = run_program(source)
        trace = Trace(changed)
        self.assertNotEqual([(event["t"], event["it"], event["text"])
                             for event in trace.of("print")],
                            [(line["time"], line["iteration"], line["text"])
                             for line in plain["prints"]])


class HostileProgramTest(unittest.TestCase):
    def assert_ends(self, trace, exit_code):
        self.assertEqual(trace.events[0]["ev"], "start")
        self.assertEqual(trace.end["ev"], "end")
        self.assertEqual((trace.end["exit_code"], trace.returncode), (exit_code, exit_code))
        self.assertNotIn("corokitchen_oracle", trace.stderr)

    def test_a_syntax_error(self):
        trace = Trace("import asyncio\nasync def main(:\n    pass\n")
        self.assert_ends(trace, 1)
        self.assertEqual((trace.end["error"], trace.end["line"]),
                         ("SyntaxError: invalid syntax", 2))
        self.assertIn("async def main(:", trace.end["traceback"])
        self.assertEqual(len(trace.events), 2)

    def test_sys_exit(self):
        trace = Trace("import sys\nprint('bye')\nsys.exit(4)\n")
        self.assert_ends(trace, 4)
        self.assertEqual(trace.prints(), [(0.0, "bye")])

    def test_an_exception_in_main(self):
        trace = Trace(program("""
            import asyncio
            async def main():
                await asyncio.sleep(1)
                raise KeyError("k")
            asyncio.run(main())
        """))
        self.assert_ends(trace, 1)
        self.assertEqual((trace.end["t"], trace.end["error"]), (1.0, "KeyError: 'k'"))
        self.assertTrue(trace.end["traceback"].startswith("Traceback (most recent call last):"))
        self.assertIn('line 4, in main\n    raise KeyError("k")', trace.end["traceback"])
        self.assertNotIn("corokitchen_oracle", trace.end["traceback"])

    def test_keyboard_interrupt_and_base_exceptions(self):
        trace = Trace(program("""
            import asyncio
            async def main():
                raise KeyboardInterrupt
            asyncio.run(main())
        """))
        self.assert_ends(trace, 130)
        self.assertEqual(trace.end["error"], "KeyboardInterrupt")
        trace = Trace("class Odd(BaseException):\n    pass\nraise Odd('x')\n")
        self.assert_ends(trace, 1)
        self.assertEqual(trace.end["error"], "Odd: x")

    def test_writes_to_file_descriptor_1_go_to_stderr(self):
        trace = Trace(program("""
            import io, os, sys
            os.write(1, b"raw\\n")
            sys.stdout = io.StringIO()
            print("hidden")
            sys.stdout = sys.__stdout__
            print("back")
        """))
        self.assert_ends(trace, 0)
        self.assertIn("raw\n", trace.stderr)
        self.assertEqual(trace.prints(), [(0.0, "back")])

    def test_huge_prints_are_cut(self):
        trace = Trace("print('x' * 50000)\nprint('y' * 30000, end='')\nprint('z')\n")
        self.assert_ends(trace, 0)
        lines = trace.of("print")
        self.assertEqual([(len(line["text"]), line.get("cut")) for line in lines],
                         [(10000, True), (10000, True)])

    def test_a_program_that_never_awaits(self):
        trace = Trace("import time\nprint('a')\ntime.sleep(2)\nprint(time.monotonic())\n")
        self.assert_ends(trace, 0)
        self.assertEqual(trace.prints(), [(0.0, "a"), (2.0, "2.0")])
        self.assertEqual([(event["it"], event["seconds"]) for event in trace.of("block")],
                         [(0, 2)])

    def test_input_meets_the_end_of_stdin(self):
        """Standard input is /dev/null even when the app's pipe stays open."""
        read_end, write_end = os.pipe()
        try:
            trace = Trace("name = input('name? ')\nprint(name)\n", stdin=read_end, timeout=20)
        finally:
            os.close(read_end)
            os.close(write_end)
        self.assert_ends(trace, 1)
        self.assertEqual(trace.end["error"], "EOFError: EOF when reading a line")

    def test_a_deadlock(self):
        trace = Trace(program("""
            import asyncio
            async def main():
                await asyncio.sleep(1)
                await asyncio.Event().wait()
            asyncio.run(main())
        """))
        self.assert_ends(trace, 1)
        self.assertTrue(trace.end["deadlock"])
        self.assertEqual(trace.end["t"], 1.0)

    def test_the_time_limit(self):
        trace = Trace(program("""
            import asyncio
            async def main():
                while True:
                    try:
                        await asyncio.sleep(1)
                    except BaseException:
                        pass
            asyncio.run(main())
        """), "--max-time", "10")
        self.assert_ends(trace, 3)
        self.assertEqual((trace.end["t"], trace.end["stopped"]), (10.0, "time limit"))
        trace = Trace("import time\nwhile True:\n    time.sleep(1)\n", "--max-time", "5.5")
        self.assert_ends(trace, 3)
        self.assertEqual((trace.end["t"], trace.end["stopped"]), (5.5, "time limit"))

    def test_a_harness_failure_still_ends_the_trace(self):
        """A failure of the harness's own (here made by the program) still ends the trace,
        with an ``error`` that says so; one inside a hook leaves the program running."""
        trace = Trace(program("""
            import sys
            print("ran")
            sys.modules["corokitchen_oracle.tracer"].Tracer.stamp = None
        """))
        self.assertEqual(trace.end["ev"], "end")
        self.assertEqual(trace.returncode, 70)
        self.assertTrue(trace.end["error"].startswith("harness error: TypeError"))
        self.assertEqual(trace.prints(), [(0.0, "ran")])
        trace = Trace(program("""
            import asyncio, sys
            sys.modules["corokitchen_oracle.tracer"].Tracer.task_ids = None
            async def main():
                await asyncio.gather(asyncio.sleep(1))
                print("still ran")
            asyncio.run(main())
        """))
        self.assertEqual(trace.prints(), [(1.0, "still ran")])
        self.assertTrue(trace.end["error"].startswith("harness error: suspended: TypeError"),
                        trace.end["error"])


class JsonTextTest(unittest.TestCase):
    """The trace's lines, formatted by hand (json_text.py), are what the JSON encoder wrote."""

    ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=repr)

    def test_the_same_text_as_the_encoder(self):
        class Named:
            def __repr__(self):
                return "<Named \"x\">"

        class Number(int):
            pass

        values = ["plain", "quote \" back \\ new\nline \x01 tab\t", "한글 é \u2028", "", 0, -7,
                  2 ** 70, 0.0, -0.0, 1.5, 1e300, 0.1 + 0.2, 3.0e-9, True, False, None,
                  Number(4), [], [1, "a", None, [2.5, {"k": "v"}]], (1, 2),
                  {"kind": "sleep", "seconds": 1, "until": 1.0}, {1: "int key", "b": 2}, {},
                  Named(), {"stack": [{"function": "f", "line": 3}]}]
        for thing in values:
            with self.subTest(thing=thing):
                self.assertEqual(json_text.value(thing), self.ENCODER.encode(thing))

    def test_a_float_that_is_not_finite_is_null(self):
        inf, nan = float("inf"), float("nan")
        self.assertEqual(json_text.value(inf), "null")
        self.assertEqual(json_text.value({"seconds": inf, "until": [nan, -inf]}),
                         '{"seconds":null,"until":[null,null]}')
        self.assertEqual(json.loads(json_text.value({1: inf})), {"1": None})


class TraceWriterTest(unittest.TestCase):
    """The virtual clock's lines go out in batches; the real clock's each at once."""

    def setUp(self):
        self.read_end, self.write_end = os.pipe()
        os.set_blocking(self.read_end, False)
        self.addCleanup(os.close, self.read_end)
        self.addCleanup(os.close, self.write_end)

    def written(self):
        try:
            return os.read(self.read_end, 1 << 20).decode("utf-8")
        except BlockingIOError:
            return ""

    def test_a_batch_waits_for_its_size_time_or_flush(self):
        writer = trace_writer.TraceWriter(self.write_end, batched=True)
        writer.write({"ev": "ready", "t": 0.0, "it": 1, "task": 2})
        writer.write_line('{"ev":"resume"}')
        self.assertEqual(self.written(), "")
        writer.flush()
        self.assertEqual(self.written(),
                         '{"ev":"ready","t":0.0,"it":1,"task":2}\n{"ev":"resume"}\n')
        writer._batch_chars = 100  # (the pipe holds less than BATCH_CHARS)
        writer.write_line("x" * 99)
        self.assertEqual(self.written(), "x" * 99 + "\n")
        writer.write_line('{"ev":"late"}')
        self.assertEqual(self.written(), "")
        writer._written_at -= trace_writer.BATCH_SECONDS
        writer.write_line('{"ev":"later"}')
        self.assertEqual(self.written(), '{"ev":"late"}\n{"ev":"later"}\n')

    def test_unbatched_each_line_at_once(self):
        writer = trace_writer.TraceWriter(self.write_end)
        writer.write_line('{"ev":"start"}')
        self.assertEqual(self.written(), '{"ev":"start"}\n')

    def test_a_collection_inside_a_write_writes_after_it(self):
        # The program's __del__ is a recorded call: a collection that runs inside a write (here
        # forced on every allocation) writes lines too, and must neither wait for ever on the
        # writer's lock nor put its line inside or before the batch being written.
        writer = trace_writer.TraceWriter(self.write_end)
        inside = []

        def collected(phase, info):
            if phase == "stop" and not inside and _inside(trace_writer.TraceWriter._write_lines):
                inside.append(True)
                writer.write_line('{"ev":"collected"}')

        saved = gc.get_threshold()
        self.addCleanup(gc.set_threshold, *saved)
        gc.callbacks.append(collected)
        self.addCleanup(gc.callbacks.remove, collected)
        finished = threading.Event()

        def write():
            gc.set_threshold(1)
            writer.write_line('{"ev":"first"}')
            gc.set_threshold(*saved)
            writer.write_line('{"ev":"second"}')
            finished.set()

        threading.Thread(target=write, daemon=True).start()
        self.assertTrue(finished.wait(20), "the writer waited for itself")
        self.assertEqual(inside, [True])
        self.assertEqual(self.written(),
                         '{"ev":"first"}\n{"ev":"collected"}\n{"ev":"second"}\n')

    def test_a_virtual_trace_of_many_tasks_is_whole(self):
        trace = Trace(program("""
            import asyncio
            async def nap(i):
                await asyncio.sleep(i % 3)
            async def main():
                await asyncio.gather(*(nap(i) for i in range(3000)))
                print("done")
            asyncio.run(main())
        """))
        self.assertEqual(len(trace.of("done", state="done")), 3003)
        self.assertEqual(trace.prints(), [(2.0, "done")])
        self.assertEqual(trace.end["exit_code"], 0)


def _inside(function):
    """``function`` is running on this thread's stack."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_code is not function.__code__:
        frame = frame.f_back
    return frame is not None


class PacedCollectorTest(unittest.TestCase):
    """collector.py: the old generation at the harness's pace while the program runs, the
    young ones at CPython's."""

    def test_the_program_runs_with_the_old_generation_paced(self):
        trace = Trace(program("""
            import gc


            class Cycle:
                freed = 0

                def __init__(self):
                    self.me = self

                def __del__(self):
                    Cycle.freed += 1


            for _ in range(10_000):
                Cycle()
            print(gc.get_threshold(), Cycle.freed > 9_000)
        """))
        young, middle, _ = collector.gc.get_threshold()
        self.assertEqual(trace.prints(), [
            (0.0, f"({young}, {middle}, {collector.OLD_GENERATION_EVERY}) True")])

    def test_the_thresholds_come_back_afterwards(self):
        saved = collector.gc.get_threshold()
        self.addCleanup(collector.gc.set_threshold, *saved)
        collector.gc.set_threshold(700, 10, 10)
        with collector.PacedCollector():
            self.assertEqual(collector.gc.get_threshold(), (700, 10, 100))
        self.assertEqual(collector.gc.get_threshold(), (700, 10, 10))


class RealClockTest(unittest.TestCase):
    def test_the_same_events_on_the_real_clock(self):
        trace = Trace(program("""
            import asyncio, time
            def blocking():
                time.sleep(0.1)
                return 1
            async def nap():
                await asyncio.sleep(0.05)
            async def main():
                print(await asyncio.gather(asyncio.to_thread(blocking), nap()))
                time.sleep(0.02)
            asyncio.run(main())
        """), "--clock", "real")
        self.assertEqual(trace.events[0]["clock"], "real")
        self.assertEqual(trace.end["exit_code"], 0)
        # Real time on a busy machine: never shorter than asked, and not much longer.
        nap = trace.task_named("nap")
        self.assertTrue(0.05 <= trace.done(nap)["t"] < 2, trace.done(nap))
        worker = trace.of("worker")[0]
        self.assertTrue(0.1 <= worker["end"] - worker["start"] < 2, worker)
        self.assertEqual((worker["function"], worker["task"]),
                         ("blocking", trace.task_named("to_thread")))
        self.assertTrue(0.02 <= trace.of("block")[0]["seconds"] < 2)
        times = [event["t"] for event in trace.events]
        self.assertEqual(times, sorted(times))

    def test_the_time_limit_on_the_real_clock(self):
        trace = Trace(program("""
            import asyncio
            async def main():
                while True:
                    await asyncio.sleep(0.05)
            asyncio.run(main())
        """), "--clock", "real", "--max-time", "0.3")
        self.assertEqual((trace.end["stopped"], trace.returncode), ("time limit", 3))
        self.assertTrue(0.3 <= trace.end["t"] < 3, trace.end)


if __name__ == "__main__":
    unittest.main()
