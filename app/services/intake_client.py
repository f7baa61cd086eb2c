"""Talking to ESCA's intake: signed requests, resumable tus uploads, receipts, the review queue.

``IntakeClient`` knows the protocol and nothing about the store: the outbox and the review
services call it. Every request is signed with the user's enrolled key
(``app.export.httpsig``). A request refused for clock skew is signed again with the
intake's time (from its ``Date`` header), so a laptop whose clock is off still gets through,
while the intake keeps its replay window short.

Errors are ``IntakeError``: ``transient`` ones (no network, cut connection, intake busy or
restarting) leave a bundle queued for the next try; the others say what is wrong.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.errors import AppError
from app.export.httpsig import sign_request
from app.export.keys import SigningKey
from app.export.minisign import PublicKey

log = logging.getLogger(__name__)

TUS_VERSION = "1.0.0"
DEFAULT_CHUNK = 2 * 1024 * 1024
#: Answers after which the same request may well succeed later.
TRANSIENT_STATUS = frozenset({400, 408, 409, 423, 425, 429, 500, 502, 503, 504})
#: Called with (bytes the intake has, total bytes) as an upload goes on.
UploadProgress = Callable[[int, int], None]


class IntakeError(AppError):
    """The intake could not be reached, or refused a request; ``transient`` ones pass."""

    def __init__(
        self, user_message: str, *, code: str = "", transient: bool = False, status: int = 0
    ) -> None:
        super().__init__(user_message)
        self.code = code
        self.transient = transient
        self.status = status


class IntakeAddressError(IntakeError):
    """An intake address that may not be used (not HTTPS, not a URL)."""

    exit_code = 2


class ClaimedError(IntakeError):
    """Another supervisor holds the claim (or the bundle was decided)."""

    def __init__(self, user_message: str, claimed_by: str | None) -> None:
        super().__init__(user_message, code="claimed", status=409)
        self.claimed_by = claimed_by


class Cancelled(AppError):
    """The user stopped a send or a download."""


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_intake_url(url: str) -> str:
    """The intake's base URL, refused unless HTTPS (plain HTTP only to a loopback address).

    Checked before any connection is made, so nothing is ever sent in the clear.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise IntakeAddressError(f"The intake address {url!r} is not an http(s) URL.")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise IntakeAddressError(
            f"The intake at {parts.hostname} must be reached over https:// "
            "(plain http is allowed only to this computer)."
        )
    if parts.query or parts.fragment or parts.username:
        raise IntakeAddressError(f"The intake address {url!r} has parts it should not have.")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def parse_intake_key(text: str) -> PublicKey:
    """The intake key an expert enrolled (``RW...``); exit 2 when it is not one."""
    from app.export.minisign import MinisignError

    try:
        return PublicKey.from_file_text(text)
    except MinisignError as exc:
        raise IntakeAddressError(f"The intake key is not a minisign public key: {exc}") from exc


def _cancelled(cancel: threading.Event | None) -> bool:
    return cancel is not None and cancel.is_set()


@dataclass(frozen=True)
class Decided:
    """A decision document fetched from the intake."""

    sequence: int
    decision_id: str
    document: str


