"""The intake's receipt key: Ed25519, made on first start, kept owner-only in its data folder.

The intake signs receipts unattended, so its private key is not passphrase-protected; the
file is ``0600`` and the folder belongs to the service account. Experts enrol the public
key (``clusterbench intake key``) and check every receipt against it.
"""

from __future__ import annotations

import base64
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.errors import AppError
from app.export.keys import SigningKey, derive_key_id
from app.export.minisign import PublicKey
from app.fileio import write_atomically

KEY_FILE = "intake-key.json"
PUBLIC_FILE = "intake-key.pub"
KEY_FORMAT = "clusterbench-intake-key"


class IntakeKeyError(AppError):
    """The intake's key file is damaged."""

    exit_code = 2


def _lock(folder: Path) -> int:
    descriptor = os.open(folder / ".intake-key.lock", os.O_RDWR | os.O_CREAT, 0o600)
    if os.name != "nt":
        import fcntl

        fcntl.flock(descriptor, fcntl.LOCK_EX)
    return descriptor


def load_or_create_key(folder: Path) -> tuple[SigningKey, bool]:
    """The intake's key in ``folder``, made now if there is none; True when it was made."""
    folder.mkdir(parents=True, exist_ok=True)
    descriptor = _lock(folder)  # two intake processes starting at once make one key
    try:
        path = folder / KEY_FILE
        if path.exists():
            return _read(path), False
        private = Ed25519PrivateKey.generate()
        raw_public = private.public_key().public_bytes_raw()
        public = PublicKey(key_id=derive_key_id(raw_public), raw=raw_public)
        document = {
            "format": KEY_FORMAT,
            "version": 1,
            "public_key": public.to_string(),
            "private_key": base64.b64encode(private.private_bytes_raw()).decode(),
            "created_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        }
        write_atomically(path, json.dumps(document, indent=2) + "\n", private=True)
        write_atomically(folder / PUBLIC_FILE, public.to_file_text())
        return SigningKey(private_key=private, public_key=public), True
    finally:
        os.close(descriptor)


def _read(path: Path) -> SigningKey:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != KEY_FORMAT:
            raise ValueError("not an intake key file")
        public = PublicKey.from_string(str(document["public_key"]))
        private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(document["private_key"]))
    except (OSError, ValueError, KeyError, TypeError, AppError) as exc:
        raise IntakeKeyError(f"The intake key file {path} is damaged: {exc}") from exc
    if private.public_key().public_bytes_raw() != public.raw:
        raise IntakeKeyError(f"The intake key file {path} is damaged: the key pair does not match.")
    return SigningKey(private_key=private, public_key=public)
