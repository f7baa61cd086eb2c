"""The expert's outbox: queue bundles, send them to ESCA's intake, keep the signed receipts,
and bring the supervisors' decisions back.

What the ``send``, ``outbox`` and ``sync`` verbs call, and what a window calls to show the
outbox (``list_outbox``), its progress (``SendProgress`` through a plain callback, from the
sending thread) and "Received by ESCA on ..." (``receipt_status``). Nothing here imports Qt.

Durability: a bundle is copied into the outbox folder (temporary file, fsync, rename) and
then recorded; each state change is committed before the next step. Whatever is killed
when, a bundle is either received with a verified receipt or still in the outbox, and the
next send resumes its upload from the bytes the intake already has.
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import AppError, Phrase
from app.export.minisign import PublicKey
from app.export.receipt import Receipt, ReceiptError, verify_receipt
from app.fileio import fsync_folder
from app.models import outbox as box
from app.models.errors import NotFoundError
from app.models.outbox import OutboxRecord
from app.services.intake_client import Cancelled, IntakeClient, IntakeError

if TYPE_CHECKING:
    from app.export.keys import SigningKey, TrustedKeys
    from app.models import Store

log = logging.getLogger(__name__)

SETTING_URL = "url"
SETTING_KEY = "intake_key"
DECISIONS_FOLDER = "decisions"


class OutboxError(AppError):
    """A bundle that cannot be queued (bad input)."""

    exit_code = 2


# --- queueing ---------------------------------------------------------------------------


def _bundle_facts(path: Path) -> tuple[str, int | None, str]:
    """Interview UUID, revision and bundle id from bag-info (unknown for encrypted bundles)."""
    from app.export.safezip import BundleError, SafeZip
    from app.export.verify import AGE_ARMOR, AGE_MAGIC, parse_bag_info

    with path.open("rb") as stream:
        head = stream.read(len(AGE_ARMOR))
    if head.startswith(AGE_MAGIC) or head.startswith(AGE_ARMOR):
        return "", None, ""  # the intake reads them after decrypting; the receipt says
    try:
        archive = SafeZip(path)
    except (BundleError, OSError, ValueError) as exc:
        raise OutboxError(
            Phrase("{name} is not a ClusterBench bundle ({reason}).", name=path.name, reason=exc)
        ) from exc
    try:
        info = parse_bag_info(archive.read("bag-info.txt"))
    except (BundleError, KeyError, ValueError, UnicodeDecodeError) as exc:
        raise OutboxError(
            Phrase("{name} is not a ClusterBench bundle (no bag-info).", name=path.name)
        ) from exc
    finally:
        archive.close()
    revision_text = info.get("Revision", "")
    return (
        info.get("Interview-Id", ""),
        int(revision_text) if revision_text.isdigit() else None,
        info.get("Bundle-Id", ""),
    )


def enqueue_bundle(store: Store, path: Path | str) -> OutboxRecord:
    """Put a bundle file in the outbox (a copy, named by its SHA-256); the same bytes twice
    give the same entry."""
    source = Path(path)
    if not source.is_file():
        raise OutboxError(Phrase("There is no bundle file {path}.", path=str(source)))
    interview_uuid, revision, bundle_id = _bundle_facts(source)
    folder = box.outbox_folder(store)
    digest = hashlib.sha256()
    handle, temporary = tempfile.mkstemp(prefix=".incoming-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as stream:
            while block := stream.read(1024 * 1024):
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        sha256 = digest.hexdigest()
        target = box.blob_path(store, sha256)
        if target.exists():
            Path(temporary).unlink()
        else:
            os.replace(temporary, target)
            fsync_folder(folder)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    record, created = box.add_entry(
        store,
        sha256=sha256,
        file_name=source.name,
        size=target.stat().st_size,
        interview_uuid=interview_uuid,
        revision=revision,
        bundle_id=bundle_id,
    )
    if created:
        log.info("bundle %s (%s) queued for ESCA", source.name, sha256[:12])
    return record


#: Entries that may leave the outbox: not on their way, and with no receipt to keep.
REMOVABLE_STATES = ("queued", "waiting", "refused")


def find_entry(store: Store, sha256_prefix: str) -> OutboxRecord:
    """The entry whose SHA-256 starts with ``sha256_prefix`` (at least 6 hex digits, as the
    listing shows 12); ``OutboxError`` when none or several match."""
    prefix = sha256_prefix.strip().lower()
    if len(prefix) < 6 or any(c not in "0123456789abcdef" for c in prefix):
        raise OutboxError(
            Phrase(
                "{given} is not a bundle's SHA-256: give at least its first 6 hex digits.",
                given=repr(sha256_prefix),
            )
        )
    matches = [e for e in box.list_entries(store) if e.sha256.startswith(prefix)]
    if not matches:
        raise OutboxError(Phrase("There is no bundle {digits} in the outbox.", digits=prefix))
    if len(matches) > 1:
        raise OutboxError(
            Phrase(
                "{count} bundles in the outbox start with {digits}: give more digits.",
                count=len(matches),
                digits=prefix,
            )
        )
    return matches[0]


def remove_from_outbox(store: Store, sha256: str) -> OutboxRecord:
    """Take a bundle out of the outbox before it is sent, or after ESCA refused it: its entry
    and the outbox's copy go; the exported file stays where it was saved. A bundle being
    sent or already received stays (``OutboxError`` says why)."""
    try:
        record = box.remove_entry(store, sha256, states=REMOVABLE_STATES)
    except NotFoundError:
        raise OutboxError(
            Phrase("There is no bundle {digits} in the outbox.", digits=sha256[:12])
        ) from None
    except box.EntryKept as kept_entry:
        if kept_entry.state == "sending":
            kept = Phrase(
                "The bundle {digits} stays in the outbox: it is being sent right now; stop "
                "sending first.",
                digits=sha256[:12],
            )
        else:
            kept = Phrase(
                "The bundle {digits} stays in the outbox: ESCA received it, and its receipt "
                "is the proof of submission.",
                digits=sha256[:12],
            )
        raise OutboxError(kept) from None
    box.blob_path(store, record.sha256).unlink(missing_ok=True)
    log.info("bundle %s (%s) taken out of the outbox", record.file_name, record.sha256[:12])
    return record


def list_outbox(store: Store) -> list[OutboxRecord]:
    """Every outbox entry, oldest first (entries of a killed send are queued again, unless the
    store is only read: then the app that has it open may be sending them)."""
    if not store.read_only:
        box.recover_interrupted(store)
    return box.list_entries(store)


def outbox_entry_json(record: OutboxRecord) -> dict[str, Any]:
    """An entry as ``clusterbench outbox --json`` prints it."""
    receipt: dict[str, Any] | None = None
    if record.receipt:
        import json

        receipt = json.loads(record.receipt)["receipt"]
    return {
        "sha256": record.sha256,
        "interview": record.interview_uuid or None,
        "revision": record.revision,
        "state": record.state,
        "receipt": receipt,
        "file": record.file_name,
        "size": record.size,
        "bytes_sent": record.bytes_sent,
        "attempts": record.attempts,
        "next_try": record.next_try_at.isoformat() if record.next_try_at else None,
        "error": record.last_error or None,
        "queued_at": record.queued_at.isoformat(),
        "received_at": record.received_at.isoformat() if record.received_at else None,
        "refused_reason": record.refused_reason or None,
    }


@dataclass(frozen=True)
class ReceiptStatus:
    """What the home list and the interview header say about an interview's submission."""

    state: str
    revision: int | None
    at: datetime | None
    text: str
    reason: str = ""
    next_try: datetime | None = None


