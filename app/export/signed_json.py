"""Signed JSON documents (decision files, receipts): one envelope, one way to check it.

::

    {"format": "<format>", "version": 1, "<body>": {...},
     "signer_key": "RW...", "signature": "<minisign signature of the canonical body>"}
"""

from __future__ import annotations

from typing import Any

from app.errors import AppError
from app.export.bundle import canonical_json
from app.export.keys import SigningKey
from app.export.minisign import MinisignError, PublicKey, Signature, verify
from app.export.verify import load_untrusted_json


class SignedDocumentError(AppError):
    """A signed document that is malformed or whose signature does not verify."""

    def __init__(self, code: str, user_message: str) -> None:
        super().__init__(user_message)
        self.code = code


def signed_document(
    format_name: str,
    body_name: str,
    body: dict[str, Any],
    signing_key: SigningKey,
    trusted_comment: str,
    untrusted_comment: str = "",
) -> dict[str, Any]:
    """The envelope around ``body``, signed over its canonical JSON."""
    signature = signing_key.sign(canonical_json(body), trusted_comment, untrusted_comment)
    return {
        "format": format_name,
        "version": 1,
        body_name: body,
        "signer_key": signing_key.public_key.to_string(),
        "signature": signature,
    }


def open_signed_document(
    raw: bytes,
    *,
    format_name: str,
    body_name: str,
    max_bytes: int,
    noun: str,
    owner: str,
) -> tuple[dict[str, Any], PublicKey, Signature]:
    """Parse an envelope and verify its signature with the key it names.

    Whether that key is trusted is the caller's decision. ``noun`` ("decision file") and
    ``owner`` ("decision") word the messages.
    """
    if len(raw) > max_bytes:
        raise SignedDocumentError("too_large", f"The {noun} is far too large.")
    try:
        document = load_untrusted_json(raw)
    except ValueError as exc:
        raise SignedDocumentError("malformed", f"The {noun} is {exc}.") from exc
    if (
        not isinstance(document, dict)
        or document.get("format") != format_name
        or document.get("version") != 1
        or not isinstance(document.get(body_name), dict)
        or not isinstance(document.get("signature"), str)
        or not isinstance(document.get("signer_key"), str)
    ):
        raise SignedDocumentError("malformed", f"This is not a ClusterBench {noun}.")
    try:
        public = PublicKey.from_string(document["signer_key"])
        signature = verify(public, canonical_json(document[body_name]), document["signature"])
    except MinisignError as exc:
        code = "bad_signature" if exc.code != "malformed" else "malformed"
        raise SignedDocumentError(
            code, f"The {owner}'s signature does not verify: {exc.user_message}"
        ) from exc
    except ValueError as exc:
        raise SignedDocumentError("malformed", f"The {noun} holds numbers out of range.") from exc
    return document, public, signature
