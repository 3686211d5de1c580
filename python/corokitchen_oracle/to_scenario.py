"""``python3 -m corokitchen_oracle --to-scenario PROGRAM.py``: a plain program as a scenario.

The program is read with ``ast`` and never run. What converts: ``async def`` coroutines that
print (strings, f-strings of their locals and of what they awaited), ``await asyncio.sleep(n)``,
``time.sleep(n)``, awaits of the program's own coroutines (with constant arguments: each set of
arguments is a routine of its own), ``await asyncio.gather(...)``, ``return``; and a ``main()``
that composes its tasks as the seeds do, which gives the mode: awaited one by one
(``sequential``), gathered (``gather``), ``asyncio.create_task`` then awaited (``create-task``),
or a synchronous program of plain functions and ``time.sleep`` (``sync``). ``main()`` may print
only what a scenario's main prints: each task's result line and the total. Anything else is
refused with its line (``ConversionRefused``). Values are known at conversion time, so every
printed line is rendered here, as CPython's f-string would render it."""

import ast
import json
import os
import re

MAX_DEPTH = 32
UNKNOWN = object()  # a value read from the clock: only the total line may print it
TOTAL_MARK = "\x00"

EN_RESULT = re.compile(r"^Result of ([A-Za-z_][A-Za-z0-9_]*) : (.*)$", re.S)
KO_RESULT = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*) 결과 : (.*)$", re.S)
TOTALS = {
    "en": "Total execution time : " + TOTAL_MARK + " seconds",
    "ko": "총 실행 시간 : " + TOTAL_MARK + " 초",
}

CONSTRUCTS = {
    ast.AsyncWith: "`async with`",
    ast.AsyncFor: "`async for`",
    ast.With: "`with`",
    ast.For: "a `for` loop",
    ast.While: "a `while` loop",
    ast.If: "`if`",
    ast.Try: "`try`",
    ast.Raise: "`raise`",
    ast.ClassDef: "a class",
    ast.Lambda: "a lambda",
    ast.Yield: "`yield`",
    ast.YieldFrom: "`yield from`",
    ast.Global: "`global`",
    ast.Nonlocal: "`nonlocal`",
    ast.Delete: "`del`",
    ast.Assert: "`assert`",
    ast.Match: "`match`",
}


class ConversionRefused(Exception):
    """Why the program cannot be a scenario, with its line."""

    def __init__(self, node, what, plain=False):
        line = getattr(node, "lineno", None)
        said = what if plain else f"{what} is not something a scenario can say yet"
        super().__init__(
            (f"line {line}: " if line else "") + said + "; run it as a program instead"
        )


class TaskHandle:
    """What asyncio.create_task(...) gave main(): the task it names."""

    def __init__(self, name):
        self.name = name


class Coroutine:
    """A call of one of the program's coroutines, not yet awaited."""

    def __init__(self, function, arguments, node):
        self.function = function
        self.arguments = arguments
        self.node = node


