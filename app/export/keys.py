"""The signing key of this installation, and the trusted-keys file supervisors keep.

The key pair is Ed25519. The private key is stored in ``data_dir()/keys/signing-key.json``,
encrypted with a passphrase (scrypt, then AES-256-GCM), with owner-only permissions; the
public key sits beside it as a minisign ``.pub`` file. The key id is derived from the
public key, so the key file alone is enough to sign in minisign's format.

The trusted-keys file is a JSON list of ``{"expert_id", "public_key", "valid_from",
"valid_until", "revoked_at"}``; ``public_key`` is the minisign ``RW...`` string and the
dates are ISO 8601 (the last two may be null).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.errors import AppError
from app.export import minisign
from app.export.minisign import MinisignError, PublicKey
from app.export.values import parse_time as parse_time  # re-exported: callers read it here
from app.fileio import write_atomically
from app.paths import data_dir

KEYS_DIR = "keys"
PRIVATE_KEY_FILE = "signing-key.json"
PUBLIC_KEY_FILE = "signing-key.pub"
TRUSTED_KEYS_FILE = "trusted_keys.json"
KEY_FORMAT = "clusterbench-signing-key"
MIN_PASSPHRASE = 8
#: scrypt cost: 128 MiB and about 0.7 s on a 2-core laptop, once per export.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
_SCRYPT_N_RANGE = (2**14, 2**20)
#: How far in the future a signature time may lie before it is suspicious (clock skew).
CLOCK_SKEW = timedelta(hours=24)
MAX_TRUSTED_KEYS_BYTES = 5_000_000


class KeyStoreError(AppError):
    """The signing key is missing, damaged, or the passphrase is wrong."""

    exit_code = 2


class WrongPassphraseError(KeyStoreError):
    """The passphrase does not unlock the private key."""


class TrustedKeysError(AppError):
    """A trusted-keys file that cannot be used; ``errors`` lists every problem."""

    exit_code = 2

    def __init__(self, source: str, errors: Sequence[str]) -> None:
        listing = "; ".join(errors)
        super().__init__(f"The trusted-keys file {source} is not valid: {listing}")
        self.errors = list(errors)


def derive_key_id(raw_public_key: bytes) -> bytes:
    """The 8-byte minisign key id of a public key (derived, so it never needs storing)."""
    return hashlib.blake2b(raw_public_key, digest_size=8, person=b"clusterbench-id").digest()


def keys_dir() -> Path:
    """``data_dir()/keys``, created owner-only (0700)."""
    folder = data_dir() / KEYS_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def private_key_path() -> Path:
    """Where the encrypted private key lives."""
    return keys_dir() / PRIVATE_KEY_FILE


def public_key_path() -> Path:
    """Where the minisign public key file lives."""
    return keys_dir() / PUBLIC_KEY_FILE


def default_trusted_keys_path() -> Path:
    """The trusted-keys file the app uses unless told otherwise."""
    return data_dir() / TRUSTED_KEYS_FILE


@dataclass(frozen=True)
class KeyInfo:
    """The public half of this installation's key, for display and export."""

    public_key: PublicKey
    created_at: datetime
    path: Path

    @property
    def fingerprint(self) -> str:
        """Five groups of four hex digits a supervisor reads back at enrolment."""
        return self.public_key.fingerprint

    @property
    def key_id(self) -> str:
        """The minisign key id (16 hex digits)."""
        return self.public_key.key_id_hex

    def to_dict(self) -> dict[str, str]:
        """Plain data for ``keys show --json``."""
        return {
            "public_key": self.public_key.to_string(),
            "key_id": self.key_id,
            "fingerprint": self.fingerprint,
            "created_at": self.created_at.isoformat(),
            "path": str(self.path),
        }


@dataclass(frozen=True)
class SigningKey:
    """An unlocked private key; lives only as long as one export or decision."""

    private_key: Ed25519PrivateKey = field(repr=False)
    public_key: PublicKey

    def sign(self, data: bytes, trusted_comment: str, untrusted_comment: str = "") -> str:
        """A minisign signature file over ``data``."""
        return minisign.sign(
            self.private_key,
            self.public_key.key_id,
            data,
            trusted_comment,
            untrusted_comment or f"signature from ClusterBench key {self.public_key.key_id_hex}",
        )


