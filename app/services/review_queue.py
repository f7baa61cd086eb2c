"""The supervisors' side of the intake: the shared queue, claims, review and decisions.

What the supervisor window (and scripts) call: ``connect`` checks the intake's key,
``list_queue`` shows received bundles (new, under review by whom, approved, returned),
``claim`` takes one (exactly one of two supervisors claiming at once wins; the other gets
``ClaimedError`` naming who has it), ``fetch_for_review`` downloads it and verifies it
locally with the very verifier the window uses for files, and ``post_decision`` signs the
decision as a decision file today and hands it to the intake for the expert's next sync.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import AppError
from app.export.keys import SigningKey, TrustedKeys, parse_time
from app.export.minisign import PublicKey
from app.services.intake_client import ClaimedError, IntakeClient, IntakeError, UploadProgress

if TYPE_CHECKING:
    from app.export.decision import ItemComment
    from app.export.verify import BundleContents, VerificationResult
    from app.models import Store

__all__ = [
    "ClaimedError",
    "QueueEntry",
    "ReviewCopy",
    "claim",
    "connect",
    "fetch_for_review",
    "list_queue",
    "post_decision",
    "release",
]


class IntakeKeyMismatch(IntakeError):
    """The intake answers with another receipt key than the one enrolled."""

    exit_code = 2


@dataclass(frozen=True)
class QueueEntry:
    """A received bundle in the shared queue."""

    sha256: str
    interview_uuid: str
    revision: int | None
    bundle_id: str
    signer: str
    size: int
    practice: bool
    received_at: datetime | None
    state: str
    claimed_by: str | None
    claimed_at: datetime | None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> QueueEntry:
        """An entry as the intake lists it."""
        return cls(
            sha256=str(data["sha256"]),
            interview_uuid=str(data.get("interview") or ""),
            revision=data.get("revision"),
            bundle_id=str(data.get("bundle_id") or ""),
            signer=str(data.get("signer") or ""),
            size=int(data.get("size") or 0),
            practice=bool(data.get("practice")),
            received_at=parse_time(data["received_at"]) if data.get("received_at") else None,
            state=str(data.get("state") or ""),
            claimed_by=data.get("claimed_by"),
            claimed_at=parse_time(data["claimed_at"]) if data.get("claimed_at") else None,
        )

    @property
    def status_text(self) -> str:
        """ "new", "under review by …", "approved", "returned"."""
        if self.state == "under_review":
            return f"under review by {self.claimed_by or 'someone'}"
        return self.state.replace("_", " ")


def connect(
    url: str, signing_key: SigningKey, intake_key: PublicKey | None = None, **options: Any
) -> IntakeClient:
    """A client for the intake at ``url``; refuses an intake whose key is not the enrolled one."""
    client = IntakeClient(url, signing_key, **options)
    if intake_key is not None:
        try:
            served = PublicKey.from_string(str(client.health().get("intake_key", "")))
        except AppError:
            client.close()
            raise
        if served.raw != intake_key.raw:
            client.close()
            raise IntakeKeyMismatch(
                f"The intake at {client.url} has key {served.fingerprint}, not the enrolled "
                f"{intake_key.fingerprint}."
            )
    return client


def list_queue(client: IntakeClient) -> list[QueueEntry]:
    """Every accepted bundle with its review state, newest first."""
    return [QueueEntry.from_json(entry) for entry in client.queue()]


def claim(client: IntakeClient, sha256: str) -> QueueEntry:
    """Claim a bundle for review; ``ClaimedError`` (with ``claimed_by``) when someone has it."""
    return QueueEntry.from_json(client.claim(sha256))


def release(client: IntakeClient, sha256: str) -> None:
    """Give a claimed bundle back to the queue."""
    client.release(sha256)


@dataclass(frozen=True)
class ReviewCopy:
    """A bundle fetched from the intake and verified here."""

    path: Path
    result: VerificationResult
    contents: BundleContents | None


def fetch_for_review(
    client: IntakeClient,
    sha256: str,
    folder: Path,
    trusted_keys: TrustedKeys,
    *,
    store: Store | None = None,
    allow_practice: bool = False,
    age_identity: Path | None = None,
    progress: UploadProgress | None = None,
    cancel: threading.Event | None = None,
) -> ReviewCopy:
    """Download a claimed bundle into ``folder`` and verify it as the window verifies files."""
    from app.export.verify import review_bundle

    folder.mkdir(parents=True, exist_ok=True)
    path = client.download(
        sha256, folder / f"{sha256[:16]}.bundle", progress=progress, cancel=cancel
    )
    lookup = None
    if store is not None:
        from app.models import repository as repo

        def lookup(interview_uuid: str) -> Mapping[int, str]:
            return repo.imported_revisions(store, interview_uuid)

    result, contents = review_bundle(
        path,
        trusted_keys,
        allow_practice=allow_practice,
        last_imported_revision=lookup,
        age_identity=age_identity,
    )
    return ReviewCopy(path=path, result=result, contents=contents)


def post_decision(
    client: IntakeClient,
    store: Store,
    copy: ReviewCopy,
    *,
    approve: bool,
    supervisor: str,
    signing_key: SigningKey,
    out: Path,
    comments: Mapping[str, str] | Sequence[ItemComment] = (),
    summary: str = "",
) -> Path:
    """Sign the decision (a decision file, as today) and post it to the intake; its path."""
    from app.export.decision import DecisionError, decide_bundle

    if copy.contents is None:
        raise DecisionError(
            "not_verified", f"The bundle does not verify ({copy.result.summary()})."
        )
    path = decide_bundle(
        store,
        copy.result,
        copy.contents,
        approve=approve,
        supervisor=supervisor,
        signing_key=signing_key,
        out=out,
        comments=comments,
        summary=summary,
    )
    client.post_decision(_sha256_of(copy), path.read_bytes())
    return path


def _sha256_of(copy: ReviewCopy) -> str:
    import hashlib

    digest = hashlib.sha256()
    with copy.path.open("rb") as stream:
        while block := stream.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()
