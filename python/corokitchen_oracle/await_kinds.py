"""What a suspended task waits for (docs/python-trace.md, "await"), read from the task's
``_fut_waiter`` and the frames of its coroutine's ``cr_await`` chain, never guessed.

The outermost asyncio frame of the chain is the asyncio function the program called (``sleep``,
``Queue.get``, ``wait_for``, ...): what it calls in turn (``as_completed``'s ``Queue.get``,
``Condition.wait``'s ``Lock.acquire``) is its own business."""

import asyncio
from asyncio import locks, queues, taskgroups, tasks

from .frames import ASYNCIO_FOLDER
from .object_names import function_name

_QUEUE_KINDS = {"get": "queue-get", "put": "queue-put", "join": "queue-join"}
_IO_FILES = ("streams.py", "selector_events.py", "unix_events.py", "proactor_events.py",
             "sslproto.py")


def classify(task, frames, program_frame, tracer):
    """``frames``: the chain's frames, outermost first; ``program_frame``: the innermost of the
    program's own (it names the awaited objects), or None."""
    waiter = task._fut_waiter
    if waiter is None:
        return {"kind": "yield"}
    for frame in frames:
        if frame.f_code.co_filename.startswith(ASYNCIO_FOLDER):  # one of asyncio's
            found = _by_api(frame, waiter, program_frame, tracer)
            if found is not None:
                return found
            break
    return _by_waiter(waiter, tracer)


def _by_api(api, waiter, program_frame, tracer):
    name, filename = api.f_code.co_name, api.f_code.co_filename
    local = api.f_locals
    owner = local.get("self")
    if filename.endswith("tasks.py"):
        return _task_api(name, local, tracer)
    if filename.endswith("queues.py") and isinstance(owner, queues.Queue):
        return {"kind": _QUEUE_KINDS.get(name, "queue-get"),
                "object": tracer.names.name(owner, program_frame), "maxsize": owner.maxsize,
                "size": owner.qsize()}
    if filename.endswith("locks.py") and owner is not None:
        kind = _lock_kind(owner)
        if kind is not None:
            return {"kind": kind, "object": tracer.names.name(owner, program_frame)}
    if filename.endswith("taskgroups.py") and isinstance(owner, taskgroups.TaskGroup):
        return {"kind": "taskgroup", "tasks": sorted(tracer.task_ids(
            child for child in owner._tasks if not child.done()))}
    if filename.endswith("threads.py") and name == "to_thread":
        return {"kind": "thread", "function": function_name(local.get("func"))}
    if _is_io(name, filename) and not isinstance(waiter, asyncio.Task):
        if tracer.thread_function(waiter) is None:
            return {"kind": "io", "detail": name}
    return None


def _is_io(name, filename):
    """A socket, a pipe or a stream: the loop's ``sock_*`` and ``create_*`` or the transports'
    and streams' own coroutines."""
    if filename.endswith("base_events.py"):
        return name.startswith(("sock_", "create_"))
    return filename.endswith(_IO_FILES)


def _task_api(name, local, tracer):
    if name == "sleep":
        handle = local.get("h")
        return {"kind": "sleep", "seconds": local.get("delay"),
                "until": tracer.loop_time_to_t(handle.when()) if handle is not None else None}
    if name in ("wait_for", "_cancel_and_wait"):
        return {"kind": "wait-for", "tasks": tracer.task_ids([local.get("fut")]),
                "timeout": local.get("timeout")}
    if name in ("wait", "_wait"):
        return {"kind": "wait", "tasks": tracer.task_ids(local.get("fs") or ()),
                "return_when": local.get("return_when")}
    if name == "_wait_for_one":
        return {"kind": "as-completed", "tasks": tracer.as_completed.tasks_of(local.get("done"))}
    return None


def _lock_kind(owner):
    for cls, kind in ((locks.Condition, "condition"), (locks.Semaphore, "semaphore"),
                      (locks.Lock, "lock"), (locks.Event, "event")):
        if isinstance(owner, cls):
            return kind
    return None


def _by_waiter(waiter, tracer):
    if isinstance(waiter, tasks._GatheringFuture):
        return {"kind": "gather", "tasks": tracer.task_ids(waiter._children)}
    waited_id = tracer.task_id(waiter)
    if waited_id is not None:
        return {"kind": "task", "tasks": [waited_id]}
    function = tracer.thread_function(waiter)
    if function is not None:
        return {"kind": "thread", "function": function}
    return {"kind": "future", "type": type(waiter).__name__}