def _status_of(newest: OutboxRecord) -> ReceiptStatus:
    when = newest.received_at
    stamp = when.astimezone(UTC).strftime("%d %b %Y %H:%M UTC") if when else ""
    rev = f"revision {newest.revision}" if newest.revision else "bundle"
    if newest.state == "received":
        text = f"Received by ESCA on {stamp} ({rev})"
    elif newest.state == "refused":
        text = f"Refused by ESCA on {stamp} ({rev}): {newest.refused_reason}"
    elif newest.state == "waiting" and newest.next_try_at is not None:
        text = f"Waiting for the network; next try {newest.next_try_at:%H:%M:%S} ({rev})"
    else:
        text = f"In the outbox, {newest.state} ({rev})"
    return ReceiptStatus(
        state=newest.state,
        revision=newest.revision,
        at=when,
        text=text,
        reason=newest.refused_reason,
        next_try=newest.next_try_at,
    )


def receipt_statuses(store: Store) -> dict[str, ReceiptStatus]:
    """The submission status of every interview with a bundle in the outbox, by its UUID
    (the newest revision counts)."""
    newest: dict[str, OutboxRecord] = {}
    for entry in box.list_entries(store):
        if not entry.interview_uuid:
            continue
        known = newest.get(entry.interview_uuid)
        if known is None or ((entry.revision or 0), entry.queued_at) > (
            (known.revision or 0),
            known.queued_at,
        ):
            newest[entry.interview_uuid] = entry
    return {uuid: _status_of(entry) for uuid, entry in newest.items()}