class IntakeClient:
    """One user's signed conversation with one intake."""

    def __init__(
        self,
        url: str,
        signing_key: SigningKey,
        *,
        chunk_size: int = DEFAULT_CHUNK,
        timeout: float = 30.0,
        ca_file: Path | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """``ca_file`` trusts a private certificate authority (so does ``SSL_CERT_FILE``)."""
        import ssl

        import httpx

        self.url = check_intake_url(url)
        self.signing_key = signing_key
        self.chunk_size = chunk_size
        self._clock = clock or (lambda: datetime.now(UTC))
        self._offset = timedelta(0)
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            verify=ssl.create_default_context(cafile=str(ca_file)) if ca_file else True,
            follow_redirects=False,
            headers={"User-Agent": "ClusterBench"},
        )

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> IntakeClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- requests ----------------------------------------------------------------------

    def _now(self) -> datetime:
        return self._clock() + self._offset

    def request(
        self,
        method: str,
        path: str,
        *,
        headers: dict[str, str] | None = None,
        body: bytes | None = None,
        signed_body: bool = True,
        stream: bool = False,
    ) -> Any:
        """Send one signed request; adjust to the intake's clock once if it says so."""
        url = self.url + path
        for attempt in (1, 2):
            signed = sign_request(
                self.signing_key,
                method,
                url,
                headers or {},
                body=body if signed_body and body is not None else None,
                now=self._now(),
            )
            request = self._http.build_request(method, url, headers=signed, content=body)
            response = self._send(request, stream=stream)
            if response.status_code == 401 and attempt == 1 and self._adjust_clock(response):
                response.close()
                continue
            return response
        return response

    def _send(self, request: Any, *, stream: bool = False) -> Any:
        """Send; a network failure becomes a transient ``IntakeError``."""
        import httpx

        try:
            return self._http.send(request, stream=stream)
        except httpx.TransportError as exc:
            raise IntakeError(
                f"The intake at {self.url} cannot be reached ({type(exc).__name__}).",
                code="network",
                transient=True,
            ) from exc

    def _adjust_clock(self, response: Any) -> bool:
        """Take the intake's time from its ``Date`` header after a clock-skew refusal."""
        code = _error_code(response)
        date = response.headers.get("date")
        if code != "clock_skew" or not date:
            return False
        try:
            server_time = parsedate_to_datetime(date)
        except (TypeError, ValueError):
            return False
        self._offset = server_time - self._clock()
        log.info("intake clock differs by %s; requests are signed with its time", self._offset)
        return True

    def _fail(self, response: Any, what: str) -> IntakeError:
        code = _error_code(response)
        try:
            message = str(response.json().get("message", ""))
        except ValueError:
            message = response.text[:200]
        transient = response.status_code in TRANSIENT_STATUS and code not in (
            "tus_version",
            "bad_header",
            "bad_metadata",
            "checksum_algorithm",
            "other_sender",
            "length_mismatch",
        )
        return IntakeError(
            f"The intake refused to {what}: {message or response.reason_phrase} "
            f"(HTTP {response.status_code}).",
            code=code,
            transient=transient,
            status=response.status_code,
        )

    def health(self) -> dict[str, Any]:
        """The intake's status and public receipt key (unsigned, for connecting)."""
        response = self._send(self._http.build_request("GET", self.url + "/v1/health"))
        if response.status_code != 200:
            raise self._fail(response, "answer")
        data: dict[str, Any] = response.json()
        return data

    # --- uploads -----------------------------------------------------------------------

    def upload(
        self,
        path: Path,
        sha256: str,
        *,
        file_name: str = "",
        progress: UploadProgress | None = None,
        cancel: threading.Event | None = None,
    ) -> str:
        """Send the bundle at ``path`` (resuming where the intake is); return its receipt text."""
        size = path.stat().st_size
        tus = {"Tus-Resumable": TUS_VERSION}
        offset = self._offset_of(sha256)
        if offset is None:
            metadata = f"sha256 {_b64(sha256)},filename {_b64(file_name or path.name)}"
            response = self.request(
                "POST",
                "/v1/uploads",
                headers={**tus, "Upload-Length": str(size), "Upload-Metadata": metadata},
            )
            if response.status_code != 201:
                raise self._fail(response, "start the upload")
            offset = int(response.headers.get("upload-offset", "0") or 0)
        report = progress or (lambda _sent, _total: None)
        report(offset, size)
        with path.open("rb") as stream:
            while offset < size:
                if _cancelled(cancel):
                    raise Cancelled("Sending was stopped; the bundle stays in the outbox.")
                stream.seek(offset)
                chunk = stream.read(self.chunk_size)
                checksum = base64.b64encode(hashlib.sha256(chunk).digest()).decode()
                response = self.request(
                    "PATCH",
                    f"/v1/uploads/{sha256}",
                    headers={
                        **tus,
                        "Upload-Offset": str(offset),
                        "Upload-Checksum": f"sha256 {checksum}",
                        "Content-Type": "application/offset+octet-stream",
                    },
                    body=chunk,
                    signed_body=False,  # the signed Upload-Checksum binds the chunk
                )
                if response.status_code == 409 and response.headers.get("upload-offset"):
                    offset = int(response.headers["upload-offset"])  # resume where it is
                    continue
                if response.status_code == 409 and _error_code(response) == "complete":
                    break
                if response.status_code != 204:
                    raise self._fail(response, "take a part of the bundle")
                offset = int(response.headers.get("upload-offset", offset + len(chunk)))
                report(offset, size)
        return self.receipt(sha256)

    def _offset_of(self, sha256: str) -> int | None:
        response = self.request(
            "HEAD", f"/v1/uploads/{sha256}", headers={"Tus-Resumable": TUS_VERSION}
        )
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise self._fail(response, "say how much it has")
        return int(response.headers.get("upload-offset", "0") or 0)

    def terminate(self, sha256: str) -> None:
        """Abandon an upload in progress (tus termination)."""
        response = self.request(
            "DELETE", f"/v1/uploads/{sha256}", headers={"Tus-Resumable": TUS_VERSION}
        )
        if response.status_code not in (204, 404):
            raise self._fail(response, "drop the upload")

    def receipt(self, sha256: str) -> str:
        """The intake's signed receipt for the bundle with this hash."""
        response = self.request("GET", f"/v1/receipts/{sha256}")
        if response.status_code != 200:
            raise self._fail(response, "give the receipt")
        return str(response.text)

    def decisions(self, since: int) -> list[Decided]:
        """Decisions on this user's bundles posted after sequence ``since``."""
        response = self.request("GET", f"/v1/decisions?since={int(since)}")
        if response.status_code != 200:
            raise self._fail(response, "list decisions")
        return [
            Decided(int(d["sequence"]), str(d["decision_id"]), str(d["document"]))
            for d in response.json().get("decisions", [])
        ]

    # --- the supervisors' queue ------------------------------------------------------------

    def queue(self) -> list[dict[str, Any]]:
        """Every accepted bundle with its review state."""
        response = self.request("GET", "/v1/queue")
        if response.status_code != 200:
            raise self._fail(response, "list the queue")
        entries: list[dict[str, Any]] = response.json()["queue"]
        return entries

    def claim(self, sha256: str) -> dict[str, Any]:
        """Claim a bundle for review; ``ClaimedError`` names who has it."""
        response = self.request("POST", f"/v1/queue/{sha256}/claim", body=b"")
        if response.status_code == 409:
            data = response.json()
            entry = data.get("entry") or {}
            raise ClaimedError(str(data.get("message", "")), entry.get("claimed_by"))
        if response.status_code != 200:
            raise self._fail(response, "give the claim")
        entry_data: dict[str, Any] = response.json()["entry"]
        return entry_data

    def release(self, sha256: str) -> None:
        """Give a claimed bundle back to the queue."""
        response = self.request("POST", f"/v1/queue/{sha256}/release", body=b"")
        if response.status_code != 200:
            raise self._fail(response, "release the claim")

    def download(
        self,
        sha256: str,
        target: Path,
        *,
        progress: UploadProgress | None = None,
        cancel: threading.Event | None = None,
    ) -> Path:
        """Fetch an accepted bundle to ``target`` (streamed; checked against its hash)."""
        from app.fileio import fsync_folder

        response = self.request("GET", f"/v1/bundles/{sha256}", stream=True)
        try:
            if response.status_code != 200:
                response.read()
                raise self._fail(response, "hand out the bundle")
            total = int(response.headers.get("content-length", "0") or 0)
            digest = hashlib.sha256()
            partial = target.with_name(target.name + ".part")
            received = 0
            with partial.open("wb") as out:
                for block in _blocks(response):
                    if _cancelled(cancel):
                        raise Cancelled("The download was stopped.")
                    digest.update(block)
                    out.write(block)
                    received += len(block)
                    if progress is not None:
                        progress(received, total)
                out.flush()
                import os

                os.fsync(out.fileno())
        finally:
            response.close()
        if digest.hexdigest() != sha256:
            partial.unlink(missing_ok=True)
            raise IntakeError("The bundle arrived damaged; fetch it again.", transient=True)
        partial.replace(target)
        fsync_folder(target.parent)
        return target

    def post_decision(self, sha256: str, document: bytes) -> dict[str, Any]:
        """Hand a signed decision file to the intake, for the expert's next sync."""
        response = self.request(
            "POST",
            f"/v1/queue/{sha256}/decision",
            headers={"Content-Type": "application/json"},
            body=document,
        )
        if response.status_code != 200:
            raise self._fail(response, "take the decision")
        result: dict[str, Any] = response.json()
        return result


def _blocks(response: Any) -> Iterator[bytes]:
    yield from response.iter_bytes(1024 * 1024)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _error_code(response: Any) -> str:
    """The intake's error code (in a header as well, since HEAD answers have no body)."""
    header = response.headers.get("clusterbench-error")
    if header:
        return str(header)
    try:
        return str(response.json().get("error", ""))
    except ValueError:
        return ""
