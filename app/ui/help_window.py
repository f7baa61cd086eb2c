"""Help that works offline: the user guide (short pages shipped with the app, shown in a
window of its own) and the About box.

The guide's pages are Markdown files we write ourselves (``resources/help/<language>/``),
rendered with raw HTML switched off; a link ``page:<id>`` opens another page. The only text
put into them at run time is the data folder's path.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.paths import RESOURCES_DIR, configured_data_dir
from app.settings import SOURCE_LANGUAGE, settings
from app.ui.widgets import wrap_entries
from app.ui.window_fit import fit_to_screen

GUIDE_FOLDER = RESOURCES_DIR / "help"
GUIDE_LINK_SCHEME = "page"
#: Markdown as we write it, with any HTML in it shown as text.
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UserGuide", text)


@dataclass(frozen=True)
class GuidePage:
    """One page of the user guide: its id (for links), title and Markdown text."""

    id: str
    title: str
    markdown: str


def guide_pages(language: str = SOURCE_LANGUAGE) -> list[GuidePage]:
    """The guide's pages in ``language`` (English where there is no such guide), in order."""
    folder = GUIDE_FOLDER / language
    if not folder.is_dir():
        folder = GUIDE_FOLDER / SOURCE_LANGUAGE
    return [_read_page(path) for path in sorted(folder.glob("*.md"))]


def _read_page(path: Path) -> GuidePage:
    text = path.read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    page_id = path.stem.split("-", 1)[-1]
    return GuidePage(page_id, first.lstrip("# ").strip(), text if rest else first)


def page_markdown(page: GuidePage, data_folder: Path) -> str:
    """The page's text with the data folder filled in (kept inside its code span)."""
    return page.markdown.replace("{data_folder}", str(data_folder).replace("`", "'"))


class UserGuide(QWidget):
    """The guide's pages in a list beside the page shown."""

    def __init__(self, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("User guide"))
        self.setAccessibleName(self.tr("User guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pages = guide_pages(language or settings().language)
        self.page_list = QListWidget()
        self.page_list.setAccessibleName(self.tr("Guide pages"))
        wrap_entries(self.page_list)
        for page in self.pages:
            entry = QListWidgetItem(page.title)
            entry.setData(Qt.ItemDataRole.UserRole, page.id)
            self.page_list.addItem(entry)
        self.page_list.currentRowChanged.connect(self._on_page_list_current_row_changed)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Guide page"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        splitter = QSplitter()
        splitter.addWidget(self.page_list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 560])
        splitter.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(820, 640), state="user_guide/geometry")
        if self.pages:
            self.page_list.setCurrentRow(0)

    def show_page(self, page_id: str) -> bool:
        """Show the page ``page_id``; False when there is none."""
        for row, page in enumerate(self.pages):
            if page.id == page_id:
                self.page_list.setCurrentRow(row)
                return True
        return False

    def current_page(self) -> GuidePage | None:
        """The page shown."""
        row = self.page_list.currentRow()
        return self.pages[row] if 0 <= row < len(self.pages) else None

    def _on_page_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            markdown = page_markdown(self.pages[row], configured_data_dir())
            self.browser.document().setMarkdown(markdown, MARKDOWN_FEATURES)

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == GUIDE_LINK_SCHEME:
            self.show_page(url.path())


_guide: UserGuide | None = None


def open_user_guide(page_id: str = "") -> UserGuide:
    """Show the user guide (one window for the whole app), at ``page_id`` if given."""
    global _guide
    if _guide is None:
        _guide = UserGuide()
        _guide.destroyed.connect(_forget_guide)
    if page_id:
        _guide.show_page(page_id)
    _guide.show()
    _guide.raise_()
    _guide.activateWindow()
    return _guide


def user_guide_window() -> UserGuide | None:
    """The user guide's window while it is open."""
    return _guide


def _forget_guide() -> None:
    global _guide
    _guide = None


def about_text() -> str:
    """What the About box says about the shipped questionnaire and peer data."""
    return QCoreApplication.translate(
        "MainWindow",
        "Guided ECEI cluster-management benchmarking interviews, offline.\n\n"
        "The questionnaire pack shipped with the app is a public reconstruction of the ECEI "
        "benchmarking interview: its thresholds and weights are assumptions, not ESCA's "
        "licensed catalogue.\n\n"
        "The peer reference data is SYNTHETIC: generated clusters, not real results. The "
        "demo cluster is fictional.",
    )


def show_about(parent: QWidget) -> QMessageBox:
    """Version, and what the shipped data is (and is not)."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate("MainWindow", "ClusterBench {version}").format(
            version=__version__
        )
    )
    box.setInformativeText(about_text())
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
