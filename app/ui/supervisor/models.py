"""The supervisor window's Qt models: the verification checks, and the bundled questions
with their answers and the supervisor's comments (over a ``ReviewSession``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from app.export.verify import CheckResult
from app.scoring.pack import AnswerValue, Item, Pack
from app.services.review_session import ReviewSession
from app.ui import palette
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, WARN_COLOUR, AnyIndex

MUTED_COLOUR = palette.MUTED


def one_line(text: str, limit: int = 160) -> str:
    """``text`` on one line (line breaks shown as \u23ce), cut at ``limit`` characters."""
    flat = " \u23ce ".join(part for part in text.splitlines() if part.strip())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


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

    def __init__(self, review: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self._pack: Pack | None = None
        self.headers = (self.tr("Question"), self.tr("Answer"), self.tr("Your comment"))
        review.comment_changed.connect(self._on_review_comment_changed)

    def reset(self) -> None:
        """Show the questions of the bundle under review (none until it verified)."""
        self.beginResetModel()
        contents = self.review.contents
        self._pack = contents.pack if contents is not None else None
        self.endResetModel()

    def _on_review_comment_changed(self, item_id: str) -> None:
        index = self.index_of_item(item_id)
        if index.isValid():
            self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(2))

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

    def _answers(self) -> Mapping[str, AnswerValue]:
        contents = self.review.contents
        return contents.answers if contents is not None else {}

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
                return section.title.get(self.review.language)
            if role == Qt.ItemDataRole.DisplayRole and column == 2:
                count = sum(1 for i in section.items if self.review.comment(i.id))
                if count == 1:
                    return self.tr("1 comment")
                return self.tr("{n} comments").format(n=count) if count else ""
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        item = self._pack.sections[index.internalId()].items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.label.get(self.review.language)
            if column == 1:
                if not self.review.is_answered(item):
                    return (
                        self.tr("not answered")
                        if item.is_relevant(self._answers())
                        else self.tr("not asked")
                    )
                return one_line(self.review.answer_of(item))
            if column == 2:
                return one_line(self.review.comment(item.id))
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == 1
            and not self.review.is_answered(item)
        ):
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
