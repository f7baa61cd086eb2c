"""Run slow work off the GUI thread and hear back on it.

``run_task`` puts a plain function on ``QThreadPool.globalInstance()``. The function gets
plain data or ids (never widgets) and opens its own database session; its result, error
and progress come back as signals delivered on the GUI thread.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

#: Tasks still running or waiting to deliver; keeps their Python objects alive.
_active: set[Task] = set()


class TaskSignals(QObject):
    """What a task reports; lives on the GUI thread so slots run there."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int)


class _Relay(QObject):
    """Calls the caller's callbacks on the GUI thread, then lets the task go."""

    def __init__(
        self,
        task: Task,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int], None] | None,
    ) -> None:
        super().__init__()
        self._task = task
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress

    @Slot(object)
    def deliver_result(self, result: Any) -> None:
        _active.discard(self._task)
        self._on_done(result)

    @Slot(object)
    def deliver_error(self, error: BaseException) -> None:
        _active.discard(self._task)
        if self._on_error is not None:
            self._on_error(error)
        else:
            log.error("background task failed", exc_info=error)

    @Slot(int)
    def deliver_progress(self, percent: int) -> None:
        if self._on_progress is not None:
            self._on_progress(percent)


class Task(QRunnable):
    """One function call on the thread pool; see ``run_task``."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = TaskSignals()
        self.relay: _Relay | None = None

    def run(self) -> None:
        """Call the function on a pool thread and signal how it went."""
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def _takes_progress(fn: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    **kwargs: Any,
) -> Task:
    """Call ``fn(*args, **kwargs)`` on the global thread pool.

    ``on_done(result)``, ``on_error(exception)`` and ``on_progress(percent)`` run on the GUI
    thread. When ``fn`` has a ``progress`` parameter it receives a callable taking 0..100.
    Without ``on_error`` a failure is logged.
    """
    task = Task(fn, args, dict(kwargs))
    if _takes_progress(fn) and "progress" not in kwargs:
        task.kwargs["progress"] = task.signals.progress.emit
    relay = _Relay(task, on_done, on_error, on_progress)
    task.relay = relay
    queued = Qt.ConnectionType.QueuedConnection
    task.signals.finished.connect(relay.deliver_result, queued)
    task.signals.failed.connect(relay.deliver_error, queued)
    task.signals.progress.connect(relay.deliver_progress, queued)
    _active.add(task)
    QThreadPool.globalInstance().start(task)
    return task
