"""The home screen's label actions: record the label a cluster received from a benchmarking,
and merge two records of one cluster organisation. The same service functions as
``clusterbench interviews label``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models import Store
from app.models import repository as repo
from app.scoring.labels import LABEL_LEVELS, parse_date
from app.services import labels
from app.services.labels import LabelRecord
from app.settings import settings
from app.ui.home_model import fictional_name
from app.ui.vocabulary import country_name, technology_area_name
from app.ui.widgets import bold_font, error_line, plain_label, show_error_line

LEVEL_NAMES = {"bronze": "Bronze", "silver": "Silver", "gold": "Gold"}
VERDICT_WORDS = {"passed": "passed", "not_passed": "not passed", "incomplete": "incomplete"}


def label_line(label: LabelRecord) -> str:
    """``Bronze, awarded 2024-05-14, valid until 2026-05-31; re-benchmarking from ...``."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "RecordLabelDialog",
        "{level}{renewal}, awarded {awarded}, valid until {until}; re-benchmarking due from {due}",
    ).format(
        level=QCoreApplication.translate("RecordLabelDialog", LEVEL_NAMES[label.level]),
        renewal=QCoreApplication.translate("RecordLabelDialog", " (renewal)")
        if label.renewal
        else "",
        awarded=label.awarded_on.isoformat(),
        until=label.valid_until.isoformat(),
        due=label.rebenchmark_due.isoformat(),
    )


class RecordLabelDialog(QDialog):
    """Which label the organisation received from this benchmarking, and when."""

    def __init__(self, store: Store, interview_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.interview_id = interview_id
        self.recorded: LabelRecord | None = None
        self.setWindowTitle(self.tr("Record a label"))
        self.setMinimumWidth(560)
        detail = repo.get_interview(store, interview_id)
        result = labels.verdicts(store, interview_id, settings().language)
        verdicts = result["verdicts"]
        title = plain_label(
            f"{fictional_name(detail.cluster_name, detail.fictional)} \u00b7 "
            f"{country_name(detail.country)}",
            selectable=True,
        )
        title.setFont(bold_font(title, 1.1))
        self.level_choice = QComboBox()
        self.level_choice.setAccessibleName(self.tr("Label level"))
        model = self.level_choice.model()
        assert isinstance(model, QStandardItemModel)
        first_passed = -1
        for level in LABEL_LEVELS:
            verdict = verdicts.get(level) or {}
            status = str(verdict.get("status", ""))
            self.level_choice.addItem(
                self.tr("{level} \u2014 verdict {status}").format(
                    level=self.tr(LEVEL_NAMES[level]),
                    status=self.tr(VERDICT_WORDS.get(status, status)),
                ),
                level,
            )
            item = model.item(self.level_choice.count() - 1)
            item.setToolTip(str(verdict.get("explanation", "")))
            if verdict.get("passed") is True:
                first_passed = first_passed if first_passed >= 0 else self.level_choice.count() - 1
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.level_choice.setCurrentIndex(max(first_passed, 0))
        assessed = parse_date(result.get("assessed_on")) or date.today()
        self.date_edit = QDateEdit(QDate(assessed.year, assessed.month, assessed.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Date of the award"))
        recorded = labels.labels_of_interview(store, interview_id)
        history = plain_label(
            "\n".join(label_line(label) for label in recorded)
            if recorded
            else self.tr("No label is recorded for this cluster yet."),
            selectable=True,
        )
        history.setAccessibleName(self.tr("Labels recorded"))
        note = plain_label(
            self.tr(
                "Record a label once ESCA has awarded it. Only a level whose verdict passed "
                "can be chosen; the term and the next benchmarking follow from the date."
            )
        )
        self.error_label = error_line()
        form = QFormLayout()
        form.addRow(self.tr("Label:"), self.level_choice)
        form.addRow(self.tr("Awarded on:"), self.date_edit)
        form.addRow(self.tr("Recorded so far:"), history)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(first_passed >= 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        """Record the label (the verdict must support it); say why not otherwise."""
        value = self.date_edit.date()
        try:
            self.recorded = labels.record_label(
                self.store,
                self.interview_id,
                str(self.level_choice.currentData()),
                awarded_on=date(value.year(), value.month(), value.day()),
            )
        except AppError as error:
            show_error_line(self.error_label, error.user_message)
            return
        super().accept()


class MergeClustersDialog(QDialog):
    """Two records that are one organisation: the second's interviews and labels move to the
    first, and the second record goes."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Merge cluster records"))
        self.setMinimumWidth(560)
        note = plain_label(
            self.tr(
                "Use this when one cluster organisation was recorded twice (a typo, a new "
                "name): its benchmarkings then form one label path. The interviews and labels "
                "of the second record move to the first; the second record is removed. Each "
                "moved interview notes the merge in its history."
            )
        )
        self.keep_choice = QComboBox()
        self.keep_choice.setAccessibleName(self.tr("The record to keep"))
        self.merge_choice = QComboBox()
        self.merge_choice.setAccessibleName(self.tr("The record to merge into it"))
        for cluster in repo.list_clusters(store):
            text = (
                f"{fictional_name(cluster.name, cluster.fictional)} \u2014 "
                f"{country_name(cluster.country)} \u2014 "
                f"{technology_area_name(cluster.technology_area)}"
            )
            self.keep_choice.addItem(text, cluster.id)
            self.merge_choice.addItem(text, cluster.id)
        self.merge_choice.setCurrentIndex(min(1, self.merge_choice.count() - 1))
        self.error_label = error_line()
        form = QFormLayout()
        form.addRow(self.tr("&Keep:"), self.keep_choice)
        form.addRow(self.tr("&Merge into it:"), self.merge_choice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mer&ge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Merge the two records; say why not (the same record, fictional with real)."""
        try:
            labels.merge_clusters(
                self.store,
                int(self.keep_choice.currentData()),
                int(self.merge_choice.currentData()),
            )
        except AppError as error:
            show_error_line(self.error_label, error.user_message)
            return
        super().accept()
