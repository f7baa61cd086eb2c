"""Supervisor decisions: approve a bundle, or return it to the expert with comments per item.

A decision file is JSON::

    {"format": "clusterbench-decision", "version": 1,
     "decision": {...},                 # what was decided, about which bundle and revision
     "signer_key": "RW...",             # the supervisor's minisign public key
     "signature": "untrusted comment: ...\\n..."}   # minisign signature over the decision

The signature covers the canonical JSON of ``decision`` (sorted keys, no spaces, UTF-8).
The expert's app accepts a decision only from a key in its trusted-keys file, only for
the revision it last exported, and only once.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import AppError
from app.export.bundle import output_path, utc_text
from app.export.keys import SigningKey, TrustedKey, TrustedKeys
from app.export.signed_json import SignedDocumentError, open_signed_document, signed_document
from app.export.values import parse_time
from app.fileio import write_atomically

if TYPE_CHECKING:
    from app.export.verify import BundleContents, VerificationResult
    from app.models import Store

DECISION_FORMAT = "clusterbench-decision"
OUTCOMES = ("approved", "returned")
MAX_DECISION_BYTES = 2 * 2**20
MAX_COMMENT_CHARS = 20_000
#: Comments on the interview as a whole use this item id.
GENERAL = ""


#: Codes of decisions refused for what was asked or given (exit 2); the others are decision
#: files that were read but failed a check (exit 1).
INPUT_PROBLEMS = frozenset(
    {
        "bad_outcome",
        "no_comments",
        "no_supervisor",
        "bad_revision",
        "empty_comment",
        "long_comment",
        "unknown_item",
        "unwritable",
        "unreadable",
        "too_large",
        "malformed",
    }
)


class DecisionError(AppError):
    """A decision file that cannot be written, trusted or applied."""

    def __init__(self, code: str, user_message: str) -> None:
        super().__init__(user_message)
        self.code = code
        self.exit_code = 2 if code in INPUT_PROBLEMS else 1


@dataclass(frozen=True)
class ItemComment:
    """A supervisor's comment on one item ("" for the interview as a whole)."""

    item_id: str
    text: str


