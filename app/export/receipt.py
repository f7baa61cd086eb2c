"""Receipts: the intake's signed statement that it received (and accepted or refused) a bundle.

A receipt is JSON, shaped like a decision file::

    {"format": "clusterbench-receipt", "version": 1,
     "receipt": {"bundle_sha256", "size", "interview_uuid", "revision", "bundle_id",
                 "received_at", "outcome": "accepted" | "refused", "code", "reason"},
     "signer_key": "RW...",            # the intake's minisign public key
     "signature": "untrusted comment: ...\\n..."}

The signature is minisign's format over the canonical JSON of ``receipt``; its trusted
comment repeats the bundle hash, interview, revision and outcome, so ``minisign -V`` on the
canonical JSON shows what was received. An expert's app trusts a receipt only when it is
signed by the intake key the expert enrolled, and only for the bytes it sent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from app.errors import AppError
from app.export.bundle import utc_text
from app.export.keys import SigningKey, parse_time
from app.export.minisign import PublicKey
from app.export.signed_json import SignedDocumentError, open_signed_document, signed_document

RECEIPT_FORMAT = "clusterbench-receipt"
OUTCOMES = ("accepted", "refused")
MAX_RECEIPT_BYTES = 64 * 1024
MAX_REASON_CHARS = 2000


class ReceiptError(AppError):
    """A receipt that is malformed, signed by another key or about other bytes."""

    def __init__(self, code: str, user_message: str) -> None:
        super().__init__(user_message)
        self.code = code


@dataclass(frozen=True)
class Receipt:
    """What the intake says it received."""

    bundle_sha256: str
    size: int
    received_at: datetime
    outcome: str
    interview_uuid: str = ""
    revision: int | None = None
    bundle_id: str = ""
    code: str = ""
    reason: str = ""

    @property
    def accepted(self) -> bool:
        """Whether the intake accepted the bundle (verified, trusted signer, newest revision)."""
        return self.outcome == "accepted"

    def to_dict(self) -> dict[str, Any]:
        """Plain data, as signed."""
        return {
            "bundle_sha256": self.bundle_sha256,
            "size": self.size,
            "interview_uuid": self.interview_uuid,
            "revision": self.revision,
            "bundle_id": self.bundle_id,
            "received_at": utc_text(self.received_at),
            "outcome": self.outcome,
            "code": self.code,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Receipt:
        """Parse the signed data; ``ReceiptError`` when it is malformed."""
        try:
            revision = data["revision"]
            if revision is not None and (
                not isinstance(revision, int) or isinstance(revision, bool)
            ):
                raise TypeError("revision")
            size = data["size"]
            if not isinstance(size, int) or isinstance(size, bool) or size < 0:
                raise TypeError("size")
            texts = ("bundle_sha256", "interview_uuid", "bundle_id", "outcome", "code", "reason")
            for key in texts:
                if not isinstance(data[key], str):
                    raise TypeError(key)
            if data["outcome"] not in OUTCOMES:
                raise ValueError(f"outcome {data['outcome']!r}")
            return cls(
                bundle_sha256=data["bundle_sha256"],
                size=size,
                received_at=parse_time(str(data["received_at"])),
                outcome=data["outcome"],
                interview_uuid=data["interview_uuid"],
                revision=revision,
                bundle_id=data["bundle_id"],
                code=data["code"],
                reason=data["reason"],
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ReceiptError("malformed", f"The receipt is malformed ({exc}).") from exc


def _trusted_comment(receipt: Receipt) -> str:
    return (
        f"clusterbench receipt sha256={receipt.bundle_sha256} "
        f"interview={receipt.interview_uuid or '-'} rev={receipt.revision or '-'} "
        f"outcome={receipt.outcome} received={utc_text(receipt.received_at)}"
    )


def sign_receipt(receipt: Receipt, signing_key: SigningKey) -> str:
    """The receipt document (JSON text) signed with the intake's key."""
    signed = replace(receipt, reason=receipt.reason[:MAX_REASON_CHARS])
    document = signed_document(
        RECEIPT_FORMAT,
        "receipt",
        signed.to_dict(),
        signing_key,
        _trusted_comment(signed),
        "signature from ClusterBench intake key",
    )
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def verify_receipt(
    text: str | bytes, intake_key: PublicKey, *, bundle_sha256: str | None = None
) -> Receipt:
    """Check a receipt against the enrolled intake key (and the bytes sent, when given).

    The key named inside the receipt is never trusted by itself: it must be ``intake_key``.
    """
    raw = text.encode("utf-8") if isinstance(text, str) else text
    try:
        document, signer, signature = open_signed_document(
            raw,
            format_name=RECEIPT_FORMAT,
            body_name="receipt",
            max_bytes=MAX_RECEIPT_BYTES,
            noun="receipt",
            owner="receipt",
        )
    except SignedDocumentError as exc:
        raise ReceiptError(exc.code, exc.user_message) from exc
    if signer.raw != intake_key.raw:
        raise ReceiptError(
            "unknown_key",
            f"The receipt is signed by key {signer.fingerprint}, not by the enrolled intake "
            f"key {intake_key.fingerprint}.",
        )
    receipt = Receipt.from_dict(document["receipt"])
    if signature.trusted_comment != _trusted_comment(receipt):
        raise ReceiptError("bad_signature", "The receipt's signed comment does not match it.")
    if bundle_sha256 is not None and receipt.bundle_sha256 != bundle_sha256:
        raise ReceiptError("other_bundle", "The receipt is about another bundle than the one sent.")
    return receipt
