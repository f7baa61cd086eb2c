"""The guided interview: one question at a time, every answer kept the moment it is given.

Left, the section navigator with progress; in the middle, the current question with the
editor for its answer type, its help, notes, flags and evidence; right, the live radar
chart and score panel, re-scored after each saved answer. "Saved" appears only once the
store has committed the answer. Every action has a key (F1 lists them, Ctrl+K finds any
question, section or command). A compact layout fits beside a video-call window, and the
share view shows the current question alone, in large type, for the call.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Set
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models import Store
from app.models import repository as repo
from app.models.errors import EvidenceTooLargeError
from app.scoring.engine import score_interview
from app.scoring.pack import AnswerError, Item, Pack, validate_answer
from app.scoring.taxonomy import INTERVIEW_STATUSES
from app.ui.command_palette import Command, CommandPalette, ShortcutSheet
from app.ui.editors import AnswerEditor, CommitTextEdit, GroupEditor, InputError, editor_for
from app.ui.navigator_model import ID_ROLE, KIND_ROLE, NavigatorModel
from app.ui.recommendations_dialog import RecommendationsDialog
from app.ui.settings import settings
from app.ui.share_view import ShareView
from app.ui.widgets import (
    ERROR_COLOUR,
    OK_COLOUR,
    WARN_COLOUR,
    AnyIndex,
    banner,
    banner_style,
    bold_font,
    local_time,
    plain_label,
    set_colour,
    show_message,
    size_text,
)

log = logging.getLogger(__name__)

LOCKED_STATUSES = ("finalised", "approved")
GEOMETRY_STATE = "interview_window/geometry"
COMPACT_GEOMETRY_STATE = "interview_window/compact_geometry"
#: Fits beside a video-call window on a 1280x800 screen.
COMPACT_SIZE = QSize(560, 760)
NORMAL_SIZE = QSize(1360, 860)


def _duration(seconds: float) -> str:
    seconds = int(max(0.0, seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


# --- small models --------------------------------------------------------------------------


class EvidenceListModel(QAbstractListModel):
    """The evidence files attached to the current question."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[repo.EvidenceRecord] = []

    def set_records(self, records: list[repo.EvidenceRecord]) -> None:
        """Show these files."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> repo.EvidenceRecord:
        """The file at ``row``."""
        return self._records[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{record.original_name} ({size_text(record.size)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{record.original_name}\n{record.media_type}\nSHA-256 {record.sha256}"
        return None


@dataclass(frozen=True)
class OpenPoint:
    """Something to settle before finalising: its kind, the question, and a detail."""

    kind: str  # "unanswered" | "invalid" | "flag" | "prefill"
    item_id: str
    detail: str = ""  # the validation message ("invalid") or the flag ("flag")


def open_points(
    pack: Pack,
    answers: Mapping[str, Any],
    flags: Mapping[str, Set[str]],
    unconfirmed: Set[str],
    language: str = "en",
) -> list[OpenPoint]:
    """What is still open among the questions asked, in questionnaire order.

    Unanswered required questions, answers the pack no longer accepts, open flags and
    pre-filled answers not yet confirmed.
    """
    points: list[OpenPoint] = []
    for item in pack.items:
        if not item.is_relevant(answers):
            continue
        value = answers.get(item.id)
        if value is None:
            if item.required:
                points.append(OpenPoint("unanswered", item.id))
        else:
            try:
                validate_answer(item, value, language)
            except AnswerError as error:
                points.append(OpenPoint("invalid", item.id, error.message))
        points.extend(OpenPoint("flag", item.id, kind) for kind in sorted(flags.get(item.id, ())))
        if item.id in unconfirmed:
            points.append(OpenPoint("prefill", item.id))
    return points


@dataclass(frozen=True)
class ReviewIssue:
    """One open point before finalising as shown: its kind, the question, and the text."""

    kind: str  # "unanswered" | "invalid" | "flag" | "prefill"
    item_id: str
    text: str


class ReviewModel(QAbstractListModel):
    """The open points of the finalise review."""

    def __init__(self, issues: list[ReviewIssue], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.issues = list(issues)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.issues)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        issue = self.issues[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return issue.text
        if role == ID_ROLE:
            return issue.item_id
        return None


# --- dialogs -------------------------------------------------------------------------------


class FinaliseReviewDialog(QDialog):
    """Unanswered required questions, invalid answers, open flags and unconfirmed pre-fills."""

    item_chosen = Signal(str)

    def __init__(self, issues: list[ReviewIssue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review before finalising"))
        self.setAccessibleName(self.tr("Review before finalising"))
        self.resize(720, 500)
        self.model = ReviewModel(issues, self)
        counts = {
            kind: sum(1 for i in issues if i.kind == kind)
            for kind in ("unanswered", "invalid", "flag", "prefill")
        }
        if issues:
            summary = self.tr(
                "{u} required questions unanswered, {i} invalid answers, {f} open flags, "
                "{p} pre-filled answers not confirmed. Finalising locks the interview; "
                "reopening it later needs a reason."
            ).format(
                u=counts["unanswered"], i=counts["invalid"], f=counts["flag"], p=counts["prefill"]
            )
        else:
            summary = self.tr(
                "Every required question is answered, no flag is open and every pre-filled "
                "answer is confirmed. Finalising locks the interview; reopening it later "
                "needs a reason."
            )
        self.summary = plain_label(summary)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Open points"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Long questions wrap instead of running off to the right.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.activated.connect(self._on_list_activated)
        self.list.setVisible(bool(issues))
        if issues:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.buttons = QDialogButtonBox(self)
        self.go_button = self.buttons.addButton(
            self.tr("&Go to question"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.go_button.setAccessibleName(self.tr("Go to the selected question"))
        self.go_button.setEnabled(bool(issues))
        self.go_button.clicked.connect(self._on_go_button_clicked)
        self.finalise_button = self.buttons.addButton(
            self.tr("&Finalise anyway") if issues else self.tr("&Finalise interview"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.finalise_button.setAccessibleName(self.tr("Finalise the interview"))
        self.back_button = self.buttons.addButton(
            self.tr("Back to the interview"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setAccessibleName(self.tr("Back to the interview"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        # Enter never locks the interview by accident while points are open.
        for button in (self.go_button, self.finalise_button, self.back_button):
            button.setAutoDefault(False)
        (self.go_button if issues else self.finalise_button).setDefault(True)
        (self.list if issues else self.finalise_button).setFocus()

    def issue_texts(self) -> list[str]:
        """Every open point as shown."""
        return [issue.text for issue in self.model.issues]

    def _on_list_activated(self, index: QModelIndex) -> None:
        self.item_chosen.emit(str(index.data(ID_ROLE)))
        self.reject()

    def _on_go_button_clicked(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self._on_list_activated(index)


class ReopenDialog(QDialog):
    """Ask why a finalised interview is reopened; the reason is required and logged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen the interview"))
        self.setAccessibleName(self.tr("Reopen the interview"))
        intro = plain_label(
            self.tr(
                "This interview is finalised. Say why it is reopened; the reason is kept in "
                "the interview's log."
            )
        )
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for reopening"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("e.g. The cluster sent corrected member figures."))
        self.reason.textChanged.connect(self._on_reason_text_changed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Reopen"))
        self.ok_button.setAccessibleName(self.tr("Reopen the interview"))
        self.ok_button.setEnabled(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def reason_text(self) -> str:
        """The reason as typed (stripped)."""
        return self.reason.toPlainText().strip()

    def _on_reason_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.reason_text()))


# --- the window ----------------------------------------------------------------------------