@dataclass(frozen=True)
class Decision:
    """What a supervisor decided about one revision of one interview's bundle."""

    bundle_id: str
    interview_uuid: str
    revision: int
    outcome: str
    supervisor: str
    comments: tuple[ItemComment, ...] = ()
    summary: str = ""
    decision_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    decided_at: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise DecisionError("bad_outcome", "A decision is either approved or returned.")
        if self.outcome == "returned" and not (self.summary.strip() or self.comments):
            raise DecisionError(
                "no_comments", "Say what the expert should change when returning an interview."
            )
        if not self.supervisor.strip():
            raise DecisionError("no_supervisor", "The decision needs the supervisor's name.")
        if self.revision < 1:
            raise DecisionError("bad_revision", "A bundle's revision starts at 1.")
        for comment in self.comments:
            if not comment.text.strip():
                raise DecisionError("empty_comment", f"The comment on {comment.item_id} is empty.")
            if len(comment.text) > MAX_COMMENT_CHARS:
                raise DecisionError(
                    "long_comment", f"The comment on {comment.item_id} is too long."
                )

    def to_dict(self) -> dict[str, Any]:
        """Plain data, as signed."""
        return {
            "decision_id": self.decision_id,
            "bundle_id": self.bundle_id,
            "interview_uuid": self.interview_uuid,
            "revision": self.revision,
            "outcome": self.outcome,
            "supervisor": self.supervisor,
            "summary": self.summary,
            "comments": [{"item_id": c.item_id, "text": c.text} for c in self.comments],
            "decided_at": utc_text(self.decided_at),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Decision:
        """Parse the signed data; ``DecisionError`` when it is malformed."""
        try:
            comments = tuple(
                ItemComment(str(c["item_id"]), str(c["text"])) for c in data["comments"]
            )
            revision = data["revision"]
            if not isinstance(revision, int) or isinstance(revision, bool):
                raise TypeError("revision")
            decided = parse_time(str(data["decided_at"]))
            for key in ("decision_id", "bundle_id", "interview_uuid", "outcome", "supervisor"):
                if not isinstance(data[key], str):
                    raise TypeError(key)
            return cls(
                bundle_id=data["bundle_id"],
                interview_uuid=data["interview_uuid"],
                revision=revision,
                outcome=data["outcome"],
                supervisor=data["supervisor"],
                comments=comments,
                summary=str(data.get("summary", "")),
                decision_id=data["decision_id"],
                decided_at=decided,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DecisionError("malformed", f"The decision file is malformed ({exc}).") from exc

    def comments_by_item(self) -> dict[str, list[str]]:
        """Comment texts grouped by item id."""
        grouped: dict[str, list[str]] = {}
        for comment in self.comments:
            grouped.setdefault(comment.item_id, []).append(comment.text)
        return grouped


def _trusted_comment(decision: Decision) -> str:
    return (
        f"clusterbench decision={decision.decision_id} bundle={decision.bundle_id} "
        f"interview={decision.interview_uuid} rev={decision.revision} "
        f"outcome={decision.outcome} created={utc_text(decision.decided_at)}"
    )


def decision_file_name(decision: Decision) -> str:
    """A file name that says nothing about the cluster."""
    return f"clusterbench-decision-{decision.bundle_id[:8]}-r{decision.revision}.json"


def write_decision(decision: Decision, signing_key: SigningKey, out: Path | str) -> Path:
    """Sign ``decision`` and write the decision file to ``out``; return its path.

    ``out`` is a folder when it is one already, ends with a separator, or has no suffix.
    """
    document = signed_document(
        DECISION_FORMAT, "decision", decision.to_dict(), signing_key, _trusted_comment(decision)
    )
    try:
        target = output_path(out, decision_file_name(decision))
        write_atomically(target, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise DecisionError(
            "unwritable", f"Cannot write the decision file to {out}: {exc.strerror or exc}."
        ) from exc
    return target


@dataclass(frozen=True)
class ReceivedDecision:
    """A decision whose signature and signer were checked."""

    decision: Decision
    signer: TrustedKey
    fingerprint: str


def read_decision(
    path: Path | str, trusted_keys: TrustedKeys, *, now: datetime | None = None
) -> ReceivedDecision:
    """Read and verify a decision file; ``DecisionError`` names what is wrong."""
    target = Path(path)
    try:
        if target.stat().st_size > MAX_DECISION_BYTES:
            raise DecisionError("too_large", "The decision file is far too large.")
        raw = target.read_bytes()
    except OSError as exc:
        raise DecisionError("unreadable", f"The decision file cannot be read: {exc}.") from exc
    return parse_decision(raw, trusted_keys, now=now)


def parse_decision(
    raw: bytes, trusted_keys: TrustedKeys, *, now: datetime | None = None
) -> ReceivedDecision:
    """Verify the bytes of a decision file (as ``read_decision`` does for a file)."""
    try:
        document, public, signature = open_signed_document(
            raw,
            format_name=DECISION_FORMAT,
            body_name="decision",
            max_bytes=MAX_DECISION_BYTES,
            noun="decision file",
            owner="decision",
        )
    except SignedDocumentError as exc:
        raise DecisionError(exc.code, exc.user_message) from exc
    decision = Decision.from_dict(document["decision"])
    if signature.trusted_comment != _trusted_comment(decision):
        raise DecisionError("bad_signature", "The decision's signed comment does not match it.")
    entry = trusted_keys.find(public)
    if entry is None:
        raise DecisionError(
            "unknown_key",
            f"The decision is signed by a key that is not in the trusted keys "
            f"(fingerprint {public.fingerprint}).",
        )
    verdict = entry.verdict(decision.decided_at, now)
    if not verdict.trusted:
        raise DecisionError(verdict.code, verdict.message)
    return ReceivedDecision(decision=decision, signer=entry, fingerprint=public.fingerprint)


def make_decision(
    *,
    bundle_id: str,
    interview_uuid: str,
    revision: int,
    approve: bool,
    supervisor: str,
    comments: Mapping[str, str] | Sequence[ItemComment] = (),
    summary: str = "",
    known_items: Sequence[str] | None = None,
) -> Decision:
    """A decision, with comments checked against the pack's item ids when given."""
    items = (
        [ItemComment(k, v) for k, v in comments.items()]
        if isinstance(comments, Mapping)
        else list(comments)
    )
    if known_items is not None:
        known = set(known_items) | {GENERAL}
        unknown = [c.item_id for c in items if c.item_id not in known]
        if unknown:
            raise DecisionError("unknown_item", f"There is no item {unknown[0]!r} in the pack.")
    return Decision(
        bundle_id=bundle_id,
        interview_uuid=interview_uuid,
        revision=revision,
        outcome="approved" if approve else "returned",
        supervisor=supervisor,
        comments=tuple(items),
        summary=summary,
    )


def decide_bundle(
    store: Store,
    result: VerificationResult,
    contents: BundleContents,
    *,
    approve: bool,
    supervisor: str,
    signing_key: SigningKey,
    out: Path | str,
    comments: Mapping[str, str] | Sequence[ItemComment] = (),
    summary: str = "",
) -> Path:
    """The supervisor's decision on a bundle ``review_bundle`` passed: signed, written, noted.

    Comments must name items of the bundle's pack. The supervisor's store remembers the
    bundle with the outcome, so older revisions of the interview are refused from then on.
    """
    from app.models import repository as repo

    if not result.ok:
        raise DecisionError("not_verified", f"The bundle does not verify ({result.summary()}).")
    decision = make_decision(
        bundle_id=contents.bundle_id,
        interview_uuid=contents.interview_uuid,
        revision=contents.revision,
        approve=approve,
        supervisor=supervisor,
        comments=comments,
        summary=summary,
        known_items=[item.id for item in contents.pack.items],
    )
    path = write_decision(decision, signing_key, out)
    repo.record_imported_bundle(
        store,
        bundle_id=contents.bundle_id,
        interview_uuid=contents.interview_uuid,
        revision=contents.revision,
        signer=result.signer or "",
        status=decision.outcome,
    )
    return path


def import_decision(
    store: Store,
    path: Path | str,
    trusted_keys: TrustedKeys,
    *,
    actor: str,
    now: datetime | None = None,
    expected_interview_uuid: str | None = None,
) -> tuple[ReceivedDecision, AppliedDecision]:
    """Read, verify and apply a decision file in the expert's store (``read_decision`` and
    ``apply_decision``); ``DecisionError`` when it is refused, with the store unchanged.

    With ``expected_interview_uuid`` (importing from an interview's own window) a decision
    about another interview is refused before anything changes.
    """
    received = read_decision(path, trusted_keys, now=now)
    if (
        expected_interview_uuid is not None
        and received.decision.interview_uuid != expected_interview_uuid
    ):
        raise DecisionError(
            "other_interview",
            "This decision is about another interview. Import it from the home window "
            "(File \u203a Import supervisor decision).",
        )
    return received, apply_decision(store, received, actor=actor)


@dataclass(frozen=True)
class AppliedDecision:
    """What importing a decision did to the interview."""

    interview_id: int
    outcome: str
    comments: int
    reopened: bool


def apply_decision(store: Store, received: ReceivedDecision, *, actor: str) -> AppliedDecision:
    """Import a verified decision into the expert's store.

    A returned interview reopens with the supervisor's comments beside its items; an
    approved one is marked approved. The decision must be about the revision last
    exported, and is applied only once.
    """
    from app.models import repository as repo

    decision = received.decision
    interview_id = repo.find_interview_by_uuid(store, decision.interview_uuid)
    if interview_id is None:
        raise DecisionError(
            "unknown_interview", "The decision is about an interview that is not in this store."
        )
    marker = f"decision {decision.decision_id}"
    if any(marker in event.detail for event in repo.events_of(store, interview_id)):
        raise DecisionError("already_applied", "This decision has already been imported.")
    interview = repo.get_interview(store, interview_id)
    if decision.revision != interview.revision:
        raise DecisionError(
            "stale",
            f"The decision is about revision {decision.revision}, but the last export of "
            f"this interview is revision {interview.revision}.",
        )
    author = f"{decision.supervisor} ({received.signer.expert_id})"
    count = 0
    if decision.outcome == "returned":
        if decision.summary.strip():
            repo.add_supervisor_comment(
                store, interview_id, GENERAL, decision.summary.strip(), author=author
            )
            count += 1
        for comment in decision.comments:
            repo.add_supervisor_comment(
                store, interview_id, comment.item_id, comment.text, author=author
            )
            count += 1
        repo.reopen_interview(
            store,
            interview_id,
            reason=f"Returned by supervisor {decision.supervisor} ({marker})",
            actor=actor,
        )
        repo.set_status(store, interview_id, "returned", actor=actor, detail=marker)
        return AppliedDecision(interview_id, "returned", count, reopened=True)
    repo.set_status(
        store, interview_id, "approved", actor=actor,
        detail=f"Approved by supervisor {decision.supervisor} ({marker})",
    )  # fmt: skip
    return AppliedDecision(interview_id, "approved", 0, reopened=False)
