"""The supervisor's window: open a signed bundle, verify it, review it, comment, decide.

Verification runs off the GUI thread (``app.export.verify``). Until every check passed,
nothing read from the bundle is shown. Afterwards the review is read-only and everything
from the bundle is shown as plain text: answers, notes, item texts of the bundled pack,
evidence names. Evidence and the report PDF are never opened inside the app; they can only
be saved. The decision (approve, or return with comments per item) is signed with the
supervisor's own key and written where the supervisor chooses.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.export import keys
from app.export.decision import Decision, decide_bundle, decision_file_name, make_decision
from app.export.verify import (
    IMPORTED_STATUS,
    BundleContents,
    CheckResult,
    EvidenceEntry,
    VerificationResult,
    result_for_unreadable,
    review_bundle,
)
from app.fileio import write_atomically
from app.models import Store
from app.models import repository as repo
from app.scoring.pack import Item, Pack
from app.ui.keys_dialog import (
    CreateKeyDialog,
    KeysDialog,
    PassphraseDialog,
    fingerprint_label,
    open_keys_dialog,
    while_alive,
)
from app.ui.report_dialog import safe_file_stem
from app.ui.settings import settings
from app.ui.widgets import (
    ERROR_COLOUR,
    OK_COLOUR,
    WARN_COLOUR,
    Column,
    RecordTableModel,
    banner,
    banner_style,
    plain_label,
    set_colour,
    size_text,
)
from app.ui.workers import run_task

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
PRACTICE_BANNER = "PRACTICE \u2013 NOT FOR LABELLING"
MUTED_COLOUR = "#6b7280"
DASH = "\u2014"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorWindow", text)


def _one_line(text: str, limit: int = 160) -> str:
    flat = " \u23ce ".join(part for part in text.splitlines() if part.strip())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def answer_text(item: Item, value: Any, language: str) -> str:
    """An answer from a bundle as plain text (labels for choices, units for numbers)."""
    from app.ui.editors import format_answer

    try:
        return format_answer(item, value, language)
    except (TypeError, ValueError, KeyError, AttributeError):
        return str(value)


# --- verification (runs on the thread pool) ------------------------------------------------


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle's verification result and, only when every check passed, its content."""

    result: VerificationResult
    contents: BundleContents | None


def verify_and_read(
    store: Store,
    path: Path,
    trusted_keys_path: Path,
    age_identity: Path | None,
) -> OpenedBundle:
    """Verify the bundle and read it from the very bytes verified; remember it when it passed."""
    trusted = (
        keys.load_trusted_keys(trusted_keys_path)
        if trusted_keys_path.exists()
        else keys.TrustedKeys(source=str(trusted_keys_path))
    )
    result, contents = review_bundle(
        path,
        trusted,
        allow_practice=True,
        last_imported_revision=lambda interview_uuid: repo.imported_revisions(
            store, interview_uuid
        ),
        age_identity=age_identity,
    )
    if contents is not None:
        repo.record_imported_bundle(
            store,
            bundle_id=contents.bundle_id,
            interview_uuid=contents.interview_uuid,
            revision=contents.revision,
            signer=result.signer or "",
            status=IMPORTED_STATUS,
        )
    return OpenedBundle(result, contents)


def sign_decision(
    store: Store,
    result: VerificationResult,
    contents: BundleContents,
    passphrase: str,
    out: Path,
    *,
    approve: bool,
    supervisor: str,
    comments: Mapping[str, str],
    summary: str,
) -> Path:
    """Unlock the supervisor's key, write the signed decision file and note the outcome."""
    return decide_bundle(
        store,
        result,
        contents,
        approve=approve,
        supervisor=supervisor,
        signing_key=keys.unlock(passphrase),
        out=out,
        comments=comments,
        summary=summary,
    )


# --- models ----------------------------------------------------------------------------------


