"""What to do when the store cannot be opened: damaged, in use, from a newer version, or
somewhere it cannot be used (a folder in the way, no permission, read-only, disk full).

Each case gets its own explanation. A damaged file is set aside at once (renamed, never
overwritten, so nothing is lost); the user may then open a backup copy, start with an
empty store, try again, or quit. A store in the wrong place is left exactly as it is.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.store_problems import (
    Choice,
    ProblemKind,
    StoreProblem,
)
from app.ui.i18n import translated
from app.ui.widgets import bold_font, plain_label
from app.ui.window_fit import fit_to_screen

log = logging.getLogger(__name__)


def _describe_backup(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return path.name
    when = datetime.fromtimestamp(stat.st_mtime, tz=UTC).astimezone()
    return f"{when:%Y-%m-%d %H:%M} \u2014 {path.name} ({stat.st_size / 1024:,.0f} KiB)"


class StoreProblemDialog(QDialog):
    """Explains one store problem and asks what to do; see ``choice``."""

    def __init__(self, problem: StoreProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_to_screen(self)
        self.problem = problem
        self.choice = Choice.QUIT
        title, explanation = self._texts(problem)
        self.setWindowTitle(title)
        self.heading = plain_label(title, wrap=False)
        self.heading.setFont(bold_font(self.heading, 1.2))
        self.explanation = plain_label(explanation, selectable=True)
        self.explanation.setMinimumWidth(480)
        self.details = plain_label(
            self.tr("Details: {message}").format(message=translated(problem.message))
        )

        self.backup_choice = QComboBox()
        self.backup_choice.setAccessibleName(self.tr("Backup copy to open"))
        for backup in problem.backups:
            self.backup_choice.addItem(_describe_backup(backup), str(backup))
        self.open_backup_button = QPushButton(self.tr("Open this backup"))
        self.start_empty_button = QPushButton(self.tr("Start with an empty store"))
        self.retry_button = QPushButton(self.tr("Try again"))
        self.quit_button = QPushButton(self.tr("Quit"))
        for button in (
            self.open_backup_button,
            self.start_empty_button,
            self.retry_button,
            self.quit_button,
        ):
            button.setAccessibleName(button.text())
            button.setAutoDefault(False)

        offers_backup = problem.kind not in (ProblemKind.LOCKED, ProblemKind.PATH)
        self.backup_choice.setVisible(offers_backup and bool(problem.backups))
        self.open_backup_button.setVisible(offers_backup and bool(problem.backups))
        self.start_empty_button.setVisible(problem.kind in (ProblemKind.CORRUPT, ProblemKind.OTHER))
        self.retry_button.setVisible(problem.kind in (ProblemKind.LOCKED, ProblemKind.PATH))
        self.no_backup_note = QLabel(self.tr("No backup copies were found."))
        self.no_backup_note.setVisible(offers_backup and not problem.backups)

        self.open_backup_button.clicked.connect(self._on_open_backup_button_clicked)
        self.start_empty_button.clicked.connect(self._on_start_empty_button_clicked)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.details)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_choice, 1)
        backup_row.addWidget(self.open_backup_button)
        layout.addLayout(backup_row)
        layout.addWidget(self.no_backup_note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_empty_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.quit_button)
        layout.addLayout(buttons)
        retry_first = problem.kind in (ProblemKind.LOCKED, ProblemKind.PATH)
        (self.retry_button if retry_first else self.quit_button).setDefault(True)

    def selected_backup(self) -> Path | None:
        """The backup chosen in the list, if any."""
        data = self.backup_choice.currentData()
        return Path(data) if data else None

    def _texts(self, problem: StoreProblem) -> tuple[str, str]:
        path = str(problem.store_path)
        aside = str(problem.set_aside_path) if problem.set_aside_path else ""
        if problem.kind is ProblemKind.LOCKED:
            return self.tr("The store is in use"), self.tr(
                "Another ClusterBench window is already using the store\n{path}\n\nOnly one "
                "window may write to it at a time, so that no answer is lost. Close the other "
                "window and choose Try again, or quit."
            ).format(path=path)
        if problem.kind is ProblemKind.PATH:
            return self.tr("The store cannot be used where it is"), self.tr(
                "ClusterBench cannot work with its store\n{path}\n\nThe reason is given below. "
                "Nothing has been changed or moved. Put it right and choose Try again, or "
                "quit and start ClusterBench with another data folder "
                "(CLUSTERBENCH_DATA_DIR, or the settings once it runs)."
            ).format(path=path)
        if problem.kind is ProblemKind.TOO_NEW:
            return self.tr("The store is from a newer ClusterBench"), self.tr(
                "The store\n{path}\nwas written by a newer version of ClusterBench than this one. "
                "Install the newer version to go on working with it; this version leaves the "
                "file untouched. You can also open a backup copy instead: the newer file is "
                "then set aside (renamed, not deleted)."
            ).format(path=path)
        kept = (
            self.tr(
                "The damaged file has been set aside as\n{aside}\nand will never be "
                "overwritten, so answers may still be recovered from it."
            ).format(aside=aside)
            if aside
            else ""
        )
        return self.tr("The store is damaged"), self.tr(
            "ClusterBench could not read its store\n{path}\n\n{kept}\n\nYou can open a "
            "backup copy, start with an empty store, or quit."
        ).format(path=path, kept=kept)

    def _on_open_backup_button_clicked(self) -> None:
        self.choice = Choice.OPEN_BACKUP
        self.accept()

    def _on_start_empty_button_clicked(self) -> None:
        self.choice = Choice.START_EMPTY
        self.accept()

    def _on_retry_button_clicked(self) -> None:
        self.choice = Choice.RETRY
        self.accept()
