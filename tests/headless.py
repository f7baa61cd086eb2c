"""A pytest plugin for the headless run: Qt and pyqtgraph cannot be imported at all.

``./test.sh`` runs the scoring, models, export and services tests with
``-p no:pytest-qt -p tests.headless``, which proves that nothing below the windows needs
Qt (napari's headless check). Loaded with ``-p``, it is in place before any test module or
conftest is imported.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType

import pytest

BLOCKED = ("PySide6", "shiboken6", "pyqtgraph", "pytestqt")


class _Blocker(importlib.abc.MetaPathFinder):
    """Refuses to find the blocked packages, as if they were not installed."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {fullname!r} (headless test run)")
        return None


def _install() -> None:
    loaded = [name for name in sys.modules if name.split(".")[0] in BLOCKED]
    if loaded:
        raise RuntimeError(f"already imported before the headless run began: {loaded}")
    sys.meta_path.insert(0, _Blocker())


_install()


def pytest_addoption(parser: pytest.Parser) -> None:
    """pytest-qt's settings stay in pyproject.toml for the full run; here they mean nothing."""
    for name in ("qt_api", "qt_log_level_fail", "qt_log_ignore"):
        parser.addini(name, "pytest-qt setting (unused in the headless run)", type="linelist")
