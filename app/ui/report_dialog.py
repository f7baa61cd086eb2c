"""The expert's way out: the report PDF with an in-app preview, the signed bundle export,
and the import of a supervisor's decision.

Rendering, signing and exporting run on the thread pool (``app.ui.workers``); the dialogs
show progress and the result. The preview renders only the report this app has just
written (a supervisor never renders a PDF that came in a bundle).
"""

from __future__ import annotations

import logging
import re
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.export import keys
from app.models import Store
from app.paths import data_dir
from app.ui.keys_dialog import (
    fingerprint_label,
    key_info_or_none,
    passphrase_problem,
    password_edit,
    while_alive,
)
from app.ui.settings import settings
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, WARN_COLOUR, plain_label, set_colour
from app.ui.workers import run_task

if TYPE_CHECKING:
    from app.export.decision import AppliedDecision, ReceivedDecision

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int], None]
#: Pixels per PDF point in the preview (A4 becomes about 770 x 1090 pixels).
PREVIEW_SCALE = 1.3
REPORTS_FOLDER = "reports"
EXPORT_FOLDER_STATE = "export/folder"
#: pdfium is not thread-safe; one document at a time.
_PDFIUM_LOCK = threading.Lock()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


def _error_text(error: BaseException) -> str:
    if isinstance(error, AppError):
        return error.user_message
    if isinstance(error, OSError):
        return _tr("The file could not be written: {error}").format(error=error.strerror or error)
    log.error("background work failed", exc_info=error)
    return _tr("Something went wrong: {error}").format(error=error)