class InterviewWindow(QMainWindow):
    """One interview: navigator, current question, notes, flags, evidence, live scores."""

    closed = Signal()
    answer_saved = Signal(str)

    def __init__(
        self,
        store: Store,
        interview_id: int,
        reference: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.interview_id = interview_id
        self.reference = reference
        self.detail = repo.get_interview(store, interview_id)
        self.pack = repo.pack_of(store, interview_id)
        prefs = settings()
        self.language = prefs.language
        self.actor = prefs.expert_name or self.detail.expert or "expert"
        self._answers: dict[str, Any] = repo.answers_of(store, interview_id)
        self._meta: dict[str, repo.AnswerMeta] = repo.answer_meta(store, interview_id)
        self._notes: dict[str, repo.NoteRecord] = repo.notes_of(store, interview_id)
        self._flags: dict[str, set[str]] = repo.flags_of(store, interview_id)
        self._evidence: list[repo.EvidenceRecord] = repo.evidence_of(store, interview_id)
        self._comments: dict[str, list[repo.CommentRecord]] = repo.supervisor_comments_of(
            store, interview_id
        )
        self._current: Item | None = None
        self.editor: AnswerEditor | None = None
        self._clock = repo.clock_state(store, interview_id)
        self._clock_read_at = time.monotonic()
        self._scores: dict[str, Any] = {}
        self._compact = False
        self._syncing_tree = False
        self._closing = False
        self._shown_once = False
        self.share_view: ShareView | None = None
        self.command_palette: CommandPalette | None = None
        self.shortcut_sheet: ShortcutSheet | None = None
        self.review_dialog: FinaliseReviewDialog | None = None
        self.reopen_dialog: ReopenDialog | None = None
        self.evidence_dialog: QFileDialog | None = None
        self.message_box: QMessageBox | None = None
        self.report_dialog: QDialog | None = None
        self.export_dialog: QDialog | None = None
        self.keys_dialog: QDialog | None = None
        self.actions_by_name: dict[str, QAction] = {}

        self.setObjectName("InterviewWindow")
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self.navigator = NavigatorModel(self.pack, self.language, self)
        self._build_header()
        self._build_item_pane()
        self._build_navigator_dock()
        self._build_scores_dock()
        self._build_actions()
        self._build_central()
        self.score_summary = plain_label(wrap=False)
        self.score_summary.setAccessibleName(self.tr("Score summary"))
        self.statusBar().addPermanentWidget(self.score_summary)
        self.setWindowTitle(self._title_text())

        self._refresh_navigator()
        self._apply_lock_state()
        self._show_general_comments()
        if not self.is_locked():
            self._clock_call(repo.clock_start)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._on_clock_timer_timeout)
        self._clock_timer.start()

        self.set_compact(prefs.compact_layout, resize=False)
        geometry = prefs.state(COMPACT_GEOMETRY_STATE if self._compact else GEOMETRY_STATE)
        if geometry is None or not self.restoreGeometry(geometry):
            self._resize_for_mode()
        self._rescore()
        self.go_to_item(self._resume_item_id())

    # --- building ----------------------------------------------------------------------

    def _build_header(self) -> None:
        self.title_label = plain_label(wrap=True)
        self.title_label.setFont(bold_font(self.title_label, 1.15))
        self.title_label.setText(self._cluster_text())
        self.status_label = plain_label(wrap=False)
        self.status_label.setAccessibleName(self.tr("Interview status"))
        # Wrapping labels, so the compact layout stays narrow.
        self.progress_label = plain_label(wrap=True)
        self.progress_label.setAccessibleName(self.tr("Overall progress"))
        self.clock_label = plain_label(wrap=True)
        self.clock_label.setAccessibleName(self.tr("Interview clock"))

        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause or resume the interview clock"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.share_button = QPushButton(self.tr("Share view"))
        self.share_button.setAccessibleName(self.tr("Open the share view"))
        self.share_button.clicked.connect(self.toggle_share_view)
        self.sections_button = QPushButton(self.tr("Sections"))
        self.sections_button.setAccessibleName(self.tr("Show or hide the navigator"))
        self.sections_button.clicked.connect(self._on_sections_button_clicked)
        self.scores_button = QPushButton(self.tr("Scores"))
        self.scores_button.setAccessibleName(self.tr("Show or hide the scores"))
        self.scores_button.clicked.connect(self._on_scores_button_clicked)
        self.finalise_button = QPushButton(self.tr("Finalise\u2026"))
        self.finalise_button.setAccessibleName(self.tr("Review and finalise the interview"))
        self.finalise_button.clicked.connect(self._on_finalise_button_clicked)

        self.header = QWidget()
        self.header.setObjectName("InterviewHeader")
        grid = QVBoxLayout(self.header)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.status_label)
        bottom = QHBoxLayout()
        info = QVBoxLayout()
        info.setSpacing(0)
        info.addWidget(self.clock_label)
        info.addWidget(self.progress_label)
        bottom.addLayout(info, 1)
        bottom.addWidget(self.sections_button)
        bottom.addWidget(self.scores_button)
        bottom.addWidget(self.pause_button)
        bottom.addWidget(self.share_button)
        bottom.addWidget(self.finalise_button)
        grid.addLayout(top)
        grid.addLayout(bottom)

        # Banners: practice, paused, finalised.
        self.practice_banner, _practice_label = banner(
            "#e8f0fe",
            self.tr("Practice interview with a fictional cluster: it never leads to a label."),
        )
        self.practice_banner.setVisible(self.detail.mode == "practice")
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.resume_button.setAccessibleName(self.tr("Resume the interview clock"))
        self.resume_button.clicked.connect(self.toggle_pause)
        self.paused_banner, _paused_label = banner(
            "#fff4d6", self.tr("Paused: the interview clock is stopped."), self.resume_button
        )
        self.returned_banner, self.returned_label = banner("#f3e8fd")
        self.returned_banner.setAccessibleName(self.tr("Supervisor's comments on the interview"))
        self.reopen_button = QPushButton(self.tr("Reopen\u2026"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the interview"))
        self.reopen_button.clicked.connect(self.open_reopen_dialog)
        self.locked_banner, self.locked_label = banner("#fde8e7", "", self.reopen_button)

    def _build_item_pane(self) -> None:
        self.section_label = plain_label(wrap=True)
        self.section_label.setAccessibleName(self.tr("Section and position"))
        self.question_label = plain_label(wrap=True, selectable=True)
        self.question_label.setAccessibleName(self.tr("Question"))
        self.question_label.setFont(bold_font(self.question_label, 1.3))
        self.meta_label = plain_label(wrap=True)
        self.meta_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.comments_frame = QFrame()
        self.comments_frame.setObjectName("SupervisorComments")
        self.comments_frame.setStyleSheet(banner_style("#f3e8fd", "SupervisorComments"))
        comments_layout = QVBoxLayout(self.comments_frame)
        comments_layout.setContentsMargins(10, 6, 10, 6)
        self.comments_title = plain_label(self.tr("Supervisor comments"))
        self.comments_title.setFont(bold_font(self.comments_title))
        self.comments_label = plain_label(selectable=True)
        self.comments_label.setAccessibleName(self.tr("Supervisor comments"))
        comments_layout.addWidget(self.comments_title)
        comments_layout.addWidget(self.comments_label)

        self.confirm_button = QPushButton(self.tr("&Confirm"))
        self.confirm_button.setAccessibleName(self.tr("Confirm the pre-filled answer"))
        self.confirm_button.clicked.connect(self.confirm_prefill)
        self.prefill_banner, _prefill_label = banner(
            "#fff4d6",
            self.tr("Pre-filled by the cluster, to confirm with them."),
            self.confirm_button,
        )
        self.prefill_banner.setAccessibleName(self.tr("Pre-filled answer"))

        self.editor_holder = QWidget()
        self.editor_layout = QVBoxLayout(self.editor_holder)
        self.editor_layout.setContentsMargins(0, 4, 0, 4)

        self.validation_label = plain_label(wrap=True)
        self.validation_label.setAccessibleName(self.tr("Validation message"))
        set_colour(self.validation_label, ERROR_COLOUR)
        self.restore_button = QPushButton(self.tr("Restore saved answer"))
        self.restore_button.setAccessibleName(self.tr("Restore the saved answer"))
        self.restore_button.clicked.connect(self.restore_saved_answer)
        validation_row = QHBoxLayout()
        validation_row.addWidget(self.validation_label, 1)
        validation_row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        self.saved_label = plain_label(wrap=True)
        self.saved_label.setAccessibleName(self.tr("Save state"))

        self.help_label = plain_label(wrap=True, selectable=True)
        self.help_label.setAccessibleName(self.tr("Help"))
        self.evidence_expected_label = plain_label(wrap=True)
        self.source_label = plain_label(wrap=True)
        self.source_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # Notes and flags
        self.note_edit = CommitTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note on this question"))
        self.note_edit.setPlaceholderText(
            self.tr("Your note (private unless marked for the report). Ctrl+Enter saves.")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(96)
        self.note_edit.committed.connect(self._on_note_edit_committed)
        self.note_edit.textChanged.connect(self._on_note_edit_text_changed)
        self.for_report_check = QCheckBox(self.tr("For the report"))
        self.for_report_check.setAccessibleName(self.tr("Show this note in the report"))
        self.for_report_check.setToolTip(
            self.tr("Unticked, the note stays private to you and never leaves this computer.")
        )
        self.for_report_check.toggled.connect(self._on_for_report_check_toggled)
        self.note_state_label = plain_label(wrap=False)
        self.follow_up_check = QCheckBox(self.tr("Follow up"))
        self.follow_up_check.setAccessibleName(self.tr("Flag: follow up"))
        self.follow_up_check.toggled.connect(self._on_follow_up_check_toggled)
        self.evidence_missing_check = QCheckBox(self.tr("Evidence missing"))
        self.evidence_missing_check.setAccessibleName(self.tr("Flag: evidence missing"))
        self.evidence_missing_check.toggled.connect(self._on_evidence_missing_check_toggled)
        notes_box = QGroupBox(self.tr("Notes and flags"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.note_edit)
        note_row = QHBoxLayout()
        note_row.addWidget(self.for_report_check)
        note_row.addWidget(self.note_state_label, 1)
        note_row.addWidget(self.follow_up_check)
        note_row.addWidget(self.evidence_missing_check)
        notes_layout.addLayout(note_row)
        self.notes_box = notes_box

        # Evidence
        self.evidence_model = EvidenceListModel(self)
        self.evidence_view = QListView()
        self.evidence_view.setModel(self.evidence_model)
        self.evidence_view.setAccessibleName(self.tr("Evidence files"))
        self.evidence_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidence_view.setMaximumHeight(72)
        self.evidence_view.activated.connect(self._on_evidence_view_activated)
        self.attach_button = QPushButton(self.tr("Attach file\u2026"))
        self.attach_button.setAccessibleName(self.tr("Attach an evidence file"))
        self.attach_button.clicked.connect(self.choose_evidence_file)
        self.remove_evidence_button = QPushButton(self.tr("Remove"))
        self.remove_evidence_button.setAccessibleName(self.tr("Remove the selected evidence file"))
        self.remove_evidence_button.clicked.connect(self._on_remove_evidence_button_clicked)
        self.evidence_error_label = plain_label(wrap=True)
        self.evidence_error_label.setAccessibleName(self.tr("Evidence message"))
        set_colour(self.evidence_error_label, ERROR_COLOUR)
        evidence_box = QGroupBox(self.tr("Evidence"))
        evidence_layout = QVBoxLayout(evidence_box)
        evidence_layout.addWidget(self.evidence_expected_label)
        evidence_layout.addWidget(self.evidence_view)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.attach_button)
        evidence_row.addWidget(self.remove_evidence_button)
        evidence_row.addStretch(1)
        evidence_layout.addLayout(evidence_row)
        evidence_layout.addWidget(self.evidence_error_label)
        self.evidence_box = evidence_box

        # Previous / next
        self.previous_button = QPushButton(self.tr("\u2190 Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous question"))
        self.previous_button.clicked.connect(self.previous_item)
        self.next_button = QPushButton(self.tr("Next \u2192"))
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.next_button.clicked.connect(self.next_item)
        nav_row = QHBoxLayout()
        nav_row.addWidget(self.previous_button)
        nav_row.addStretch(1)
        nav_row.addWidget(self.next_button)

        pane = QWidget()
        pane.setObjectName("ItemPane")
        self.item_pane_layout = layout = QVBoxLayout(pane)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addWidget(self.section_label)
        layout.addWidget(self.question_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.comments_frame)
        layout.addWidget(self.prefill_banner)
        layout.addWidget(self.editor_holder)
        layout.addLayout(validation_row)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.help_label)
        layout.addWidget(self.source_label)
        layout.addWidget(notes_box)
        layout.addWidget(evidence_box)
        layout.addStretch(1)
        layout.addLayout(nav_row)
        self.item_scroll = QScrollArea()
        self.item_scroll.setWidgetResizable(True)
        self.item_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.item_scroll.setWidget(pane)
        self.item_scroll.setMinimumWidth(420)

    def _build_navigator_dock(self) -> None:
        self.tree = QTreeView()
        self.tree.setModel(self.navigator)
        self.tree.setAccessibleName(self.tr("Sections and questions"))
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.activated.connect(self._on_tree_activated)
        self.navigator.rowsInserted.connect(self._on_navigator_rows_inserted)
        self.navigator_dock = QDockWidget(self.tr("Navigator"), self)
        self.navigator_dock.setObjectName("NavigatorDock")
        self.navigator_dock.setWidget(self.tree)
        self.navigator_dock.setAccessibleName(self.tr("Navigator"))
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator_dock)

    def _build_scores_dock(self) -> None:
        from app.ui.radar import RadarChart
        from app.ui.score_panel import ScorePanel

        self.radar = RadarChart()
        self.score_panel = ScorePanel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.radar)
        splitter.addWidget(self.score_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([460, 340])
        self.scores_splitter = splitter
        self.scores_dock = QDockWidget(self.tr("Scores"), self)
        self.scores_dock.setObjectName("ScoresDock")
        self.scores_dock.setWidget(splitter)
        self.scores_dock.setAccessibleName(self.tr("Scores"))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.scores_dock)

    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        for strip in (
            self.practice_banner,
            self.returned_banner,
            self.paused_banner,
            self.locked_banner,
        ):
            layout.addWidget(strip)
        layout.addWidget(self.item_scroll, 1)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        t = self.tr
        groups: dict[str, list[tuple[str, str, str, Callable[[], Any]]]] = {
            t("Go"): [
                ("next_item", t("Next question"), "Alt+Down|Ctrl+Down", self.next_item),
                ("previous_item", t("Previous question"), "Alt+Up|Ctrl+Up", self.previous_item),
                ("next_section", t("Next section"), "Ctrl+PgDown", self.next_section),
                ("previous_section", t("Previous section"), "Ctrl+PgUp", self.previous_section),
                ("find_item", t("Find a question\u2026"), "Ctrl+F", self.open_find),
                ("palette", t("Command palette\u2026"), "Ctrl+K|Ctrl+Shift+P",
                 self.open_command_palette),
                ("focus_navigator", t("Go to the navigator"), "Ctrl+L", self.focus_navigator),
                ("focus_editor", t("Go to the answer"), "Ctrl+E", self.focus_editor),
            ],
            t("Question"): [
                ("confirm", t("Confirm pre-filled answer"), "Ctrl+Shift+C", self.confirm_prefill),
                ("clear_answer", t("Clear answer"), "Ctrl+Shift+Backspace",
                 self.clear_current_answer),
                ("note", t("Edit note"), "Ctrl+Shift+N", self.focus_note),
                ("for_report", t("Note for the report"), "Ctrl+Shift+R", self._toggle_for_report),
                ("follow_up", t("Flag: follow up"), "Ctrl+Shift+U", self._toggle_follow_up),
                ("evidence_missing", t("Flag: evidence missing"), "Ctrl+Shift+M",
                 self._toggle_evidence_missing),
                ("attach", t("Attach evidence file\u2026"), "Ctrl+Shift+A",
                 self.choose_evidence_file),
            ],
            t("Interview"): [
                ("pause", t("Pause or resume the clock"), "Ctrl+P", self.toggle_pause),
                ("share", t("Share view (for the video call)"), "Ctrl+Shift+V",
                 self.toggle_share_view),
                ("finalise", t("Review and finalise\u2026"), "Ctrl+Shift+F",
                 self.open_finalise_review),
                ("reopen", t("Reopen\u2026"), "Ctrl+Shift+O", self.open_reopen_dialog),
                ("prefill", t("Import pre-fill workbook\u2026"), "Ctrl+Shift+W",
                 self.open_prefill),
                ("prefill_export", t("Export blank pre-fill workbook\u2026"), "Ctrl+Shift+B",
                 self.export_blank_prefill),
                ("close", t("Close the interview"), "Ctrl+W", self.close),
            ],
            t("Report"): [
                ("recommendations", t("Recommendations for the report\u2026"), "Ctrl+Shift+D",
                 self.open_recommendations),
                ("report", t("Report\u2026"), "Ctrl+R", self.open_report),
                ("export", t("Export bundle\u2026"), "Ctrl+Shift+E", self.open_export),
                ("import_decision", t("Import supervisor decision\u2026"), "Ctrl+Shift+I",
                 self.choose_decision),
                ("keys", t("Keys and trust\u2026"), "Ctrl+Shift+K", self.open_keys),
            ],
            t("Practice"): [
                ("narrative", t("Case narrative"), "Ctrl+3", self.show_case_narrative),
                ("calibration", t("Calibration report\u2026"), "Ctrl+Shift+G",
                 self.open_calibration),
            ],
            t("View"): [
                ("compact", t("Compact layout"), "Ctrl+Shift+L", self.toggle_compact),
                ("show_navigator", t("Show or hide the navigator"), "Ctrl+1",
                 self._toggle_navigator_dock),
                ("show_scores", t("Show or hide the scores"), "Ctrl+2", self._toggle_scores_dock),
            ],
            t("Help"): [
                ("shortcuts", t("Keyboard shortcuts"), "F1", self.open_shortcut_sheet),
            ],
        }  # fmt: skip
        menu_titles = {
            t("Go"): t("&Go"),
            t("Question"): t("&Question"),
            t("Interview"): t("&Interview"),
            t("Report"): t("&Report"),
            t("Practice"): t("Pra&ctice"),
            t("View"): t("&View"),
            t("Help"): t("&Help"),
        }
        for category, specs in groups.items():
            menu = self.menuBar().addMenu(menu_titles.get(category, category))
            for name, title, keys, slot in specs:
                action = QAction(title, self)
                action.setShortcuts([QKeySequence(k) for k in keys.split("|")])
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.setCheckable(name == "compact")
                action.setProperty("category", category)
                action.triggered.connect(lambda _checked=False, run=slot: run())
                self.addAction(action)
                menu.addAction(action)
                self.actions_by_name[name] = action
        for name in ("narrative", "calibration"):
            self.actions_by_name[name].setEnabled(self.detail.mode == "practice")

    # --- public API --------------------------------------------------------------------

    def open_prefill(self) -> Any:
        """Check a filled pre-fill workbook and import it as answers to confirm."""
        from app.ui.prefill_dialog import open_prefill_import

        dialog = open_prefill_import(self, self.store, self.interview_id)
        dialog.imported.connect(lambda _saved: self.reload_answers())
        return dialog

    def export_blank_prefill(self) -> Path | None:
        """Save the blank pre-fill workbook for the cluster."""
        from app.ui.prefill_dialog import export_blank_prefill

        return export_blank_prefill(self, self.store, self.interview_id)

    def show_case_narrative(self) -> Any:
        """Dock the practice case's narrative beside the interview."""
        from app.ui.practice_window import open_case_narrative

        return open_case_narrative(self, self.store, self.interview_id)

    def open_calibration(self) -> Any:
        """Compare this practice interview with the reference expert."""
        from app.ui.practice_window import open_calibration_report

        return open_calibration_report(self, self.store, self.interview_id)

    def open_recommendations(self) -> RecommendationsDialog:
        """Write the expert's own recommendations for the report."""
        dialog = RecommendationsDialog(
            self.store,
            self.interview_id,
            actor=self.actor,
            read_only=self.is_locked(),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reload_answers(self) -> None:
        """Read answers and their sources again (after a pre-fill import)."""
        self._answers = repo.answers_of(self.store, self.interview_id)
        self._meta = repo.answer_meta(self.store, self.interview_id)
        self._refresh_navigator()
        self._rescore()
        if self._current is not None:
            if self.editor is not None:
                self.editor.set_value(self._answers.get(self._current.id))
            self._show_item_state(self._current)

    def current_item_id(self) -> str:
        """The id of the question on screen ("" before any)."""
        return self._current.id if self._current else ""

    def go_to_item(self, item_id: str, *, focus_editor: bool = True) -> bool:
        """Show question ``item_id`` (when it is asked); return whether it is shown."""
        if not item_id or not self.navigator.is_visible(item_id):
            return False
        if self._current is not None and self._current.id == item_id:
            self._sync_tree(item_id)
            if focus_editor:
                self.focus_editor()
            return True
        if not self._leave_current():
            return False
        item = self.pack.item(item_id)
        self._show_item(item)
        self._sync_tree(item_id)
        try:
            repo.record_item_opened(self.store, self.interview_id, item_id, actor=self.actor)
        except AppError as error:
            log.warning("could not record the item opening: %s", error.user_message)
        self._read_clock()
        if focus_editor:
            self.focus_editor()
        return True

    def go_to_section(self, section_id: str) -> bool:
        """Show the first asked question of section ``section_id``."""
        items = self.navigator.visible_items(section_id)
        return bool(items) and self.go_to_item(items[0].id)

    def next_item(self) -> bool:
        """Move to the next asked question (across sections)."""
        return self._step(1)

    def previous_item(self) -> bool:
        """Move to the previous asked question."""
        return self._step(-1)

    def next_section(self) -> bool:
        """Move to the first question of the next section that has any."""
        return self._step_section(1)

    def previous_section(self) -> bool:
        """Move to the first question of the previous section that has any."""
        return self._step_section(-1)

    def commands(self) -> list[Command]:
        """Every action, section and question, for the command palette."""
        result = []
        for action in self.actions_by_name.values():
            shortcuts = action.shortcuts()
            shortcut = (
                shortcuts[0].toString(QKeySequence.SequenceFormat.PortableText) if shortcuts else ""
            )
            result.append(
                Command(
                    title=action.text().replace("&", "").rstrip("\u2026"),
                    category=str(action.property("category")),
                    shortcut=shortcut,
                    run=action.trigger,
                )
            )
        for section in self.pack.sections:
            result.append(
                Command(
                    title=section.title.get(self.language),
                    category=self.tr("Section"),
                    shortcut="",
                    run=self._runner(self.go_to_section, section.id),
                    keywords=section.id,
                )
            )
        for section in self.pack.sections:
            for item in section.items:
                if not self.navigator.is_visible(item.id):
                    continue
                result.append(
                    Command(
                        title=item.label.get(self.language),
                        category=self.tr("Question"),
                        shortcut="",
                        run=self._runner(self.go_to_item, item.id),
                        keywords=f"{item.id} {section.title.get(self.language)} "
                        f"{item.help.get(self.language)}",
                    )
                )
        return result

    @staticmethod
    def _runner(target: Callable[[str], Any], argument: str) -> Callable[[], None]:
        def run() -> None:
            target(argument)

        return run

    def is_locked(self) -> bool:
        """Whether the interview is finalised (or approved) and so read-only."""
        return self.detail.status in LOCKED_STATUSES

    def is_compact(self) -> bool:
        """Whether the compact layout is on."""
        return self._compact

    def answers(self) -> dict[str, Any]:
        """The answers as saved (a copy)."""
        return dict(self._answers)

    def scores(self) -> dict[str, Any]:
        """The latest score result shown."""
        return dict(self._scores)

    def focus_editor(self) -> None:
        """Put the keyboard focus into the answer."""
        if self.editor is not None:
            self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_note(self) -> None:
        """Put the keyboard focus into the note."""
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_navigator(self) -> None:
        """Put the keyboard focus into the navigator (showing it when hidden)."""
        self.navigator_dock.show()
        self.navigator_dock.raise_()
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_command_palette(
        self, *, placeholder: str = "", categories: tuple[str, ...] = ()
    ) -> CommandPalette:
        """Show the command palette (optionally only some categories)."""
        commands = self.commands()
        if categories:
            commands = [c for c in commands if c.category in categories]
        self._commit_note()
        self.command_palette = CommandPalette(commands, self, placeholder=placeholder)
        self.command_palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.command_palette.open()
        self.command_palette.search.setFocus()
        return self.command_palette

    def open_find(self) -> CommandPalette:
        """The palette, for questions only."""
        return self.open_command_palette(
            placeholder=self.tr("Find a question by its text\u2026"),
            categories=(self.tr("Question"),),
        )

    def open_shortcut_sheet(self) -> ShortcutSheet:
        """Show every keyboard shortcut."""
        self.shortcut_sheet = ShortcutSheet(self.commands(), self)
        self.shortcut_sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcut_sheet.open()
        return self.shortcut_sheet

    def toggle_share_view(self) -> ShareView:
        """Open (or bring back) the share view that follows the current question."""
        if self.share_view is None:
            self.share_view = ShareView()
            self.share_view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            # The expert keeps typing here while the call partner reads the shared window.
            self.share_view.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            self.share_view.destroyed.connect(self._on_share_view_destroyed)
        self._update_share_view()
        self.share_view.show()
        self.share_view.raise_()
        return self.share_view

    def toggle_pause(self) -> None:
        """Pause a running clock, resume a paused one."""
        if self.is_locked():
            return
        self._clock_call(repo.clock_pause if self._clock.running else repo.clock_start)

    def toggle_compact(self) -> None:
        """Switch between the full and the compact layout."""
        self.set_compact(not self._compact)

    def set_compact(self, compact: bool, *, resize: bool = True) -> None:
        """The compact layout (beside a video call) or the full one; remembered."""
        changed = compact != self._compact
        self._compact = compact
        self.actions_by_name["compact"].setChecked(compact)
        if compact:
            # Both panels go below the question, tabbed and closed until asked for.
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.navigator_dock)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.scores_dock)
            self.tabifyDockWidget(self.navigator_dock, self.scores_dock)
            self.navigator_dock.hide()
            self.scores_dock.hide()
            self.item_scroll.setMinimumWidth(360)
            self.setMinimumSize(480, 520)
        else:
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator_dock)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.scores_dock)
            self.navigator_dock.show()
            self.scores_dock.show()
            self.item_scroll.setMinimumWidth(420)
            self.setMinimumSize(760, 560)
            self._size_docks()
        self.share_button.setVisible(not compact)
        self.finalise_button.setVisible(not compact)
        self.sections_button.setVisible(compact)
        self.scores_button.setVisible(compact)
        self.notes_box.setTitle("" if compact else self.tr("Notes and flags"))
        prefs = settings()
        if prefs.compact_layout != compact:
            prefs.compact_layout = compact
        if changed and resize:
            self._resize_for_mode()

    def confirm_prefill(self) -> None:
        """Confirm the pre-filled answer of the current question."""
        item = self._current
        if item is None or self.is_locked() or not self._is_unconfirmed(item.id):
            return
        try:
            repo.confirm_answer(self.store, self.interview_id, item.id, actor=self.actor)
        except AppError as error:
            self._show_error(error.user_message)
            return
        self._meta = repo.answer_meta(self.store, self.interview_id)
        self._refresh_navigator()
        self._show_item_state(item)
        self.statusBar().showMessage(self.tr("Pre-filled answer confirmed."), 4000)

    def clear_current_answer(self) -> None:
        """Remove the current question's answer (the log keeps the old value)."""
        if self.editor is None or self.is_locked():
            return
        self.editor.set_value(None)
        self._save_current()

    def restore_saved_answer(self) -> None:
        """Throw away what was typed and show the saved answer again."""
        if self._current is None or self.editor is None:
            return
        self.editor.set_value(self._answers.get(self._current.id))
        self._show_item_state(self._current)
        self.focus_editor()

    def choose_evidence_file(self) -> QFileDialog | None:
        """Ask for a file to attach to the current question."""
        if self._current is None or self.is_locked():
            return None
        dialog = QFileDialog(self, self.tr("Attach an evidence file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._on_evidence_dialog_file_selected)
        self.evidence_dialog = dialog
        dialog.open()
        return dialog

    def attach_evidence_file(self, path: Path) -> repo.EvidenceRecord | None:
        """Copy ``path`` into the store as evidence for the current question."""
        if self._current is None:
            return None
        self.evidence_error_label.clear()
        self.evidence_error_label.hide()
        try:
            record = repo.attach_evidence(
                self.store, self.interview_id, self._current.id, Path(path), actor=self.actor
            )
        except EvidenceTooLargeError as error:
            self.evidence_error_label.setText(error.user_message)
            self.evidence_error_label.show()
            self._show_error(error.user_message, title=self.tr("Evidence file too large"))
            return None
        except (AppError, OSError) as error:
            message = error.user_message if isinstance(error, AppError) else str(error)
            self.evidence_error_label.setText(message)
            self.evidence_error_label.show()
            self._show_error(message)
            return None
        self._evidence.append(record)
        self._show_evidence(self._current)
        self.statusBar().showMessage(
            self.tr("Attached {name}.").format(name=record.original_name), 4000
        )
        return record

    def open_finalise_review(self) -> FinaliseReviewDialog | None:
        """The review screen: what is still open; finalising from there locks the interview."""
        if self.is_locked():
            return None
        self._leave_current(allow_invalid=True)
        self.review_dialog = FinaliseReviewDialog(self.review_issues(), self)
        self.review_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review_dialog.accepted.connect(self.finalise)
        self.review_dialog.item_chosen.connect(self._on_review_dialog_item_chosen)
        self.review_dialog.open()
        return self.review_dialog

    def review_issues(self) -> list[ReviewIssue]:
        """Unanswered required questions, invalid answers, open flags, unconfirmed pre-fills."""
        issues: list[ReviewIssue] = []
        points = open_points(
            self.pack, self._answers, self._flags, self._unconfirmed_ids(), self.language
        )
        for point in points:
            item = self.pack.item(point.item_id)
            section = self.pack.section(item.section_id).title.get(self.language)
            where = f"{section} \u203a {item.label.get(self.language)}"
            if point.kind == "unanswered":
                text = self.tr("Unanswered: {q}").format(q=where)
            elif point.kind == "invalid":
                text = self.tr("Invalid answer: {q} ({m})").format(q=where, m=point.detail)
            elif point.kind == "flag" and point.detail == "follow_up":
                text = self.tr("Open flag, follow up: {q}").format(q=where)
            elif point.kind == "flag":
                text = self.tr("Open flag, evidence missing: {q}").format(q=where)
            else:
                text = self.tr("Pre-filled, not confirmed: {q}").format(q=where)
            issues.append(ReviewIssue(point.kind, point.item_id, text))
        return issues

    def finalise(self) -> bool:
        """Lock the interview (after the review)."""
        if self.is_locked():
            return False
        self._leave_current(allow_invalid=True)
        try:
            self._clock_call(repo.clock_pause)
            repo.finalise_interview(self.store, self.interview_id, actor=self.actor)
        except AppError as error:
            self._show_error(error.user_message)
            return False
        self._reload_detail()
        self.statusBar().showMessage(self.tr("Interview finalised and locked."), 6000)
        return True

    def open_reopen_dialog(self) -> ReopenDialog | None:
        """Ask for the reason, then reopen the finalised interview."""
        if not self.is_locked():
            return None
        self.reopen_dialog = ReopenDialog(self)
        self.reopen_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reopen_dialog.accepted.connect(self._on_reopen_dialog_accepted)
        self.reopen_dialog.open()
        return self.reopen_dialog

    def reopen(self, reason: str) -> bool:
        """Reopen the finalised interview, logging ``reason``."""
        try:
            repo.reopen_interview(self.store, self.interview_id, reason=reason, actor=self.actor)
        except AppError as error:
            self._show_error(error.user_message)
            return False
        self._reload_detail()
        self._clock_call(repo.clock_start)
        self.statusBar().showMessage(self.tr("Interview reopened."), 6000)
        return True

    # --- report, bundle, decision ----------------------------------------------------------

    def open_report(self) -> QDialog:
        """Write the report PDF (off the GUI thread) and preview its pages."""
        from app.ui.report_dialog import ReportDialog

        self._leave_current(allow_invalid=True)
        dialog = ReportDialog(
            self.store,
            self.interview_id,
            self.reference,
            self,
            cluster_name=self.detail.cluster_name,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def open_export(self) -> QDialog:
        """Ask for the passphrase, recipient and folder, then export the signed bundle."""
        from app.ui.report_dialog import ExportDialog

        self._leave_current(allow_invalid=True)
        dialog = ExportDialog(self.store, self.interview_id, self.reference, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_export_dialog_exported)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def open_keys(self) -> QDialog:
        """The signing key's fingerprint, and the trusted keys."""
        from app.ui.keys_dialog import open_keys_dialog

        self.keys_dialog = open_keys_dialog(self)
        return self.keys_dialog

    def choose_decision(self) -> bool:
        """Ask for a supervisor's decision file and import it."""
        from app.ui.report_dialog import choose_decision_file

        path = choose_decision_file(self)
        return path is not None and self.import_decision(path)

    def import_decision(self, path: Path | str) -> bool:
        """Verify and apply a supervisor's decision about this interview.

        A returned interview reopens and the comments appear beside their questions.
        """
        from app.ui.report_dialog import decision_summary, import_decision_file

        self._leave_current(allow_invalid=True)
        try:
            received, applied = import_decision_file(
                self.store, path, actor=self.actor, interview_uuid=self.detail.uuid
            )
        except AppError as error:
            self._show_error(error.user_message, title=self.tr("Decision not imported"))
            return False
        self.refresh_from_store()
        text = decision_summary(received, applied)
        self.statusBar().showMessage(text, 10000)
        self.message_box = show_message(self, self.tr("Supervisor decision"), text)
        return True

    def refresh_from_store(self) -> None:
        """Read status and supervisor comments again (after a decision was imported)."""
        self._comments = repo.supervisor_comments_of(self.store, self.interview_id)
        self._reload_detail(refresh_item=False)
        self._show_general_comments()
        if self._current is not None:
            self._show_comments(self._current)
            self._show_item_state(self._current)
        if not self.is_locked() and not self._clock.running:
            self._clock_call(repo.clock_start)

    def general_comments_text(self) -> str:
        """The supervisor's comments on the interview as a whole, as shown ("" when none)."""
        if not self.returned_banner.isVisibleTo(self):
            return ""
        return self.returned_label.text()

    def _on_export_dialog_exported(self, _path: Path) -> None:
        self._reload_detail(refresh_item=False)

    # --- navigation ----------------------------------------------------------------------

    def _resume_item_id(self) -> str:
        visible = self.navigator.visible_item_ids()
        if self.detail.current_item_id in visible:
            return self.detail.current_item_id
        return visible[0] if visible else ""

    def _step(self, step: int) -> bool:
        visible = self.navigator.visible_item_ids()
        if not visible:
            return False
        if self._current is None or self._current.id not in visible:
            return self.go_to_item(visible[0])
        position = visible.index(self._current.id) + step
        if not 0 <= position < len(visible):
            self.statusBar().showMessage(
                self.tr("This is the last question.")
                if step > 0
                else self.tr("This is the first question."),
                3000,
            )
            return False
        return self.go_to_item(visible[position])

    def _step_section(self, step: int) -> bool:
        sections = list(self.pack.sections)
        if self._current is None:
            return self._step(1)
        position = next(n for n, s in enumerate(sections) if s.id == self._current.section_id)
        position += step
        while 0 <= position < len(sections):
            items = self.navigator.visible_items(sections[position].id)
            if items:
                return self.go_to_item(items[0].id)
            position += step
        return False

    def _leave_current(self, *, allow_invalid: bool = False) -> bool:
        """Commit what is typed and the note before another question is shown."""
        self._commit_note()
        if self.editor is None or self._current is None or self.is_locked():
            return True
        if self.editor.is_dirty() and not self._save_current() and not allow_invalid:
            self.statusBar().showMessage(
                self.tr("Correct the answer, or restore the saved one, before moving on."), 6000
            )
            return False
        return True

    def _sync_tree(self, item_id: str) -> None:
        index = self.navigator.index_of_item(item_id)
        if not index.isValid():
            return
        self._syncing_tree = True
        try:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        finally:
            self._syncing_tree = False

    # --- showing a question ----------------------------------------------------------------

    def _show_item(self, item: Item) -> None:
        if self.editor is not None:
            old = self.editor
            old.blockSignals(True)
            self.editor_layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._current = item
        section = self.pack.section(item.section_id)
        visible = self.navigator.visible_items(section.id)
        position = next((n for n, i in enumerate(visible) if i.id == item.id), 0) + 1
        self.section_label.setText(
            self.tr("{section} \u00b7 question {n} of {total}").format(
                section=section.title.get(self.language), n=position, total=len(visible)
            )
        )
        self.question_label.setText(item.label.get(self.language))
        self.editor = editor_for(item, self.language, self.editor_holder)
        self.editor.set_value(self._answers.get(item.id))
        self.editor.changed.connect(self._on_editor_changed)
        self.editor.edited.connect(self._on_editor_edited)
        self.editor.set_read_only(self.is_locked())
        self.editor_layout.addWidget(self.editor)
        self.setTabOrder(self.tree, self.editor)
        self.setTabOrder(self.editor, self.note_edit)

        meta = [self.tr("Required") if item.required else self.tr("Optional")]
        if item.unit and item.type != "percent":
            meta.append(self.tr("unit: {unit}").format(unit=item.unit))
        meta.append(item.id)
        self.meta_label.setText(" \u00b7 ".join(meta))
        help_text = item.help.get(self.language)
        self.help_label.setText(help_text)
        self.help_label.setVisible(bool(help_text))
        source = (
            self.tr("Source: public")
            if item.source == "public"
            else self.tr("Source: assumption of the ClusterBench team")
        )
        if item.source_note:
            source += f" \u2014 {item.source_note}"
        self.source_label.setText(source)

        self._show_comments(item)

        note = self._notes.get(item.id)
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(note.text if note else "")
        self.note_edit.blockSignals(False)
        self.for_report_check.blockSignals(True)
        self.for_report_check.setChecked(bool(note and note.for_report))
        self.for_report_check.blockSignals(False)
        self.note_state_label.setText(self.tr("Note saved") if note else "")
        flags = self._flags.get(item.id, set())
        for check, kind in (
            (self.follow_up_check, "follow_up"),
            (self.evidence_missing_check, "evidence_missing"),
        ):
            check.blockSignals(True)
            check.setChecked(kind in flags)
            check.blockSignals(False)
        self.evidence_error_label.clear()
        self.evidence_error_label.hide()
        self._show_evidence(item)
        self._show_item_state(item)
        self._update_share_view()
        self._update_clock_label()
        visible_all = self.navigator.visible_item_ids()
        self.previous_button.setEnabled(bool(visible_all) and visible_all[0] != item.id)
        self.next_button.setEnabled(bool(visible_all) and visible_all[-1] != item.id)
        self.item_scroll.verticalScrollBar().setValue(0)
        # Lay the new editor out now, so it can be clicked before the next event loop turn.
        self.item_pane_layout.activate()

    def _show_comments(self, item: Item) -> None:
        comments = self._comments.get(item.id, [])
        self.comments_frame.setVisible(bool(comments))
        self.comments_label.setText(
            "\n".join(f"{c.author} ({local_time(c.at)}): {c.text}" for c in comments)
        )

    def _show_general_comments(self) -> None:
        """The supervisor's comments on the interview as a whole, above the question."""
        comments = self._comments.get("", [])
        self.returned_banner.setVisible(bool(comments))
        self.returned_label.setText(
            "\n".join(
                self.tr("Supervisor {author} ({when}): {text}").format(
                    author=c.author, when=local_time(c.at), text=c.text
                )
                for c in comments
            )
        )

    def _show_evidence(self, item: Item) -> None:
        expected = item.evidence.get(self.language) if item.evidence else ""
        self.evidence_expected_label.setText(
            self.tr("Evidence expected: {what}").format(what=expected)
            if expected
            else self.tr("No evidence is expected for this question.")
        )
        self.evidence_model.set_records([e for e in self._evidence if e.item_id == item.id])
        self.evidence_view.setVisible(self.evidence_model.rowCount() > 0)
        self.remove_evidence_button.setEnabled(
            self.evidence_model.rowCount() > 0 and not self.is_locked()
        )

    def _show_item_state(self, item: Item) -> None:
        """The "Saved" line, the pre-fill banner and the validation message."""
        self.validation_label.clear()
        self.validation_label.hide()
        self.restore_button.hide()
        meta = self._meta.get(item.id)
        unconfirmed = self._is_unconfirmed(item.id)
        self.prefill_banner.setVisible(unconfirmed)
        if unconfirmed:
            self.confirm_button.setEnabled(not self.is_locked())
        if item.id in self._answers and meta is not None:
            if unconfirmed:
                text = self.tr("Pre-filled, to confirm (imported {time})").format(
                    time=local_time(meta.saved_at)
                )
                set_colour(self.saved_label, WARN_COLOUR)
            else:
                text = self.tr("\u2713 Saved {time}").format(time=local_time(meta.saved_at))
                set_colour(self.saved_label, OK_COLOUR)
        elif item.id in self._answers:
            text = self.tr("\u2713 Saved")
            set_colour(self.saved_label, OK_COLOUR)
        else:
            text = self.tr("Not answered yet")
            set_colour(self.saved_label, None)
        self.saved_label.setText(text)

    def _show_invalid(self, message: str) -> None:
        self.validation_label.setText(message)
        self.validation_label.show()
        self.restore_button.setVisible(
            self._current is not None and self._current.id in self._answers
        )
        self.saved_label.setText(
            self.tr("Not saved. The saved answer is unchanged.")
            if self._current is not None and self._current.id in self._answers
            else self.tr("Not saved.")
        )
        set_colour(self.saved_label, ERROR_COLOUR)

    # --- saving ----------------------------------------------------------------------------

    def _save_current(self) -> bool:
        """Save the editor's answer; "Saved" shows only after the store returned."""
        item, editor = self._current, self.editor
        if item is None or editor is None:
            return False
        if self.is_locked():
            self._show_invalid(self.tr("The interview is finalised; reopen it to change answers."))
            return False
        try:
            value = editor.value()
        except InputError as error:
            self._show_invalid(error.message)
            return False
        if value is None:
            return self._clear_answer(item, editor)
        try:
            normalised = validate_answer(item, value, self.language)
        except AnswerError as error:
            self._show_invalid(error.message)
            return False
        if normalised == self._answers.get(item.id) and not self._is_unconfirmed(item.id):
            editor.mark_clean()
            self._show_item_state(item)
            return True
        try:
            saved = repo.save_answer(
                self.store, self.pack, self.interview_id, item.id, normalised, actor=self.actor
            )
        except AnswerError as error:
            self._show_invalid(error.message)
            return False
        except AppError as error:
            self._show_invalid(error.user_message)
            return False
        self._answers[item.id] = saved.value
        self._meta[item.id] = repo.AnswerMeta("expert", True, saved.saved_at)
        if isinstance(editor, GroupEditor):
            editor.mark_clean()
        else:
            editor.set_value(saved.value)
        self._after_answer_change(item)
        return True

    def _clear_answer(self, item: Item, editor: AnswerEditor) -> bool:
        if item.id in self._answers:
            try:
                repo.clear_answer(self.store, self.interview_id, item.id, actor=self.actor)
            except AppError as error:
                self._show_invalid(error.user_message)
                return False
            self._answers.pop(item.id, None)
            self._meta.pop(item.id, None)
            editor.mark_clean()
            self._after_answer_change(item)
            self.saved_label.setText(self.tr("Answer cleared"))
            return True
        editor.mark_clean()
        self._show_item_state(item)
        return True

    def _after_answer_change(self, item: Item) -> None:
        self._show_item_state(item)
        self._refresh_navigator()
        self._rescore()
        self._update_share_view()
        visible_all = self.navigator.visible_item_ids()
        self.next_button.setEnabled(bool(visible_all) and visible_all[-1] != item.id)
        self.answer_saved.emit(item.id)

    def _commit_note(self) -> None:
        item = self._current
        if item is None or self.is_locked():
            return
        text = self.note_edit.toPlainText().strip()
        for_report = self.for_report_check.isChecked()
        old = self._notes.get(item.id)
        if (old.text if old else "") == text and (old.for_report if old else False) == for_report:
            return
        if not text and old is None:
            return
        try:
            repo.set_note(
                self.store,
                self.interview_id,
                item.id,
                text,
                for_report=for_report,
                actor=self.actor,
            )
        except AppError as error:
            self.note_state_label.setText(error.user_message)
            set_colour(self.note_state_label, ERROR_COLOUR)
            return
        self._notes = repo.notes_of(self.store, self.interview_id)
        self.note_state_label.setText(self.tr("Note saved") if text else self.tr("Note deleted"))
        set_colour(self.note_state_label, OK_COLOUR)

    def _set_flag(self, kind: str, on: bool) -> None:
        item = self._current
        if item is None or self.is_locked():
            return
        try:
            repo.set_flag(self.store, self.interview_id, item.id, kind, on, actor=self.actor)
        except AppError as error:
            self._show_error(error.user_message)
            return
        self._flags = repo.flags_of(self.store, self.interview_id)
        self._refresh_navigator()

    # --- scores, clock, state ----------------------------------------------------------

    def _rescore(self) -> None:
        result = score_interview(
            self.pack,
            self._answers,
            reference=self.reference,
            technology_area=self.detail.technology_area or None,
            language=self.language,
        )
        self._scores = result.to_dict()
        self.radar.set_scores(self._scores)
        self.score_panel.set_scores(self._scores)
        self.score_summary.setText(self._score_summary_text(self._scores))

    def _score_summary_text(self, scores: Mapping[str, Any]) -> str:
        eligibility = (scores.get("eligibility") or {}).get("status")
        eligibility_text = {
            "eligible": self.tr("eligible"),
            "not_eligible": self.tr("not eligible"),
            "incomplete": self.tr("incomplete"),
        }.get(str(eligibility), "\u2014")
        gold = scores.get("gold") or {}
        share = gold.get("share")
        gold_text = (
            self.tr("{share:.0f} % of indicators at Gold (needs {need:.0f} %)").format(
                share=float(share), need=float(gold.get("required_share", 80))
            )
            if isinstance(share, (int, float))
            else "\u2014"
        )
        return self.tr("Eligibility: {e} \u00b7 {g}").format(e=eligibility_text, g=gold_text)

    def _clock_call(self, call: Callable[..., None]) -> None:
        try:
            call(self.store, self.interview_id, actor=self.actor)
        except AppError as error:
            log.warning("clock: %s", error.user_message)
        self._read_clock()
        self._reload_detail(refresh_item=False)

    def _read_clock(self) -> None:
        try:
            self._clock = repo.clock_state(self.store, self.interview_id)
        except AppError as error:
            log.warning("clock state: %s", error.user_message)
        self._clock_read_at = time.monotonic()
        self.navigator.set_section_seconds(self._clock.section_seconds)
        self._update_clock_label()

    def _clock_seconds(self) -> tuple[float, float]:
        """Total seconds and seconds in the current section, now."""
        extra = time.monotonic() - self._clock_read_at if self._clock.running else 0.0
        section = self._current.section_id if self._current else ""
        return (
            self._clock.elapsed_seconds + extra,
            self._clock.section_seconds.get(section, 0.0) + extra,
        )

    def _update_clock_label(self) -> None:
        total, in_section = self._clock_seconds()
        text = self.tr("Time {total}").format(total=_duration(total))
        over = False
        if self._current is not None:
            section = self.pack.section(self._current.section_id)
            budget = section.budget_minutes * 60
            over = in_section > budget
            text += self.tr("  \u00b7  section {spent} / {budget}").format(
                spent=_duration(in_section), budget=_duration(budget)
            )
            if over:
                text += self.tr(" (over budget)")
        if not self._clock.running:
            text += self.tr("  \u00b7  paused") if self._clock.started else ""
        self.clock_label.setText(text)
        self.clock_label.setToolTip(
            self.tr("Interview time, and time in this section against its budget")
        )
        set_colour(self.clock_label, ERROR_COLOUR if over else None)
        self.pause_button.setText(
            self.tr("Pause")
            if self._clock.running or not self._clock.started
            else self.tr("Resume")
        )
        self.paused_banner.setVisible(
            self._clock.started and not self._clock.running and not self.is_locked()
        )

    def _update_progress_label(self) -> None:
        progress = self.navigator.overall_progress()
        text = self.tr("{a} of {n} answered \u00b7 required {r}/{rn}").format(
            a=progress.answered,
            n=progress.total,
            r=progress.required_answered,
            rn=progress.required_total,
        )
        if progress.flagged:
            text += self.tr(" \u00b7 {f} flagged").format(f=progress.flagged)
        self.progress_label.setText(text)

    def _refresh_navigator(self) -> None:
        self.navigator.set_state(self._answers, self._flags, self._unconfirmed_ids())
        self._update_progress_label()

    def _unconfirmed_ids(self) -> set[str]:
        return {item_id for item_id in self._answers if self._is_unconfirmed(item_id)}

    def _is_unconfirmed(self, item_id: str) -> bool:
        meta = self._meta.get(item_id)
        return item_id in self._answers and meta is not None and not meta.confirmed

    def _reload_detail(self, *, refresh_item: bool = True) -> None:
        try:
            self.detail = repo.get_interview(self.store, self.interview_id)
        except AppError as error:
            log.warning("could not read the interview: %s", error.user_message)
            return
        self._apply_lock_state()
        if refresh_item and self._current is not None:
            self._show_item_state(self._current)

    def _apply_lock_state(self) -> None:
        locked = self.is_locked()
        status = self.detail.status
        status_text = self.tr(INTERVIEW_STATUSES.get(status, status))
        mode_text = self.tr("Practice") if self.detail.mode == "practice" else ""
        self.status_label.setText(" \u00b7 ".join(t for t in (mode_text, status_text) if t))
        self.locked_banner.setVisible(locked)
        if locked:
            when = local_time(self.detail.finalised_at) if self.detail.finalised_at else ""
            self.locked_label.setText(
                self.tr("Finalised {when}: read-only. Reopening needs a reason.").format(when=when)
            )
        self.note_edit.setReadOnly(locked)
        for control in (
            self.for_report_check,
            self.follow_up_check,
            self.evidence_missing_check,
            self.attach_button,
            self.confirm_button,
            self.finalise_button,
        ):
            control.setEnabled(not locked)
        self.pause_button.setEnabled(not locked)
        self.remove_evidence_button.setEnabled(not locked and self.evidence_model.rowCount() > 0)
        for name in ("confirm", "clear_answer", "attach", "pause", "finalise", "prefill"):
            self.actions_by_name[name].setEnabled(not locked)
        self.actions_by_name["reopen"].setEnabled(locked)
        if self.editor is not None:
            self.editor.set_read_only(locked)
        self._update_clock_label()

    def _update_share_view(self) -> None:
        if self.share_view is None:
            return
        if self._current is None:
            self.share_view.show_nothing()
        else:
            self.share_view.show_item(
                self._current, self._answers.get(self._current.id), self.language
            )

    def _size_docks(self) -> None:
        # Floors keep the panels readable beside the question; resizeDocks then gives
        # them their share once the window has its size.
        self.tree.setMinimumWidth(0 if self._compact else 270)
        self.scores_dock.widget().setMinimumWidth(0 if self._compact else 460)
        if not self._compact:
            self.resizeDocks(
                [self.navigator_dock, self.scores_dock], [300, 500], Qt.Orientation.Horizontal
            )

    def _resize_for_mode(self) -> None:
        wanted = COMPACT_SIZE if self._compact else NORMAL_SIZE
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry().size()
            wanted = wanted.boundedTo(available)
        self.resize(wanted)

    def _cluster_text(self) -> str:
        area = self.tr(self.detail.technology_area) if self.detail.technology_area else ""
        return f"{self.detail.cluster_name} \u00b7 {area}"

    def _title_text(self) -> str:
        prefix = self.tr("[Practice] ") if self.detail.mode == "practice" else ""
        return self.tr("{prefix}{cluster} \u2014 ClusterBench interview").format(
            prefix=prefix, cluster=self.detail.cluster_name
        )

    def _show_error(self, message: str, *, title: str = "") -> None:
        self.message_box = show_message(self, title or self.tr("ClusterBench"), message, error=True)

    # --- slots -------------------------------------------------------------------------

    def _on_editor_changed(self) -> None:
        self._save_current()

    def _on_editor_edited(self) -> None:
        if self._current is None:
            return
        self.saved_label.setText(self.tr("Not saved yet: press Enter or leave the field to save."))
        set_colour(self.saved_label, WARN_COLOUR)

    def _on_note_edit_committed(self) -> None:
        self._commit_note()

    def _on_note_edit_text_changed(self) -> None:
        note = self._notes.get(self._current.id) if self._current else None
        if self.note_edit.toPlainText().strip() != (note.text if note else ""):
            self.note_state_label.setText(self.tr("Note not saved yet (Ctrl+Enter)"))
            set_colour(self.note_state_label, WARN_COLOUR)

    def _on_for_report_check_toggled(self, _checked: bool) -> None:
        self._commit_note()

    def _on_follow_up_check_toggled(self, checked: bool) -> None:
        self._set_flag("follow_up", checked)

    def _on_evidence_missing_check_toggled(self, checked: bool) -> None:
        self._set_flag("evidence_missing", checked)

    def _toggle_for_report(self) -> None:
        self.for_report_check.toggle()

    def _toggle_follow_up(self) -> None:
        self.follow_up_check.toggle()

    def _toggle_evidence_missing(self) -> None:
        self.evidence_missing_check.toggle()

    def _toggle_navigator_dock(self) -> None:
        self._toggle_dock(self.navigator_dock)

    def _toggle_scores_dock(self) -> None:
        self._toggle_dock(self.scores_dock)

    def _toggle_dock(self, dock: QDockWidget) -> None:
        if dock.isVisible() and not dock.visibleRegion().isEmpty():
            dock.hide()
        else:
            dock.show()
            dock.raise_()

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing_tree or not current.isValid():
            return
        if current.data(KIND_ROLE) != "item":
            return
        if not self.go_to_item(str(current.data(ID_ROLE)), focus_editor=False) and self._current:
            self._sync_tree(self._current.id)

    def _on_tree_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if index.data(KIND_ROLE) == "section":
            self.go_to_section(str(index.data(ID_ROLE)))
        else:
            self.go_to_item(str(index.data(ID_ROLE)))

    def _on_navigator_rows_inserted(self, parent: QModelIndex, _first: int, _last: int) -> None:
        if parent.isValid():
            self.tree.expand(parent)

    def _on_sections_button_clicked(self) -> None:
        self._toggle_navigator_dock()

    def _on_scores_button_clicked(self) -> None:
        self._toggle_scores_dock()

    def _on_clock_timer_timeout(self) -> None:
        self._update_clock_label()

    def _on_finalise_button_clicked(self) -> None:
        self.open_finalise_review()

    def _on_review_dialog_item_chosen(self, item_id: str) -> None:
        self.go_to_item(item_id)

    def _on_reopen_dialog_accepted(self) -> None:
        dialog = self.reopen_dialog
        if dialog is not None:
            self.reopen(dialog.reason_text())

    def _on_evidence_dialog_file_selected(self, path: str) -> None:
        if path:
            self.attach_evidence_file(Path(path))

    def _on_evidence_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            record = self.evidence_model.record(index.row())
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(record.stored_path)))

    def _on_remove_evidence_button_clicked(self) -> None:
        index = self.evidence_view.currentIndex()
        if not index.isValid() or self._current is None:
            return
        record = self.evidence_model.record(index.row())
        try:
            repo.remove_evidence(self.store, record.id, actor=self.actor)
        except AppError as error:
            self._show_error(error.user_message)
            return
        self._evidence = [e for e in self._evidence if e.id != record.id]
        self._show_evidence(self._current)

    def _on_share_view_destroyed(self) -> None:
        self.share_view = None

    # --- Qt events -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Give the panels their room once the window has its size."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._size_docks()
            self.item_pane_layout.activate()
            self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Keep what was typed, stop the clock, remember the window's place."""
        if not self._closing:
            self._closing = True
            self._leave_current(allow_invalid=True)
            if not self.is_locked() and self._clock.running:
                try:
                    repo.clock_pause(self.store, self.interview_id, actor=self.actor)
                except AppError as error:
                    log.warning("clock: %s", error.user_message)
            self._clock_timer.stop()
            prefs = settings()
            prefs.set_state(
                COMPACT_GEOMETRY_STATE if self._compact else GEOMETRY_STATE, self.saveGeometry()
            )
            prefs.sync()
            if self.share_view is not None:
                self.share_view.close()
            self.closed.emit()
        super().closeEvent(event)
