"""Ed25519 signatures in minisign's file format, checkable with the stock ``minisign -V``.

A signature file has four lines::

    untrusted comment: <free text, not signed>
    base64(b"ED" + key id (8 bytes) + Ed25519 signature of BLAKE2b-512(file))
    trusted comment: <text, signed>
    base64(Ed25519 signature of (the signature bytes above + trusted comment))

A public key is ``base64(b"Ed" + key id + 32-byte public key)``, the ``RW...`` string.
Only the prehashed ``ED`` algorithm is written; the legacy ``Ed`` one is still verified.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from app.errors import AppError

PUBLIC_KEY_ALGORITHM = b"Ed"
PREHASHED = b"ED"
LEGACY = b"Ed"
KEY_ID_BYTES = 8
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
#: minisign's own limits on comment lengths.
MAX_TRUSTED_COMMENT = 8192
MAX_UNTRUSTED_COMMENT = 1024
MAX_SIGNATURE_FILE = 16_384


class MinisignError(AppError):
    """A key or signature that is malformed or does not verify."""

    exit_code = 2

    def __init__(self, code: str, user_message: str) -> None:
        super().__init__(user_message)
        self.code = code


def prehash(data: bytes) -> bytes:
    """BLAKE2b-512 of ``data``, what the ``ED`` algorithm signs."""
    return hashlib.blake2b(data).digest()


def _b64decode(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip().encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise MinisignError("malformed", f"The {what} is not valid base64.") from exc


def key_id_hex(key_id: bytes) -> str:
    """A key id as minisign prints it (little-endian, upper-case hex)."""
    return key_id[::-1].hex().upper()


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key with its minisign key id."""

    key_id: bytes
    raw: bytes

    def __post_init__(self) -> None:
        if len(self.key_id) != KEY_ID_BYTES or len(self.raw) != 32:
            raise MinisignError("malformed", "A minisign public key has the wrong length.")

    @classmethod
    def from_string(cls, text: str) -> PublicKey:
        """Parse the ``RW...`` base64 string."""
        blob = _b64decode(text, "public key")
        if len(blob) != 2 + KEY_ID_BYTES + 32 or blob[:2] != PUBLIC_KEY_ALGORITHM:
            raise MinisignError("malformed", "This is not a minisign Ed25519 public key.")
        return cls(key_id=blob[2:10], raw=blob[10:])

    @classmethod
    def from_file_text(cls, text: str) -> PublicKey:
        """Parse a minisign public key file (comment line, key line) or a bare key string."""
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
        if len(lines) == 2 and lines[0].startswith(UNTRUSTED_PREFIX.strip()):
            return cls.from_string(lines[1])
        if len(lines) == 1:
            return cls.from_string(lines[0])
        raise MinisignError("malformed", "This is not a minisign public key file.")

    def to_string(self) -> str:
        """The ``RW...`` string ``minisign -P`` takes."""
        return base64.b64encode(PUBLIC_KEY_ALGORITHM + self.key_id + self.raw).decode("ascii")

    def to_file_text(self) -> str:
        """The contents of a ``.pub`` file as ``minisign -p`` reads it."""
        return f"{UNTRUSTED_PREFIX}minisign public key {self.key_id_hex}\n{self.to_string()}\n"

    @property
    def key_id_hex(self) -> str:
        """The key id as minisign prints it."""
        return key_id_hex(self.key_id)

    @property
    def fingerprint(self) -> str:
        """First 80 bits of SHA-256 of the key as five groups of four hex digits."""
        digest = hashlib.sha256(self.raw).hexdigest()[:20].upper()
        return " ".join(digest[i : i + 4] for i in range(0, 20, 4))

    def _ed25519(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.raw)