def _documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def safe_file_stem(text: str) -> str:
    """``text`` usable as a file name on every platform."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .")
    return re.sub(r"\s+", " ", cleaned)[:80] or "report"


# --- report and preview (plain functions, run on the thread pool) ---------------------------


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
    store: Store,
    interview_id: int,
    reference: Any,
    out_path: Path,
    progress: ProgressCallback | None = None,
) -> RenderedReport:
    """Write the interview's report to ``out_path`` and render its pages."""
    from app.export.report import build_report_data, write_report

    report = progress or (lambda _percent: None)
    report(0)
    data = build_report_data(store, interview_id, reference)
    report(5)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    write_report(data, out_path, progress=lambda p: report(5 + p * 70 // 100))
    pages = render_pdf_pages(out_path, progress=lambda p: report(75 + p * 25 // 100))
    return RenderedReport(out_path, pages)


@dataclass(frozen=True)
class ExportOutcome:
    """Where the bundle went, and the key made for it (first export only)."""

    path: Path
    created_key: keys.KeyInfo | None


def export_bundle(
    store: Store,
    interview_id: int,
    out_dir: Path,
    *,
    passphrase: str,
    recipient: str = "",
    reference: Any = None,
    create_key_first: bool = False,
    progress: ProgressCallback | None = None,
    allow_draft: bool = True,
) -> ExportOutcome:
    """Create the key when asked (first export), then export the signed bundle.

    ``allow_draft``: whether an interview that is not finalised may be exported (the bundle
    is then marked as a draft).
    """
    from app.export.export_interview import export_interview

    report = progress or (lambda _percent: None)
    created = None
    offset = 0
    if create_key_first:
        report(0)
        created = keys.create_key(passphrase)
        offset = 10
    out_dir.mkdir(parents=True, exist_ok=True)
    path = export_interview(
        store,
        interview_id,
        out_dir,
        passphrase=passphrase,
        encrypt_to=recipient.strip() or None,
        reference=reference,
        progress=lambda p: report(offset + p * (100 - offset) // 100),
        allow_draft=allow_draft,
    )
    return ExportOutcome(path, created)


def import_decision_file(
    store: Store,
    path: Path | str,
    *,
    actor: str,
    interview_uuid: str | None = None,
) -> tuple[ReceivedDecision, AppliedDecision]:
    """Verify a supervisor's decision file and apply it; return (received, applied).

    With ``interview_uuid`` a decision about another interview is refused before anything
    changes.
    """
    from app.export.decision import apply_decision, read_decision

    trusted = keys.load_trusted_keys()
    received = read_decision(path, trusted)
    if interview_uuid is not None and received.decision.interview_uuid != interview_uuid:
        raise AppError(
            _tr(
                "This decision is about another interview. Import it from the home window "
                "(File \u203a Import supervisor decision)."
            )
        )
    applied = apply_decision(store, received, actor=actor)
    return received, applied


def decision_summary(received: ReceivedDecision, applied: AppliedDecision) -> str:
    """What importing the decision did, for a message box."""
    decision = received.decision
    who = f"{decision.supervisor} ({received.fingerprint})"
    if applied.outcome == "returned":
        return _tr(
            "Returned by {who} with {n} comments. The interview is open again; the comments "
            "appear beside their questions."
        ).format(who=who, n=applied.comments)
    return _tr("Approved by {who}.").format(who=who)


# --- the report dialog -------------------------------------------------------------------------


class ReportDialog(QDialog):
    """Writes the report PDF off the GUI thread, then previews its pages."""

    report_ready = Signal(Path)
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        interview_id: int,
        reference: Any = None,
        parent: QWidget | None = None,
        *,
        cluster_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.interview_id = interview_id
        self.reference = reference
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
        self.resize(900, 980)

    def default_pdf_path(self) -> Path:
        """Where the app keeps the latest report of this interview."""
        return data_dir() / REPORTS_FOLDER / f"benchmarking-report-{self.interview_id}.pdf"

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
            self.reference,
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
            self.status_label.setText(_error_text(error))
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
        message = _error_text(error)
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
            str(_documents_folder() / f"{name}.pdf"),
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


# --- the export dialog -------------------------------------------------------------------------


class ExportDialog(QDialog):
    """Sign and write the bundle: passphrase (key made on first export), age, folder."""

    exported = Signal(Path)
    failed = Signal(str)

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
        self.bundle_path: Path | None = None
        self.created_key: keys.KeyInfo | None = None
        self._running = False
        self.setWindowTitle(self.tr("Export the signed bundle"))
        self.setAccessibleName(self.tr("Export the signed bundle"))
        intro = plain_label(
            self.tr(
                "The bundle holds the answers, the notes marked for the report, the evidence, "
                "the scores and the report, signed with your key so the supervisor can check "
                "that it comes from you and is unchanged. Private notes stay on this computer."
            )
        )
        self.key_label = plain_label(selectable=True)
        self.key_label.setAccessibleName(self.tr("Signing key"))
        self.passphrase_edit = password_edit(self.tr("Passphrase of the signing key"))
        self.confirm_edit = password_edit(self.tr("Passphrase again"))
        self.confirm_label = QLabel(self.tr("&Again:"))
        self.confirm_label.setBuddy(self.confirm_edit)
        self.encrypt_check = QCheckBox(self.tr("&Encrypt for ESCA (age)"))
        self.encrypt_check.setAccessibleName(self.tr("Encrypt the bundle with age"))
        self.encrypt_check.toggled.connect(self._on_encrypt_check_toggled)
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setAccessibleName(self.tr("age recipient"))
        self.recipient_edit.setPlaceholderText(self.tr("age1\u2026 (the recipient ESCA gave you)"))
        self.recipient_edit.setEnabled(False)
        self.folder_edit = QLineEdit(str(self._initial_folder()))
        self.folder_edit.setAccessibleName(self.tr("Output folder"))
        self.browse_button = QPushButton(self.tr("&Browse\u2026"))
        self.browse_button.setAccessibleName(self.tr("Choose the output folder"))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Key:"), self.key_label)
        passphrase_label = QLabel(self.tr("&Passphrase:"))
        passphrase_label.setBuddy(self.passphrase_edit)
        form.addRow(passphrase_label, self.passphrase_edit)
        form.addRow(self.confirm_label, self.confirm_edit)
        form.addRow("", self.encrypt_check)
        recipient_label = QLabel(self.tr("&Recipient:"))
        recipient_label.setBuddy(self.recipient_edit)
        form.addRow(recipient_label, self.recipient_edit)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.message_label = plain_label(selectable=True)
        self.message_label.setAccessibleName(self.tr("Export message"))
        self.fingerprint = fingerprint_label(scale=1.5)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the new key"))
        self.fingerprint.hide()
        self.path_label = plain_label(selectable=True)
        self.path_label.setAccessibleName(self.tr("Written bundle"))
        self.path_label.hide()
        self.show_folder_button = QPushButton(self.tr("Show &folder"))
        self.show_folder_button.setAccessibleName(self.tr("Show the folder of the bundle"))
        self.show_folder_button.clicked.connect(self._on_show_folder_button_clicked)
        self.show_folder_button.hide()

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("E&xport"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setAccessibleName(self.tr("Export the bundle"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        layout.addWidget(self.fingerprint)
        result_row = QHBoxLayout()
        result_row.addWidget(self.path_label, 1)
        result_row.addWidget(self.show_folder_button)
        layout.addLayout(result_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.refresh_key()
        self.passphrase_edit.setFocus()

    def refresh_key(self) -> None:
        """Show the key that will sign, or that one will be created."""
        info = key_info_or_none()
        self.confirm_edit.setVisible(info is None)
        self.confirm_label.setVisible(info is None)
        if info is None:
            self.key_label.setText(
                self.tr(
                    "No signing key yet: choose a passphrase (at least {n} characters); "
                    "the key is created with it and shown afterwards."
                ).format(n=keys.MIN_PASSPHRASE)
            )
        else:
            self.key_label.setText(
                self.tr("Signed with your key {fingerprint}").format(fingerprint=info.fingerprint)
            )

    def start_export(
        self,
        *,
        passphrase: str | None = None,
        out_dir: Path | str | None = None,
        recipient: str | None = None,
        confirmation: str | None = None,
    ) -> bool:
        """Check the inputs and export off the GUI thread; False when an input is refused."""
        if self._running:
            return False
        passphrase = self.passphrase_edit.text() if passphrase is None else passphrase
        folder = Path(out_dir) if out_dir is not None else Path(self.folder_edit.text().strip())
        if recipient is None:
            recipient = self.recipient_edit.text() if self.encrypt_check.isChecked() else ""
        recipient = recipient.strip()
        create_first = not keys.has_key()
        if create_first:
            confirmation = self.confirm_edit.text() if confirmation is None else confirmation
            problem = passphrase_problem(passphrase, confirmation)
        elif not passphrase:
            problem = self.tr("Type the passphrase of your signing key.")
        else:
            problem = None
        if problem is None and not str(folder).strip():
            problem = self.tr("Choose the folder to write the bundle to.")
        if problem is None and recipient and not recipient.startswith("age1"):
            problem = self.tr("An age recipient starts with age1.")
        if problem is None and self.encrypt_check.isChecked() and not recipient:
            problem = self.tr("Give the age recipient, or untick encryption.")
        if problem is not None:
            self._show_message(problem, ERROR_COLOUR)
            return False
        self._running = True
        self._set_inputs_enabled(False)
        self.path_label.hide()
        self.show_folder_button.hide()
        self.progress.setValue(0)
        self.progress.show()
        self._show_message(
            self.tr("Creating your key, then exporting\u2026")
            if create_first
            else self.tr("Unlocking the key and exporting\u2026"),
            None,
        )
        self.folder_edit.setText(str(folder))
        settings().set_state(EXPORT_FOLDER_STATE, QByteArray(str(folder).encode("utf-8")))
        run_task(
            export_bundle,
            self.store,
            self.interview_id,
            folder,
            passphrase=passphrase,
            recipient=recipient,
            reference=self.reference,
            create_key_first=create_first,
            on_done=while_alive(self, self._on_task_done),
            on_error=while_alive(self, self._on_task_error),
            on_progress=while_alive(self, self.progress.setValue),
        )
        return True

    def is_running(self) -> bool:
        """Whether an export is under way."""
        return self._running

    def reject(self) -> None:
        """Close, unless the export is still being written."""
        if self._running:
            self._show_message(
                self.tr("The bundle is still being written; this takes a few seconds."),
                WARN_COLOUR,
            )
            return
        super().reject()

    # --- slots ---

    def _on_task_done(self, outcome: ExportOutcome) -> None:
        self._running = False
        self.progress.hide()
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self._set_inputs_enabled(True)
        self.bundle_path = outcome.path
        if outcome.created_key is not None:
            self.created_key = outcome.created_key
            self.fingerprint.setText(outcome.created_key.fingerprint)
            self.fingerprint.show()
            self._show_message(
                self.tr(
                    "Your signing key was created. Its fingerprint is below: read it to your "
                    "supervisor when they enrol you. The bundle is written:"
                ),
                OK_COLOUR,
            )
        else:
            self._show_message(self.tr("The signed bundle is written:"), OK_COLOUR)
        self.refresh_key()
        self.path_label.setText(str(outcome.path))
        self.path_label.show()
        self.show_folder_button.show()
        self.export_button.setText(self.tr("Export &again"))
        self.close_button.setFocus()
        self.exported.emit(outcome.path)

    def _on_task_error(self, error: BaseException) -> None:
        self._running = False
        self.progress.hide()
        self._set_inputs_enabled(True)
        self.refresh_key()
        message = _error_text(error)
        self._show_message(
            self.tr("Nothing was exported: {error}").format(error=message), ERROR_COLOUR
        )
        if isinstance(error, keys.WrongPassphraseError):
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
        self.failed.emit(message)

    def _on_encrypt_check_toggled(self, checked: bool) -> None:
        self.recipient_edit.setEnabled(checked)
        if checked:
            self.recipient_edit.setFocus()

    def _on_browse_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the bundle"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def _on_export_button_clicked(self) -> None:
        self.start_export()

    def _on_show_folder_button_clicked(self) -> None:
        if self.bundle_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.bundle_path.parent)))

    # --- helpers ---

    @staticmethod
    def _initial_folder() -> Path:
        saved = settings().state(EXPORT_FOLDER_STATE)
        if saved is not None:
            return Path(bytes(saved.data()).decode("utf-8", "replace"))
        return _documents_folder() / "ClusterBench bundles"

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (
            self.passphrase_edit,
            self.confirm_edit,
            self.encrypt_check,
            self.folder_edit,
            self.browse_button,
            self.export_button,
        ):
            widget.setEnabled(enabled)
        self.recipient_edit.setEnabled(enabled and self.encrypt_check.isChecked())

    def _show_message(self, text: str, colour: str | None) -> None:
        self.message_label.setText(text)
        set_colour(self.message_label, colour)


def choose_decision_file(parent: QWidget) -> Path | None:
    """Ask for a decision file to import."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Import a supervisor's decision"),
        str(Path.home()),
        _tr("Decision files (*.json);;All files (*)"),
    )
    return Path(path) if path else None
