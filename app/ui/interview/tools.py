"""What the interview window opens: finalise and reopen, the report, the bundle, a
supervisor's decision, pre-fill workbooks, practice tools, recommendations, keys and the
peer reference set. Each calls the same service function as its command-line verb."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow, QMessageBox, QWidget

from app.errors import AppError
from app.services.decisions import import_decision
from app.ui.interview.dialogs import FinaliseReviewDialog, ReopenDialog
from app.ui.recommendations_dialog import RecommendationsDialog
from app.ui.widgets import show_message

if TYPE_CHECKING:
    from app.services.session import InterviewSession
    from app.ui.interview.header import InterviewHeader
    from app.ui.interview.item_pane import ItemPane
    from app.ui.prefill_dialog import PrefillImportDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewWindow", text)


class InterviewTools(QMainWindow):
    """The interview window's dialogs and tools (the window itself is ``InterviewWindow``)."""

    #: The peer reference set in use changed (imported from this window).
    reference_changed = Signal()

    session: InterviewSession
    header: InterviewHeader
    item_pane: ItemPane
    review_dialog: FinaliseReviewDialog | None = None
    reopen_dialog: ReopenDialog | None = None
    message_box: QMessageBox | None = None
    report_dialog: QDialog | None = None
    export_dialog: QDialog | None = None
    improvements_dialog: QDialog | None = None
    keys_dialog: QDialog | None = None

    # --- finalise and reopen ----------------------------------------------------------------

    def open_finalise_review(self) -> FinaliseReviewDialog | None:
        """The review screen: what is still open; finalising from there locks the interview."""
        if self.session.locked:
            return None
        self.item_pane.leave(allow_invalid=True)
        dialog = FinaliseReviewDialog(
            self.session.readiness(), self.session.pack, self.session.language, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.finalise)
        dialog.item_chosen.connect(self._on_review_dialog_item_chosen)
        self._keep("review_dialog", dialog)
        dialog.open()
        return dialog

    def finalise(self) -> bool:
        """Lock the interview (after the review)."""
        if self.session.locked:
            return False
        self.item_pane.leave(allow_invalid=True)
        try:
            self.session.finalise()
        except AppError as error:
            self.show_error(error.user_message)
            return False
        self.statusBar().showMessage(_tr("Interview finalised and locked."), 6000)
        return True

    def open_reopen_dialog(self) -> ReopenDialog | None:
        """Ask for the reason, then reopen the finalised interview."""
        if not self.session.locked:
            return None
        dialog = ReopenDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reopen(dialog.reason_text()))
        self._keep("reopen_dialog", dialog)
        dialog.open()
        return dialog

    def reopen(self, reason: str) -> bool:
        """Reopen the finalised interview, logging ``reason``."""
        try:
            self.session.reopen(reason)
        except AppError as error:
            self.show_error(error.user_message)
            return False
        self.statusBar().showMessage(_tr("Interview reopened."), 6000)
        return True

    def open_improvements(self) -> QDialog:
        """The improvement areas of this benchmarking (for the Silver verdict)."""
        from app.ui.interview.improvements import ImprovementAreasDialog

        dialog = ImprovementAreasDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.improvements_dialog = dialog
        dialog.open()
        return dialog

    # --- report, bundle, decision, reference ---------------------------------------------

    def open_report(self) -> QDialog:
        """Write the report PDF (off the GUI thread) and preview its pages."""
        from app.ui.report_dialog import ReportDialog

        self.item_pane.leave(allow_invalid=True)
        dialog = ReportDialog(
            self.session.store,
            self.session.interview_id,
            self,
            cluster_name=self.session.detail.cluster_name,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep("report_dialog", dialog)
        dialog.open()
        dialog.start()
        return dialog

    def open_export(self) -> QDialog:
        """Ask for the passphrase, recipient and folder, then export the signed bundle."""
        from app.ui.export_dialog import ExportDialog

        self.item_pane.leave(allow_invalid=True)
        dialog = ExportDialog(self.session.store, self.session.interview_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda _path: self.session.reload_status())
        self._keep("export_dialog", dialog)
        dialog.open()
        return dialog

    def open_keys(self) -> QDialog:
        """The signing key's fingerprint, and the trusted keys."""
        from app.ui.keys_dialog import open_keys_dialog

        self.keys_dialog = open_keys_dialog(self)
        return self.keys_dialog

    def choose_decision(self) -> bool:
        """Ask for a supervisor's decision file and import it."""
        from app.ui.decision_import import choose_decision_file

        path = choose_decision_file(self)
        return path is not None and self.import_decision(path)

    def import_decision(self, path: Path | str) -> bool:
        """Verify and apply a supervisor's decision about this interview.

        A returned interview reopens and the comments appear beside their questions.
        """
        from app.ui.decision_import import decision_summary, refusal_text

        self.item_pane.leave(allow_invalid=True)
        try:
            received, applied = import_decision(
                self.session.store, path, interview_uuid=self.session.detail.uuid
            )
        except AppError as error:
            self.show_error(refusal_text(error), title=_tr("Decision not imported"))
            return False
        self.refresh_from_store()
        text = decision_summary(received, applied)
        self.statusBar().showMessage(text, 10000)
        self.message_box = show_message(self, _tr("Supervisor decision"), text)
        return True

    def refresh_from_store(self) -> None:
        """Read status and supervisor comments again (after a decision was imported)."""
        self.session.reload_after_decision()

    def general_comments_text(self) -> str:
        """The supervisor's comments on the interview as a whole, as shown ("" when none)."""
        return self.header.general_comments_text()

    def choose_reference_file(self) -> Path | None:
        """Ask for a peer reference file and import it (the same as ``reference import``)."""
        from app.ui.reference_menu import choose_and_import_reference

        path = choose_and_import_reference(self)
        if path is not None:
            self.reference_changed.emit()
        return path

    # --- pre-fill, practice, recommendations ---------------------------------------------

    def open_prefill(self) -> PrefillImportDialog:
        """Check a filled pre-fill workbook and import it as answers to confirm."""
        from app.ui.prefill_dialog import open_prefill_import

        dialog = open_prefill_import(self, self.session.store, self.session.interview_id)
        dialog.imported.connect(lambda _saved: self.reload_answers())
        return dialog

    def export_blank_prefill(self) -> Path | None:
        """Save the blank pre-fill workbook for the cluster."""
        from app.ui.prefill_export import export_blank_prefill

        return export_blank_prefill(self, self.session.store, self.session.interview_id)

    def reload_answers(self) -> None:
        """Read answers and their sources again (after a pre-fill import)."""
        self.session.reload_answers()
        item = self.session.current_item()
        if item is not None and self.item_pane.editor is not None:
            self.item_pane.editor.set_value(self.session.answer(item.id))
            self.item_pane.show_state()

    def show_case_narrative(self) -> QDockWidget | None:
        """Dock the practice case's narrative beside the interview."""
        from app.ui.practice_window import open_case_narrative

        return open_case_narrative(self, self.session.store, self.session.interview_id)

    def open_calibration(self) -> QWidget | None:
        """Compare this practice interview with the reference expert."""
        from app.ui.practice_window import open_calibration_report

        return open_calibration_report(self, self.session.store, self.session.interview_id)

    def open_recommendations(self) -> RecommendationsDialog:
        """Write the expert's own recommendations for the report."""
        session = self.session
        dialog = RecommendationsDialog(
            session.store,
            session.interview_id,
            actor=session.actor,
            read_only=session.locked,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _keep(self, name: str, dialog: QWidget) -> None:
        """Hold ``dialog`` as attribute ``name`` while it lives (its pages and data go with it)."""
        setattr(self, name, dialog)
        dialog.destroyed.connect(lambda: setattr(self, name, None))

    def show_error(self, message: str, *, title: str = "") -> None:
        """A message box for something that could not be done."""
        self.message_box = show_message(self, title or _tr("ClusterBench"), message, error=True)

    def go_to_item(self, item_id: str, *, focus_editor: bool = True) -> bool:
        """Show question ``item_id`` (the window does it)."""
        raise NotImplementedError

    def _on_review_dialog_item_chosen(self, item_id: str) -> None:
        self.go_to_item(item_id)