def _kdf(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def has_key() -> bool:
    """Whether this installation already has a signing key."""
    return (data_dir() / KEYS_DIR / PRIVATE_KEY_FILE).is_file()


def create_key(passphrase: str, *, replace: bool = False) -> KeyInfo:
    """Make a new key pair, store it encrypted with ``passphrase``, and return its info."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyStoreError(f"The passphrase must have at least {MIN_PASSPHRASE} characters.")
    if has_key() and not replace:
        raise KeyStoreError(
            f"A signing key already exists ({private_key_path()}); "
            "a new one would have to be enrolled again with ESCA."
        )
    private_key = Ed25519PrivateKey.generate()
    raw_public = private_key.public_key().public_bytes_raw()
    public = PublicKey(key_id=derive_key_id(raw_public), raw=raw_public)
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    created = datetime.now(UTC).replace(microsecond=0)
    key = _kdf(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    associated = public.to_string().encode("ascii")
    ciphertext = AESGCM(key).encrypt(nonce, private_key.private_bytes_raw(), associated)
    document = {
        "format": KEY_FORMAT,
        "version": 1,
        "public_key": public.to_string(),
        "created_at": created.isoformat(),
        "kdf": {
            "name": "scrypt",
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": base64.b64encode(salt).decode(),
        },
        "cipher": {"name": "aes-256-gcm", "nonce": base64.b64encode(nonce).decode()},
        "encrypted_private_key": base64.b64encode(ciphertext).decode(),
    }
    try:
        write_atomically(private_key_path(), json.dumps(document, indent=2) + "\n", private=True)
        write_atomically(public_key_path(), public.to_file_text())
        os.chmod(public_key_path(), 0o644)
    except OSError as exc:
        raise KeyStoreError(
            f"The signing key cannot be written to {data_dir() / KEYS_DIR}: {exc.strerror or exc}."
        ) from exc
    return KeyInfo(public_key=public, created_at=created, path=private_key_path())


def _read_key_document() -> dict[str, Any]:
    path = data_dir() / KEYS_DIR / PRIVATE_KEY_FILE
    if not path.is_file():
        raise KeyStoreError(
            "There is no signing key yet. Create one with 'clusterbench keys create'."
        )
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KeyStoreError(f"The signing key file {path} cannot be read: {exc}") from exc
    if not isinstance(document, dict) or document.get("format") != KEY_FORMAT:
        raise KeyStoreError(f"The signing key file {path} is not a ClusterBench key.")
    return document


def _key_info(document: dict[str, Any]) -> KeyInfo:
    try:
        public = PublicKey.from_string(str(document["public_key"]))
        created = datetime.fromisoformat(str(document["created_at"]))
    except (KeyError, ValueError, MinisignError) as exc:
        raise KeyStoreError(f"The signing key file is damaged: {exc}") from exc
    return KeyInfo(public_key=public, created_at=created, path=private_key_path())


def load_key_info() -> KeyInfo:
    """The public key, fingerprint and creation time of this installation's key."""
    return _key_info(_read_key_document())


def unlock(passphrase: str) -> SigningKey:
    """Decrypt the private key; ``WrongPassphraseError`` if the passphrase is wrong."""
    document = _read_key_document()
    info = _key_info(document)
    try:
        kdf = document["kdf"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        salt = base64.b64decode(kdf["salt"])
        nonce = base64.b64decode(document["cipher"]["nonce"])
        ciphertext = base64.b64decode(document["encrypted_private_key"])
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyStoreError(f"The signing key file is damaged: {exc}") from exc
    if kdf.get("name") != "scrypt" or not _SCRYPT_N_RANGE[0] <= n <= _SCRYPT_N_RANGE[1]:
        raise KeyStoreError("The signing key file uses an unsupported key derivation.")
    if not (1 <= r <= 32 and 1 <= p <= 16):
        raise KeyStoreError("The signing key file uses an unsupported key derivation.")
    key = _kdf(passphrase, salt, n, r, p)
    try:
        raw = AESGCM(key).decrypt(nonce, ciphertext, info.public_key.to_string().encode("ascii"))
    except (InvalidTag, ValueError) as exc:
        raise WrongPassphraseError("The passphrase does not unlock the signing key.") from exc
    private_key = Ed25519PrivateKey.from_private_bytes(raw)
    if private_key.public_key().public_bytes_raw() != info.public_key.raw:
        raise KeyStoreError("The signing key file is damaged: the key pair does not match.")
    return SigningKey(private_key=private_key, public_key=info.public_key)


def export_public_key(out: Path | str) -> Path:
    """Write the minisign public key file to ``out`` (a file or a folder); return its path."""
    info = load_key_info()
    target = Path(out)
    try:
        if target.is_dir():
            target = target / f"clusterbench-{info.key_id.lower()}.pub"
        write_atomically(target, info.public_key.to_file_text())
        os.chmod(target, 0o644)
    except OSError as exc:
        raise KeyStoreError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    return target


def private_key_permissions_ok() -> bool:
    """Whether the key folder and file are owner-only (always true on Windows)."""
    if os.name == "nt":
        return True
    folder_mode = stat.S_IMODE((data_dir() / KEYS_DIR).stat().st_mode)
    file_mode = stat.S_IMODE(private_key_path().stat().st_mode)
    return folder_mode & 0o077 == 0 and file_mode & 0o077 == 0


# ---------------------------------------------------------------------------------------
# Trusted keys


@dataclass(frozen=True)
class TrustVerdict:
    """Whether a key may be trusted for a signature made at a given time."""

    trusted: bool
    code: str
    message: str


@dataclass(frozen=True)
class TrustedKey:
    """One enrolled key: whose it is and when it may sign."""

    expert_id: str
    public_key: PublicKey
    valid_from: str
    valid_until: str | None = None
    revoked_at: str | None = None

    @property
    def valid_from_time(self) -> datetime:
        """``valid_from`` as a UTC datetime."""
        return parse_time(self.valid_from)

    @property
    def valid_until_time(self) -> datetime | None:
        """``valid_until`` as a UTC datetime (end of day for a bare date)."""
        return parse_time(self.valid_until, end_of_day=True) if self.valid_until else None

    @property
    def revoked_time(self) -> datetime | None:
        """``revoked_at`` as a UTC datetime."""
        return parse_time(self.revoked_at) if self.revoked_at else None

    def verdict(self, signed_at: datetime, now: datetime | None = None) -> TrustVerdict:
        """Whether a signature made at ``signed_at`` by this key is trusted ``now``.

        ``signed_at`` is what the signer claims, so it cannot be relied on: a stolen key
        could backdate its signatures. Revocation and expiry are therefore judged at
        ``now`` (the time of receipt), and the claimed time must fall in the key's
        validity as well.
        """
        now = now or datetime.now(UTC)
        who = f"{self.expert_id} ({self.public_key.fingerprint})"
        try:
            revoked, valid_from, until = (
                self.revoked_time,
                self.valid_from_time,
                self.valid_until_time,
            )
        except ValueError:
            return TrustVerdict(
                False,
                "key_entry_invalid",
                f"The trusted-keys entry of {who} has a date that is not one.",
            )
        if revoked is not None and revoked <= now:
            return TrustVerdict(
                False, "key_revoked", f"The key of {who} was revoked on {revoked.isoformat()}."
            )
        if signed_at > now + CLOCK_SKEW:
            return TrustVerdict(
                False,
                "signed_in_future",
                f"The signature claims a time in the future ({signed_at.isoformat()}).",
            )
        if signed_at < valid_from:
            return TrustVerdict(
                False,
                "key_not_yet_valid",
                f"The key of {who} was not valid "
                f"yet when the bundle was signed ({signed_at.isoformat()}).",
            )
        if until is not None and (signed_at > until or now > until):
            return TrustVerdict(
                False, "key_expired", f"The key of {who} expired on {until.date().isoformat()}."
            )
        return TrustVerdict(True, "trusted", f"Signed by {who}, a trusted key.")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the trusted-keys file."""
        return {
            "expert_id": self.expert_id,
            "public_key": self.public_key.to_string(),
            "valid_from": self.valid_from,
            "valid_until": self.valid_until,
            "revoked_at": self.revoked_at,
        }


@dataclass(frozen=True)
class TrustedKeys:
    """The keys a supervisor (or an expert, for decisions) trusts."""

    keys: tuple[TrustedKey, ...] = ()
    source: str = ""

    def find(self, public_key: PublicKey) -> TrustedKey | None:
        """The entry for exactly this public key, if enrolled."""
        return next((k for k in self.keys if k.public_key.raw == public_key.raw), None)

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self) -> Iterator[TrustedKey]:
        return iter(self.keys)

    def with_key(self, key: TrustedKey) -> TrustedKeys:
        """A copy with ``key`` added (or replacing the entry for the same public key)."""
        rest = tuple(k for k in self.keys if k.public_key.raw != key.public_key.raw)
        return TrustedKeys(keys=(*rest, key), source=self.source)


_FIELDS = ("expert_id", "public_key", "valid_from", "valid_until", "revoked_at")


def _entry(raw: Any, where: str, errors: list[str]) -> TrustedKey | None:
    if not isinstance(raw, dict):
        errors.append(f"{where}: must be an object")
        return None
    before = len(errors)
    extra = sorted(set(raw) - set(_FIELDS))
    if extra:
        errors.append(f"{where}: unknown field(s) {', '.join(map(str, extra))}")
    expert_id = raw.get("expert_id")
    if not isinstance(expert_id, str) or not expert_id.strip():
        errors.append(f"{where}.expert_id: must be a non-empty string")
    public: PublicKey | None = None
    key_text = raw.get("public_key")
    if not isinstance(key_text, str):
        errors.append(f"{where}.public_key: must be a minisign public key string (RW...)")
    else:
        try:
            public = PublicKey.from_string(key_text)
        except MinisignError as exc:
            errors.append(f"{where}.public_key: {exc.user_message}")
    for name, required in (("valid_from", True), ("valid_until", False), ("revoked_at", False)):
        value = raw.get(name)
        if value is None and not required:
            continue
        if not isinstance(value, str):
            errors.append(
                f"{where}.{name}: must be an ISO 8601 date" + ("" if required else " or null")
            )
            continue
        try:
            parse_time(value)
        except ValueError:
            errors.append(f"{where}.{name}: {value!r} is not an ISO 8601 date")
    if len(errors) > before or public is None:
        return None
    key = TrustedKey(
        expert_id=str(expert_id).strip(),
        public_key=public,
        valid_from=str(raw["valid_from"]),
        valid_until=raw.get("valid_until"),
        revoked_at=raw.get("revoked_at"),
    )
    until = key.valid_until_time
    if until is not None and until < key.valid_from_time:
        errors.append(f"{where}: valid_until is before valid_from")
        return None
    return key


def parse_trusted_keys(text: str, source: str = "<text>") -> TrustedKeys:
    """Parse and validate a trusted-keys document, listing every problem found."""
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise TrustedKeysError(source, [f"not valid JSON ({exc})"]) from exc
    if not isinstance(document, list):
        raise TrustedKeysError(source, ["must be a JSON list of key entries"])
    errors: list[str] = []
    keys: list[TrustedKey] = []
    for index, raw in enumerate(document):
        entry = _entry(raw, f"[{index}]", errors)
        if entry is None:
            continue
        if any(k.public_key.raw == entry.public_key.raw for k in keys):
            errors.append(f"[{index}].public_key: the same key is listed twice")
            continue
        if any(k.public_key.key_id == entry.public_key.key_id for k in keys):
            errors.append(f"[{index}].public_key: another key has the same key id")
            continue
        keys.append(entry)
    if errors:
        raise TrustedKeysError(source, errors)
    return TrustedKeys(keys=tuple(keys), source=source)


def load_trusted_keys(path: Path | str | None = None) -> TrustedKeys:
    """Read a trusted-keys file (default: the app's own; missing means no keys trusted)."""
    target = Path(path) if path is not None else default_trusted_keys_path()
    if not target.exists():
        if path is None:
            return TrustedKeys(source=str(target))
        raise TrustedKeysError(str(target), ["the file does not exist"])
    try:
        if target.stat().st_size > MAX_TRUSTED_KEYS_BYTES:
            raise TrustedKeysError(str(target), ["the file is too large"])
        text = target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TrustedKeysError(str(target), [f"cannot be read ({exc})"]) from exc
    return parse_trusted_keys(text, str(target))


def dump_trusted_keys(keys: TrustedKeys | Iterable[TrustedKey]) -> str:
    """The JSON text of a trusted-keys file."""
    entries = keys.keys if isinstance(keys, TrustedKeys) else tuple(keys)
    return json.dumps([k.to_dict() for k in entries], indent=2, ensure_ascii=False) + "\n"


def save_trusted_keys(
    keys: TrustedKeys | Iterable[TrustedKey], path: Path | str | None = None
) -> Path:
    """Write the trusted-keys file atomically; return its path."""
    target = Path(path) if path is not None else default_trusted_keys_path()
    text = dump_trusted_keys(keys)
    parse_trusted_keys(text, str(target))  # never write a file we would refuse to read
    write_atomically(target, text)
    return target


def trusted_entry_for(
    info: KeyInfo, expert_id: str, *, valid_from: str | None = None, valid_until: str | None = None
) -> TrustedKey:
    """A trusted-keys entry for ``info``'s key (valid from its creation by default)."""
    return TrustedKey(
        expert_id=expert_id,
        public_key=info.public_key,
        valid_from=valid_from or info.created_at.date().isoformat(),
        valid_until=valid_until,
    )
