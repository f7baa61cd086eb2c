"""The last line of defence: log any unexpected error and tell the user plainly.

``install_excepthook`` replaces ``sys.excepthook``. An ``AppError`` is an expected problem
and gets its own message; anything else is logged with its traceback and shown in a
dialog whose "Copy details" button puts the report on the clipboard for a support mail.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

from app import __version__
from app.errors import AppError
from app.logsetup import log_file
from app.ui.widgets import plain_label
from app.ui.window_fit import fit_to_screen

log = logging.getLogger(__name__)

_showing = False


def crash_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The text a user can paste into a support request."""
    import platform

    lines = [
        f"ClusterBench {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def _log_folder() -> str:
    current = log_file()
    return str(current.parent) if current is not None else "-"


class CrashDialog(QDialog):
    """Says something went wrong, that the answers are safe, and offers the details."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        # Imported here: the excepthook is installed at every start, the dialog rarely shown.
        from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QPushButton

        super().__init__(parent)
        fit_to_screen(self)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details = details
        summary = plain_label(
            self.tr(
                "ClusterBench ran into an unexpected error. Every answer saved so far is "
                "safe in the store. The details were written to the log in {folder}; "
                "please send them to your support contact."
            ).format(folder=_log_folder())
        )
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(self.tr("Error details"))
        self.details_view.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def show_app_error(error: AppError, parent: QWidget | None = None) -> None:
    """Show an expected problem's own message (modal)."""
    from PySide6.QtCore import Qt  # not before the first paint (app.ui.qt_values)
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "ClusterBench"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(error.user_message)
    box.exec()


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The excepthook: log, then show an ``AppError`` message or the crash dialog."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, AppError):
        log.warning("unhandled application error: %s", exc.user_message)
    else:
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
    app = QApplication.instance()
    if app is None or _showing or QGuiApplication.platformName() == "offscreen":
        # Nobody could answer a dialog (no GUI, or a test run): the log has it all.
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True
    try:
        parent = QApplication.activeWindow()
        if isinstance(exc, AppError):
            show_app_error(exc, parent)
        else:
            CrashDialog(crash_details(exc_type, exc, tb), parent).exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to ``handle_exception``."""
    sys.excepthook = handle_exception