def receipt_status(store: Store, interview_uuid: str) -> ReceiptStatus | None:
    """ "Received by ESCA on ..." (or refused, or waiting) for the newest bundle of an interview."""
    return receipt_statuses(store).get(interview_uuid)


# --- sending ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently one send run retries (full jitter, capped exponential)."""

    tries: int = 4
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        """The pause before try ``attempt + 1``: uniform in [0, min(cap, base * 2**attempt)]."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** max(attempt - 1, 0)))
        return (rng or random).uniform(0, ceiling)


@dataclass(frozen=True)
class SendProgress:
    """One step of a send, for a progress bar or a status line."""

    sha256: str
    file_name: str
    state: str
    sent: int
    total: int
    message: str = ""


@dataclass
class SendReport:
    """What a send run achieved."""

    received: list[OutboxRecord] = field(default_factory=list)
    refused: list[OutboxRecord] = field(default_factory=list)
    waiting: list[OutboxRecord] = field(default_factory=list)

    @property
    def all_received(self) -> bool:
        """Whether nothing is left waiting (refused bundles are answered, not pending)."""
        return not self.waiting


@dataclass(frozen=True)
class IntakeTarget:
    """Where to send: the intake's URL and the receipt key the expert enrolled."""

    url: str
    intake_key: PublicKey


def remember_intake(store: Store, target: IntakeTarget) -> None:
    """Keep the intake's address and key for automatic sending."""
    box.set_setting(store, SETTING_URL, target.url)
    box.set_setting(store, SETTING_KEY, target.intake_key.to_string())


def unlock_for_sending(passphrase: str) -> SigningKey:
    """The expert's signing key for signed requests; no key or a wrong passphrase is bad
    input (exit 2). The key is kept in memory only, never written anywhere."""
    from app.export.keys import KeyStoreError, unlock

    try:
        return unlock(passphrase)
    except KeyStoreError as exc:
        raise OutboxError(exc.user_message) from exc


def configure_intake(store: Store, url: str, intake_key: str) -> IntakeTarget:
    """Check the intake's address (HTTPS, or HTTP to this computer) and its receipt key
    (``RW...``), and keep them for sending; bad input is refused (exit 2)."""
    from app.services.intake_client import check_intake_url, parse_intake_key

    target = IntakeTarget(url=check_intake_url(url), intake_key=parse_intake_key(intake_key))
    remember_intake(store, target)
    return target


def remembered_intake(store: Store) -> IntakeTarget | None:
    """The intake last sent to, if any."""
    url = box.get_setting(store, SETTING_URL)
    key = box.get_setting(store, SETTING_KEY)
    if not url or not key:
        return None
    return IntakeTarget(url=url, intake_key=PublicKey.from_string(key))


def due_entries(store: Store, at: datetime | None = None) -> list[OutboxRecord]:
    """Pending entries whose next try is due (for automatic sending)."""
    moment = at or datetime.now(UTC)
    return [
        e
        for e in list_outbox(store)
        if e.pending and (e.next_try_at is None or e.next_try_at <= moment)
    ]


