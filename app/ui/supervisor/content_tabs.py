"""The supervisor's read-only tabs over a verified bundle: scores, evidence, report, history.

Evidence files and the report PDF come from outside: they are never opened here, only
saved (each evidence file's hash is checked again on the way out).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.export.verify import EvidenceEntry
from app.services.review_session import ReviewSession
from app.ui.radar import RadarChart
from app.ui.score_panel import ScorePanel
from app.ui.supervisor.models import MUTED_COLOUR, one_line
from app.ui.widgets import (
    ERROR_COLOUR,
    OK_COLOUR,
    Column,
    RecordTableModel,
    plain_label,
    read_only_table,
    safe_file_stem,
    set_colour,
    size_text,
)

Event = Mapping[str, Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorWindow", text)


def _save_folder(review: ReviewSession) -> Path:
    return review.bundle_path.parent if review.bundle_path else Path.home()


def _saved(label: QLabel, target: Path | str) -> None:
    label.setText(_tr("Saved to {path}").format(path=target))
    set_colour(label, OK_COLOUR)


def _failed(label: QLabel, error: AppError | OSError) -> None:
    label.setText(error.user_message if isinstance(error, AppError) else str(error))
    set_colour(label, ERROR_COLOUR)


class ScoresTab(QWidget):
    """The verified scores: radar chart and score panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.radar = RadarChart()
        self.score_panel = ScorePanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.radar)
        splitter.addWidget(self.score_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        note = plain_label(
            _tr(
                "These scores were recomputed from the bundled answers, pack and reference "
                "data during verification and match the bundle's own."
            )
        )
        set_colour(note, MUTED_COLOUR)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)


class EvidenceTab(QWidget):
    """The bundle's evidence files; a copy of one can be saved."""

    def __init__(self, review: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.model: RecordTableModel[EvidenceEntry] = RecordTableModel(
            [
                Column(_tr("File name given by the expert"), lambda e: e.original_name),
                Column(_tr("Question"), lambda e: review.item_label(e.item_id)),
                Column(_tr("Size"), lambda e: size_text(e.size)),
                Column(_tr("SHA-256"), lambda e: e.sha256, monospace=True),
            ],
            self,
        )
        self.view = read_only_table(self.model, _tr("Evidence files"), 1)
        self.view.activated.connect(self._on_view_activated)
        self.save_button = QPushButton(_tr("Save &copy\u2026"))
        self.save_button.setAccessibleName(_tr("Save a copy of the evidence file"))
        self.save_button.clicked.connect(self.choose_target)
        self.message = plain_label(selectable=True)
        self.message.setAccessibleName(_tr("Evidence message"))
        note = plain_label(
            _tr(
                "Evidence files come from outside and are never opened inside ClusterBench. "
                "Save a copy and check it with your usual tools before opening it."
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        """Show the evidence of the bundle under review."""
        contents = self.review.contents
        evidence = list(contents.evidence) if contents is not None else []
        self.model.set_rows(evidence)
        self.save_button.setEnabled(bool(evidence))
        self.message.setText(
            "" if evidence or contents is None else _tr("The bundle carries no evidence files.")
        )
        set_colour(self.message, None)

    def save_copy(self, entry: EvidenceEntry, target: Path | str) -> Path | None:
        """Write one evidence file to ``target``, after checking its hash again."""
        try:
            path = self.review.save_evidence_copy(entry, Path(target))
        except (AppError, OSError) as error:
            _failed(self.message, error)
            return None
        _saved(self.message, target)
        return path

    def choose_target(self) -> None:
        """Ask where to save the selected evidence file."""
        index = self.view.currentIndex()
        if not index.isValid() or self.review.contents is None:
            self.message.setText(_tr("Select an evidence file first."))
            return
        entry = self.model.record(index.row())
        suffix = entry.file.rsplit(".", 1)[-1]
        stem = safe_file_stem(Path(entry.original_name.replace("\\", "/")).stem or entry.sha256)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            _tr("Save a copy of the evidence file"),
            str(_save_folder(self.review) / f"{stem}.{suffix}"),
        )
        if path:
            self.save_copy(entry, path)

    def _on_view_activated(self, _index: QModelIndex) -> None:
        self.choose_target()


class ReportTab(QWidget):
    """What the bundle's report PDF is (size, hash); it can only be saved."""

    def __init__(self, review: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        note = plain_label(
            _tr(
                "The bundle carries the expert's report PDF. It is not shown inside "
                "ClusterBench: a PDF from outside could show other numbers than the verified "
                "answers and scores in this window, or attack the viewer that opens it. The "
                "review here is rebuilt from the verified data. Save the PDF to read it with "
                "your usual viewer."
            )
        )
        self.info_label = plain_label(selectable=True)
        self.info_label.setAccessibleName(_tr("Report file"))
        self.save_button = QPushButton(_tr("Save &PDF\u2026"))
        self.save_button.setAccessibleName(_tr("Save the report PDF"))
        self.save_button.clicked.connect(self.choose_target)
        self.message = plain_label(selectable=True)
        self.message.setAccessibleName(_tr("Report message"))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.info_label)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Describe the report PDF of the bundle under review."""
        contents = self.review.contents
        pdf = contents.report_pdf if contents is not None else None
        if pdf is not None:
            self.info_label.setText(
                _tr("report.pdf \u00b7 {size} \u00b7 SHA-256 {digest}").format(
                    size=size_text(len(pdf)), digest=hashlib.sha256(pdf).hexdigest()
                )
            )
        elif contents is not None:
            self.info_label.setText(_tr("The bundle carries no report PDF."))
        else:
            self.info_label.clear()
        self.save_button.setEnabled(pdf is not None)
        self.message.clear()

    def save(self, target: Path | str) -> Path | None:
        """Write the bundle's report PDF to ``target``."""
        try:
            path = self.review.save_report_pdf(Path(target))
        except (AppError, OSError) as error:
            _failed(self.message, error)
            return None
        _saved(self.message, target)
        return path

    def choose_target(self) -> None:
        """Ask where to save the report PDF."""
        contents = self.review.contents
        if contents is None or contents.report_pdf is None:
            return
        name = safe_file_stem(
            _tr("Benchmarking report - {cluster}").format(
                cluster=str(contents.interview.get("cluster_name", ""))
            )
        )
        path, _filter = QFileDialog.getSaveFileName(
            self,
            _tr("Save the report PDF"),
            str(_save_folder(self.review) / f"{name}.pdf"),
            _tr("PDF documents (*.pdf)"),
        )
        if path:
            self.save(path)


def _event_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class HistoryTab(QWidget):
    """The interview's event log as the bundle carries it."""

    def __init__(self, review: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.model: RecordTableModel[Event] = RecordTableModel(
            [
                Column(_tr("When (UTC)"), lambda e: str(e.get("at", ""))[:19].replace("T", " ")),
                Column(_tr("Who"), lambda e: str(e.get("actor", ""))),
                Column(_tr("What"), lambda e: str(e.get("kind", ""))),
                Column(_tr("Question"), lambda e: str(e.get("item_id") or "")),
                Column(_tr("New value"), lambda e: one_line(_event_value(e.get("new_value")))),
                Column(_tr("Detail"), lambda e: one_line(str(e.get("detail") or ""))),
            ],
            self,
        )
        self.view = read_only_table(self.model, _tr("Event log"), 4)
        QVBoxLayout(self).addWidget(self.view)

    def refresh(self) -> None:
        """Show the events of the bundle under review."""
        contents = self.review.contents
        self.model.set_rows(list(contents.events) if contents is not None else [])