def dotted(node):
    """``asyncio.sleep`` for the expression asyncio.sleep, else None."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def construct_of(node):
    for kind, said in CONSTRUCTS.items():
        if isinstance(node, kind):
            return said
    return f"`{ast.unparse(node).splitlines()[0][:60]}`"


class Converter:
    def __init__(self, source, filename):
        self.filename = filename
        self.tree = ast.parse(source, filename=filename)
        self.functions = {}
        self.constants = {}
        self.routines = []  # the scenario's routines, in the order first awaited
        self.routine_names = {}  # (function, arguments) -> routine name
        self.returns = {}  # routine name -> what it returns
        self.used_names = set()
        self.synchronous = False
        self.depth = 0
        self.language = "en"  # of the texts: main()'s prints tell it (relabel)

    # -- the module ---------------------------------------------------------------------------

    def convert(self):
        body = self.tree.body
        if body and self.is_docstring(body[0]):
            body = body[1:]
        main_call = None
        for statement in body:
            if isinstance(statement, (ast.Import, ast.ImportFrom)):
                self.check_import(statement)
            elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if statement.decorator_list:
                    raise ConversionRefused(statement, "a decorator")
                self.functions[statement.name] = statement
            elif isinstance(statement, ast.Assign) and self.is_constant_assignment(statement):
                self.constants[statement.targets[0].id] = self.evaluate(
                    statement.value, {}, statement
                )
            elif isinstance(statement, ast.If) and self.is_main_guard(statement):
                main_call = self.main_call_of(statement.body, statement)
            elif isinstance(statement, ast.Expr) and not main_call:
                main_call = self.main_call_of([statement], statement)
            else:
                raise ConversionRefused(statement, construct_of(statement))
        if main_call is None:
            raise ConversionRefused(None, "a program without asyncio.run(main()) or main()")
        return self.compose(main_call)

    @staticmethod
    def is_docstring(statement):
        return (
            isinstance(statement, ast.Expr)
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        )

    @staticmethod
    def check_import(statement):
        names = (
            [alias.name for alias in statement.names]
            if isinstance(statement, ast.Import)
            else [statement.module or ""]
        )
        for alias in statement.names:
            if alias.asname:
                raise ConversionRefused(statement, "an import under another name")
        if isinstance(statement, ast.ImportFrom) or any(
            name not in ("asyncio", "time") for name in names
        ):
            raise ConversionRefused(statement, f"`{ast.unparse(statement)}`")

    @staticmethod
    def is_constant_assignment(statement):
        return (
            len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
            and isinstance(statement.value, (ast.Constant, ast.JoinedStr, ast.BinOp))
        )

    @staticmethod
    def is_main_guard(statement):
        test = statement.test
        return (
            not statement.orelse
            and isinstance(test, ast.Compare)
            and dotted(test.left) == "__name__"
            and len(test.comparators) == 1
            and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value == "__main__"
        )

    def main_call_of(self, statements, node):
        if len(statements) != 1 or not isinstance(statements[0], ast.Expr):
            raise ConversionRefused(node, "a main block other than asyncio.run(main())")
        call = statements[0].value
        if not isinstance(call, ast.Call) or call.keywords:
            raise ConversionRefused(statements[0], construct_of(statements[0]))
        if dotted(call.func) == "asyncio.run" and len(call.args) == 1:
            inner = call.args[0]
            if self.is_own_call(inner, asynchronous=True) and not inner.args:
                return inner
        elif self.is_own_call(call, asynchronous=False) and not call.args:
            self.synchronous = True
            return call
        raise ConversionRefused(statements[0], construct_of(statements[0]))

    def is_own_call(self, node, asynchronous):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            return False
        function = self.functions.get(node.func.id)
        kind = ast.AsyncFunctionDef if asynchronous else ast.FunctionDef
        return isinstance(function, kind)

    # -- main(): the mode and the tasks -------------------------------------------------------

    def compose(self, main_call):
        main = self.functions[main_call.func.id]
        if main.args.args or main.args.vararg or main.args.kwarg or main.args.kwonlyargs:
            raise ConversionRefused(main, "a main() with parameters")
        composition = MainComposition(self, main)
        composition.read()
        return composition

    # -- routines -----------------------------------------------------------------------------

    def routine(self, coroutine):
        """The routine that runs `coroutine` (made the first time), and what it returns."""
        key = (coroutine.function.name, repr(coroutine.arguments))
        if key not in self.routine_names:
            name = self.unique_name(coroutine.function.name, coroutine.arguments)
            self.routine_names[key] = name
            steps, returned = self.steps_of(coroutine)
            entry = {"name": name, "steps": steps}
            if isinstance(returned, str):
                entry["steps"] = steps + [{"return": self.text(returned)}]
            self.returns[name] = returned
            self.routines.append(entry)
        name = self.routine_names[key]
        return name, self.returns[name]

    def unique_name(self, function, arguments):
        name = function
        if arguments:
            suffix = "_".join(re.sub(r"\W", "_", str(value)) for value in arguments)
            name = f"{function}_{suffix}"
            if name in self.used_names:
                name = f"{function}_of_{suffix}"
        counter = 2
        base = name
        while name in self.used_names or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            name = f"{re.sub(r'[^A-Za-z0-9_]', '_', base)}_{counter}"
            counter += 1
        self.used_names.add(name)
        return name

    def steps_of(self, coroutine):
        """The steps of one call of a function of the program, and the value it returns."""
        function = coroutine.function
        if self.depth >= MAX_DEPTH:
            raise ConversionRefused(coroutine.node, f"recursion into {function.name}()")
        self.depth += 1
        try:
            return FunctionBody(self, function, coroutine.arguments).read()
        finally:
            self.depth -= 1

    def bind_arguments(self, function, arguments, node):
        parameters = function.args
        if (
            parameters.vararg
            or parameters.kwarg
            or parameters.kwonlyargs
            or parameters.defaults
            or parameters.posonlyargs
            or len(parameters.args) != len(arguments)
        ):
            raise ConversionRefused(node, f"this call of {function.name}()")
        return {parameter.arg: value for parameter, value in zip(parameters.args, arguments)}

    def call_of(self, node, local, asynchronous):
        """A Coroutine for a call of the program's own function with known arguments."""
        if not self.is_own_call(node, asynchronous) or node.keywords:
            return None
        arguments = [self.evaluate(argument, local, node) for argument in node.args]
        function = self.functions[node.func.id]
        self.bind_arguments(function, arguments, node)
        return Coroutine(function, arguments, node)

    # -- values -------------------------------------------------------------------------------

    def evaluate(self, node, local, statement):
        if isinstance(node, ast.Constant) and isinstance(
            node.value, (str, int, float, type(None), bool)
        ):
            return node.value
        if isinstance(node, ast.Name):
            if node.id in local:
                return local[node.id]
            if node.id in self.constants:
                return self.constants[node.id]
            raise ConversionRefused(statement, f"reading `{node.id}`")
        if isinstance(node, ast.JoinedStr):
            return self.render(node, local, statement)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult)):
            left = self.evaluate(node.left, local, statement)
            right = self.evaluate(node.right, local, statement)
            return self.combine(node.op, left, right, statement)
        if isinstance(node, ast.Call) and dotted(node.func) in (
            "time.time",
            "time.perf_counter",
            "time.monotonic",
        ):
            return UNKNOWN
        raise ConversionRefused(statement, construct_of(node))

    def combine(self, op, left, right, statement):
        if left is UNKNOWN or right is UNKNOWN:
            return UNKNOWN
        allowed = (str, int, float, list)
        if not isinstance(left, allowed) or not isinstance(right, allowed):
            raise ConversionRefused(statement, construct_of(statement))
        try:
            if isinstance(op, ast.Add):
                return left + right
            if isinstance(op, ast.Sub):
                return left - right
            if isinstance(left, (int, float)) and isinstance(right, (int, float)):
                return left * right
        except TypeError:
            pass
        raise ConversionRefused(statement, construct_of(statement))

    def render(self, joined, local, statement):
        parts = []
        for value in joined.values:
            if isinstance(value, ast.Constant):
                parts.append(value.value)
                continue
            held = self.evaluate(value.value, local, statement)
            if held is UNKNOWN:
                parts.append(TOTAL_MARK)
                continue
            if not isinstance(held, (str, int, float, type(None), bool, list)):
                raise ConversionRefused(statement, "printing a task object")
            if value.conversion == ord("r"):
                held = repr(held)
            elif value.conversion == ord("s"):
                held = str(held)
            elif value.conversion == ord("a"):
                held = ascii(held)
            spec = self.render(value.format_spec, local, statement) if value.format_spec else ""
            try:
                parts.append(format(held, spec))
            except (TypeError, ValueError):
                raise ConversionRefused(statement, construct_of(value)) from None
        return "".join(parts)

    def printed(self, call, local, statement):
        """The line a print(...) call writes."""
        sep = " "
        for keyword in call.keywords:
            if keyword.arg == "flush":
                continue
            value = self.evaluate(keyword.value, local, statement)
            if keyword.arg == "sep" and isinstance(value, str):
                sep = value
            elif not (keyword.arg == "end" and value == "\n"):
                raise ConversionRefused(statement, f"print(..., {keyword.arg}=...)")
        values = [self.evaluate(argument, local, statement) for argument in call.args]
        return sep.join(TOTAL_MARK if value is UNKNOWN else str(value) for value in values)

    def text(self, line):
        return {"ko": line} if self.language == "ko" else line


