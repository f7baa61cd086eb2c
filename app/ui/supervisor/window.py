"""The supervisor's window: open a signed bundle, verify it, review it, comment, decide.

A thin view over a ``ReviewSession``. Verification runs off the GUI thread and reads the
bundle once (``app.services.review``): until every check passed nothing from the bundle is
shown, and what is shown comes from the very bytes verified. The review is read-only and
plain text; evidence and the report PDF are only saved, never opened. The decision is
signed with the supervisor's own key, the same as ``clusterbench decide``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.export.decision import Decision
from app.export.verify import BundleContents, EvidenceEntry, VerificationResult
from app.models import Store
from app.services.review import Review
from app.services.review_session import ReviewSession
from app.settings import settings
from app.ui.keys_dialog import KeysDialog, open_keys_dialog
from app.ui.supervisor.answers_tab import AnswersTab
from app.ui.supervisor.content_tabs import EvidenceTab, HistoryTab, ReportTab, ScoresTab
from app.ui.supervisor.decision_box import DecisionBox
from app.ui.supervisor.queue_tools import QueueTools
from app.ui.supervisor.verdict import VerdictPanel
from app.ui.supervisor.verification_tab import VerificationTab
from app.ui.widgets import plain_label
from app.ui.window_fit import fit_to_screen
from app.ui.workers import run_task, while_alive

log = logging.getLogger(__name__)


class SupervisorWindow(QueueTools, QMainWindow):
    """Open a bundle, see whether it verifies, review it read-only, comment and decide."""

    verification_finished = Signal(object)

    def __init__(
        self, store: Store, trusted_keys_path: Path | str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.review = ReviewSession(store, Path(trusted_keys_path), language=settings().language)
        self._verifying = False
        self.setObjectName("SupervisorWindow")
        self.setWindowTitle(self.tr("Review a bundle"))
        self.setMinimumSize(760, 520)

        self.open_button = self._button(
            self.tr("&Open bundle\u2026"), self.tr("Open a bundle"), self.choose_bundle
        )
        self.identity_button = self._button(
            self.tr("Decryption &key\u2026"),
            self.tr("Choose the age key for encrypted bundles"),
            self.choose_identity,
        )
        self.keys_button = self._button(
            self.tr("Keys and &trust\u2026"), self.tr("Keys and trust"), self.open_keys
        )
        self.path_label = plain_label(wrap=False, selectable=True)
        self.path_label.setAccessibleName(self.tr("Bundle file"))
        self.identity_label = plain_label(wrap=False)
        self.identity_label.setAccessibleName(self.tr("Decryption key"))
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.identity_button)
        top.addWidget(self._build_queue())
        info = QVBoxLayout()
        info.setSpacing(0)
        info.addWidget(self.path_label)
        info.addWidget(self.identity_label)
        top.addLayout(info, 1)
        top.addWidget(self.keys_button)

        self.verdict = VerdictPanel()
        self.verification_tab = VerificationTab()
        self.answers_tab = AnswersTab(self.review)
        self.scores_tab = ScoresTab()
        self.evidence_tab = EvidenceTab(self.review)
        self.report_tab = ReportTab(self.review)
        self.history_tab = HistoryTab(self.review)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Review"))
        for tab, title in (
            (self.verification_tab, self.tr("&Verification")),
            (self.answers_tab, self.tr("&Answers and comments")),
            (self.scores_tab, self.tr("&Scores")),
            (self.evidence_tab, self.tr("&Evidence")),
            (self.report_tab, self.tr("&Report")),
            (self.history_tab, self.tr("&History")),
        ):
            self.tabs.addTab(tab, title)
        self.decision_box = DecisionBox(self.review)
        self.decision_written = self.decision_box.decision_written
        self.decision_failed = self.decision_box.decision_failed
        self.review.comment_changed.connect(lambda _item_id: self._update_comment_count())

        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.decision_box)
        self.setCentralWidget(central)
        fit_to_screen(self, QSize(1360, 860), state="supervisor_window/geometry")
        self._show_nothing()

    @staticmethod
    def _button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_actions(self) -> None:
        t = self.tr
        specs: dict[str, list[tuple[str, str, str, Callable[[], object]]]] = {
            t("&File"): [
                ("open", t("&Open bundle\u2026"), "Ctrl+O", self.choose_bundle),
                ("identity", t("Decryption &key\u2026"), "Ctrl+Shift+D", self.choose_identity),
                ("keys", t("Keys and &trust\u2026"), "Ctrl+Shift+K", self.open_keys),
                ("queue", t("Review &queue\u2026"), "Ctrl+Shift+Q", self.open_queue),
                ("close", t("&Close"), "Ctrl+W", self.close),
            ],
            t("&Review"): [
                ("answers", t("Answers and comments"), "Ctrl+2", self._show_answers_tab),
                ("comment", t("Comment on this question"), "Ctrl+Shift+C", self.focus_comment),
                ("save_pdf", t("Save report PDF\u2026"), "Ctrl+Shift+S",
                 self.report_tab.choose_target),
                ("approve", t("Approve\u2026"), "Ctrl+Shift+A", self.ask_approve),
                ("return", t("Return to expert\u2026"), "Ctrl+Shift+R", self.ask_return),
            ],
        }  # fmt: skip
        for title, entries in specs.items():
            menu = self.menuBar().addMenu(title)
            for name, text, shortcut, slot in entries:
                action = QAction(text, self)
                action.setShortcut(QKeySequence(shortcut))
                action.triggered.connect(lambda _checked=False, run=slot: run())
                menu.addAction(action)
                self.addAction(action)
                self.actions_by_name[name] = action

    # --- the bundle ----------------------------------------------------------------------

    @property
    def result(self) -> VerificationResult | None:
        """The verification result of the bundle shown."""
        return self.review.result

    @property
    def contents(self) -> BundleContents | None:
        """What the bundle holds (only when every check passed)."""
        return self.review.contents

    def is_verified(self) -> bool:
        """Whether the open bundle passed every check."""
        return self.review.verified

    def choose_bundle(self) -> None:
        """Ask for a bundle file and verify it."""
        from app.ui.export_dialog import bundles_folder

        bundle = self.review.bundle_path
        start = bundle.parent if bundle else bundles_folder()
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a bundle"),
            str(start if start.is_dir() else Path.home()),
            self.tr("ClusterBench bundles (*.zip *.age *.cmob);;All files (*)"),
        )
        if path:
            self.open_bundle(path)

    def choose_identity(self) -> None:
        """Ask for the age key that decrypts encrypted bundles."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The age key for encrypted bundles"), str(Path.home())
        )
        if path:
            self.set_age_identity(path)

    def set_age_identity(self, path: Path | str | None) -> None:
        """Use this age key file for encrypted bundles (None: none); retry a bundle that
        failed for want of it."""
        identity = Path(path) if path else None
        self.review.age_identity = identity
        self.identity_label.setText(
            self.tr("Decryption key: {name}").format(name=identity.name) if identity else ""
        )
        result = self.review.result
        if result is None:
            return
        failure = result.first_failure
        if failure is not None and failure.code in ("encrypted", "decryption_failed"):
            self.open_bundle(result.path)

    def open_bundle(self, path: Path | str) -> None:
        """Verify the bundle at ``path`` off the GUI thread, then show what it holds."""
        if self._verifying:
            return
        bundle = Path(path)
        self._verifying = True
        self.review.clear()
        self._clear_review()
        self.path_label.setText(str(bundle))
        self.setWindowTitle(self.tr("{name} \u2014 Review a bundle").format(name=bundle.name))
        self.verdict.show_verifying()
        self.open_button.setEnabled(False)
        run_task(
            self.review.verify,
            bundle,
            on_done=while_alive(self, self._on_verification_done),
            on_error=while_alive(self, lambda error: self._on_verification_error(bundle, error)),
        )

    def _on_verification_done(self, review: Review) -> None:
        self._verifying = False
        self.open_button.setEnabled(True)
        self.review.show(review)
        self._show_result(review.result)
        if review.verified and review.contents is not None:
            self._show_contents(review.contents)
        self.verification_finished.emit(review.result)

    def _on_verification_error(self, bundle: Path, error: BaseException) -> None:
        from app.export.verify import result_for_unreadable

        self._verifying = False
        self.open_button.setEnabled(True)
        if isinstance(error, AppError):
            message = error.user_message
        else:
            log.error("verification failed unexpectedly", exc_info=error)
            message = self.tr("The bundle could not be checked: {error}").format(error=error)
        review = Review(result_for_unreadable(bundle, message), None)
        self.review.show(review)
        self._show_result(review.result)
        self.verification_finished.emit(review.result)

    def _show_result(self, result: VerificationResult) -> None:
        self.verdict.show_result(result)
        self.verification_tab.show_result(result)
        self.tabs.setCurrentIndex(0)

    def _show_contents(self, contents: BundleContents) -> None:
        self.verdict.show_contents(contents)
        self.answers_tab.reset()
        scores = self.review.scores
        self.scores_tab.radar.set_scores(scores)
        self.scores_tab.score_panel.set_scores(scores)
        for tab in (self.evidence_tab, self.report_tab, self.history_tab):
            tab.refresh()
        self._set_tabs_enabled(True)
        self._set_decision_enabled(True)
        self.decision_box.message(
            self.tr(
                "Comment beside any question in Answers and comments, then approve or return "
                "the interview. The decision is signed with your key."
            ),
            None,
        )
        self._update_comment_count()
        first = contents.pack.items[0].id if contents.pack.items else ""
        if first:
            self.select_item(first)
            self.tabs.setCurrentIndex(0)

    def _clear_review(self) -> None:
        self.verdict.clear()
        self.verification_tab.clear()
        self.answers_tab.reset()
        self.scores_tab.radar.set_scores(None)
        self.scores_tab.score_panel.set_scores(None)
        for tab in (self.evidence_tab, self.report_tab, self.history_tab):
            tab.refresh()
        self.decision_box.summary_edit.clear()
        self._set_tabs_enabled(False)
        self._set_decision_enabled(False)
        self.decision_box.message("", None)
        self._update_comment_count()

    def _show_nothing(self) -> None:
        self._clear_review()
        self.verdict.show_nothing()

    # --- comments ----------------------------------------------------------------------

    def select_item(self, item_id: str) -> bool:
        """Show question ``item_id`` beside its comment box."""
        self.tabs.setCurrentWidget(self.answers_tab)
        return self.answers_tab.select_item(item_id)

    def set_comment(self, item_id: str, text: str) -> bool:
        """Type ``text`` as the comment on ``item_id``."""
        if not self.select_item(item_id):
            return False
        self.answers_tab.comment_edit.setPlainText(text)
        return True

    def comments(self) -> dict[str, str]:
        """The comments typed so far, by item id."""
        return self.review.comments()

    def focus_comment(self) -> None:
        """Put the keyboard focus into the comment box of the current question."""
        if self.is_verified():
            self.tabs.setCurrentWidget(self.answers_tab)
            self.answers_tab.comment_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_answers_tab(self) -> None:
        if self.is_verified():
            self.tabs.setCurrentWidget(self.answers_tab)
            self.answers_tab.answers_view.setFocus()

    def _update_comment_count(self) -> None:
        self.decision_box.show_count(len(self.comments()))

    # --- deciding ----------------------------------------------------------------------

    def build_decision(self, approve: bool) -> Decision:
        """The decision as it stands; ``DecisionError`` says what is missing."""
        return self.decision_box.build_decision(approve)

    def ask_approve(self) -> None:
        """Approve: check the decision, then ask for the passphrase and the file."""
        self.decision_box.ask(approve=True)

    def ask_return(self) -> None:
        """Return to the expert: check the comments, then ask for the passphrase and file."""
        self.decision_box.ask(approve=False)

    def decide(self, approve: bool, *, passphrase: str, out: Path | str) -> bool:
        """Sign the decision with this computer's key (off the GUI thread) and write it."""
        return self.decision_box.decide(approve, passphrase=passphrase, out=out)

    # --- saving copies, keys -------------------------------------------------------------

    def save_report_pdf(self, target: Path | str) -> Path | None:
        """Write the bundle's report PDF to ``target`` (never opened here)."""
        return self.report_tab.save(target)

    def save_evidence_copy(self, entry: EvidenceEntry, target: Path | str) -> Path | None:
        """Write one evidence file to ``target``, after checking its hash again."""
        return self.evidence_tab.save_copy(entry, target)

    def open_keys(self) -> KeysDialog:
        """The key dialog: this computer's key, and the trusted keys."""
        dialog = open_keys_dialog(self, self.review.trusted_keys_path)
        dialog.trusted_keys_saved.connect(self._on_keys_dialog_trusted_keys_saved)
        return dialog

    def _on_keys_dialog_trusted_keys_saved(self, path: Path) -> None:
        self.review.trusted_keys_path = path
        if self.review.bundle_path is not None and not self._verifying:
            self.open_bundle(self.review.bundle_path)

    # --- helpers -----------------------------------------------------------------------

    def _set_tabs_enabled(self, enabled: bool) -> None:
        for tab in (
            self.answers_tab,
            self.scores_tab,
            self.evidence_tab,
            self.report_tab,
            self.history_tab,
        ):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), enabled)

    def _set_decision_enabled(self, enabled: bool) -> None:
        self.decision_box.set_enabled(enabled)
        for name in ("approve", "return"):
            if name in self.actions_by_name:
                self.actions_by_name[name].setEnabled(enabled)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Forget the bundle's content and leave the review queue when the window goes."""
        self.review.clear()
        self.review.use_queue(None)
        super().closeEvent(event)
