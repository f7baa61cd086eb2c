"""Saving the blank pre-fill workbook of an interview (the same as ``clusterbench prefill
export``), asking where when no path is given."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.models import Store
from app.models import repository as repo
from app.services.prefill import export_blank_workbook, workbook_path
from app.settings import settings
from app.ui.widgets import documents_folder


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrefillImportDialog", text)


def suggested_file_name(cluster_name: str) -> str:
    """``prefill-<cluster>.xlsx`` with only safe characters."""
    slug = re.sub(r"[^\w-]+", "-", cluster_name.casefold(), flags=re.UNICODE).strip("-")
    return f"prefill-{slug[:60] or 'cluster'}.xlsx"


def save_blank_workbook(store: Store, interview_id: int, path: Path) -> Path:
    """Write the interview's blank workbook at ``path`` (.xlsx added when missing)."""
    written, _pack = export_blank_workbook(
        workbook_path(path, fix_suffix=True),
        store=store,
        interview_id=interview_id,
        language=settings().language,
    )
    return written


def export_blank_prefill(
    parent: QWidget | None, store: Store, interview_id: int, path: Path | None = None
) -> Path | None:
    """Save the blank workbook of an interview at ``path``, or ask where (blocking)."""
    if path is None:
        detail = repo.get_interview(store, interview_id)
        start = str(documents_folder() / suggested_file_name(detail.cluster_name))
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            _tr("Save the blank pre-fill workbook"),
            start,
            _tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
    return save_blank_workbook(store, interview_id, path)