class FunctionBody:
    """The steps of one call of a task's or routine's function."""

    def __init__(self, converter, function, arguments):
        self.converter = converter
        self.function = function
        self.local = converter.bind_arguments(function, arguments, function)
        self.steps = []
        self.returned = None
        self.ended = False

    def read(self):
        body = self.function.body
        if body and Converter.is_docstring(body[0]):
            body = body[1:]
        for statement in body:
            if self.ended:
                raise ConversionRefused(statement, "a statement after `return`")
            self.statement(statement)
        return self.steps, self.returned

    def statement(self, statement):
        converter = self.converter
        if isinstance(statement, ast.Pass):
            return
        if isinstance(statement, ast.Return):
            if statement.value is not None:
                self.returned = self.value(statement.value, statement)
            self.ended = True
            return
        if isinstance(statement, ast.Expr):
            expression = statement.value
            if isinstance(expression, ast.Call) and dotted(expression.func) == "print":
                line = converter.printed(expression, self.local, statement)
                if TOTAL_MARK in line:
                    raise ConversionRefused(statement, "printing a time read from the clock")
                self.steps.append({"log": converter.text(line)})
                return
            self.value(expression, statement)
            return
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            if isinstance(target, ast.Name):
                self.local[target.id] = self.value(statement.value, statement)
                return
        if isinstance(statement, ast.AugAssign) and isinstance(statement.target, ast.Name):
            name = statement.target.id
            if name not in self.local:
                raise ConversionRefused(statement, f"`{name}` used before it is bound")
            added = self.value(statement.value, statement)
            self.local[name] = converter.combine(
                statement.op, self.local[name], added, statement
            )
            return
        raise ConversionRefused(statement, construct_of(statement))

    def value(self, node, statement):
        """The value of an expression; an await or a sleep adds its step."""
        converter = self.converter
        synchronous = converter.synchronous
        if isinstance(node, ast.Call) and dotted(node.func) == "time.sleep":
            seconds = self.seconds(node, statement)
            self.steps.append({"wait" if synchronous else "block": seconds})
            return None
        if synchronous:
            coroutine = converter.call_of(node, self.local, asynchronous=False)
            if coroutine is None:
                return converter.evaluate(node, self.local, statement)
            name, returned = converter.routine(coroutine)
            self.steps.append({"call": name})
            return returned
        if not isinstance(node, ast.Await):
            if converter.call_of(node, self.local, asynchronous=True) is not None:
                raise ConversionRefused(statement, "a coroutine called without `await`")
            return converter.evaluate(node, self.local, statement)
        awaited = node.value
        if isinstance(awaited, ast.Call) and dotted(awaited.func) == "asyncio.sleep":
            self.steps.append({"wait": self.seconds(awaited, statement)})
            return None
        if isinstance(awaited, ast.Call) and dotted(awaited.func) == "asyncio.gather":
            if awaited.keywords:
                raise ConversionRefused(statement, "asyncio.gather(..., keyword=...)")
            names, values = [], []
            for argument in awaited.args:
                coroutine = converter.call_of(argument, self.local, asynchronous=True)
                if coroutine is None:
                    raise ConversionRefused(statement, f"gathering `{ast.unparse(argument)}`")
                name, returned = converter.routine(coroutine)
                names.append(name)
                values.append(returned)
            self.steps.append({"gather": names})
            return values
        coroutine = converter.call_of(awaited, self.local, asynchronous=True)
        if coroutine is None:
            raise ConversionRefused(statement, f"`await {ast.unparse(awaited)}`")
        name, returned = converter.routine(coroutine)
        self.steps.append({"call": name})
        return returned

    def seconds(self, call, statement):
        if len(call.args) != 1 or call.keywords:
            raise ConversionRefused(statement, construct_of(call))
        seconds = self.converter.evaluate(call.args[0], self.local, statement)
        if (
            isinstance(seconds, bool)
            or not isinstance(seconds, (int, float))
            or not 0 <= seconds <= 86400
        ):
            raise ConversionRefused(statement, f"sleeping {seconds!r} seconds")
        return seconds


