"""The navigator dock: sections and their questions with progress; choosing one opens it.

Questions show their whole title, wrapped over as many lines as it needs (and again in
the tooltip with its state); the progress column is as wide as its widest text, measured
when the texts change, not by the view asking every row on every answer.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from app.services.session import InterviewSession
from app.ui.navigator_model import ID_ROLE, KIND_ROLE, NavigatorModel

#: Where a word too wide for the column may break, with a hyphen shown only if it does.
SOFT_HYPHEN = "\u00ad"


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewWindow", text)


def breakable(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with soft hyphens between the letters of each word wider than ``width``
    pixels (a German compound in a narrow column), so that it wraps with a hyphen instead
    of being cut short with an ellipsis; unchanged when every word fits."""
    words = text.split(" ")
    if all(metrics.horizontalAdvance(word) <= width for word in words):
        return text
    from unicodedata import combining

    def hyphenable(word: str) -> str:
        if metrics.horizontalAdvance(word) <= width:
            return word
        letters = [word[0]]
        for before, letter in zip(word, word[1:], strict=False):
            if before.isalpha() and letter.isalpha() and not combining(letter):
                letters.append(SOFT_HYPHEN)
            letters.append(letter)
        return "".join(letters)

    return " ".join(hyphenable(word) for word in words)


class _WrappedTitles(QStyledItemDelegate):
    """Titles wrapped to the first column's width: each row as tall as its title needs.

    A row's titles never change with answers, so each cell is measured once per width and
    font: an answer's rows, which the tree measures again on every change, come from the
    cache (forgotten when rows come or go, or the column is resized). A hidden tree's rows
    are one line each, and measured when it is shown: before that, the column's width is
    not yet the one it will have (a new window's tree would measure its rows twice).
    """

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree
        self._hints: dict[tuple[int, int, int, int, str], QSize] = {}
        self._shown: dict[tuple[str, int, bool, str], str] = {}
        self._unmeasured = False
        tree.installEventFilter(self)

    def forget(self) -> None:
        """Measure every row again (rows were inserted, removed or reset)."""
        self._hints.clear()
        self._shown.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show and self._unmeasured:
            self._unmeasured = False
            self._tree.doItemsLayout()  # rows measured meanwhile at the new width are kept
            self._tree.scrollTo(self._tree.currentIndex())
        return False

    def initStyleOption(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """A title's words too wide for the column may break (``breakable``)."""
        super().initStyleOption(option, index)
        if index.column() != 0:
            return
        text, column_width = option.text, self._tree.columnWidth(0)
        key = (text, column_width, index.parent().isValid(), option.font.key())
        shown = self._shown.get(key)
        if shown is None:  # (painting asks again for every row on screen, often)
            width = self._text_width(index, column_width)
            shown = self._shown[key] = breakable(text, option.fontMetrics, width)
        if shown != text:
            option.text = shown

    def _margin(self) -> int:
        """The style's margin on each side of a title."""
        return self._tree.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._tree
        )

    def _text_width(self, index: QModelIndex | QPersistentModelIndex, column_width: int) -> int:
        """The pixels a title has in the first column, beside its indentation and margins."""
        depth = 1 if index.parent().isValid() else 0
        indent = (depth + 1) * self._tree.indentation()
        return max(column_width - indent - 2 * self._margin() - 2, 40)

    def sizeHint(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if not self._tree.isVisible():
            self._unmeasured = True
            return QSize(0, option.fontMetrics.height())
        width = self._tree.columnWidth(0)
        key = (int(index.internalId()), index.row(), index.column(), width, option.font.key())
        hint = self._hints.get(key)
        if hint is None:
            hint = self._hints[key] = self._measure(option, index, width)
        return QSize(hint)

    def _measure(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        column_width: int,
    ) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint  # one line (its width is not used: the column's is fixed)
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        margin = self._margin()
        text = shown.fontMetrics.boundingRect(
            QRect(0, 0, self._text_width(index, column_width), 100_000),
            Qt.TextFlag.TextWordWrap,
            shown.text,
        )
        return QSize(hint.width(), max(hint.height(), text.height() + 2 * margin + 2))


class NavigatorDock(QDockWidget):
    """A tree of sections and asked questions; selecting or activating a row asks for it."""

    #: A question was chosen (selected, or activated with Enter); ``focus`` for the editor.
    item_chosen = Signal(str, bool)
    #: A section row was activated.
    section_chosen = Signal(str)

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Navigator"), parent)
        self.session = session
        self._syncing = False
        self.model = NavigatorModel(session.pack, session.language, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(_tr("Sections and questions"))
        self.tree.setUniformRowHeights(False)  # a long title takes two or three lines
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        # Rows are as tall as their wrapped titles: measured again when the column resizes.
        self._titles = _WrappedTitles(self.tree)
        self.tree.setItemDelegate(self._titles)
        for rows_change in (
            self.model.rowsAboutToBeInserted,
            self.model.rowsAboutToBeRemoved,
            self.model.modelAboutToBeReset,
            self.model.layoutAboutToBeChanged,
        ):
            rows_change.connect(self._titles.forget)
        header.sectionResized.connect(self._on_header_section_resized)
        self._progress_width = 0
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.activated.connect(self._on_tree_activated)
        self.model.rowsInserted.connect(self._on_model_rows_inserted)
        self.setObjectName("NavigatorDock")
        self.setWidget(self.tree)
        self.setAccessibleName(_tr("Navigator"))
        self.refresh()

    def refresh(self) -> None:
        """Answers, flags and pre-fills of the session; rows follow what is asked."""
        session = self.session
        self.model.set_state(session.answers(), session.flags(), session.unconfirmed_ids())
        self._fit_progress_column()

    def _fit_progress_column(self) -> None:
        """The progress column as wide as the widest text it shows now (bold for sections)."""
        font = self.tree.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(t) for t in self.model.progress_texts()), default=0)
        width = (
            widest
            + 2
            * self.tree.style().pixelMetric(
                QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.tree
            )
            + 12
        )
        if width != self._progress_width:
            self._progress_width = width
            self.tree.header().resizeSection(1, width)

    def show_section_times(self) -> None:
        """Time spent per section, for the tooltips."""
        self.model.set_section_seconds(self.session.clock.section_seconds)

    def select(self, item_id: str) -> None:
        """Select ``item_id``'s row without asking for it again."""
        index = self.model.index_of_item(item_id)
        if not index.isValid():
            return
        self._syncing = True
        try:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        finally:
            self._syncing = False

    def set_compact(self, compact: bool) -> None:
        """A readable floor for the tree beside the question (none in the compact layout)."""
        self.tree.setMinimumWidth(0 if compact else 330)

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid() or current.data(KIND_ROLE) != "item":
            return
        self.item_chosen.emit(str(current.data(ID_ROLE)), False)

    def _on_tree_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if index.data(KIND_ROLE) == "section":
            self.section_chosen.emit(str(index.data(ID_ROLE)))
        else:
            self.item_chosen.emit(str(index.data(ID_ROLE)), True)

    def _on_header_section_resized(self, column: int, old: int, new: int) -> None:
        if column == 0 and old != new:
            self._titles.forget()
            self.tree.doItemsLayout()

    def _on_model_rows_inserted(self, parent: QModelIndex, _first: int, _last: int) -> None:
        if parent.isValid():
            self.tree.expand(parent)
