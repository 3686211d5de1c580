"""Tests of python/corokitchen_oracle itself: the virtual clock, the deadlock report, the records,
and the claim the comparison rests on, that the task wrappers change nothing in the run."""

import json
import pathlib
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest

if sys.version_info[:2] != (3, 11):
    raise unittest.SkipTest("the oracle is CPython 3.11's asyncio")

PYTHON_FOLDER = pathlib.Path(__file__).resolve().parent.parent.parent / "python"
sys.path.insert(0, str(PYTHON_FOLDER))

from corokitchen_oracle import run_program  # noqa: E402


def program(text):
    return textwrap.dedent(text).lstrip()


def prints(record):
    return [(line["time"], line["text"]) for line in record["prints"]]


# Tasks, gathers of coroutines that gather, awaits of coroutines and of tasks, sleep(0) turns
# and blocking calls: the wrapped functions are awaited in every way a generated program does.
NESTED = program("""
    import asyncio
    import time

    async def leaf(name, delay):
        print(name, "start")
        await asyncio.sleep(delay)
        print(name, "end")

    async def branch(name):
        await asyncio.gather(leaf(name + ".a", 0.5), leaf(name + ".b", 0))
        time.sleep(0.25)
        await leaf(name + ".c", 0)
        print(name, "done")

    async def spinner():
        for turn in range(12):
            print("spin", turn)
            await asyncio.sleep(0)

    async def main():
        spin = asyncio.create_task(spinner())
        first = asyncio.create_task(branch("x"))
        await asyncio.gather(branch("y"), leaf("z", 0.5))
        await first
        await spin
        print("main done")

    asyncio.run(main())
""")


class VirtualClockTest(unittest.TestCase):
    def test_a_timer_wakes_at_its_when_exactly(self):
        record = run_program(program("""
            import asyncio
            async def main():
                loop = asyncio.get_running_loop()
                for _ in range(3):
                    when = loop.time() + 0.1
                    await asyncio.sleep(0.1)
                    print(loop.time() == when, repr(loop.time()))
            asyncio.run(main())
        """))
        self.assertEqual([text for _, text in prints(record)],
                         ["True 0.1", "True 0.2", "True 0.30000000000000004"])

    def test_time_sleep_holds_the_loop(self):
        record = run_program(program("""
            import asyncio, time
            async def sleeper():
                await asyncio.sleep(0.5)
                print("sleeper woke")
            async def blocker():
                time.sleep(1)
                print("blocker done")
            async def main():
                start = time.perf_counter()
                await asyncio.gather(sleeper(), blocker())
                print(f"{time.monotonic() - start:.2f} {time.time():.2f}")
            asyncio.run(main())
        """))
        self.assertEqual(prints(record),
                         [(1.0, "blocker done"), (1.0, "sleeper woke"), (1.0, "1.00 1.00")])

    def test_to_thread_holds_a_worker_not_the_loop(self):
        """Two workers, three calls: the third waits for a worker and the loop runs the ticker
        meanwhile; CPython 3.11 on the real clock prints the same lines at the same times."""
        record = run_program(program("""
            import asyncio, time
            from concurrent.futures import ThreadPoolExecutor
            async def call(name):
                result = await asyncio.to_thread(lambda: (time.sleep(2), name)[1])
                print("end", result)
            async def ticker():
                for turn in range(3):
                    print("tick", turn)
                    await asyncio.sleep(1)
            async def main():
                asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(2))
                await asyncio.gather(call("a"), call("b"), call("c"), ticker())
                print(f"{time.time():.2f}")
            asyncio.run(main())
        """), ties="arming")
        self.assertFalse(record["deadlock"], record["error"])
        self.assertEqual(prints(record),
                         [(0.0, "tick 0"), (1.0, "tick 1"), (2.0, "end a"), (2.0, "end b"),
                          (2.0, "tick 2"), (4.0, "end c"), (4.0, "4.00")])

    def test_a_queued_call_whose_task_is_cancelled_never_runs(self):
        record = run_program(program("""
            import asyncio, time
            from concurrent.futures import ThreadPoolExecutor
            async def main():
                asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(1))
                first = asyncio.create_task(asyncio.to_thread(time.sleep, 2))
                second = asyncio.create_task(asyncio.to_thread(print, "second ran"))
                await asyncio.sleep(1)
                second.cancel()
                await first
                print("first done")
                await asyncio.sleep(5)
            asyncio.run(main())
        """))
        self.assertEqual(prints(record), [(2.0, "first done")])

    def test_real_time_is_restored(self):
        real_sleep = time.sleep
        run_program("import time\ntime.sleep(5)\n")
        self.assertIs(time.sleep, real_sleep)
        self.assertLess(abs(time.time() - time.monotonic() - (time.time() - time.monotonic())),
                        1)

    def test_a_wait_with_nothing_to_wake_it_is_a_deadlock(self):
        record = run_program(program("""
            import asyncio
            async def main():
                print("waiting")
                await asyncio.Event().wait()
            asyncio.run(main())
        """))
        self.assertTrue(record["deadlock"])
        self.assertEqual(record["exit_code"], 1)
        self.assertIn("deadlock at 0.0 s", record["error"])
        self.assertEqual(prints(record), [(0.0, "waiting")])

    def test_ties_in_the_heap_against_arming_order(self):
        """Three timers due at 1 s armed in the order c, a, b: CPython's heap runs a first
        (TimerHandle compares `when` alone); arming order runs c first."""
        source = program("""
            import asyncio
            async def at(name, delay, then):
                await asyncio.sleep(delay)
                await asyncio.sleep(then)
                print(name)
            async def main():
                await asyncio.gather(at("c", 0, 1), at("early", 0, 0.5), at("a", 0.25, 0.75),
                                     at("b", 0.5, 0.5))
            asyncio.run(main())
        """)
        heap = [text for _, text in prints(run_program(source))]
        arming = [text for _, text in prints(run_program(source, ties="arming"))]
        self.assertEqual(arming, ["early", "c", "a", "b"])
        self.assertEqual(heap, ["early", "a", "c", "b"])