class MainComposition:
    """main(): which tasks it starts, how (the mode), and the lines it prints after them."""

    def __init__(self, converter, main):
        self.converter = converter
        self.main = main
        self.local = {}
        self.tasks = []  # [name, Coroutine]
        self.task_values = {}  # task name -> what it returns
        self.shape = None
        self.pending = {}  # variable -> TaskHandle not yet awaited, or a gather not awaited
        self.printed = []  # (statement, line)
        self.mode = None

    def read(self):
        body = self.main.body
        if body and Converter.is_docstring(body[0]):
            body = body[1:]
        for statement in body:
            self.statement(statement)
        if not self.tasks:
            raise ConversionRefused(self.main, "a main() that starts no coroutine")
        if self.pending:
            raise ConversionRefused(self.main, "a task main() never awaits")
        self.mode = {
            "sequential": "sync" if self.converter.synchronous else "sequential",
            "gather": "gather",
            "create_task": "create-task",
        }[self.shape]
        self.read_prints()

    def statement(self, statement):
        converter = self.converter
        if isinstance(statement, ast.For) and self.is_result_loop(statement):
            return
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call):
            if dotted(statement.value.func) == "print":
                line = converter.printed(statement.value, self.local, statement)
                if not self.tasks:
                    raise ConversionRefused(
                        statement,
                        f"main() printing {line!r} before its tasks (a scenario's main() prints "
                        "only each task's result line and the total)",
                    )
                self.printed.append((statement, line))
                return
        if self.printed and not isinstance(statement, ast.Return):
            if not (isinstance(statement, ast.Expr) and self.is_print(statement)):
                if not self.is_clock_assignment(statement):
                    raise ConversionRefused(statement, "main() going on after its prints")
        if isinstance(statement, ast.Return):
            return  # asyncio.run's value is dropped
        if self.is_clock_assignment(statement):
            target = statement.targets[0]
            self.local[target.id] = UNKNOWN
            return
        value_node = statement.value if isinstance(statement, (ast.Expr, ast.Assign)) else None
        if value_node is None:
            raise ConversionRefused(statement, construct_of(statement))
        value = self.composed(value_node, statement)
        if isinstance(statement, ast.Assign):
            self.bind(statement, value)

    def is_result_loop(self, loop):
        """``for number, result in enumerate(results, start=1): print(...)``, unrolled."""
        iterator = loop.iter
        if not (
            isinstance(loop.target, ast.Tuple)
            and len(loop.target.elts) == 2
            and all(isinstance(element, ast.Name) for element in loop.target.elts)
            and not loop.orelse
            and isinstance(iterator, ast.Call)
            and dotted(iterator.func) == "enumerate"
            and len(iterator.args) == 1
            and all(keyword.arg == "start" for keyword in iterator.keywords)
            and all(isinstance(s, ast.Expr) and self.is_print(s) for s in loop.body)
        ):
            return False
        values = self.converter.evaluate(iterator.args[0], self.local, loop)
        start = 0
        for keyword in iterator.keywords:
            start = self.converter.evaluate(keyword.value, self.local, loop)
        if not isinstance(values, list) or not isinstance(start, int):
            return False
        counter, element = (target.id for target in loop.target.elts)
        for offset, value in enumerate(values):
            self.local[counter], self.local[element] = start + offset, value
            for statement in loop.body:
                line = self.converter.printed(statement.value, self.local, statement)
                self.printed.append((statement, line))
        return True

    @staticmethod
    def is_print(statement):
        return isinstance(statement.value, ast.Call) and dotted(statement.value.func) == "print"

    def is_clock_assignment(self, statement):
        if not (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
        ):
            return False
        try:
            return self.converter.evaluate(statement.value, self.local, statement) is UNKNOWN
        except ConversionRefused:
            return False

    def bind(self, statement, value):
        target = statement.targets[0]
        if len(statement.targets) == 1 and isinstance(target, ast.Name):
            self.local[target.id] = value
            return
        if (
            isinstance(target, (ast.Tuple, ast.List))
            and all(isinstance(element, ast.Name) for element in target.elts)
            and isinstance(value, list)
            and len(value) == len(target.elts)
        ):
            for element, held in zip(target.elts, value):
                self.local[element.id] = held
            return
        raise ConversionRefused(statement, construct_of(statement))

    def set_shape(self, shape, statement):
        if self.printed:
            raise ConversionRefused(statement, "main() starting a coroutine after its prints")
        if self.shape not in (None, shape) or (shape == "gather" and self.shape == "gather"):
            raise ConversionRefused(
                statement, "a main() that composes its coroutines in more than one way"
            )
        self.shape = shape

    def add_task(self, call, statement):
        coroutine = self.converter.call_of(
            call, self.local, asynchronous=not self.converter.synchronous
        )
        if coroutine is None:
            raise ConversionRefused(statement, f"`{ast.unparse(call)}` in main()")
        name = coroutine.function.name
        if any(task[0] == name for task in self.tasks):
            raise ConversionRefused(statement, f"starting {name}() twice from main()")
        self.converter.used_names.add(name)
        steps, returned = self.converter.steps_of(coroutine)
        self.tasks.append([name, steps])
        self.task_values[name] = returned
        return returned

    def composed(self, node, statement):
        """What main() gets from one statement that starts or awaits its tasks."""
        converter = self.converter
        if converter.synchronous:
            self.set_shape("sequential", statement)
            return self.add_task(node, statement)
        if isinstance(node, ast.Call) and dotted(node.func) == "asyncio.gather":
            self.set_shape("gather", statement)
            return self.gathered(node, statement)
        if isinstance(node, ast.Call) and dotted(node.func) == "asyncio.create_task":
            if len(node.args) != 1 or node.keywords:
                raise ConversionRefused(statement, construct_of(node))
            self.set_shape("create_task", statement)
            self.add_task(node.args[0], statement)
            handle = TaskHandle(self.tasks[-1][0])
            self.pending[id(handle)] = handle
            return handle
        if not isinstance(node, ast.Await):
            if converter.is_own_call(node, asynchronous=True):
                raise ConversionRefused(statement, "a coroutine called without `await`")
            raise ConversionRefused(statement, construct_of(node))
        awaited = node.value
        if isinstance(awaited, ast.Name) and awaited.id in self.local:
            return self.awaited_value(self.local[awaited.id], statement)
        if isinstance(awaited, ast.Call) and dotted(awaited.func) == "asyncio.gather":
            self.set_shape("gather", statement)
            return self.awaited_value(self.gathered(awaited, statement), statement)
        self.set_shape("sequential", statement)
        return self.add_task(awaited, statement)

    def gathered(self, call, statement):
        if call.keywords:
            raise ConversionRefused(statement, "asyncio.gather(..., keyword=...)")
        values = [self.add_task(argument, statement) for argument in call.args]
        batch = PendingGather(values)
        self.pending[id(batch)] = batch
        return batch

    def awaited_value(self, held, statement):
        if isinstance(held, TaskHandle) and id(held) in self.pending:
            del self.pending[id(held)]
            return self.task_values[held.name]
        if isinstance(held, PendingGather) and id(held) in self.pending:
            del self.pending[id(held)]
            return held.values
        raise ConversionRefused(statement, "awaiting this in main()")

    def read_prints(self):
        """main()'s prints must be what the scenario's main prints: results, then the total."""
        language = None
        results = []
        total_seen = False
        for statement, line in self.printed:
            if total_seen:
                raise ConversionRefused(statement, "main() printing after its total")
            for said, total in TOTALS.items():
                if line == total and language in (None, said):
                    language = said
                    total_seen = True
            if total_seen:
                continue
            for said, pattern in (("en", EN_RESULT), ("ko", KO_RESULT)):
                match = pattern.match(line)
                if match and language in (None, said):
                    language = said
                    results.append((statement, match.group(1), match.group(2)))
                    break
            else:
                raise ConversionRefused(
                    statement,
                    f"main() printing {line.replace(TOTAL_MARK, '...')!r} (a scenario's main() "
                    "prints only each task's result line and the total)",
                )
        self.converter.language = language or "en"
        self.results = {}
        order = [task[0] for task in self.tasks]
        last = -1
        for statement, name, result in results:
            if name not in self.task_values or order.index(name) <= last:
                raise ConversionRefused(
                    statement, f"main() printing a result of {name} out of the tasks' order"
                )
            if str(self.task_values[name]) != result:
                raise ConversionRefused(statement, f"main() printing {name}'s result otherwise")
            last = order.index(name)
            self.results[name] = result
        self.total_printed = total_seen


