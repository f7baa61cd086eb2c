"""The improvement areas of a second benchmarking: what improved, the evidence, and the
indicators it concerns. Silver needs at least three, each validated against the Gold
thresholds of its indicators. A view over the ``InterviewSession``'s areas; the same
service functions as ``clusterbench interviews improve``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models.label_paths import ImprovementAreaRecord
from app.services.labels import area_indicators
from app.services.session import InterviewSession
from app.ui.widgets import (
    ERROR_COLOUR,
    OK_COLOUR,
    Column,
    RecordTableModel,
    bold_font,
    plain_label,
    read_only_table,
    set_colour,
    wrap_entries,
)
from app.ui.window_fit import fit_to_screen

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AREA_STATUS = {
    "passed": "\u2713 validated",
    "not_passed": "\u2717 not validated",
    "incomplete": "? open",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImprovementAreasDialog", text)


class ImprovementAreasDialog(QDialog):
    """List, add, change and remove the interview's improvement areas."""

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._editing: int | None = None
        self.setWindowTitle(self.tr("Improvement areas"))
        self.setAccessibleName(self.tr("Improvement areas"))
        intro = plain_label(
            self.tr(
                "Silver needs a second benchmarking 18 to 24 months after the first and at least "
                "3 improvement areas, each with its evidence and the indicators it concerns. An "
                "area is validated when every indicator it names meets its Gold threshold now."
            )
        )
        self.summary = plain_label(selectable=True)
        self.summary.setFont(bold_font(self.summary))
        self.summary.setAccessibleName(self.tr("Improvement areas validated"))
        self.model: RecordTableModel[ImprovementAreaRecord] = RecordTableModel(
            [
                Column(self.tr("Area"), lambda a: a.title),
                Column(self.tr("Against Gold"), self._status_text, tooltip=self._reason),
            ],
            self,
        )
        self.table = read_only_table(self.model, self.tr("Recorded improvement areas"), 0)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.new_button = QPushButton(self.tr("&New area"))
        self.new_button.clicked.connect(self.start_new)
        self.remove_button = QPushButton(self.tr("&Remove area"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected improvement area"))
        self.remove_button.clicked.connect(self.remove_selected)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.remove_button)
        left.addLayout(left_buttons)

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title of the improvement area"))
        self.evidence_edit = QPlainTextEdit()
        self.evidence_edit.setAccessibleName(self.tr("Evidence of the improvement"))
        self.evidence_edit.setPlaceholderText(self.tr("What documents it, e.g. a project list"))
        self.evidence_edit.setTabChangesFocus(True)
        self.indicator_model = QStandardItemModel(self)
        for item in area_indicators(session.pack):
            row = QStandardItem(item.label.get(session.language))
            row.setData(item.id, ITEM_ID_ROLE)
            row.setCheckable(True)
            row.setEditable(False)
            row.setToolTip(item.id)
            self.indicator_model.appendRow(row)
        self.indicator_filter = QSortFilterProxyModel(self)
        self.indicator_filter.setSourceModel(self.indicator_model)
        self.indicator_filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter the indicators"))
        self.filter_edit.setAccessibleName(self.tr("Filter the indicators"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.indicator_filter.setFilterFixedString)
        self.indicator_view = QListView()
        self.indicator_view.setModel(self.indicator_filter)
        self.indicator_view.setAccessibleName(self.tr("Indicators the area concerns"))
        wrap_entries(self.indicator_view)
        self.indicator_view.setMinimumHeight(self.indicator_view.fontMetrics().height() * 8)
        self.chosen_label = plain_label(selectable=True)
        self.chosen_label.setAccessibleName(self.tr("Indicators chosen"))
        self.indicator_model.itemChanged.connect(lambda _item: self._show_chosen())
        self.save_button = QPushButton(self.tr("&Save area"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = plain_label(selectable=True)
        self.message.setAccessibleName(self.tr("Improvement area message"))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Evidence:"), self.evidence_edit)
        form.addRow(self.tr("&Indicators:"), self.filter_edit)
        form.addRow("", self.indicator_view)
        form.addRow("", self.chosen_label)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.message, 1)
        save_row.addWidget(self.save_button)
        right.addLayout(save_row)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(960, 600), state="improvement_areas/geometry")
        session.improvements_changed.connect(self.refresh)
        self.finished.connect(lambda _code: session.improvements_changed.disconnect(self.refresh))
        self.refresh()
        self.start_new()

    # --- state ---------------------------------------------------------------------------

    def _silver(self) -> Mapping[str, Any]:
        silver = self.session.scores.verdicts.get("silver")
        return silver.details if silver is not None else {}

    def _check(self, area: ImprovementAreaRecord) -> Mapping[str, Any]:
        checks = list(self._silver().get("improvements") or [])
        index = area.position - 1
        return checks[index] if 0 <= index < len(checks) else {}

    def _status_text(self, area: ImprovementAreaRecord) -> str:
        status = str(self._check(area).get("status", ""))
        return _tr(AREA_STATUS.get(status, status))

    def _reason(self, area: ImprovementAreaRecord) -> str | None:
        return str(self._check(area).get("reason", "")) or None

    def checked_indicators(self) -> list[str]:
        """The indicators ticked for the area being edited, in questionnaire order."""
        model = self.indicator_model
        return [
            str(model.item(row).data(ITEM_ID_ROLE))
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked_indicators(self, item_ids: tuple[str, ...] | list[str]) -> None:
        """Tick exactly ``item_ids``."""
        wanted = set(item_ids)
        model = self.indicator_model
        for row in range(model.rowCount()):
            item = model.item(row)
            checked = str(item.data(ITEM_ID_ROLE)) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._show_chosen()

    def _show_chosen(self) -> None:
        """The ticked indicators by name, one per line (they may be far down the list)."""
        model = self.indicator_model
        names = [
            model.item(row).text()
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        ]
        self.chosen_label.setText(
            self.tr("Chosen:") + "\n" + "\n".join(f"\u2022 {n}" for n in names)
            if names
            else self.tr("No indicator chosen yet.")
        )

    # --- actions -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the areas as recorded, with how each stands against Gold."""
        areas = self.session.improvement_areas()
        self.model.set_rows(areas)
        details = self._silver()
        self.summary.setText(
            self.tr("{validated} of at least {needed} improvement areas validated").format(
                validated=details.get("validated_improvements", 0),
                needed=details.get("required_improvements", 3),
            )
        )
        locked = self.session.locked
        for widget in (
            self.new_button,
            self.remove_button,
            self.title_edit,
            self.evidence_edit,
            self.indicator_view,
            self.save_button,
        ):
            widget.setEnabled(not locked)
        if locked:
            self._say(self.tr("The interview is finalised: reopen it to change its areas."), None)

    def start_new(self) -> None:
        """Clear the form for a new area."""
        self._editing = None
        self.table.clearSelection()
        self.title_edit.clear()
        self.evidence_edit.clear()
        self.set_checked_indicators([])
        self.title_edit.setFocus()

    def edit(self, area: ImprovementAreaRecord) -> None:
        """Load ``area`` into the form."""
        self._editing = area.id
        self.title_edit.setText(area.title)
        self.evidence_edit.setPlainText(area.evidence)
        self.set_checked_indicators(list(area.indicators))

    def save(self) -> bool:
        """Record the area in the form (new or changed); say what is wrong when refused."""
        title, evidence = self.title_edit.text(), self.evidence_edit.toPlainText()
        indicators = self.checked_indicators()
        try:
            if self._editing is None:
                self._editing = self.session.add_improvement_area(title, evidence, indicators)
            else:
                self.session.update_improvement_area(self._editing, title, evidence, indicators)
        except AppError as error:
            self._say(error.user_message, ERROR_COLOUR)
            return False
        self._say(self.tr("Saved."), OK_COLOUR)
        self._select(self._editing)
        return True

    def remove_selected(self) -> bool:
        """Remove the selected area."""
        area = self._selected()
        if area is None:
            return False
        try:
            self.session.remove_improvement_area(area.id)
        except AppError as error:
            self._say(error.user_message, ERROR_COLOUR)
            return False
        self._say(self.tr("Removed \u201c{title}\u201d.").format(title=area.title), None)
        self.start_new()
        return True

    # --- helpers -------------------------------------------------------------------------

    def _selected(self) -> ImprovementAreaRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _select(self, area_id: int | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == area_id:
                self.table.selectRow(row)

    def _on_table_selection_changed(self) -> None:
        area = self._selected()
        if area is not None and area.id != self._editing:
            self.edit(area)

    def _say(self, text: str, colour: str | None) -> None:
        self.message.setText(text)
        set_colour(self.message, colour)
