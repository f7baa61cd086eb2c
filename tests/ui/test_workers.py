"""Background tasks report results, errors and progress on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QThread

from app.errors import AppError
from app.ui.workers import run_task


def _add(a: int, b: int) -> tuple[int, bool]:
    return a + b, threading.current_thread() is threading.main_thread()


def _fail(message: str) -> None:
    raise AppError(message)


def _count(steps: int, *, progress: Callable[[int], None]) -> str:
    for step in range(1, steps + 1):
        progress(step * 100 // steps)
    return "done"


def test_result_arrives_on_the_gui_thread_after_work_off_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    received: list[tuple[tuple[int, bool], bool]] = []

    def on_done(result: tuple[int, bool]) -> None:
        received.append((result, QThread.currentThread().isMainThread()))

    run_task(_add, 2, 3, on_done=on_done)
    # Generous: the shared thread pool may still be busy with an earlier test's work.
    qtbot.waitUntil(lambda: bool(received), timeout=30_000)
    (value, ran_on_main), delivered_on_main = received[0]
    assert value == 5
    assert not ran_on_main  # the work ran on a pool thread
    assert delivered_on_main  # the answer came back to the GUI thread


def test_errors_are_delivered_to_on_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    run_task(
        _fail,
        "the disk is full",
        on_done=lambda _r: pytest.fail("no result"),
        on_error=errors.append,
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], AppError)
    assert errors[0].user_message == "the disk is full"


def test_progress_is_reported_before_the_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[object] = []
    run_task(_count, 4, on_done=seen.append, on_progress=seen.append)
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    assert seen == [25, 50, 75, 100, "done"]
