"""Peer reference data in the windows: import a set (the same as ``clusterbench reference
import``) and choose the set in use (``reference use``), from a menu listing every set."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.errors import AppError
from app.paths import default_reference_path
from app.ui.widgets import show_message

if TYPE_CHECKING:
    from app.scoring.reference import ReferenceSet

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferenceMenu", text)


def active_reference_or_none() -> ReferenceSet | None:
    """The reference set in use, or None when it cannot be loaded (peers are then hidden)."""
    from app.services.references import active_reference

    try:
        return active_reference()
    except AppError:
        log.exception("the reference data in use cannot be loaded")
        return None


def choose_and_import_reference(parent: QWidget) -> Path | None:
    """Ask for a reference file, import it and use it; say what happened."""
    from PySide6.QtWidgets import QFileDialog

    path, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Import a peer reference set"),
        str(Path.home()),
        _tr("Reference data (*.json);;All files (*)"),
    )
    return import_reference_file(parent, Path(path)) if path else None


def import_reference_file(parent: QWidget, path: Path) -> Path | None:
    """Import the reference file at ``path`` and use it from now on; None when refused."""
    from app.services.references import import_reference_set

    try:
        result = import_reference_set(path)
    except AppError as error:
        show_message(parent, _tr("Reference data not imported"), error.user_message, error=True)
        return None
    reference = result.reference
    show_message(
        parent,
        _tr("Peer reference data"),
        _tr(
            "{title} ({id} {version}, {size} clusters) is in use from now on.\nSHA-256 {sha256}"
        ).format(
            title=reference.title,
            id=reference.id,
            version=reference.version,
            size=reference.size,
            sha256=reference.sha256,
        ),
    )
    return result.path


class ReferenceMenu(QMenu):
    """The sets to compare with (the one in use ticked), and importing another."""

    #: The set in use changed (imported, or another one chosen).
    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(_tr("&Peer reference data"), parent)
        # Listed when opened, not at start: the home window paints before the reference
        # data's modules are loaded.
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        """List the shipped set and every imported one, ticking the one in use."""
        from app.services.references import SHIPPED, active_reference_path, installed_references

        self.clear()
        group = QActionGroup(self)
        active = active_reference_path()
        entries = [(SHIPPED, default_reference_path(), _tr("Synthetic set shipped with the app"))]
        entries += [(path.name, path, path.stem) for path in installed_references()]
        for name, path, title in entries:
            action = QAction(title, self)
            action.setCheckable(True)
            action.setChecked(path == active)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, chosen=name: self.choose(chosen))
            self.addAction(action)
        self.addSeparator()
        self.import_action = QAction(_tr("&Import reference set\u2026"), self)
        self.import_action.triggered.connect(self.choose_and_import)
        self.addAction(self.import_action)

    def choose(self, name: str) -> None:
        """Use the set stored as ``name`` from now on."""
        from app.services.references import choose_reference_set

        try:
            choose_reference_set(name)
        except AppError as error:
            show_message(self.parentWidget() or self, _tr("Peer reference data"),
                         error.user_message, error=True)  # fmt: skip
            return
        self.changed.emit()

    def choose_and_import(self) -> Path | None:
        """Ask for a file, import it and use it."""
        path = choose_and_import_reference(self.parentWidget() or self)
        if path is not None:
            self.changed.emit()
        return path
