"""The crash dialog: details a user can copy, and an excepthook that logs."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from app.ui.crash_dialog import CrashDialog, crash_details, handle_exception, install_excepthook


def _raise_and_capture() -> tuple[type[BaseException], BaseException, object]:
    try:
        empty: dict[str, int] = {}
        empty["missing item"]  # noqa: B018 - raise a real KeyError with a traceback
    except KeyError:
        info = sys.exc_info()
        assert info[0] is not None
        assert info[1] is not None
        return info[0], info[1], info[2]
    raise AssertionError("unreachable")


def test_details_name_the_version_and_the_error() -> None:
    exc_type, exc, tb = _raise_and_capture()
    details = crash_details(exc_type, exc, tb)  # type: ignore[arg-type]
    assert details.startswith("ClusterBench ")
    assert "KeyError: 'missing item'" in details
    assert "_raise_and_capture" in details  # the traceback is there


def test_copy_details_puts_them_on_the_clipboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CrashDialog("ClusterBench 0.0\nKeyError: 'x'")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Every answer saved so far is safe" in texts
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ClusterBench 0.0\nKeyError: 'x'"
    assert dialog.copy_button.text() == "Copied"


def test_excepthook_logs_the_traceback(caplog: pytest.LogCaptureFixture, capsys) -> None:  # type: ignore[no-untyped-def]
    previous = sys.excepthook
    install_excepthook()
    try:
        assert sys.excepthook is handle_exception
        exc_type, exc, tb = _raise_and_capture()
        with caplog.at_level(logging.CRITICAL, logger="app.ui.crash_dialog"):
            sys.excepthook(exc_type, exc, tb)  # type: ignore[arg-type]
    finally:
        sys.excepthook = previous
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)
    # offscreen: nobody could answer a dialog, so the traceback also goes to stderr
    assert "KeyError" in capsys.readouterr().err