class ChecksModel(QAbstractTableModel):
    """The verification checks, in order, with their verdicts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checks: list[CheckResult] = []
        self._practice = False
        self.headers = (self.tr("Check"), self.tr("Result"), self.tr("Details"))
        self.descriptions = {
            "archive": self.tr(
                "A zip ClusterBench could have written: sizes, names, no links, no duplicates."
            ),
            "bag": self.tr("Every file is in the manifest and its SHA-256 hash matches."),
            "signature": self.tr("The signature over the manifests verifies with the named key."),
            "trust": self.tr("The key is in your trusted keys, valid and not revoked."),
            "practice": self.tr("A bundle for labelling, not a trainee's practice."),
            "content": self.tr("The data files are well formed and agree with each other."),
            "rescore": self.tr("Scores recomputed from the answers equal the bundle's scores."),
            "revision": self.tr("Not older than a revision you already received."),
        }

    def set_checks(self, checks: Sequence[CheckResult], *, practice: bool = False) -> None:
        """Show these verdicts (``practice``: the bundle is a practice one, let through)."""
        self.beginResetModel()
        self._checks = list(checks)
        self._practice = practice
        self.endResetModel()

    def _practice_let_through(self, check: CheckResult) -> bool:
        return check.name == "practice" and self._practice and bool(check.passed)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._checks)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._checks):
            return None
        check = self._checks[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr(check.title)
            if column == 1:
                if self._practice_let_through(check):
                    return self.tr("practice")
                return {
                    True: self.tr("\u2713 passed"),
                    False: self.tr("\u2717 failed"),
                    None: self.tr("not checked"),
                }[check.passed]
            if column == 2:
                if self._practice_let_through(check):
                    return self.tr("A practice bundle: reviewed for training, never for a label.")
                if check.passed is False:
                    return check.message
                return self.descriptions.get(check.name, "")
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 1:
                if self._practice_let_through(check):
                    return QColor(WARN_COLOUR)
                return QColor(
                    {True: OK_COLOUR, False: ERROR_COLOUR, None: MUTED_COLOUR}[check.passed]
                )
            if column == 2 and check.passed is not False:
                return QColor(MUTED_COLOUR)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


class AnswersModel(QAbstractItemModel):
    """Sections and their questions, with the answer and the supervisor's comment."""

    _SECTION = 0xFFFFFFFF

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack: Pack | None = None
        self._answers: Mapping[str, Any] = {}
        self._notes: Mapping[str, str] = {}
        self._comments: dict[str, str] = {}
        self._language = "en"
        self.headers = (self.tr("Question"), self.tr("Answer"), self.tr("Your comment"))

    def set_content(
        self, pack: Pack | None, answers: Mapping[str, Any], notes: Mapping[str, str], language: str
    ) -> None:
        """Show this pack's questions with these answers (comments start empty)."""
        self.beginResetModel()
        self._pack = pack
        self._answers = dict(answers)
        self._notes = dict(notes)
        self._comments = {}
        self._language = language
        self.endResetModel()

    def set_comment(self, item_id: str, text: str) -> None:
        """Keep (or clear) the comment on ``item_id``."""
        if text.strip():
            self._comments[item_id] = text
        else:
            self._comments.pop(item_id, None)
        index = self.index_of_item(item_id)
        if index.isValid():
            self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(2))

    def comments(self) -> dict[str, str]:
        """The non-empty comments by item id."""
        return {k: v.strip() for k, v in self._comments.items() if v.strip()}

    def comment(self, item_id: str) -> str:
        """The comment typed for ``item_id``."""
        return self._comments.get(item_id, "")

    def index_of_item(self, item_id: str) -> QModelIndex:
        """The index of the question ``item_id`` (invalid when unknown)."""
        if self._pack is None:
            return QModelIndex()
        for section_row, section in enumerate(self._pack.sections):
            for item_row, item in enumerate(section.items):
                if item.id == item_id:
                    return self.createIndex(item_row, 0, section_row)
        return QModelIndex()

    def item_at(self, index: AnyIndex) -> Item | None:
        """The question at ``index`` (None for a section row)."""
        if self._pack is None or not index.isValid() or index.internalId() == self._SECTION:
            return None
        return self._pack.sections[index.internalId()].items[index.row()]

    def answer_of(self, item: Item) -> str:
        """The answer to ``item`` as text (empty when unanswered)."""
        return answer_text(item, self._answers.get(item.id), self._language)

    def note_of(self, item: Item) -> str:
        """The expert's note for the report on ``item``."""
        return self._notes.get(item.id, "")

    def is_answered(self, item: Item) -> bool:
        """Whether ``item`` has an answer."""
        return self._answers.get(item.id) is not None

    # --- Qt model ---

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if self._pack is None or not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self._SECTION)
        if parent.internalId() != self._SECTION:
            return QModelIndex()
        return self.createIndex(row, column, parent.row())

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == self._SECTION:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, self._SECTION)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if self._pack is None:
            return 0
        if not parent.isValid():
            return len(self._pack.sections)
        if parent.internalId() == self._SECTION and parent.column() == 0:
            return len(self._pack.sections[parent.row()].items)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._pack is None or not index.isValid():
            return None
        column = index.column()
        if index.internalId() == self._SECTION:
            section = self._pack.sections[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return section.title.get(self._language)
            if role == Qt.ItemDataRole.DisplayRole and column == 2:
                count = sum(1 for i in section.items if i.id in self._comments)
                return self.tr("{n} comments").format(n=count) if count else ""
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        item = self._pack.sections[index.internalId()].items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.label.get(self._language)
            if column == 1:
                if not self.is_answered(item):
                    return (
                        self.tr("not answered")
                        if item.is_relevant(self._answers)
                        else self.tr("not asked")
                    )
                return _one_line(self.answer_of(item))
            if column == 2:
                return _one_line(self._comments.get(item.id, ""))
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and not self.is_answered(item):
            return QColor(MUTED_COLOUR)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


# --- the window ------------------------------------------------------------------------------


class SupervisorWindow(QMainWindow):
    """Open a bundle, see whether it verifies, review it read-only, comment and decide."""

    verification_finished = Signal(object)
    decision_written = Signal(Path)
    decision_failed = Signal(str)

    def __init__(
        self, store: Store, trusted_keys_path: Path | str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.trusted_keys_path = Path(trusted_keys_path)
        self.language = settings().language
        self.bundle_path: Path | None = None
        self.age_identity: Path | None = None
        self.result: VerificationResult | None = None
        self.contents: BundleContents | None = None
        self._verifying = False
        self._signing = False
        self._current_item: Item | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.actions_by_name: dict[str, QAction] = {}
        self.setObjectName("SupervisorWindow")
        self.setWindowTitle(self.tr("Review a bundle \u2014 ClusterBench"))
        self.setMinimumSize(900, 600)

        self._build_top()
        self._build_tabs()
        self._build_decision()
        self._build_actions()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(self.top_row)
        layout.addWidget(self.practice_banner)
        layout.addWidget(self.verdict_banner)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.decision_box)
        self.setCentralWidget(central)
        self.resize(1360, 860)
        self._show_nothing()

    # --- building ----------------------------------------------------------------------

    def _build_top(self) -> None:
        self.open_button = QPushButton(self.tr("&Open bundle\u2026"))
        self.open_button.setAccessibleName(self.tr("Open a bundle"))
        self.open_button.clicked.connect(self.choose_bundle)
        self.identity_button = QPushButton(self.tr("Decryption &key\u2026"))
        self.identity_button.setAccessibleName(self.tr("Choose the age key for encrypted bundles"))
        self.identity_button.clicked.connect(self.choose_identity)
        self.path_label = plain_label(wrap=False, selectable=True)
        self.path_label.setAccessibleName(self.tr("Bundle file"))
        self.identity_label = plain_label(wrap=False)
        self.identity_label.setAccessibleName(self.tr("Decryption key"))
        self.keys_button = QPushButton(self.tr("Keys and &trust\u2026"))
        self.keys_button.setAccessibleName(self.tr("Keys and trust"))
        self.keys_button.clicked.connect(self.open_keys)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.identity_button)
        info = QVBoxLayout()
        info.setSpacing(0)
        info.addWidget(self.path_label)
        info.addWidget(self.identity_label)
        row.addLayout(info, 1)
        row.addWidget(self.keys_button)
        self.top_row = row

        self.practice_banner, self.practice_label = banner("#ffd8a8", selectable=True)
        self.practice_label.setText(
            self.tr("{banner}: a trainee's practice bundle with a fictional cluster.").format(
                banner=PRACTICE_BANNER
            )
        )
        self.practice_label.setFont(self._bold(1.25))
        self.practice_banner.setAccessibleName(self.tr("Practice bundle"))
        self.verdict_banner, self.verdict_label = banner("#eceff3", selectable=True)
        self.verdict_label.setAccessibleName(self.tr("Verification verdict"))
        self.verdict_label.setFont(self._bold(1.2))
        self.verdict_detail = plain_label(selectable=True)
        self.verdict_detail.setAccessibleName(self.tr("Verification message"))
        banner_layout = self.verdict_banner.layout()
        assert isinstance(banner_layout, QHBoxLayout)
        banner_layout.removeWidget(self.verdict_label)
        texts = QVBoxLayout()
        texts.addWidget(self.verdict_label)
        texts.addWidget(self.verdict_detail)
        banner_layout.addLayout(texts, 1)
        self.title_label = plain_label(selectable=True)
        self.title_label.setAccessibleName(self.tr("Interview"))
        self.title_label.setFont(self._bold(1.15))

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Review"))
        self.tabs.addTab(self._build_verification_tab(), self.tr("&Verification"))
        self.answers_tab = self._build_answers_tab()
        self.tabs.addTab(self.answers_tab, self.tr("&Answers and comments"))
        self.scores_tab = self._build_scores_tab()
        self.tabs.addTab(self.scores_tab, self.tr("&Scores"))
        self.evidence_tab = self._build_evidence_tab()
        self.tabs.addTab(self.evidence_tab, self.tr("&Evidence"))
        self.report_tab = self._build_report_tab()
        self.tabs.addTab(self.report_tab, self.tr("&Report"))
        self.history_tab = self._build_history_tab()
        self.tabs.addTab(self.history_tab, self.tr("&History"))

    def _build_verification_tab(self) -> QWidget:
        page = QWidget()
        self.signer_label = plain_label(selectable=True)
        self.signer_label.setAccessibleName(self.tr("Signer"))
        self.fingerprint = fingerprint_label(scale=1.5)
        self.fingerprint.setAccessibleName(self.tr("Signer fingerprint"))
        self.trust_label = plain_label(selectable=True)
        self.trust_label.setAccessibleName(self.tr("Trust verdict"))
        self.signed_at_label = plain_label(selectable=True)
        self.signed_at_label.setAccessibleName(self.tr("Signed at"))
        self.bundle_label = plain_label(selectable=True)
        self.bundle_label.setAccessibleName(self.tr("Bundle"))
        self.rescore_label = plain_label(selectable=True)
        self.rescore_label.setAccessibleName(self.tr("Scores recompute"))
        form = QFormLayout()
        form.addRow(self.tr("Signed by:"), self.signer_label)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Trust:"), self.trust_label)
        form.addRow(self.tr("Signed at:"), self.signed_at_label)
        form.addRow(self.tr("Bundle:"), self.bundle_label)
        form.addRow(self.tr("Scores:"), self.rescore_label)

        self.checks_model = ChecksModel(self)
        self.checks_view = self._table(self.checks_model, self.tr("Verification checks"), 2)
        self.checks_view.setWordWrap(True)
        self.checks_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.files_model = RecordTableModel(
            [
                Column(self.tr("File"), lambda f: _short_member_name(f.name)),
                Column(self.tr("Size"), lambda f: size_text(f.size)),
                Column(self.tr("SHA-256"), lambda f: f.sha256, monospace=True),
            ],
            self,
        )
        self.files_view = self._table(self.files_model, self.tr("Files in the bundle"), 2)
        files_box = QGroupBox(self.tr("Files (each hash checked against the signed manifest)"))
        QVBoxLayout(files_box).addWidget(self.files_view)
        self.files_box = files_box

        top_widget = QWidget()
        top = QHBoxLayout(top_widget)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(form, 2)
        top.addWidget(self.checks_view, 3)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top_widget)
        splitter.addWidget(files_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    def _build_answers_tab(self) -> QWidget:
        self.answers_model = AnswersModel(self)
        self.answers_view = QTreeView()
        self.answers_view.setModel(self.answers_model)
        self.answers_view.setAccessibleName(self.tr("Questions and answers"))
        self.answers_view.setUniformRowHeights(True)
        self.answers_view.setAlternatingRowColors(True)
        self.answers_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.answers_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.answers_view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 360)
        header.resizeSection(1, 260)
        self.answers_view.selectionModel().currentChanged.connect(
            self._on_answers_view_current_changed
        )

        self.item_section_label = plain_label()
        self.item_section_label.setAccessibleName(self.tr("Section"))
        self.item_question_label = plain_label(selectable=True)
        self.item_question_label.setAccessibleName(self.tr("Question"))
        self.item_question_label.setFont(self._bold(1.15))
        self.item_meta_label = plain_label()
        self.item_meta_label.setAccessibleName(self.tr("Question details"))
        set_colour(self.item_meta_label, MUTED_COLOUR)
        self.answer_label = plain_label(selectable=True)
        self.answer_label.setAccessibleName(self.tr("Answer"))
        self.answer_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.answer_label.setMargin(6)
        self.answer_label.setMinimumHeight(36)
        self.note_label = plain_label(selectable=True)
        self.note_label.setAccessibleName(self.tr("Expert's note for the report"))
        self.note_title = plain_label(self.tr("Expert's note for the report:"))
        self.item_evidence_label = plain_label(selectable=True)
        self.item_evidence_label.setAccessibleName(self.tr("Evidence for this question"))
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setAccessibleName(self.tr("Your comment on this question"))
        self.comment_edit.setPlaceholderText(
            self.tr("Your comment on this question for the expert (optional).")
        )
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.textChanged.connect(self._on_comment_edit_text_changed)
        detail = QWidget()
        box = QVBoxLayout(detail)
        box.addWidget(self.item_section_label)
        box.addWidget(self.item_question_label)
        box.addWidget(self.item_meta_label)
        box.addWidget(plain_label(self.tr("Answer:")))
        box.addWidget(self.answer_label)
        box.addWidget(self.note_title)
        box.addWidget(self.note_label)
        box.addWidget(self.item_evidence_label)
        comment_title = QLabel(self.tr("Your &comment:"))
        comment_title.setBuddy(self.comment_edit)
        box.addWidget(comment_title)
        box.addWidget(self.comment_edit, 1)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(detail)
        self.item_detail = detail

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.answers_view)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        page = QWidget()
        QVBoxLayout(page).addWidget(splitter)
        return page

    def _build_scores_tab(self) -> QWidget:
        from app.ui.radar import RadarChart
        from app.ui.score_panel import ScorePanel

        self.radar = RadarChart()
        self.score_panel = ScorePanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.radar)
        splitter.addWidget(self.score_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        note = plain_label(
            self.tr(
                "These scores were recomputed from the bundled answers, pack and reference "
                "data during verification and match the bundle's own."
            )
        )
        set_colour(note, MUTED_COLOUR)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        return page

    def _build_evidence_tab(self) -> QWidget:
        self.evidence_model = RecordTableModel(
            [
                Column(self.tr("File name given by the expert"), lambda e: e.original_name),
                Column(self.tr("Question"), lambda e: self._item_label(e.item_id)),
                Column(self.tr("Size"), lambda e: size_text(e.size)),
                Column(self.tr("SHA-256"), lambda e: e.sha256, monospace=True),
            ],
            self,
        )
        self.evidence_view = self._table(self.evidence_model, self.tr("Evidence files"), 1)
        self.evidence_view.activated.connect(self._on_evidence_view_activated)
        self.save_evidence_button = QPushButton(self.tr("Save &copy\u2026"))
        self.save_evidence_button.setAccessibleName(self.tr("Save a copy of the evidence file"))
        self.save_evidence_button.clicked.connect(self._on_save_evidence_button_clicked)
        self.evidence_message = plain_label(selectable=True)
        self.evidence_message.setAccessibleName(self.tr("Evidence message"))
        note = plain_label(
            self.tr(
                "Evidence files come from outside and are never opened inside ClusterBench. "
                "Save a copy and check it with your usual tools before opening it."
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.save_evidence_button)
        row.addWidget(self.evidence_message, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(self.evidence_view, 1)
        layout.addLayout(row)
        return page

    def _build_report_tab(self) -> QWidget:
        note = plain_label(
            self.tr(
                "The bundle carries the expert's report PDF. It is not shown inside "
                "ClusterBench: a PDF from outside could show other numbers than the verified "
                "answers and scores in this window, or attack the viewer that opens it. The "
                "review here is rebuilt from the verified data. Save the PDF to read it with "
                "your usual viewer."
            )
        )
        self.report_info_label = plain_label(selectable=True)
        self.report_info_label.setAccessibleName(self.tr("Report file"))
        self.save_pdf_button = QPushButton(self.tr("Save &PDF\u2026"))
        self.save_pdf_button.setAccessibleName(self.tr("Save the report PDF"))
        self.save_pdf_button.clicked.connect(self._on_save_pdf_button_clicked)
        self.report_message = plain_label(selectable=True)
        self.report_message.setAccessibleName(self.tr("Report message"))
        row = QHBoxLayout()
        row.addWidget(self.save_pdf_button)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(self.report_info_label)
        layout.addLayout(row)
        layout.addWidget(self.report_message)
        layout.addStretch(1)
        return page

    def _build_history_tab(self) -> QWidget:
        self.events_model = RecordTableModel(
            [
                Column(
                    self.tr("When (UTC)"), lambda e: str(e.get("at", ""))[:19].replace("T", " ")
                ),
                Column(self.tr("Who"), lambda e: str(e.get("actor", ""))),
                Column(self.tr("What"), lambda e: str(e.get("kind", ""))),
                Column(self.tr("Question"), lambda e: str(e.get("item_id") or "")),
                Column(self.tr("New value"), lambda e: _one_line(_event_value(e.get("new_value")))),
                Column(self.tr("Detail"), lambda e: _one_line(str(e.get("detail") or ""))),
            ],
            self,
        )
        self.events_view = self._table(self.events_model, self.tr("Event log"), 4)
        page = QWidget()
        QVBoxLayout(page).addWidget(self.events_view)
        return page

    def _build_decision(self) -> None:
        self.supervisor_edit = QLineEdit(settings().expert_name)
        self.supervisor_edit.setAccessibleName(self.tr("Your name as the expert will see it"))
        self.supervisor_edit.setPlaceholderText(self.tr("Your name"))
        self.supervisor_edit.setMinimumWidth(240)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setAccessibleName(self.tr("Comment on the interview as a whole"))
        self.summary_edit.setPlaceholderText(
            self.tr("Comment on the interview as a whole (needed when returning it).")
        )
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(64)
        self.comment_count_label = plain_label(wrap=False)
        self.comment_count_label.setAccessibleName(self.tr("Number of comments"))
        self.approve_button = QPushButton(self.tr("A&pprove\u2026"))
        self.approve_button.setAccessibleName(self.tr("Approve the interview"))
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.return_button = QPushButton(self.tr("Re&turn to expert\u2026"))
        self.return_button.setAccessibleName(self.tr("Return the interview to the expert"))
        self.return_button.clicked.connect(self._on_return_button_clicked)
        self.decision_message = plain_label(selectable=True)
        self.decision_message.setAccessibleName(self.tr("Decision message"))
        name_column = QVBoxLayout()
        name_column.addWidget(plain_label(self.tr("Supervisor:")))
        name_column.addWidget(self.supervisor_edit)
        name_column.addWidget(self.comment_count_label)
        name_column.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(name_column)
        row.addWidget(self.summary_edit, 1)
        row.addLayout(buttons)
        box = QGroupBox(self.tr("Decision"))
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.decision_message)
        self.decision_box = box

    def _build_actions(self) -> None:
        t = self.tr
        specs: dict[str, list[tuple[str, str, str, Callable[[], Any]]]] = {
            t("&File"): [
                ("open", t("&Open bundle\u2026"), "Ctrl+O", self.choose_bundle),
                ("identity", t("Decryption &key\u2026"), "Ctrl+Shift+D", self.choose_identity),
                ("keys", t("Keys and &trust\u2026"), "Ctrl+Shift+K", self.open_keys),
                ("close", t("&Close"), "Ctrl+W", self.close),
            ],
            t("&Review"): [
                ("answers", t("Answers and comments"), "Ctrl+2", self._show_answers_tab),
                ("comment", t("Comment on this question"), "Ctrl+Shift+C", self.focus_comment),
                ("save_pdf", t("Save report PDF\u2026"), "Ctrl+Shift+S", self.choose_pdf_target),
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

    # --- public API ----------------------------------------------------------------------

    def choose_bundle(self) -> None:
        """Ask for a bundle file and verify it."""
        start = str(self.bundle_path.parent) if self.bundle_path else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a bundle"),
            start,
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
        """Use this age key file for encrypted bundles (None: none)."""
        self.age_identity = Path(path) if path else None
        self.identity_label.setText(
            self.tr("Decryption key: {name}").format(name=self.age_identity.name)
            if self.age_identity
            else ""
        )
        if self.bundle_path is not None and self.result is not None and not self.result.ok:
            failure = self.result.first_failure
            if failure is not None and failure.code in ("encrypted", "decryption_failed"):
                self.open_bundle(self.bundle_path)

    def open_bundle(self, path: Path | str) -> None:
        """Verify the bundle at ``path`` off the GUI thread, then show what it holds."""
        if self._verifying:
            return
        self.bundle_path = Path(path)
        self._verifying = True
        self._clear_review()
        self.path_label.setText(str(self.bundle_path))
        self.setWindowTitle(
            self.tr("{name} \u2014 Review a bundle \u2014 ClusterBench").format(
                name=self.bundle_path.name
            )
        )
        self._set_verdict(
            self.tr("Verifying\u2026"),
            self.tr("Checking the archive, the manifests, the signature and the signer."),
            "#eceff3",
        )
        self.open_button.setEnabled(False)
        run_task(
            verify_and_read,
            self.store,
            self.bundle_path,
            self.trusted_keys_path,
            self.age_identity,
            on_done=while_alive(self, self._on_verification_done),
            on_error=while_alive(self, self._on_verification_error),
        )

    def is_verified(self) -> bool:
        """Whether the open bundle passed every check."""
        return self.result is not None and self.result.ok and self.contents is not None

    def select_item(self, item_id: str) -> bool:
        """Show question ``item_id`` beside its comment box."""
        index = self.answers_model.index_of_item(item_id)
        if not index.isValid():
            return False
        self.tabs.setCurrentWidget(self.answers_tab)
        self.answers_view.expand(index.parent())
        self.answers_view.setCurrentIndex(index)
        self.answers_view.scrollTo(index)
        return True

    def set_comment(self, item_id: str, text: str) -> bool:
        """Type ``text`` as the comment on ``item_id``."""
        if not self.select_item(item_id):
            return False
        self.comment_edit.setPlainText(text)
        return True

    def comments(self) -> dict[str, str]:
        """The comments typed so far, by item id."""
        return self.answers_model.comments()

    def focus_comment(self) -> None:
        """Put the keyboard focus into the comment box of the current question."""
        if self.is_verified():
            self.tabs.setCurrentWidget(self.answers_tab)
            self.comment_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def build_decision(self, approve: bool) -> Decision:
        """The decision as it stands; ``DecisionError`` says what is missing."""
        contents = self.contents
        if contents is None or not self.is_verified():
            raise AppError(self.tr("Open a bundle that verifies before deciding."))
        return make_decision(
            bundle_id=contents.bundle_id,
            interview_uuid=contents.interview_uuid,
            revision=contents.revision,
            approve=approve,
            supervisor=self.supervisor_edit.text().strip(),
            comments=self.comments(),
            summary=self.summary_edit.toPlainText().strip(),
            known_items=[item.id for item in contents.pack.items],
        )

    def decide(self, approve: bool, *, passphrase: str, out: Path | str) -> bool:
        """Sign the decision with this computer's key (off the GUI thread) and write it."""
        if self._signing:
            return False
        try:
            decision = self.build_decision(approve)
        except AppError as error:
            self._decision_message(error.user_message, ERROR_COLOUR)
            self.decision_failed.emit(error.user_message)
            return False
        assert self.result is not None  # build_decision checked both
        assert self.contents is not None
        self._signing = True
        self._set_decision_enabled(False)
        self._decision_message(self.tr("Signing the decision\u2026"), None)
        run_task(
            sign_decision,
            self.store,
            self.result,
            self.contents,
            passphrase,
            Path(out),
            approve=approve,
            supervisor=decision.supervisor,
            comments=self.comments(),
            summary=decision.summary,
            on_done=while_alive(self, lambda path: self._on_decision_signed(approve, path)),
            on_error=while_alive(self, self._on_decision_error),
        )
        return True

    def ask_approve(self) -> None:
        """Approve: check the decision, then ask for the passphrase and the file."""
        self._ask_decision(approve=True)

    def ask_return(self) -> None:
        """Return to the expert: check the comments, then ask for the passphrase and file."""
        self._ask_decision(approve=False)

    def save_report_pdf(self, target: Path | str) -> Path | None:
        """Write the bundle's report PDF to ``target`` (never opened here)."""
        if self.contents is None or self.contents.report_pdf is None:
            return None
        try:
            write_atomically(Path(target), self.contents.report_pdf)
        except OSError as error:
            self.report_message.setText(str(error))
            set_colour(self.report_message, ERROR_COLOUR)
            return None
        self.report_message.setText(self.tr("Saved to {path}").format(path=target))
        set_colour(self.report_message, OK_COLOUR)
        return Path(target)

    def choose_pdf_target(self) -> None:
        """Ask where to save the report PDF."""
        if self.contents is None or self.contents.report_pdf is None:
            return
        name = safe_file_stem(
            self.tr("Benchmarking report - {cluster}").format(
                cluster=str(self.contents.interview.get("cluster_name", ""))
            )
        )
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report PDF"),
            str(self._save_folder() / f"{name}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if path:
            self.save_report_pdf(path)

    def save_evidence_copy(self, entry: EvidenceEntry, target: Path | str) -> Path | None:
        """Write one evidence file to ``target``, after checking its hash again."""
        if self.contents is None:
            return None
        try:
            write_atomically(Path(target), self.contents.evidence_bytes(entry.sha256))
        except (AppError, OSError) as error:
            message = error.user_message if isinstance(error, AppError) else str(error)
            self.evidence_message.setText(message)
            set_colour(self.evidence_message, ERROR_COLOUR)
            return None
        self.evidence_message.setText(self.tr("Saved to {path}").format(path=target))
        set_colour(self.evidence_message, OK_COLOUR)
        return Path(target)

    def open_keys(self) -> KeysDialog:
        """The key dialog: this computer's key, and the trusted keys."""
        dialog = open_keys_dialog(self, self.trusted_keys_path)
        dialog.trusted_keys_saved.connect(self._on_keys_dialog_trusted_keys_saved)
        return dialog

    # --- verification result --------------------------------------------------------------

    def _on_verification_done(self, opened: OpenedBundle) -> None:
        self._verifying = False
        self.open_button.setEnabled(True)
        self.result = opened.result
        self.contents = opened.contents if opened.result.ok else None
        self._show_result(opened.result)
        if self.contents is not None:
            self._show_contents(self.contents)
        self.verification_finished.emit(opened.result)

    def _on_verification_error(self, error: BaseException) -> None:
        self._verifying = False
        self.open_button.setEnabled(True)
        if isinstance(error, AppError):
            message = error.user_message
        else:
            log.error("verification failed unexpectedly", exc_info=error)
            message = self.tr("The bundle could not be checked: {error}").format(error=error)
        result = result_for_unreadable(self.bundle_path or Path(), message)
        self.result = result
        self.contents = None
        self._show_result(result)
        self.verification_finished.emit(result)

    def _show_result(self, result: VerificationResult) -> None:
        self.checks_model.set_checks(result.checks, practice=bool(result.ok and result.practice))
        failure = result.first_failure
        signature_ok = bool(result.check("signature").passed)
        if result.ok:
            self._set_verdict(
                self.tr("\u2713 Verified: intact and signed by a trusted key"),
                self.tr(
                    "Signed by {signer} ({fingerprint}), revision {revision}; every file "
                    "matches the signed manifest and the scores recompute."
                ).format(
                    signer=result.signer or DASH,
                    fingerprint=result.fingerprint or DASH,
                    revision=result.revision,
                ),
                "#dcefe0",
            )
        else:
            title = self.tr(failure.title) if failure else self.tr("Not checked")
            message = failure.message if failure else ""
            self._set_verdict(
                self.tr("\u2717 Not verified \u2014 {check} failed").format(check=title),
                message + "\n" + self.tr("Nothing in this bundle is shown or trusted."),
                "#fde8e7",
            )
        self.signer_label.setText(result.signer if result.ok and result.signer else DASH)
        self.fingerprint.setText(result.fingerprint if signature_ok and result.fingerprint else "")
        self.fingerprint.setVisible(bool(signature_ok and result.fingerprint))
        trust = result.check("trust")
        if trust.passed is None:
            self.trust_label.setText(self.tr("not checked"))
            set_colour(self.trust_label, MUTED_COLOUR)
        elif trust.passed:
            self.trust_label.setText(self.tr("trusted: the key is enrolled, valid and not revoked"))
            set_colour(self.trust_label, OK_COLOUR)
        else:
            self.trust_label.setText(trust.message)
            set_colour(self.trust_label, ERROR_COLOUR)
        self.signed_at_label.setText(
            result.signed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if result.ok and result.signed_at
            else DASH
        )
        if result.ok:
            parts = [
                self.tr("revision {n}").format(n=result.revision),
                self.tr("pack {id} {version}").format(
                    id=result.pack_id, version=result.pack_version
                ),
                self.tr("ClusterBench {v}").format(v=result.app_version),
            ]
            if result.encrypted:
                parts.append(self.tr("was encrypted (age)"))
            self.bundle_label.setText(" \u00b7 ".join(parts))
        else:
            self.bundle_label.setText(DASH)
        rescore = result.check("rescore")
        if rescore.passed is None:
            self.rescore_label.setText(self.tr("not checked"))
            set_colour(self.rescore_label, MUTED_COLOUR)
        elif rescore.passed:
            self.rescore_label.setText(
                self.tr("match: recomputed from the answers, they equal the bundle's scores")
            )
            set_colour(self.rescore_label, OK_COLOUR)
        else:
            self.rescore_label.setText(self.tr("do not match: {m}").format(m=rescore.message))
            set_colour(self.rescore_label, ERROR_COLOUR)
        self.files_model.set_rows(result.files if result.ok else [])
        self.files_box.setEnabled(result.ok)
        self.tabs.setCurrentIndex(0)

    def _show_contents(self, contents: BundleContents) -> None:
        interview = contents.interview
        self.practice_banner.setVisible(contents.practice)
        title = " \u00b7 ".join(
            str(part)
            for part in (
                interview.get("cluster_name", ""),
                interview.get("country", ""),
                interview.get("technology_area", ""),
                self.tr("expert {name}").format(name=interview.get("expert", "")),
                self.tr("revision {n}").format(n=contents.revision),
            )
            if str(part).strip()
        )
        self.title_label.setText(title)
        self.title_label.show()
        self.answers_model.set_content(
            contents.pack, contents.answers, contents.notes, self.language
        )
        self.answers_view.expandAll()
        self.radar.set_scores(contents.scores)
        self.score_panel.set_scores(contents.scores)
        self.evidence_model.set_rows(contents.evidence)
        self.save_evidence_button.setEnabled(bool(contents.evidence))
        self.evidence_message.setText(
            "" if contents.evidence else self.tr("The bundle carries no evidence files.")
        )
        if contents.report_pdf is not None:
            self.report_info_label.setText(
                self.tr("report.pdf \u00b7 {size} \u00b7 SHA-256 {digest}").format(
                    size=size_text(len(contents.report_pdf)),
                    digest=hashlib.sha256(contents.report_pdf).hexdigest(),
                )
            )
        else:
            self.report_info_label.setText(self.tr("The bundle carries no report PDF."))
        self.save_pdf_button.setEnabled(contents.report_pdf is not None)
        self.events_model.set_rows(list(contents.events))
        for tab in (
            self.answers_tab,
            self.scores_tab,
            self.evidence_tab,
            self.report_tab,
            self.history_tab,
        ):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), True)
        self._set_decision_enabled(True)
        self._decision_message(
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
        self.result = None
        self.contents = None
        self._current_item = None
        self.practice_banner.hide()
        self.title_label.clear()
        self.title_label.hide()
        self.checks_model.set_checks([])
        self.files_model.set_rows([])
        self.answers_model.set_content(None, {}, {}, self.language)
        self.radar.set_scores({})
        self.score_panel.set_scores({})
        self.evidence_model.set_rows([])
        self.events_model.set_rows([])
        self.report_info_label.clear()
        self.report_message.clear()
        self.evidence_message.clear()
        self.summary_edit.clear()
        self._show_item(None)
        for label in (
            self.signer_label,
            self.trust_label,
            self.signed_at_label,
            self.bundle_label,
            self.rescore_label,
        ):
            label.setText(DASH)
            set_colour(label, None)
        self.fingerprint.clear()
        self.fingerprint.hide()
        for tab in (
            self.answers_tab,
            self.scores_tab,
            self.evidence_tab,
            self.report_tab,
            self.history_tab,
        ):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), False)
        self._set_decision_enabled(False)
        self._decision_message("", None)
        self._update_comment_count()

    def _show_nothing(self) -> None:
        self._clear_review()
        self._set_verdict(
            self.tr("No bundle open"),
            self.tr(
                "Open a bundle (Ctrl+O) to check that it is complete, unchanged and signed by "
                "an enrolled expert. Add experts' keys in Keys and trust first."
            ),
            "#eceff3",
        )

    # --- the question beside its comment -------------------------------------------------

    def _show_item(self, item: Item | None) -> None:
        self._current_item = item
        self.item_detail.setEnabled(item is not None)
        if item is None or self.contents is None:
            for label in (
                self.item_section_label,
                self.item_question_label,
                self.item_meta_label,
                self.answer_label,
                self.note_label,
                self.item_evidence_label,
            ):
                label.clear()
            self.note_title.hide()
            self.note_label.hide()
            self.comment_edit.blockSignals(True)
            self.comment_edit.clear()
            self.comment_edit.blockSignals(False)
            return
        pack = self.contents.pack
        section = pack.section(item.section_id)
        self.item_section_label.setText(section.title.get(self.language))
        self.item_question_label.setText(item.label.get(self.language))
        meta = [item.id, self.tr("required") if item.required else self.tr("optional")]
        self.item_meta_label.setText(" \u00b7 ".join(meta))
        if self.answers_model.is_answered(item):
            self.answer_label.setText(self.answers_model.answer_of(item))
            set_colour(self.answer_label, None)
        else:
            self.answer_label.setText(self.tr("Not answered."))
            set_colour(self.answer_label, MUTED_COLOUR)
        note = self.answers_model.note_of(item)
        self.note_label.setText(note)
        self.note_title.setVisible(bool(note))
        self.note_label.setVisible(bool(note))
        evidence = [e for e in self.contents.evidence if e.item_id == item.id]
        self.item_evidence_label.setText(
            self.tr("Evidence: {names}").format(
                names="; ".join(f"{e.original_name} ({size_text(e.size)})" for e in evidence)
            )
            if evidence
            else ""
        )
        self.item_evidence_label.setVisible(bool(evidence))
        self.comment_edit.blockSignals(True)
        self.comment_edit.setPlainText(self.answers_model.comment(item.id))
        self.comment_edit.blockSignals(False)

    def _on_answers_view_current_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        self._show_item(self.answers_model.item_at(current))

    def _on_comment_edit_text_changed(self) -> None:
        if self._current_item is not None:
            self.answers_model.set_comment(self._current_item.id, self.comment_edit.toPlainText())
            self._update_comment_count()

    def _update_comment_count(self) -> None:
        count = len(self.comments())
        self.comment_count_label.setText(
            self.tr("{n} comments on questions").format(n=count)
            if count != 1
            else self.tr("1 comment on a question")
        )

    # --- deciding ---------------------------------------------------------------------------

    def _ask_decision(self, *, approve: bool) -> None:
        if not self.is_verified() or self._signing:
            return
        try:
            decision = self.build_decision(approve)
        except AppError as error:
            self._decision_message(error.user_message, ERROR_COLOUR)
            return
        if not keys.has_key():
            self._decision_message(
                self.tr("You need a signing key to sign decisions; create it first."),
                WARN_COLOUR,
            )
            create_dialog = CreateKeyDialog(self)
            create_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            create_dialog.open()
            return
        what = (
            self.tr("Approve the interview.")
            if approve
            else self.tr("Return the interview with {n} comments.").format(
                n=len(decision.comments) + (1 if decision.summary else 0)
            )
        )
        dialog = PassphraseDialog(
            what + "\n" + self.tr("Type your passphrase to sign the decision."), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_passphrase_dialog_accepted(approve, decision))
        self.passphrase_dialog = dialog
        dialog.open()

    def _on_passphrase_dialog_accepted(self, approve: bool, decision: Decision) -> None:
        dialog = self.passphrase_dialog
        passphrase = dialog.passphrase() if dialog is not None else ""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the signed decision"),
            str(self._save_folder() / decision_file_name(decision)),
            self.tr("Decision files (*.json)"),
        )
        if path:
            self.decide(approve, passphrase=passphrase, out=path)

    def _on_decision_signed(self, approve: bool, path: Path) -> None:
        self._signing = False
        outcome = self.tr("Approved") if approve else self.tr("Returned")
        self._decision_message(
            self.tr(
                "{outcome}. The signed decision is written to {path}; send it to the expert."
            ).format(outcome=outcome, path=path),
            OK_COLOUR,
        )
        self.decision_written.emit(path)

    def _on_decision_error(self, error: BaseException) -> None:
        self._signing = False
        self._set_decision_enabled(self.is_verified())
        if isinstance(error, AppError):
            message = error.user_message
        elif isinstance(error, OSError):
            message = self.tr("The decision could not be written: {e}").format(
                e=error.strerror or error
            )
        else:
            log.error("signing the decision failed", exc_info=error)
            message = str(error)
        self._decision_message(
            self.tr("No decision was written: {m}").format(m=message), ERROR_COLOUR
        )
        self.decision_failed.emit(message)

    # --- other slots ---------------------------------------------------------------------

    def _on_approve_button_clicked(self) -> None:
        self.ask_approve()

    def _on_return_button_clicked(self) -> None:
        self.ask_return()

    def _on_save_pdf_button_clicked(self) -> None:
        self.choose_pdf_target()

    def _on_evidence_view_activated(self, _index: QModelIndex) -> None:
        self._on_save_evidence_button_clicked()

    def _on_save_evidence_button_clicked(self) -> None:
        index = self.evidence_view.currentIndex()
        if not index.isValid() or self.contents is None:
            self.evidence_message.setText(self.tr("Select an evidence file first."))
            return
        entry: EvidenceEntry = self.evidence_model.record(index.row())
        suffix = entry.file.rsplit(".", 1)[-1]
        stem = safe_file_stem(Path(entry.original_name.replace("\\", "/")).stem or entry.sha256)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the evidence file"),
            str(self._save_folder() / f"{stem}.{suffix}"),
        )
        if path:
            self.save_evidence_copy(entry, path)

    def _on_keys_dialog_trusted_keys_saved(self, path: Path) -> None:
        self.trusted_keys_path = path
        if self.bundle_path is not None and not self._verifying:
            self.open_bundle(self.bundle_path)

    def _show_answers_tab(self) -> None:
        if self.is_verified():
            self.tabs.setCurrentWidget(self.answers_tab)
            self.answers_view.setFocus()

    # --- helpers ---------------------------------------------------------------------------

    def _item_label(self, item_id: str) -> str:
        if self.contents is None:
            return item_id
        try:
            return str(self.contents.pack.item(item_id).label.get(self.language))
        except KeyError:
            return item_id

    def _save_folder(self) -> Path:
        return self.bundle_path.parent if self.bundle_path else Path.home()

    def _set_verdict(self, title: str, detail: str, colour: str) -> None:
        self.verdict_label.setText(title)
        self.verdict_detail.setText(detail)
        self.verdict_banner.setStyleSheet(banner_style(colour))

    def _set_decision_enabled(self, enabled: bool) -> None:
        for widget in (
            self.approve_button,
            self.return_button,
            self.summary_edit,
            self.supervisor_edit,
        ):
            widget.setEnabled(enabled)
        for name in ("approve", "return"):
            if name in self.actions_by_name:
                self.actions_by_name[name].setEnabled(enabled)

    def _decision_message(self, text: str, colour: str | None) -> None:
        self.decision_message.setText(text)
        set_colour(self.decision_message, colour)

    def _bold(self, scale: float) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * scale)
        return font

    @staticmethod
    def _table(model: QAbstractTableModel, name: str, stretch_column: int) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setTabKeyNavigation(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        return view

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Forget the bundle's content when the window goes."""
        self.contents = None
        super().closeEvent(event)


def _short_member_name(name: str) -> str:
    """A bundle member's name, evidence hashes shortened (the hash column has them whole)."""
    prefix = "data/evidence/"
    if name.startswith(prefix) and len(name) > len(prefix) + 20:
        stem, _dot, suffix = name[len(prefix) :].partition(".")
        return f"{prefix}{stem[:12]}\u2026.{suffix}"
    return name


def _event_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
