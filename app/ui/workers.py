"""Run slow work off the GUI thread and hear back on it.

``run_task`` puts a plain function on ``QThreadPool.globalInstance()``. The function gets
plain data or ids (never widgets) and opens its own database session; its result, error
and progress come back on the GUI thread, to callbacks typed after the function.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

R = TypeVar("R")
V = TypeVar("V")

#: Tasks still running or waiting to deliver; keeps their Python objects alive.
_active: set[Task[Any]] = set()


class TaskSignals(QObject):
    """What a task reports; lives on the GUI thread so slots run there."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int)


class _Relay(QObject, Generic[R]):
    """Calls the caller's callbacks on the GUI thread, then lets the task go.

    Once the result or the error is delivered the callbacks are dropped: they often hold a
    window, which must not outlive its closing because a task once reported to it.
    """

    def __init__(
        self,
        task: Task[R],
        on_done: Callable[[R], object],
        on_error: Callable[[BaseException], object] | None,
        on_progress: Callable[[int], object] | None,
    ) -> None:
        super().__init__()
        self._task = task
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress

    @Slot(object)
    def deliver_result(self, result: R) -> None:
        on_done = self._on_done
        self._let_go()
        on_done(result)

    @Slot(object)
    def deliver_error(self, error: BaseException) -> None:
        on_error = self._on_error
        self._let_go()
        if on_error is not None:
            on_error(error)
        else:
            log.error("background task failed", exc_info=error)

    @Slot(int)
    def deliver_progress(self, percent: int) -> None:
        if self._on_progress is not None:
            self._on_progress(percent)

    def _let_go(self) -> None:
        _active.discard(self._task)
        self._on_done = _ignore
        self._on_error = None
        self._on_progress = None


def _ignore(_result: object) -> None:
    """What a delivered relay calls for a late result: nothing."""


class Task(QRunnable, Generic[R]):
    """One function call on the thread pool; see ``run_task``."""

    def __init__(self, call: Callable[[], R]) -> None:
        super().__init__()
        # The pool deletes the runnable once it has run; held back, every task (and all its
        # function holds, such as a window's session) would stay in memory for good.
        self.setAutoDelete(True)
        self.call = call
        self.signals = TaskSignals()
        self.relay: _Relay[R] | None = None

    def run(self) -> None:
        """Call the function on a pool thread and signal how it went."""
        try:
            result = self.call()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def _takes_progress(fn: Callable[..., object]) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def run_task(
    fn: Callable[..., R],
    *args: Any,
    on_done: Callable[[R], object],
    on_error: Callable[[BaseException], object] | None = None,
    on_progress: Callable[[int], object] | None = None,
    **kwargs: Any,
) -> Task[R]:
    """Call ``fn(*args, **kwargs)`` on the global thread pool.

    ``on_done(result)`` (typed after ``fn``'s result), ``on_error(exception)`` and
    ``on_progress(percent)`` run on the GUI thread. When ``fn`` has a ``progress``
    parameter it receives a callable taking 0..100. Without ``on_error`` a failure is
    logged.
    """
    signals: list[TaskSignals] = []
    extra: dict[str, Any] = {}
    if _takes_progress(fn) and "progress" not in kwargs:
        extra["progress"] = lambda percent: signals[0].progress.emit(percent)

    def call() -> R:
        return fn(*args, **kwargs, **extra)

    task = Task(call)
    signals.append(task.signals)
    relay = _Relay(task, on_done, on_error, on_progress)
    task.relay = relay
    queued = Qt.ConnectionType.QueuedConnection
    task.signals.finished.connect(relay.deliver_result, queued)
    task.signals.failed.connect(relay.deliver_error, queued)
    task.signals.progress.connect(relay.deliver_progress, queued)
    _active.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def while_alive(widget: QWidget, callback: Callable[[V], object]) -> Callable[[V], None]:
    """``callback``, skipped once ``widget`` is gone (a worker may outlive its window)."""

    def call(value: V) -> None:
        if shiboken6.isValid(widget):
            callback(value)

    return call
