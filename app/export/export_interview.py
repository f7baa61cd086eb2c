"""Exporting one interview from the store as a signed bundle (the "Export" button and verb).

Gathers the answers, notes marked for the report, the event log, evidence, pack, label path
and scores from the store, renders the report and the radar chart, hands everything to
``build_bundle`` and, once the bundle is written, takes the new export revision. Private
notes never leave the laptop: their text is not in ``answers.json`` and is withheld from the
event log too. Peer data leaves only as the aggregated statistics of the cluster's three
peer groups, never as rows. An interview that is not finalised is exported only when a
draft is asked for (``allow_draft``), and the bundle then says it is a draft.
"""

from __future__ import annotations

import io
import logging
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import AppError
from app.export.bundle import (
    BundleBuildError,
    BundleInput,
    EvidenceInput,
    ProgressCallback,
    build_bundle,
    label_path_document,
    parse_recipients,
)
from app.export.keys import unlock
from app.export.workfolders import work_folder

if TYPE_CHECKING:
    from app.models import Store
    from app.scoring.reference import ReferenceSet

log = logging.getLogger(__name__)

WITHHELD = "(private note, withheld)"


class DraftExportError(AppError):
    """An export of an interview that is not finalised, without asking for a draft."""

    exit_code = 2


def is_draft(finalised_at: object) -> bool:
    """Whether an interview with this finalisation time exports as a draft."""
    return finalised_at is None


def check_exportable(store: Store, interview_id: int, *, allow_draft: bool) -> bool:
    """Whether the export will be a draft; ``DraftExportError`` when drafts are not allowed."""
    from app.models import repository as repo

    draft = is_draft(repo.get_interview(store, interview_id).finalised_at)
    if draft and not allow_draft:
        raise DraftExportError(
            f"Interview {interview_id} is not finalised. Finalise it first, or export it as a "
            "draft (marked as such in the bundle)."
        )
    return draft


def render_charts(scores: Mapping[str, Any], cluster_name: str) -> dict[str, bytes]:
    """The radar chart as SVG and as PNG."""
    from reportlab.graphics import renderSVG

    from app.export.charts import radar_drawing, series_labels

    radar = scores.get("radar") or {}
    drawing = radar_drawing(radar, series_labels(scores, cluster_name))
    return {
        "radar.svg": renderSVG.drawToString(drawing).encode("utf-8"),
        "radar.png": _radar_png(drawing),
    }


def _radar_png(drawing: Any) -> bytes:
    """The drawing as a PNG at 144 dpi, rendered by PDFium from its PDF form.

    reportlab's own bitmap renderer needs rlPyCairo, which is not a dependency; PDFium is,
    and its ``to_pil`` uses Pillow, which reportlab itself requires.
    """
    import pypdfium2  # type: ignore[import-untyped]
    from reportlab.graphics import renderPDF

    document = pypdfium2.PdfDocument(renderPDF.drawToString(drawing))
    try:
        image = document[0].render(scale=2).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def redact_event(event: Mapping[str, Any]) -> dict[str, Any]:
    """An event ready for the bundle: note texts replaced by a placeholder."""
    data = dict(event)
    if data.get("kind") == "note":
        for key in ("old_value", "new_value"):
            value = data.get(key)
            if isinstance(value, dict) and "text" in value:
                data[key] = {**value, "text": WITHHELD}
    return data


def export_interview(
    store: Store,
    interview_id: int,
    out_dir_or_path: Path | str,
    *,
    passphrase: str,
    encrypt_to: Sequence[str] | str | None = None,
    reference: ReferenceSet | None = None,
    progress: ProgressCallback | None = None,
    allow_draft: bool = False,
) -> Path:
    """Export the interview as a new revision of its signed bundle; return the bundle path.

    An interview that is not finalised raises ``DraftExportError`` unless ``allow_draft``;
    with it, the bundle is marked as a draft.
    """
    from app.export.report import build_report_data, write_report
    from app.models import repository as repo
    from app.scoring.peers import peer_statistics

    report = progress or (lambda _percent: None)
    report(0)
    check_exportable(store, interview_id, allow_draft=allow_draft)
    interview = repo.get_interview(store, interview_id)
    recipients = parse_recipients(encrypt_to)
    signing_key = unlock(passphrase)  # a wrong passphrase fails before anything changes
    report(5)
    data = build_report_data(store, interview_id, reference)
    assert data.label_path is not None  # build_report_data reads it from the store
    pack = repo.pack_of(store, interview_id)
    area = interview.technology_area or None
    statistics = None if reference is None else peer_statistics(reference, pack).to_dict(area)
    with work_folder(Path(tempfile.gettempdir())) as work:
        pdf = write_report(
            data, Path(work) / "report.pdf", progress=lambda p: report(5 + p * 35 // 100)
        )
        report_bytes = pdf.read_bytes()
    charts = render_charts(data.scores, interview.cluster_name)
    report(45)
    notes = {
        item_id: note.text
        for item_id, note in repo.notes_of(store, interview_id).items()
        if note.for_report
    }
    evidence = [
        EvidenceInput(
            item_id=record.item_id,
            original_name=record.original_name,
            media_type=record.media_type,
            path=Path(record.stored_path),
            sha256=record.sha256,
        )
        for record in repo.evidence_of(store, interview_id)
    ]
    # The revision is taken only once the bundle is written: a failed export must not
    # move the interview past the revision a supervisor may be deciding on.
    revision = interview.revision + 1
    events = [redact_event(event.to_dict()) for event in repo.events_of(store, interview_id)]
    inp = BundleInput(
        interview_uuid=interview.uuid,
        revision=revision,
        pack_text=pack.source_text,
        pack_id=pack.id,
        pack_version=pack.version,
        answers=repo.answers_of(store, interview_id),
        scores=data.scores,
        interview={
            "cluster_name": interview.cluster_name,
            "country": interview.country,
            "technology_area": interview.technology_area,
            "mode": interview.mode,
            "status": interview.status,
            "expert": interview.expert,
            "created_at": interview.created_at.isoformat(),
            "finalised_at": interview.finalised_at.isoformat() if interview.finalised_at else None,
            "fictional": bool(interview.fictional),
            "eccp_url": interview.eccp_url,
        },
        events=events,
        notes=notes,
        recommendations=interview.recommendations or "",
        report_pdf=report_bytes,
        charts=charts,
        evidence=evidence,
        peer_statistics=statistics,
        label_path=label_path_document(*data.label_path.document_parts()),
        practice=data.is_practice,
    )
    path = build_bundle(
        inp,
        signing_key,
        out_dir_or_path,
        encrypt_to=recipients,
        progress=lambda p: report(50 + p // 2),
    )
    if repo.next_revision(store, interview_id) != revision:
        path.unlink(missing_ok=True)
        raise BundleBuildError(
            "The interview was exported from another window at the same time; export again."
        )
    log.info("exported interview %s revision %s to %s", interview.uuid, revision, path.name)
    return path
