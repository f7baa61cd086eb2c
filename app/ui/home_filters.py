"""The home screen's search and filters (status, mode, date, label due) and its empty
states."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.scoring.taxonomy import INTERVIEW_MODES, INTERVIEW_STATUSES
from app.ui.home_model import InterviewFilterModel
from app.ui.qt_values import ALIGN_CENTER, set_property
from app.ui.widgets import bold_font, plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class HomeFilters(QWidget):
    """Search, status, mode and date filters over the interview list, and "New interview"."""

    #: The search or a filter changed (the list shows fewer or more rows).
    changed = Signal()
    #: The label-due filter changed: its months, or None when it is off.
    due_changed = Signal(object)

    def __init__(self, proxy: InterviewFilterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self._build_filters()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filter_row)
        layout.addLayout(self._date_row)

    def _build_filters(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(_tr("Search cluster, expert or country"))
        self.search_edit.setAccessibleName(_tr("Search interviews"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(_tr("Filter by status"))
        self.status_filter.addItem(_tr("All statuses"), "")
        for code, label in INTERVIEW_STATUSES.items():
            self.status_filter.addItem(_tr(label), code)
        self.status_filter.currentIndexChanged.connect(self._on_filters_changed)

        self.mode_filter = QComboBox()
        self.mode_filter.setAccessibleName(_tr("Filter by mode"))
        self.mode_filter.addItem(_tr("All modes"), "")
        for code, label in INTERVIEW_MODES.items():
            self.mode_filter.addItem(_tr(label), code)
        self.mode_filter.currentIndexChanged.connect(self._on_filters_changed)

        self.new_button = QPushButton(_tr("New interview"))
        self.new_button.setAccessibleName(_tr("New interview"))
        self.new_button.setDefault(True)

        row = QHBoxLayout()
        row.addWidget(self.search_edit, 3)
        row.addWidget(self.status_filter, 1)
        row.addWidget(self.mode_filter, 1)
        row.addWidget(self.new_button)
        self._filter_row = row

        self.date_filter = QCheckBox(_tr("Changed between"))
        self.date_filter.setAccessibleName(_tr("Filter by date"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-3))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, "From date"), (self.date_to, "To date")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(_tr(name))
            edit.setEnabled(False)
            edit.dateChanged.connect(self._on_filters_changed)
        self.date_filter.toggled.connect(self._on_date_filter_toggled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_filter)
        date_row.addWidget(self.date_from)
        date_row.addWidget(plain_label(_tr("and"), wrap=False))
        date_row.addWidget(self.date_to)
        date_row.addSpacing(16)
        self.due_filter = QCheckBox(_tr("Label expires or re-benchmarking due within"))
        self.due_filter.setAccessibleName(_tr("Filter by label due"))
        self.due_filter.setToolTip(
            _tr(
                "Clusters whose label ends, has lapsed but can still be renewed, or whose next "
                "benchmarking is due within the months given"
            )
        )
        self.due_months = QSpinBox()
        self.due_months.setRange(0, 60)
        self.due_months.setValue(6)
        self.due_months.setSuffix(_tr(" months"))
        self.due_months.setAccessibleName(_tr("Months ahead"))
        self.due_months.setEnabled(False)
        self.due_filter.toggled.connect(self._on_due_filter_toggled)
        self.due_months.valueChanged.connect(lambda _value: self._emit_due())
        date_row.addWidget(self.due_filter)
        date_row.addWidget(self.due_months)
        date_row.addStretch(1)
        self._date_row = date_row

    def clear(self) -> None:
        """Show every interview again."""
        self.search_edit.clear()
        self.status_filter.setCurrentIndex(0)
        self.mode_filter.setCurrentIndex(0)
        self.date_filter.setChecked(False)
        self.due_filter.setChecked(False)

    def due_within(self) -> int | None:
        """The months of the label-due filter, or None when it is off."""
        return self.due_months.value() if self.due_filter.isChecked() else None

    def _on_due_filter_toggled(self, checked: bool) -> None:
        self.due_months.setEnabled(checked)
        self._emit_due()

    def _emit_due(self) -> None:
        self.due_changed.emit(self.due_within())

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self.changed.emit()

    def _on_filters_changed(self, *_args: object) -> None:
        self.proxy.set_status(self.status_filter.currentData() or None)
        self.proxy.set_mode(self.mode_filter.currentData() or None)
        if self.date_filter.isChecked():
            self.proxy.set_date_range(
                _to_date(self.date_from.date()), _to_date(self.date_to.date())
            )
        else:
            self.proxy.set_date_range(None, None)
        self.changed.emit()

    def _on_date_filter_toggled(self, checked: bool) -> None:
        self.date_from.setEnabled(checked)
        self.date_to.setEnabled(checked)
        self._on_filters_changed()


def empty_pages(
    new_interview: Callable[[], object], clear_filters: Callable[[], object]
) -> tuple[QWidget, QWidget, QLabel]:
    """The page without any interview, the page when nothing matches, and its label."""
    empty_page = QWidget()
    box = QVBoxLayout(empty_page)
    box.addStretch(1)
    title = plain_label(_tr("No interviews yet"))
    title.setFont(bold_font(title, 1.4))
    hint = plain_label(
        _tr(
            "Start a benchmarking interview with a cluster organisation, or reopen the "
            "practice interview with its fictional cluster to learn the flow."
        )
    )
    start = QPushButton(_tr("New interview\u2026"))
    start.setAccessibleName(_tr("Start a new interview"))
    start.clicked.connect(new_interview)
    for label in (title, hint):
        set_property(label, "alignment", ALIGN_CENTER)
        box.addWidget(label)
    box.addLayout(_centred(start))
    box.addStretch(2)

    no_match_page = QWidget()
    box = QVBoxLayout(no_match_page)
    box.addStretch(1)
    no_match_label = plain_label(_tr("No interview matches the search and filters."))
    set_property(no_match_label, "alignment", ALIGN_CENTER)
    clear = QPushButton(_tr("Clear search and filters"))
    clear.setAccessibleName(_tr("Clear search and filters"))
    clear.clicked.connect(clear_filters)
    box.addWidget(no_match_label)
    box.addLayout(_centred(clear))
    box.addStretch(2)
    return empty_page, no_match_page, no_match_label


def _centred(widget: QWidget) -> QHBoxLayout:
    """A row with ``widget`` at its width in the middle (a layout's alignment argument
    would need ``Qt`` before the first paint: ``app.ui.qt_values``)."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
