"""The signed report bundle of an interview: export, creating the signing key on first use."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.errors import BadInputError
from app.export import keys
from app.models import Store
from app.services.references import reference_for

ProgressCallback = Callable[[int], None]


def check_recipients(recipients: Sequence[str]) -> list[str]:
    """The age recipients (``age1...``) cleaned, or ``BundleBuildError`` naming a bad one."""
    from app.export.bundle import parse_recipients

    return parse_recipients([r for r in recipients if r.strip()])


def check_draft(store: Store, interview_id: int, *, allow_draft: bool) -> bool:
    """Whether the interview's bundle would be a draft (it is not finalised);
    ``DraftExportError`` when it would and ``allow_draft`` is off."""
    from app.export.export_interview import check_exportable

    return check_exportable(store, interview_id, allow_draft=allow_draft)


@dataclass(frozen=True)
class ExportOutcome:
    """Where the bundle went, and the key made for it (first export only)."""

    path: Path
    created_key: keys.KeyInfo | None


def export_bundle(
    store: Store,
    interview_id: int,
    out: Path | str,
    *,
    passphrase: str,
    encrypt_to: Sequence[str] = (),
    create_key: bool = False,
    folder: bool = False,
    peers: bool = True,
    allow_draft: bool = False,
    progress: ProgressCallback | None = None,
) -> ExportOutcome:
    """Export the interview as a new revision of its signed bundle into ``out`` (a folder or
    a file), scored against the active reference set unless ``peers`` is off.

    An interview that is not finalised is refused (``DraftExportError``) unless
    ``allow_draft``; its bundle is then marked as a draft. With ``create_key`` and no key
    yet, the key pair is made with ``passphrase`` first.
    ``folder`` says that ``out`` is a folder (made when missing) whatever its name.
    """
    from app.export.export_interview import export_interview

    check_draft(store, interview_id, allow_draft=allow_draft)
    recipients = check_recipients(encrypt_to)
    report = progress or (lambda _percent: None)
    created = None
    offset = 0
    if create_key and not keys.has_key():
        report(0)
        created = keys.create_key(passphrase)
        offset = 10
    target = Path(out)
    if folder:
        target.mkdir(parents=True, exist_ok=True)
    try:
        path = export_interview(
            store,
            interview_id,
            target,
            passphrase=passphrase,
            encrypt_to=recipients or None,
            reference=reference_for(peers),
            allow_draft=allow_draft,
            progress=lambda p: report(offset + p * (100 - offset) // 100),
        )
    except OSError as exc:
        raise BadInputError(f"Cannot write the bundle: {exc.strerror or exc}.") from exc
    return ExportOutcome(path, created)
