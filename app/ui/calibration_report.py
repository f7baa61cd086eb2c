"""Practice: the calibration report of a session against the reference expert, computed
off the GUI thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models import Store
from app.models import repository as repo
from app.services.practice import CalibrationOverview, calibration_overview
from app.settings import settings
from app.ui.case_narrative import FICTIONAL_COLOUR
from app.ui.practice_models import (
    DifferencesOnlyProxy,
    HistoryModel,
    ItemAgreementModel,
    SectionAgreementModel,
    bold_label,
    kappa_text,
    percent_text,
    read_only_table,
)
from app.ui.table_fit import at_least_rows, keep_in_view
from app.ui.widgets import banner, plain_label
from app.ui.window_fit import fit_to_screen
from app.ui.workers import run_task, while_alive

log = logging.getLogger(__name__)


class CalibrationReportView(QWidget):
    """A practice session against the reference: summary, items, sections, differences, trend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: CalibrationOverview | None = None
        self.heading = bold_label(plain_label(), 1.2)
        self.heading.setAccessibleName(self.tr("Report heading"))
        self.banner, _banner_label = banner(
            FICTIONAL_COLOUR,
            self.tr(
                "Practice on a fictional case: these numbers compare you with a reference "
                "expert; they never lead to a label."
            ),
        )
        self.agreement_label = bold_label(plain_label(wrap=False, selectable=True), 1.3)
        self.agreement_label.setAccessibleName(self.tr("Item agreement"))
        self.kappa_label = bold_label(plain_label(wrap=False, selectable=True), 1.3)
        self.kappa_label.setAccessibleName(self.tr("Cohen's kappa"))
        self.indicator_label = bold_label(plain_label(wrap=False, selectable=True), 1.3)
        self.indicator_label.setAccessibleName(self.tr("Indicators with the same pass/fail"))
        self.kappa_explanation = plain_label(selectable=True)
        self.kappa_explanation.setAccessibleName(self.tr("What kappa rests on"))
        self.verdicts_label = plain_label(selectable=True)
        self.verdicts_label.setAccessibleName(self.tr("Verdicts"))

        figures = QHBoxLayout()
        for caption, label in (
            (self.tr("Item agreement"), self.agreement_label),
            (self.tr("Cohen's kappa (yes/no and choices)"), self.kappa_label),
            (self.tr("Indicators with the same pass/fail"), self.indicator_label),
        ):
            box = QVBoxLayout()
            box.addWidget(plain_label(caption, wrap=False))
            box.addWidget(label)
            figures.addLayout(box)
            figures.addSpacing(24)
        figures.addStretch(1)

        self.item_model = ItemAgreementModel(self)
        self.item_proxy = DifferencesOnlyProxy(self)
        self.item_proxy.setSourceModel(self.item_model)
        self.item_table = read_only_table(self.item_proxy, self.tr("Item by item agreement"))
        header = self.item_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (2, 150), (3, 150), (4, 96)):
            self.item_table.setColumnWidth(column, width)
        self.differences_only = QCheckBox(self.tr("Show &differences only"))
        self.differences_only.setAccessibleName(self.tr("Show only the items that differ"))
        self.differences_only.toggled.connect(self._on_differences_only_toggled)
        items_box = QGroupBox(self.tr("Item by item"))
        items_layout = QVBoxLayout(items_box)
        items_layout.addWidget(self.differences_only)
        items_layout.addWidget(self.item_table)

        self.section_model = SectionAgreementModel(self)
        self.section_table = read_only_table(self.section_model, self.tr("Section scores"))
        section_header = self.section_table.horizontalHeader()
        section_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        section_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        sections_box = QGroupBox(self.tr("Section scores (0\u2013100)"))
        QVBoxLayout(sections_box).addWidget(self.section_table)

        self.differences_text = QPlainTextEdit()
        self.differences_text.setReadOnly(True)
        self.differences_text.setAccessibleName(self.tr("Largest differences explained"))
        differences_box = QGroupBox(self.tr("Largest differences, explained"))
        QVBoxLayout(differences_box).addWidget(self.differences_text)

        self.trend_label = plain_label(selectable=True)
        self.trend_label.setAccessibleName(self.tr("Change across sessions"))
        self.history_model = HistoryModel(self)
        self.history_table = read_only_table(self.history_model, self.tr("Sessions of this case"))
        history_header = self.history_table.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        history_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        at_least_rows(self.history_table, 2)
        keep_in_view(self.history_table, self.history_model.current_row)  # this report's session
        history_box = QGroupBox(self.tr("Your sessions of this case"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.trend_label)
        history_layout.addWidget(self.history_table)

        side = QSplitter(Qt.Orientation.Vertical)
        for group in (sections_box, differences_box, history_box):
            side.addWidget(group)
        side.setSizes([300, 260, 180])
        side.setChildrenCollapsible(False)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(items_box)
        main.addWidget(side)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        main.setChildrenCollapsible(False)
        self.splitter = main

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(figures)
        layout.addWidget(self.kappa_explanation)
        layout.addWidget(self.verdicts_label)
        layout.addWidget(main, 1)

    def set_overview(self, overview: CalibrationOverview, pack_sections: dict[str, str]) -> None:
        """Show a session's report; ``pack_sections`` maps section ids to titles."""
        self.overview = overview
        report = overview.report
        self.heading.setText(
            self.tr("Calibration report: {case} \u00b7 {trainee}").format(
                case=overview.case.title, trainee=overview.trainee
            )
        )
        if report.agreement is None:
            self.agreement_label.setText("\u2013")
        else:
            text = (
                self.tr("{agreement} ({agreed} of {compared})")
                if report.answered == report.compared
                else self.tr(
                    "{agreement} ({agreed} of {compared}; only {answered} answered so far)"
                )
            )
            self.agreement_label.setText(
                text.format(
                    agreement=percent_text(report.agreement),
                    agreed=report.agreed,
                    compared=report.compared,
                    answered=report.answered,
                )
            )
        kappa = report.kappa
        self.kappa_label.setText(
            f"{kappa_text(kappa.value)} \u00b7 {kappa.interpretation}"
            if kappa.value is not None
            else kappa.interpretation
        )
        self.indicator_label.setText(percent_text(report.indicator_agreement))
        self.kappa_explanation.setText(kappa.explanation)
        verdicts = [
            self.tr("{mark} {label} \u2014 you: {trainee}; reference: {reference} ({same})").format(
                mark="\u2713" if verdict.agrees else "\u2717",
                label=verdict.label,
                trainee=verdict.trainee,
                reference=verdict.reference,
                same=self.tr("same") if verdict.agrees else self.tr("different"),
            )
            for verdict in report.verdicts
        ]
        self.verdicts_label.setText("\n".join(verdicts))
        self.item_model.set_items(report.items, pack_sections)
        self.section_model.set_sections(report.sections)
        self.section_table.resizeRowsToContents()
        at_least_rows(self.section_table, self.section_model.rowCount(), sideways=True)
        self.differences_text.setPlainText(self.differences_text_for(overview))
        self.trend_label.setText(overview.trend)
        self.history_model.set_history(overview.history, overview.interview_id)

    def differences_text_for(self, overview: CalibrationOverview) -> str:
        """The largest differences as numbered plain-text paragraphs."""
        differences = overview.report.largest_differences
        if not differences:
            return self.tr("No differences: every compared answer agrees with the reference.")
        blocks = []
        for number, difference in enumerate(differences, start=1):
            lines = [f"{number}. {difference.label} ({difference.section_title})"]
            lines.append(difference.explanation)
            if difference.rationale:
                lines.append(self.tr("Reference expert: {why}").format(why=difference.rationale))
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    def _on_differences_only_toggled(self, checked: bool) -> None:
        self.item_proxy.set_differences_only(checked)


class CalibrationReportDialog(QDialog):
    """Computes a practice session's calibration off the GUI thread and shows it."""

    report_ready = Signal(object)
    report_failed = Signal(str)

    def __init__(self, store: Store, interview_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.interview_id = interview_id
        self.pack = repo.pack_of(store, interview_id)
        self.setWindowTitle(self.tr("[Practice] Calibration report"))
        self.setAccessibleName(self.tr("Calibration report"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.status_label = plain_label()
        self.status_label.setAccessibleName(self.tr("Calculation status"))
        self.view = CalibrationReportView(self)
        self.view.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = self.buttons.addButton(
            self.tr("&Recalculate"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.refresh_button.setAccessibleName(self.tr("Recalculate the report"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Recalculate with the latest answers (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the report"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(1320, 820), state="calibration_report/geometry")
        self.refresh()

    def refresh(self) -> None:
        """Compare the interview's current answers with the reference again."""
        self.refresh_button.setEnabled(False)
        self.status_label.setText(self.tr("Comparing your answers with the reference\u2026"))
        self.status_label.setVisible(True)
        run_task(
            calibration_overview,
            self.store,
            self.interview_id,
            on_done=while_alive(self, self._on_overview_ready),
            on_error=while_alive(self, self._on_overview_failed),
        )

    def _on_overview_ready(self, overview: CalibrationOverview) -> None:
        sections = {s.id: s.title.get(settings().language) for s in self.pack.sections}
        self.view.set_overview(overview, sections)
        self.view.setVisible(True)
        self.status_label.setVisible(False)
        self.refresh_button.setEnabled(True)
        self.setWindowTitle(
            self.tr("[Practice] Calibration report \u2014 {case}").format(case=overview.case.title)
        )
        self.report_ready.emit(overview)

    def _on_overview_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        if isinstance(error, AppError):
            message = error.user_message
        else:
            log.error("calibration failed", exc_info=error)
            message = self.tr("The report could not be calculated ({kind}).").format(
                kind=type(error).__name__
            )
        self.status_label.setText(message)
        self.report_failed.emit(message)