@dataclass(frozen=True)
class Signature:
    """A parsed minisign signature file."""

    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str = ""

    @classmethod
    def parse(cls, text: str | bytes) -> Signature:
        """Parse a ``.minisig`` file strictly; raise ``MinisignError`` on anything odd."""
        if isinstance(text, bytes):
            if len(text) > MAX_SIGNATURE_FILE:
                raise MinisignError("malformed", "The signature file is too large.")
            try:
                text = text.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise MinisignError("malformed", "The signature file is not UTF-8 text.") from exc
        if len(text) > MAX_SIGNATURE_FILE:
            raise MinisignError("malformed", "The signature file is too large.")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        lines = [line.removesuffix("\r") for line in lines]
        if len(lines) != 4:
            raise MinisignError("malformed", "A minisign signature file has exactly four lines.")
        untrusted, sig_line, trusted, global_line = lines
        if not untrusted.startswith(UNTRUSTED_PREFIX):
            raise MinisignError("malformed", "The signature's first line is not a comment.")
        if not trusted.startswith(TRUSTED_PREFIX):
            raise MinisignError("malformed", "The signature has no trusted comment line.")
        blob = _b64decode(sig_line, "signature")
        if len(blob) != 2 + KEY_ID_BYTES + 64 or blob[:2] not in (PREHASHED, LEGACY):
            raise MinisignError("malformed", "The signature line is not an Ed25519 signature.")
        global_signature = _b64decode(global_line, "global signature")
        if len(global_signature) != 64:
            raise MinisignError("malformed", "The global signature has the wrong length.")
        comment = trusted[len(TRUSTED_PREFIX) :]
        if len(comment.encode("utf-8")) > MAX_TRUSTED_COMMENT:
            raise MinisignError("malformed", "The trusted comment is too long.")
        return cls(
            algorithm=blob[:2],
            key_id=blob[2:10],
            signature=blob[10:],
            trusted_comment=comment,
            global_signature=global_signature,
            untrusted_comment=untrusted[len(UNTRUSTED_PREFIX) :],
        )

    def to_text(self) -> str:
        """The ``.minisig`` file contents."""
        sig_line = base64.b64encode(self.algorithm + self.key_id + self.signature).decode()
        global_line = base64.b64encode(self.global_signature).decode()
        return (
            f"{UNTRUSTED_PREFIX}{self.untrusted_comment}\n{sig_line}\n"
            f"{TRUSTED_PREFIX}{self.trusted_comment}\n{global_line}\n"
        )


def _check_comment(comment: str, limit: int, what: str) -> None:
    if "\n" in comment or "\r" in comment:
        raise MinisignError("malformed", f"A {what} must be one line.")
    if len(comment.encode("utf-8")) > limit:
        raise MinisignError("malformed", f"The {what} is too long.")


def sign(
    private_key: Ed25519PrivateKey,
    key_id: bytes,
    data: bytes,
    trusted_comment: str,
    untrusted_comment: str = "signature from minisign secret key",
) -> str:
    """Sign ``data`` (prehashed ``ED``); return the ``.minisig`` file text."""
    _check_comment(trusted_comment, MAX_TRUSTED_COMMENT, "trusted comment")
    _check_comment(untrusted_comment, MAX_UNTRUSTED_COMMENT, "untrusted comment")
    signature = private_key.sign(prehash(data))
    global_signature = private_key.sign(signature + trusted_comment.encode("utf-8"))
    return Signature(
        algorithm=PREHASHED,
        key_id=key_id,
        signature=signature,
        trusted_comment=trusted_comment,
        global_signature=global_signature,
        untrusted_comment=untrusted_comment,
    ).to_text()


def verify(public_key: PublicKey, data: bytes, signature_text: str | bytes) -> Signature:
    """Check a ``.minisig`` over ``data`` with ``public_key``; return it parsed.

    Raises ``MinisignError`` with code ``malformed``, ``key_mismatch`` (signed by another
    key) or ``bad_signature`` (file or trusted comment changed).
    """
    parsed = Signature.parse(signature_text)
    if parsed.key_id != public_key.key_id:
        raise MinisignError(
            "key_mismatch",
            f"The signature was made with key {key_id_hex(parsed.key_id)}, "
            f"not {public_key.key_id_hex}.",
        )
    message = prehash(data) if parsed.algorithm == PREHASHED else data
    key = public_key._ed25519()
    try:
        key.verify(parsed.signature, message)
    except InvalidSignature as exc:
        raise MinisignError(
            "bad_signature", "The signature does not match the signed file."
        ) from exc
    try:
        key.verify(
            parsed.global_signature, parsed.signature + parsed.trusted_comment.encode("utf-8")
        )
    except InvalidSignature as exc:
        raise MinisignError(
            "bad_signature", "The signature's trusted comment has been changed."
        ) from exc
    return parsed
