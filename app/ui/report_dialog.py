"""The benchmarking report: written off the GUI thread and previewed in the app as pages.

The report is the same as ``clusterbench report`` writes (``app.services.reports``). The
preview renders only the report this app has just written (a supervisor never renders a
PDF that came in a bundle).
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models import Store
from app.services.reports import default_report_path, write_report
from app.ui.widgets import (
    ERROR_COLOUR,
    OK_COLOUR,
    documents_folder,
    plain_label,
    safe_file_stem,
    set_colour,
)
from app.ui.window_fit import fit_to_screen
from app.ui.workers import run_task, while_alive

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int], None]
#: Pixels per PDF point in the preview (A4 becomes about 770 x 1090 pixels).
PREVIEW_SCALE = 1.3
#: pdfium is not thread-safe; one document at a time.
_PDFIUM_LOCK = threading.Lock()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


def error_text(error: BaseException) -> str:
    """What went wrong in background work, for a message line."""
    if isinstance(error, AppError):
        return error.user_message
    if isinstance(error, OSError):
        return _tr("The file could not be written: {error}").format(error=error.strerror or error)
    log.error("background work failed", exc_info=error)
    return _tr("Something went wrong: {error}").format(error=error)


# --- writing and rendering (plain functions, run on the thread pool) -------------------------


@dataclass(frozen=True)
class PageBitmap:
    """One rendered page: RGBX pixels, row by row."""

    width: int
    height: int
    stride: int
    pixels: bytes


@dataclass(frozen=True)
class RenderedReport:
    """The written report and its pages, rendered for the preview."""

    path: Path
    pages: list[PageBitmap]


def render_pdf_pages(
    path: Path | str, scale: float = PREVIEW_SCALE, progress: ProgressCallback | None = None
) -> list[PageBitmap]:
    """Render every page of a PDF this app wrote (never one from a bundle)."""
    import pypdfium2  # type: ignore[import-untyped]

    pages: list[PageBitmap] = []
    with _PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(str(path))
        try:
            count = len(document)
            for number in range(count):
                page = document[number]
                bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
                pages.append(
                    PageBitmap(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
                )
                bitmap.close()
                page.close()
                if progress is not None:
                    progress((number + 1) * 100 // max(count, 1))
        finally:
            document.close()
    return pages


def page_image(page: PageBitmap) -> QImage:
    """A rendered page as a QImage (a copy that owns its pixels)."""
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888)
    return image.copy()


def generate_report(
    store: Store, interview_id: int, out_path: Path, progress: ProgressCallback | None = None
) -> RenderedReport:
    """Write the interview's report to ``out_path`` (as ``clusterbench report`` does) and
    render its pages for the preview."""
    report = progress or (lambda _percent: None)
    path = write_report(store, interview_id, out_path, progress=lambda p: report(p * 75 // 100))
    pages = render_pdf_pages(path, progress=lambda p: report(75 + p * 25 // 100))
    return RenderedReport(path, pages)


# --- the report dialog ---------------------------------------------------------------------


class ReportDialog(QDialog):
    """Writes the report PDF off the GUI thread, then previews its pages."""

    report_ready = Signal(Path)
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        interview_id: int,
        parent: QWidget | None = None,
        *,
        cluster_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.interview_id = interview_id
        self.cluster_name = cluster_name
        self.pdf_path: Path | None = None
        self.page_images: list[QImage] = []
        self._running = False
        self.setWindowTitle(self.tr("Benchmarking report"))
        self.setAccessibleName(self.tr("Benchmarking report"))
        self.status_label = plain_label()
        self.status_label.setAccessibleName(self.tr("Report status"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Report progress"))

        self.pages_widget = QWidget()
        self.pages_widget.setAutoFillBackground(True)
        palette = self.pages_widget.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Mid))
        self.pages_widget.setPalette(palette)
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setContentsMargins(16, 16, 16, 16)
        self.pages_layout.setSpacing(16)
        self.pages_layout.addStretch(1)
        self.pages_scroll = QScrollArea()
        self.pages_scroll.setWidget(self.pages_widget)
        self.pages_scroll.setWidgetResizable(True)
        self.pages_scroll.setAccessibleName(self.tr("Report pages"))
        self.pages_scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.open_button = QPushButton(self.tr("&Open in system viewer"))
        self.open_button.setAccessibleName(self.tr("Open the report in the system's PDF viewer"))
        self.open_button.setShortcut(QKeySequence.StandardKey.Open)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.save_button = QPushButton(self.tr("&Save as\u2026"))
        self.save_button.setAccessibleName(self.tr("Save the report as"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        for button in (self.open_button, self.save_button):
            button.setEnabled(False)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.progress)
        layout.addLayout(top)
        layout.addWidget(self.pages_scroll, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(900, 980), state="report_preview/geometry")

    def done(self, result: int) -> None:
        """Close, letting the rendered pages go at once (they take tens of megabytes)."""
        self._clear_pages()
        super().done(result)

    def default_pdf_path(self) -> Path:
        """Where the app keeps the latest report of this interview."""
        return default_report_path(self.interview_id)

    def start(self, out_path: Path | None = None) -> None:
        """Write the report (off the GUI thread) and preview it when done."""
        if self._running:
            return
        self._running = True
        self._clear_pages()
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(self.tr("Writing the report\u2026"))
        set_colour(self.status_label, None)
        for button in (self.open_button, self.save_button):
            button.setEnabled(False)
        run_task(
            generate_report,
            self.store,
            self.interview_id,
            out_path or self.default_pdf_path(),
            on_done=while_alive(self, self._on_task_done),
            on_error=while_alive(self, self._on_task_error),
            on_progress=while_alive(self, self.progress.setValue),
        )

    def is_running(self) -> bool:
        """Whether the report is still being written."""
        return self._running

    def save_as(self, target: Path | str) -> Path | None:
        """Copy the report to ``target``; return the path, or None when it failed."""
        if self.pdf_path is None:
            return None
        destination = Path(target)
        try:
            if destination.resolve() != self.pdf_path.resolve():
                shutil.copyfile(self.pdf_path, destination)
        except OSError as error:
            self.status_label.setText(error_text(error))
            set_colour(self.status_label, ERROR_COLOUR)
            return None
        self.status_label.setText(self.tr("Saved to {path}").format(path=destination))
        set_colour(self.status_label, OK_COLOUR)
        return destination

    def open_in_viewer(self) -> bool:
        """Hand the report to the system's PDF viewer."""
        if self.pdf_path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))

    # --- slots ---

    def _on_task_done(self, result: RenderedReport) -> None:
        self._running = False
        self.pdf_path = result.path
        self.progress.hide()
        self.page_images = [page_image(page) for page in result.pages]
        for number, image in enumerate(self.page_images, start=1):
            self._add_page(image, number, len(self.page_images))
        count = len(self.page_images)
        self.status_label.setText(
            self.tr("{n} pages, A4. Saved in the data folder; use Save as to keep a copy.").format(
                n=count
            )
        )
        set_colour(self.status_label, None)
        for button in (self.open_button, self.save_button):
            button.setEnabled(True)
        self.pages_scroll.setFocus()
        self.report_ready.emit(result.path)

    def _on_task_error(self, error: BaseException) -> None:
        self._running = False
        self.progress.hide()
        message = error_text(error)
        self.status_label.setText(
            self.tr("The report could not be written: {error}").format(error=message)
        )
        set_colour(self.status_label, ERROR_COLOUR)
        self.failed.emit(message)

    def _on_open_button_clicked(self) -> None:
        if not self.open_in_viewer():
            self.status_label.setText(self.tr("No PDF viewer could be started."))
            set_colour(self.status_label, ERROR_COLOUR)

    def _on_save_button_clicked(self) -> None:
        name = safe_file_stem(
            self.tr("Benchmarking report - {cluster}").format(cluster=self.cluster_name)
            if self.cluster_name
            else self.tr("Benchmarking report")
        )
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(documents_folder() / f"{name}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if path:
            self.save_as(path)

    # --- helpers ---

    def _clear_pages(self) -> None:
        self.page_images = []
        while self.pages_layout.count() > 1:
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _add_page(self, image: QImage, number: int, count: int) -> None:
        page = QLabel()
        page.setPixmap(QPixmap.fromImage(image))
        page.setFrameShape(QFrame.Shape.Box)
        page.setAccessibleName(self.tr("Page {n} of {count}").format(n=number, count=count))
        page.setFixedSize(image.width() + 2, image.height() + 2)
        caption = plain_label(self.tr("Page {n} of {count}").format(n=number, count=count))
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages_layout.insertWidget(self.pages_layout.count() - 1, caption)
        self.pages_layout.insertWidget(
            self.pages_layout.count() - 1, page, 0, Qt.AlignmentFlag.AlignHCenter
        )