class PendingGather:
    def __init__(self, values):
        self.values = values


def scenario_id(filename):
    stem = os.path.splitext(os.path.basename(filename))[0].lower()
    cleaned = re.sub(r"[^a-z0-9_-]", "-", stem).strip("-")
    return cleaned or "program"


def to_scenario(source, filename):
    """(mode, scenario dict) for the program's source; ConversionRefused when it cannot be."""
    try:
        converter = Converter(source, filename)
    except SyntaxError as error:
        raise ConversionRefused(
            error, f"SyntaxError: {error.msg}, so it cannot be read", plain=True
        ) from None
    composition = converter.convert()
    language = converter.language
    # The texts were made before main()'s prints told the language: make them again.
    if language == "ko":
        composition, converter = relabel(source, filename)
    scenario = {
        "format": "corokitchen-scenario/1",
        "id": scenario_id(filename),
        "title": converter.text(os.path.basename(filename)),
    }
    docstring = ast.get_docstring(converter.tree)
    if docstring:
        scenario["description"] = converter.text(" ".join(docstring.split()))
    if converter.routines:
        scenario["routines"] = converter.routines
    scenario["tasks"] = []
    for name, steps in composition.tasks:
        task = {"name": name, "steps": steps}
        if name in composition.results:
            task["result"] = converter.text(composition.results[name])
        scenario["tasks"].append(task)
    return composition.mode, scenario


def relabel(source, filename):
    converter = Converter(source, filename)
    converter.language = "ko"
    composition = converter.convert()
    return composition, converter


def main(program, with_mode, out, err):
    """The CLI: 0 with the scenario (after its mode's line with `with_mode`), 2 refused."""
    try:
        with open(program, encoding="utf-8-sig") as file:
            source = file.read()
        mode, scenario = to_scenario(source, program)
    except ConversionRefused as refusal:
        err.write(f"{refusal}\n")
        return 2
    except (OSError, UnicodeDecodeError, RecursionError, MemoryError, ValueError) as error:
        err.write(f"cannot read the program: {type(error).__name__}: {error}\n")
        return 2
    if with_mode:
        out.write(mode + "\n")
    json.dump(scenario, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return 0
