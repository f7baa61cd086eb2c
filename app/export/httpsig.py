"""Signed requests to ESCA's intake: HTTP Message Signatures (RFC 9421) with Ed25519.

Both ends use this module, so what a request must cover is written once. The expert's (or
supervisor's) enrolled key signs every request; there are no passwords. A signature covers
the method, authority, path and query, a creation time and a one-time nonce (the intake
refuses a nonce it has seen), plus what carries the request's meaning:

- a body (JSON) through ``content-digest`` (RFC 9530, SHA-256);
- a tus ``PATCH`` through ``upload-offset`` and ``upload-checksum`` (the SHA-256 of the
  chunk, which the intake checks while it streams the chunk to disk);
- a tus ``POST`` (creation) through ``upload-length`` and ``upload-metadata``.

The signing itself is the ``http-message-signatures`` library's; this module only fixes the
policy. Key ids are minisign key ids (16 hex digits), so a key is named the same way in the
trusted-keys files, in ``minisign -V`` and here.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.errors import AppError
from app.export.keys import SigningKey

#: The signature label and application tag of ClusterBench requests.
SIGNATURE_LABEL = "cb"
SIGNATURE_TAG = "clusterbench-intake"
#: How far a request's creation time may be from the intake's clock, either way.
MAX_SKEW = timedelta(minutes=5)
BASE_COMPONENTS = ("@method", "@authority", "@path", "@query")
PATCH_COMPONENTS = ("upload-offset", "upload-checksum", "tus-resumable")
CREATION_COMPONENTS = ("upload-length", "upload-metadata", "tus-resumable")
BODY_COMPONENT = "content-digest"


class RequestSignatureError(AppError):
    """A request whose signature is missing, malformed, stale, replayed or wrong."""

    def __init__(self, code: str, user_message: str) -> None:
        super().__init__(user_message)
        self.code = code


@dataclass
class HttpMessage:
    """The parts of a request a signature covers: what the library reads and writes."""

    method: str
    url: str
    headers: _Headers = field(default_factory=lambda: _Headers())


class _Headers:
    """Header fields in order, case-insensitive, as the signature library expects them."""

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self._pairs: list[tuple[str, str]] = list(pairs)

    def items(self) -> list[tuple[str, str]]:
        return list(self._pairs)

    def __iter__(self) -> Any:
        return iter(dict.fromkeys(name for name, _ in self._pairs))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and any(n.lower() == name.lower() for n, _ in self._pairs)

    def __getitem__(self, name: str) -> str:
        values = [v for n, v in self._pairs if n.lower() == name.lower()]
        if not values:
            raise KeyError(name)
        return ", ".join(values)

    def get(self, name: str, default: str | None = None) -> str | None:
        try:
            return self[name]
        except KeyError:
            return default

    def __setitem__(self, name: str, value: str) -> None:
        self.__delitem__(name)
        self._pairs.append((name, value))

    def __delitem__(self, name: str) -> None:
        self._pairs = [(n, v) for n, v in self._pairs if n.lower() != name.lower()]

    def as_dict(self) -> dict[str, str]:
        """The fields as a plain dict (for sending)."""
        return {name: self[name] for name in self}


def components_for(method: str, headers: Mapping[str, str] | _Headers, *, body: bool) -> list[str]:
    """The components a request of this kind must cover."""
    names = list(BASE_COMPONENTS)
    lowered = {n.lower() for n in headers}
    if method == "PATCH" and "upload-offset" in lowered:
        names += PATCH_COMPONENTS
    elif method == "POST" and "upload-length" in lowered:
        names += CREATION_COMPONENTS
    elif body:
        names.append(BODY_COMPONENT)
    return names


def _resolver(private: Any = None, public: Ed25519PublicKey | None = None) -> Any:
    """A key resolver of the signature library that knows one key."""
    from http_message_signatures import HTTPSignatureKeyResolver

    class _OneKey(HTTPSignatureKeyResolver):
        def resolve_private_key(self, key_id: str) -> Any:
            return private

        def resolve_public_key(self, key_id: str) -> Any:
            return public

    return _OneKey()


def sign_request(
    signing_key: SigningKey,
    method: str,
    url: str,
    headers: Mapping[str, str],
    *,
    body: bytes | None = None,
    now: datetime | None = None,
) -> dict[str, str]:
    """``headers`` plus ``Signature-Input``, ``Signature`` (and ``Content-Digest``)."""
    from http_message_signatures import HTTPMessageSigner, algorithms

    message = HttpMessage(method=method, url=url, headers=_Headers(headers.items()))
    covered = components_for(method, message.headers, body=body is not None)
    if BODY_COMPONENT in covered:
        covered.remove(BODY_COMPONENT)  # the library adds it with the digest
    signer = HTTPMessageSigner(
        signature_algorithm=algorithms.ED25519,
        key_resolver=_resolver(private=signing_key.private_key),
    )
    signer.sign(
        message,
        key_id=signing_key.public_key.key_id_hex,
        created=now or datetime.now(UTC),
        nonce=secrets.token_urlsafe(18),
        label=SIGNATURE_LABEL,
        tag=SIGNATURE_TAG,
        covered_component_ids=covered,
        body=body,
    )
    return message.headers.as_dict()


@dataclass(frozen=True)
class VerifiedRequest:
    """Who signed a request, and its nonce (to be refused if seen again)."""

    key_id: str
    nonce: str
    created: datetime


def signing_key_id(headers: Mapping[str, str] | _Headers) -> str | None:
    """The key id a request claims (before anything is verified), for look-up only."""
    import re

    text = headers.get("signature-input") or headers.get("Signature-Input") or ""
    match = re.search(r';keyid="([0-9A-F]{16})"', text)
    return match.group(1) if match else None


def verify_request(
    method: str,
    url: str,
    headers: Iterable[tuple[str, str]],
    public_key: Ed25519PublicKey,
    *,
    body: bytes | None = None,
    now: datetime | None = None,
) -> VerifiedRequest:
    """Check a request's signature with the signer's enrolled key and the policy above."""
    from http_message_signatures import HTTPMessageVerifier, InvalidSignature, algorithms
    from http_message_signatures.exceptions import HTTPMessageSignaturesException

    message = HttpMessage(method=method, url=url, headers=_Headers(headers))
    if "signature-input" not in message.headers or "signature" not in message.headers:
        raise RequestSignatureError("unsigned", "The request is not signed.")
    moment = now or datetime.now(UTC)
    verifier = HTTPMessageVerifier(
        signature_algorithm=algorithms.ED25519, key_resolver=_resolver(public=public_key)
    )
    verifier.max_clock_skew = MAX_SKEW  # the past side is checked below, against ``now``
    required = components_for(method, message.headers, body=bool(body))
    try:
        results = verifier.verify(
            message,
            max_age=None,
            expect_tag=SIGNATURE_TAG,
            require_components=required,
            body=body if body else None,
        )
    except (InvalidSignature, HTTPMessageSignaturesException) as exc:
        text = str(exc)
        if "future" in text:
            raise RequestSignatureError(
                "clock_skew", "The request's time is ahead of the intake's clock."
            ) from exc
        raise RequestSignatureError(
            "bad_signature", f"The request signature is invalid: {text}"
        ) from exc
    result = results[0]
    created = datetime.fromtimestamp(int(result.parameters["created"]), UTC)
    if abs(created - moment) > MAX_SKEW:
        raise RequestSignatureError(
            "clock_skew",
            f"The request was signed at {created.isoformat()}, more than "
            f"{int(MAX_SKEW.total_seconds() // 60)} minutes from the intake's time.",
        )
    nonce = result.nonce
    if not isinstance(nonce, str) or not 16 <= len(nonce) <= 64:
        raise RequestSignatureError("no_nonce", "The request signature carries no nonce.")
    return VerifiedRequest(key_id=str(result.parameters["keyid"]), nonce=nonce, created=created)