def _accept_receipt(
    store: Store, entry: OutboxRecord, text: str, target: IntakeTarget
) -> OutboxRecord:
    receipt: Receipt = verify_receipt(text, target.intake_key, bundle_sha256=entry.sha256)
    changes: dict[str, Any] = {
        "state": "received" if receipt.accepted else "refused",
        "receipt": text,
        "received_at": receipt.received_at,
        "bytes_sent": entry.size,
        "next_try_at": None,
        "last_error": "",
        "intake_url": target.url,
        "refused_code": receipt.code,
        "refused_reason": receipt.reason,
    }
    if receipt.interview_uuid:
        changes["interview_uuid"] = receipt.interview_uuid
        changes["revision"] = receipt.revision
        changes["bundle_id"] = receipt.bundle_id
    record = box.update_entry(store, entry.sha256, **changes)
    if receipt.accepted:
        # The receipt is the proof now; the copy is no longer needed (the export stays).
        box.blob_path(store, entry.sha256).unlink(missing_ok=True)
    return record


def send_outbox(
    store: Store,
    client: IntakeClient,
    target: IntakeTarget,
    *,
    only: Sequence[str] | None = None,
    policy: RetryPolicy = RetryPolicy(),
    progress: Callable[[SendProgress], None] | None = None,
    cancel: threading.Event | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> SendReport:
    """Send every pending bundle (or those in ``only``); retry network failures with backoff.

    A bundle the intake refused has a verified receipt saying why; one that could not be
    delivered stays ``waiting`` with its next try. ``cancel`` stops between chunks.
    """
    report = SendReport()
    notify = progress or (lambda _step: None)
    for entry in list_outbox(store):
        if not entry.pending or (only is not None and entry.sha256 not in only):
            continue
        outcome = _send_one(store, client, target, entry, policy, notify, cancel, sleep)
        if outcome.state == "received":
            report.received.append(outcome)
        elif outcome.state == "refused":
            report.refused.append(outcome)
        else:
            report.waiting.append(outcome)
        if cancel is not None and cancel.is_set():
            break
    return report


class _ProgressSaver:
    """Passes upload progress on, committing the offset now and then (shown after a restart)."""

    EVERY = 4 * 1024 * 1024

    def __init__(
        self, store: Store, entry: OutboxRecord, notify: Callable[[SendProgress], None]
    ) -> None:
        self.store = store
        self.entry = entry
        self.notify = notify
        self.saved = entry.bytes_sent

    def __call__(self, sent: int, total: int) -> None:
        if sent - self.saved >= self.EVERY or sent == total:
            box.update_entry(self.store, self.entry.sha256, bytes_sent=sent)
            self.saved = sent
        self.notify(SendProgress(self.entry.sha256, self.entry.file_name, "sending", sent, total))


def _send_one(
    store: Store,
    client: IntakeClient,
    target: IntakeTarget,
    entry: OutboxRecord,
    policy: RetryPolicy,
    notify: Callable[[SendProgress], None],
    cancel: threading.Event | None,
    sleep: Callable[[float], None],
) -> OutboxRecord:
    blob = box.blob_path(store, entry.sha256)
    attempt = 0
    while True:
        attempt += 1
        entry = box.update_entry(
            store, entry.sha256, state="sending", attempts=entry.attempts + 1, intake_url=target.url
        )
        notify(SendProgress(entry.sha256, entry.file_name, "sending", entry.bytes_sent, entry.size))
        on_progress = _ProgressSaver(store, entry, notify)

        try:
            if not blob.exists():
                text = client.receipt(entry.sha256)  # sent before; only the receipt was missing
            else:
                text = client.upload(
                    blob, entry.sha256, file_name=entry.file_name, progress=on_progress,
                    cancel=cancel,
                )  # fmt: skip
            entry = _accept_receipt(store, entry, text, target)
            notify(
                SendProgress(
                    entry.sha256, entry.file_name, entry.state, entry.size, entry.size,
                    entry.refused_reason,
                )
            )  # fmt: skip
            return entry
        except Cancelled:
            return box.update_entry(store, entry.sha256, state="queued", next_try_at=None)
        except ReceiptError as exc:
            # A receipt that does not verify proves nothing: keep the bundle and say why.
            log.error("receipt for %s does not verify: %s", entry.sha256[:12], exc)
            error = f"The intake's receipt does not verify: {exc.user_message}"
            retry_ok = False
        except IntakeError as exc:
            error, retry_ok = exc.user_message, exc.transient
        delay = policy.delay(attempt)
        next_try = datetime.now(UTC) + timedelta(seconds=max(delay, policy.base_delay))
        entry = box.update_entry(
            store, entry.sha256, state="waiting", last_error=error, next_try_at=next_try
        )
        notify(
            SendProgress(
                entry.sha256, entry.file_name, "waiting", entry.bytes_sent, entry.size, error
            )
        )
        if not retry_ok or attempt >= policy.tries or (cancel is not None and cancel.is_set()):
            return entry
        sleep(delay)


# --- decisions --------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchedDecisionResult:
    """One decision fetched on sync and what it did to the interview."""

    decision_id: str
    interview_uuid: str
    outcome: str
    applied: bool
    message: str


def fetch_decisions(
    store: Store,
    client: IntakeClient,
    trusted_keys: TrustedKeys,
    *,
    actor: str,
    folder: Path | None = None,
) -> list[FetchedDecisionResult]:
    """Fetch new decisions, keep each as a decision file and import it as a file is imported
    today (verified against the trusted keys, for the revision last exported, once)."""
    import json

    from app.export.decision import DecisionError, decision_file_name, import_decision
    from app.fileio import write_atomically

    cursor_name = f"decisions_since:{client.url}"
    since = int(box.get_setting(store, cursor_name) or 0)
    target_folder = folder or store.path.parent / DECISIONS_FOLDER
    results: list[FetchedDecisionResult] = []
    for fetched in client.decisions(since):
        if not box.decision_seen(store, fetched.decision_id):
            raw = fetched.document.encode("utf-8")
            interview, outcome, revision, name = "", "", None, f"{fetched.decision_id}.json"
            try:
                data = json.loads(raw)["decision"]
                interview = str(data.get("interview_uuid", ""))
                outcome = str(data.get("outcome", ""))
                revision = data.get("revision") if isinstance(data.get("revision"), int) else None
                from app.export.decision import Decision

                name = decision_file_name(Decision.from_dict(data))
            except (ValueError, KeyError, TypeError, AppError):
                pass
            path = write_atomically(target_folder / name, raw)
            try:
                _received, applied = import_decision(store, path, trusted_keys, actor=actor)
                done, message = True, f"{applied.outcome}; interview {applied.interview_id}"
            except DecisionError as exc:
                done, message = False, exc.user_message
            box.record_decision(
                store,
                decision_id=fetched.decision_id,
                intake_url=client.url,
                sequence=fetched.sequence,
                interview_uuid=interview,
                revision=revision,
                outcome=outcome,
                file_name=str(path.name),
                applied=done,
                message=message,
            )
            results.append(
                FetchedDecisionResult(fetched.decision_id, interview, outcome, done, message)
            )
        box.set_setting(store, cursor_name, str(fetched.sequence))
    return results


@dataclass
class SyncReport:
    """A sync: what was sent, the decisions fetched, and why none were (when the network
    failed after the sending)."""

    sent: SendReport
    decisions: list[FetchedDecisionResult]
    decisions_error: str = ""


def sync(
    store: Store,
    client: IntakeClient,
    target: IntakeTarget,
    trusted_keys: TrustedKeys,
    *,
    actor: str,
    policy: RetryPolicy = RetryPolicy(),
    progress: Callable[[SendProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> SyncReport:
    """Send what is queued, then fetch the supervisors' decisions and apply them (a returned
    interview reopens with the comments). A network failure while fetching is reported,
    not raised; other intake errors are raised."""
    sent = send_outbox(store, client, target, policy=policy, progress=progress, cancel=cancel)
    try:
        decided = fetch_decisions(store, client, trusted_keys, actor=actor)
    except IntakeError as exc:
        if not exc.transient:
            raise
        return SyncReport(sent, [], exc.user_message)
    return SyncReport(sent, decided)


def open_client(target: IntakeTarget, signing_key: SigningKey, **options: Any) -> IntakeClient:
    """A client for ``target`` (the URL is checked before anything is sent)."""
    return IntakeClient(target.url, signing_key, **options)