class RecordTest(unittest.TestCase):
    def test_starts_ends_and_states(self):
        record = run_program(program("""
            import asyncio
            async def works():
                await asyncio.sleep(1)
            async def fails():
                await asyncio.sleep(0.5)
                raise ValueError("no")
            async def forgotten():
                await asyncio.sleep(5)
            async def main():
                asyncio.create_task(forgotten())
                await asyncio.gather(works(), fails(), return_exceptions=True)
            asyncio.run(main())
        """))
        tasks = {task["name"]: (task["start"], task["end"], task["state"])
                 for task in record["tasks"]}
        self.assertEqual(tasks, {"forgotten": (0.0, 1.0, "cancelled"),
                                 "works": (0.0, 1.0, "done"),
                                 "fails": (0.0, 0.5, "failed")})

    def test_plain_functions_are_recorded_and_generators_left_alone(self):
        record = run_program(program("""
            import time
            def chunks():
                for _ in range(2):
                    time.sleep(0.5)
                    yield 1
            def fetch():
                return sum(chunks())
            def main():
                print(fetch())
            main()
        """))
        self.assertEqual([(task["name"], task["start"], task["end"], task["state"])
                          for task in record["tasks"]], [("fetch", 0.0, 1.0, "done")])
        self.assertIsNone(record["iterations"])
        self.assertEqual(prints(record), [(1.0, "2")])

    def test_a_line_is_stamped_when_its_newline_is_written(self):
        record = run_program("import time\nprint('a', end='')\ntime.sleep(1)\nprint('b')\n"
                             "print('c', end='')\n")
        self.assertEqual(prints(record), [(1.0, "ab"), (1.0, "c")])

    def test_an_uncaught_exception_is_exit_status_1(self):
        record = run_program("raise KeyError('k')\n")
        self.assertEqual((record["exit_code"], record["error"]), (1, "KeyError: 'k'"))


class WrappingTest(unittest.TestCase):
    def test_wrappers_add_no_loop_iteration(self):
        """The claim the comparison rests on: a wrapper awaits the function's coroutine in the
        same task, so every line is printed in the same loop iteration, wrapped or not."""
        wrapped, plain = run_program(NESTED), run_program(NESTED, wrap=False)
        self.assertEqual(wrapped["prints"], plain["prints"])
        self.assertEqual(wrapped["iterations"], plain["iterations"])
        self.assertEqual(plain["tasks"], [])
        self.assertEqual(len(wrapped["tasks"]), 10)  # spinner, 2 branches, 7 leaves

    def test_a_wrapper_that_made_a_task_would_be_seen(self):
        """The check above can fail: a wrapper that ran the function as a task of its own adds
        iterations, and the same comparison sees it."""
        tasked = NESTED.replace("await leaf(name + \".c\", 0)",
                                "await asyncio.create_task(leaf(name + \".c\", 0))")
        self.assertNotEqual(run_program(tasked, wrap=False)["iterations"],
                            run_program(NESTED, wrap=False)["iterations"])


class CommandLineTest(unittest.TestCase):
    def test_prints_the_record_as_json(self):
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as source:
            source.write("import asyncio\nasync def main():\n    await asyncio.sleep(2)\n"
                         "    print('héllo')\nasyncio.run(main())\n")
        done = subprocess.run([sys.executable, "-m", "corokitchen_oracle", source.name],
                              capture_output=True, text=True, cwd=PYTHON_FOLDER, check=True)
        pathlib.Path(source.name).unlink()
        record = json.loads(done.stdout)
        self.assertEqual(prints(record), [(2.0, "héllo")])
        self.assertEqual(record["exit_code"], 0)


if __name__ == "__main__":
    unittest.main()
