"""Pausing the garbage collector for the start (``app.ui.launch``) in this process."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from app.ui.launch import pause_collection, resume_collection


@pytest.fixture
def collecting() -> Iterator[None]:
    """The collector on and nothing frozen before; the same after, whatever happened."""
    gc.enable()
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.enable()


def test_resuming_without_a_pause_freezes_nothing(collecting: None) -> None:
    resume_collection()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_paused_start_freezes_what_it_made_when_it_resumes(collecting: None) -> None:
    pause_collection()
    assert not gc.isenabled()
    made = [[index] for index in range(1000)]  # tracked objects the start would keep
    resume_collection()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made)
    resume_collection()  # a second call (loading failed, then the window closed) is harmless
    assert gc.isenabled()


def test_a_collector_already_off_is_left_off(collecting: None) -> None:
    """Whoever turned it off (a profiler, a test) turns it on again, not the start."""
    gc.disable()
    pause_collection()
    resume_collection()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0
