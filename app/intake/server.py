"""The intake's HTTP interface (Starlette, served by uvicorn).

Uploads speak tus 1.0 (core, creation, checksum with SHA-256, termination) under
``/v1/uploads``. An upload's id is the SHA-256 of the bundle, so sending the same bytes
twice finds the same upload, or the bundle already received and its receipt. Each ``PATCH``
chunk is streamed to disk and hashed on the way; only a chunk that arrived whole and
matches its ``Upload-Checksum`` moves the committed offset, so a cut connection or a killed
process resumes from the last whole chunk.

When the last byte arrives the bundle is hashed again, checked with the same verifier the
supervisor window uses, moved to its read-only place (or to quarantine with the reason),
and answered with a signed receipt. Every request is signed by an enrolled key (RFC 9421,
``app.export.httpsig``); experts upload and sync, supervisors work the review queue.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from app.errors import AppError
from app.export.decision import DecisionError, parse_decision
from app.export.httpsig import RequestSignatureError, signing_key_id, verify_request
from app.export.keys import SigningKey, TrustedKey, TrustedKeys, load_trusted_keys
from app.export.receipt import Receipt, sign_receipt
from app.intake.blobs import LocalBlobStore
from app.intake.db import IntakeDatabase, now
from app.intake.schema import PostedDecision, ReceivedBundle

log = logging.getLogger(__name__)

TUS_VERSION = "1.0.0"
TUS_EXTENSIONS = "creation,checksum,termination"
EXPERTS_FILE = "trusted-keys.json"
SUPERVISORS_FILE = "supervisors.json"
AGE_IDENTITIES_FILE = "age-identities.txt"
MiB = 1024 * 1024
_SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_JSON_BODY = 2 * MiB
ERROR_HEADER = "ClusterBench-Error"


@dataclass(frozen=True)
class IntakeLimits:
    """What one key may do: bundle size, uploads at once, requests per minute."""

    max_bundle_bytes: int = 200 * MiB
    max_chunk_bytes: int = 64 * MiB
    concurrent_uploads_per_key: int = 8
    requests_per_minute_per_key: int = 3000


@dataclass
class IntakeSettings:
    """How the intake runs."""

    data: Path
    db_url: str | None = None
    allow_practice: bool = False
    limits: IntakeLimits = field(default_factory=IntakeLimits)


class _Refusal(Exception):
    """An HTTP error answer (status, code, message, extra headers or fields)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: dict[str, str] | None = None,
        **fields: Any,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.fields = fields

    def response(self) -> Response:
        body = {"error": self.code, "message": self.message, **self.fields}
        # The code goes in a header too: answers to HEAD have no body.
        headers = {**self.headers, ERROR_HEADER: self.code}
        return JSONResponse(body, status_code=self.status, headers=headers)


class KeyRing:
    """The experts' and supervisors' trusted keys, reread when their files change."""

    def __init__(self, data: Path) -> None:
        self._paths = {"expert": data / EXPERTS_FILE, "supervisor": data / SUPERVISORS_FILE}
        self._loaded: dict[str, tuple[float, TrustedKeys]] = {}

    def keys(self, role: str) -> TrustedKeys:
        """The trusted keys of ``role`` (none when its file is missing)."""
        path = self._paths[role]
        try:
            stamp = path.stat().st_mtime
        except FileNotFoundError:
            return TrustedKeys(source=str(path))
        cached = self._loaded.get(role)
        if cached is None or cached[0] != stamp:
            try:
                cached = (stamp, load_trusted_keys(path))
            except AppError as exc:
                log.error("%s", exc.user_message)
                if cached is None:  # keep serving with the last good file
                    cached = (stamp, TrustedKeys(source=str(path)))
            self._loaded[role] = cached
        return cached[1]

    def find(self, key_id: str) -> tuple[TrustedKey, set[str]] | None:
        """The entry with this key id and the roles it has."""
        found: TrustedKey | None = None
        roles: set[str] = set()
        for role in self._paths:
            for entry in self.keys(role):
                if entry.public_key.key_id_hex == key_id:
                    found = found or entry
                    roles.add(role)
        return (found, roles) if found is not None else None


@dataclass(frozen=True)
class Caller:
    """Who signed a request."""

    key_id: str
    name: str
    roles: frozenset[str]


class Intake:
    """The intake's state: database, bundle bytes, receipt key, trusted keys and limits."""

    def __init__(self, settings: IntakeSettings, signing_key: SigningKey) -> None:
        self.settings = settings
        self.limits = settings.limits
        self.db = IntakeDatabase.open(settings.data, settings.db_url)
        self.blobs = LocalBlobStore(settings.data)
        self.signing_key = signing_key
        self.keyring = KeyRing(settings.data)
        self._requests: dict[str, deque[float]] = defaultdict(deque)
        self._uploads_in_flight: dict[str, int] = defaultdict(int)

    def close(self) -> None:
        """Release the database."""
        self.db.close()

    # --- authentication ------------------------------------------------------------------

    async def authenticate(self, request: Request, role: str, body: bytes | None = None) -> Caller:
        """Check the request's signature, the signer's key and role, the nonce and the rate."""
        key_id = signing_key_id(request.headers)
        if key_id is None:
            raise _Refusal(401, "unsigned", "Requests to the intake must be signed.")
        found = self.keyring.find(key_id)
        if found is None:
            await self._log("auth_refused", key_id=key_id, detail="unknown key")
            raise _Refusal(401, "unknown_key", f"The key {key_id} is not enrolled at this intake.")
        entry, roles = found
        moment = now()
        verdict = entry.verdict(moment, moment)
        if not verdict.trusted:
            raise _Refusal(403, verdict.code, verdict.message)
        if role not in roles:
            raise _Refusal(403, "wrong_role", f"The key of {entry.expert_id} may not do this.")
        try:
            verified = verify_request(
                request.method,
                str(request.url),
                [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw],
                entry.public_key._ed25519(),
                body=body,
                now=moment,
            )
        except RequestSignatureError as exc:
            raise _Refusal(401, exc.code, exc.user_message) from exc
        if not await run_in_threadpool(self.db.use_nonce, key_id, verified.nonce):
            await self._log("auth_refused", key_id=key_id, detail="replayed nonce")
            raise _Refusal(401, "replayed", "This request was already received once (replay).")
        self._rate_limit(key_id)
        return Caller(key_id=key_id, name=entry.expert_id, roles=frozenset(roles))

    def _rate_limit(self, key_id: str) -> None:
        window = self._requests[key_id]
        moment = time.monotonic()
        while window and window[0] < moment - 60:
            window.popleft()
        if len(window) >= self.limits.requests_per_minute_per_key:
            raise _Refusal(
                429, "too_many_requests", "Too many requests; slow down.", {"Retry-After": "10"}
            )
        window.append(moment)

    async def _log(self, kind: str, **fields: str) -> None:
        await run_in_threadpool(lambda: self.db.log_event(kind, **fields))

    # --- receiving ---------------------------------------------------------------------

    def finish(self, sha256: str) -> ReceivedBundle:
        """Verify a completely uploaded bundle, keep it (or quarantine it) and sign a receipt.

        Safe to run again after a crash at any step: it starts from wherever the bytes are.
        Two requests finishing the same bytes at once (the last chunk, and a receipt asked
        for by a second sender) take turns; the second finds the first one's record.
        """
        with self.blobs.finishing(sha256):
            return self._finish(sha256)

    def _finish(self, sha256: str) -> ReceivedBundle:
        existing = self.db.get_bundle(sha256)
        if existing is not None:
            self.db.delete_upload(sha256)
            return existing
        upload = self.db.get_upload(sha256)
        if upload is None:
            raise _Refusal(404, "unknown_upload", "There is no such upload.")
        source = next(
            (
                p
                for p in (
                    self.blobs.part_path(sha256),
                    self.blobs.bundle_path(sha256),
                    self.blobs.quarantine_path(sha256),
                )
                if p.exists()
            ),
            None,
        )
        if source is None:
            self.db.delete_upload(sha256)
            raise _Refusal(410, "lost", "The upload's bytes are gone; send the bundle again.")
        actual = _hash_file(source)
        if actual != sha256 or source.stat().st_size != upload.length:
            self.blobs.quarantine(actual, {"code": "hash_mismatch", "declared": sha256})
            if source.exists() and source != self.blobs.quarantine_path(actual):
                os.replace(source, self.blobs.quarantine_path(actual))
            self.db.delete_upload(sha256)
            self.db.log_event(
                "upload_discarded", key_id=upload.key_id, sha256=sha256, detail="hash mismatch"
            )
            raise _Refusal(
                422, "hash_mismatch", "The bytes received are not the bundle declared; send again."
            )
        outcome, code, reason, result = self._verify(source, upload.key_id)
        if outcome == "accepted":
            if source == self.blobs.part_path(sha256):
                self.blobs.accept(sha256)
        else:
            self.blobs.quarantine(sha256, {"code": code, "reason": reason})
        received_at = now()
        receipt = Receipt(
            bundle_sha256=sha256,
            size=upload.length,
            received_at=received_at,
            outcome=outcome,
            interview_uuid=(result.interview_uuid or "") if result else "",
            revision=result.revision if result else None,
            bundle_id=(result.bundle_id or "") if result else "",
            code=code,
            reason=reason,
        )
        record = ReceivedBundle(
            sha256=sha256,
            size=upload.length,
            status=outcome,
            code=code,
            reason=reason,
            bundle_id=receipt.bundle_id if outcome == "accepted" else None,
            interview_uuid=receipt.interview_uuid,
            revision=receipt.revision,
            practice=bool(result.practice) if result else False,
            signer=(result.signer or "") if result else "",
            key_id=upload.key_id,
            file_name=upload.file_name,
            received_at=received_at,
            receipt=sign_receipt(receipt, self.signing_key),
            review_state="new" if outcome == "accepted" else "",
            claimed_by="",
            claimed_key="",
        )
        stored = self.db.add_bundle(record)
        self.db.delete_upload(sha256)
        self.db.log_event(
            f"bundle_{outcome}", key_id=upload.key_id, sha256=sha256, detail=reason or code
        )
        return stored

    def _verify(self, source: Path, uploader: str) -> tuple[str, str, str, Any]:
        from app.export.verify import verify_bundle

        identities = self.settings.data / AGE_IDENTITIES_FILE
        try:
            result = verify_bundle(
                source,
                self.keyring.keys("expert"),
                allow_practice=self.settings.allow_practice,
                last_imported_revision=self.db.accepted_revisions,
                age_identity=identities if identities.exists() else None,
            )
        except Exception as exc:  # nothing an upload holds may stop the intake
            log.exception("verification of %s failed unexpectedly", source.name)
            return "refused", "malformed", f"The bundle could not be checked ({exc!r}).", None
        if not result.ok:
            failure = result.first_failure
            code = failure.code if failure else "malformed"
            return "refused", code, result.summary(), result
        signer_key = result.key_id or ""
        if signer_key != uploader:
            return (
                "refused",
                "not_signer",
                "The bundle was sent with another key than the one that signed it.",
                result,
            )
        return "accepted", "", "", result


def _hash_file(path: Path) -> str:
    from app.intake.blobs import hash_file

    return hash_file(path)


# --- tus -----------------------------------------------------------------------------------


def _tus_headers(**extra: str) -> dict[str, str]:
    return {"Tus-Resumable": TUS_VERSION, "Cache-Control": "no-store", **extra}


def _check_tus(request: Request) -> None:
    if request.headers.get("tus-resumable") != TUS_VERSION:
        raise _Refusal(
            412, "tus_version", "Only tus 1.0.0 is spoken here.", {"Tus-Version": TUS_VERSION}
        )


def _metadata(header: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in header.split(","):
        parts = pair.strip().split(" ")
        if not parts[0] or len(parts) > 2:
            raise _Refusal(400, "bad_metadata", "Upload-Metadata is malformed.")
        try:
            values[parts[0]] = (
                base64.b64decode(parts[1], validate=True).decode("utf-8") if len(parts) == 2 else ""
            )
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise _Refusal(400, "bad_metadata", "Upload-Metadata is not base64.") from exc
    return values


def _integer_header(request: Request, name: str) -> int:
    text = request.headers.get(name, "")
    if not text.isdigit() or len(text) > 15:
        raise _Refusal(400, "bad_header", f"{name} must be a non-negative integer.")
    return int(text)


def _sha_param(request: Request) -> str:
    sha256 = str(request.path_params["sha256"])
    if not _SHA256.fullmatch(sha256):
        raise _Refusal(404, "not_found", "There is no such upload.")
    return sha256


def build_app(intake: Intake) -> Starlette:
    """The ASGI application over ``intake``."""

    def handler(function: Callable[[Request], Any]) -> Callable[[Request], Any]:
        async def wrapped(request: Request) -> Response:
            try:
                response: Response = await function(request)
            except _Refusal as refusal:
                response = refusal.response()
            if request.url.path.startswith("/v1/uploads"):
                response.headers.setdefault("Tus-Resumable", TUS_VERSION)
            return response

        return wrapped

    async def health(_request: Request) -> Response:
        return JSONResponse(
            {"status": "ok", "intake_key": intake.signing_key.public_key.to_string()}
        )

    async def options(_request: Request) -> Response:
        return Response(
            status_code=204,
            headers=_tus_headers(
                **{
                    "Tus-Version": TUS_VERSION,
                    "Tus-Extension": TUS_EXTENSIONS,
                    "Tus-Max-Size": str(intake.limits.max_bundle_bytes),
                    "Tus-Checksum-Algorithm": "sha256",
                }
            ),
        )

    async def create(request: Request) -> Response:
        _check_tus(request)
        caller = await intake.authenticate(request, "expert")
        length = _integer_header(request, "upload-length")
        if length > intake.limits.max_bundle_bytes:
            raise _Refusal(
                413,
                "too_large",
                f"Bundles may have at most {intake.limits.max_bundle_bytes // MiB} MiB.",
            )
        if length == 0:
            raise _Refusal(400, "empty", "An empty file is not a bundle.")
        meta = _metadata(request.headers.get("upload-metadata", ""))
        sha256 = meta.get("sha256", "")
        if not _SHA256.fullmatch(sha256):
            raise _Refusal(400, "bad_metadata", "Upload-Metadata must carry the bundle's sha256.")
        location = f"/v1/uploads/{sha256}"
        bundle = await run_in_threadpool(intake.db.get_bundle, sha256)
        if bundle is not None:
            return Response(
                status_code=201,
                headers=_tus_headers(Location=location, **{"Upload-Offset": str(bundle.size)}),
            )
        file_name = re.sub(r"[^A-Za-z0-9._-]", "_", meta.get("filename", ""))[:200]
        upload = await run_in_threadpool(
            intake.db.create_upload, sha256, length, caller.key_id, file_name
        )
        if upload.key_id != caller.key_id:
            raise _Refusal(409, "other_sender", "Another key is sending these bytes.")
        if upload.length != length:
            raise _Refusal(
                409, "length_mismatch", "These bytes were announced with another length."
            )
        await intake._log("upload_created", key_id=caller.key_id, sha256=sha256, detail=file_name)
        return Response(
            status_code=201,
            headers=_tus_headers(Location=location, **{"Upload-Offset": str(upload.offset)}),
        )

    async def head(request: Request) -> Response:
        _check_tus(request)
        caller = await intake.authenticate(request, "expert")
        sha256 = _sha_param(request)
        bundle = await run_in_threadpool(intake.db.get_bundle, sha256)
        if bundle is not None:
            offset = length = bundle.size
        else:
            upload = await run_in_threadpool(intake.db.get_upload, sha256)
            if upload is None:
                return Response(status_code=404, headers=_tus_headers())
            if upload.key_id != caller.key_id:
                raise _Refusal(403, "other_sender", "Another key is sending these bytes.")
            offset, length = upload.offset, upload.length
        return Response(
            status_code=200,
            headers=_tus_headers(**{"Upload-Offset": str(offset), "Upload-Length": str(length)}),
        )

    async def patch(request: Request) -> Response:
        _check_tus(request)
        if request.headers.get("content-type") != "application/offset+octet-stream":
            raise _Refusal(415, "content_type", "Chunks are application/offset+octet-stream.")
        caller = await intake.authenticate(request, "expert")
        sha256 = _sha_param(request)
        offset = _integer_header(request, "upload-offset")
        algorithm, _, encoded = request.headers.get("upload-checksum", "").partition(" ")
        if algorithm != "sha256":
            raise _Refusal(400, "checksum_algorithm", "Send Upload-Checksum with sha256.")
        try:
            expected = base64.b64decode(encoded, validate=True)
        except binascii.Error as exc:
            raise _Refusal(400, "bad_header", "Upload-Checksum is not base64.") from exc
        if await run_in_threadpool(intake.db.get_bundle, sha256) is not None:
            raise _Refusal(409, "complete", "This bundle was received already.")
        upload = await run_in_threadpool(intake.db.get_upload, sha256)
        if upload is None:
            raise _Refusal(404, "unknown_upload", "There is no such upload.")
        if upload.key_id != caller.key_id:
            raise _Refusal(403, "other_sender", "Another key is sending these bytes.")
        if offset != upload.offset:
            raise _Refusal(
                409,
                "offset_mismatch",
                f"The intake has {upload.offset} bytes, not {offset}.",
                {"Upload-Offset": str(upload.offset)},
            )
        if intake._uploads_in_flight[caller.key_id] >= intake.limits.concurrent_uploads_per_key:
            raise _Refusal(
                429, "too_many_uploads", "Too many uploads at once.", {"Retry-After": "5"}
            )
        intake._uploads_in_flight[caller.key_id] += 1
        try:
            received = await _receive_chunk(
                request, intake, upload.sha256, offset, upload.length, expected
            )
        finally:
            intake._uploads_in_flight[caller.key_id] -= 1
        new_offset = offset + received
        if not await run_in_threadpool(intake.db.advance_upload, sha256, offset, new_offset):
            raise _Refusal(409, "offset_mismatch", "The upload moved on meanwhile.")
        if new_offset == upload.length:
            await run_in_threadpool(intake.finish, sha256)
        return Response(status_code=204, headers=_tus_headers(**{"Upload-Offset": str(new_offset)}))

    async def terminate(request: Request) -> Response:
        _check_tus(request)
        caller = await intake.authenticate(request, "expert")
        sha256 = _sha_param(request)
        if await run_in_threadpool(intake.db.get_bundle, sha256) is not None:
            raise _Refusal(403, "received", "A received bundle is kept; it cannot be withdrawn.")
        upload = await run_in_threadpool(intake.db.get_upload, sha256)
        if upload is None:
            return Response(status_code=404, headers=_tus_headers())
        if upload.key_id != caller.key_id:
            raise _Refusal(403, "other_sender", "Another key is sending these bytes.")
        await run_in_threadpool(intake.db.delete_upload, sha256)
        await run_in_threadpool(intake.blobs.discard_part, sha256)
        await intake._log("upload_terminated", key_id=caller.key_id, sha256=sha256)
        return Response(status_code=204, headers=_tus_headers())

    # --- receipts and decisions for experts ---------------------------------------------

    async def receipt(request: Request) -> Response:
        caller = await intake.authenticate(request, "expert")
        sha256 = _sha_param(request)
        bundle = await run_in_threadpool(intake.db.get_bundle, sha256)
        if bundle is None:
            upload = await run_in_threadpool(intake.db.get_upload, sha256)
            if upload is None or upload.offset < upload.length:
                raise _Refusal(404, "not_received", "This bundle has not been received (yet).")
            bundle = await run_in_threadpool(intake.finish, sha256)
        if bundle.key_id != caller.key_id and "supervisor" not in caller.roles:
            raise _Refusal(403, "other_sender", "This receipt belongs to another sender.")
        return Response(bundle.receipt, media_type="application/json")

    async def decisions(request: Request) -> Response:
        caller = await intake.authenticate(request, "expert")
        since_text = request.query_params.get("since", "0")
        since = int(since_text) if since_text.isdigit() else 0
        found = await run_in_threadpool(intake.db.decisions_for, caller.key_id, since)
        return JSONResponse(
            {
                "decisions": [
                    {"sequence": d.sequence, "decision_id": d.decision_id, "document": d.document}
                    for d in found
                ]
            }
        )

    # --- the supervisors' queue ------------------------------------------------------------

    async def queue(request: Request) -> Response:
        await intake.authenticate(request, "supervisor")
        bundles = await run_in_threadpool(intake.db.queue)
        return JSONResponse({"queue": [queue_entry(b) for b in bundles]})

    async def claim(request: Request) -> Response:
        caller = await intake.authenticate(request, "supervisor")
        sha256 = _sha_param(request)
        won, bundle = await run_in_threadpool(intake.db.claim, sha256, caller.name, caller.key_id)
        if bundle is None or bundle.status != "accepted":
            raise _Refusal(404, "not_found", "There is no such bundle in the queue.")
        if not won:
            await intake._log("claim_refused", key_id=caller.key_id, sha256=sha256)
            who = bundle.claimed_by or "another supervisor"
            message = (
                f"{who} is reviewing this bundle."
                if bundle.review_state == "under_review"
                else f"This bundle was already decided ({bundle.review_state})."
            )
            raise _Refusal(409, "claimed", message, entry=queue_entry(bundle))
        await intake._log("claimed", key_id=caller.key_id, sha256=sha256, detail=caller.name)
        return JSONResponse({"claimed": True, "entry": queue_entry(bundle)})

    async def release(request: Request) -> Response:
        caller = await intake.authenticate(request, "supervisor")
        sha256 = _sha_param(request)
        if not await run_in_threadpool(intake.db.release, sha256, caller.key_id):
            raise _Refusal(409, "not_yours", "You do not hold a claim on this bundle.")
        await intake._log("released", key_id=caller.key_id, sha256=sha256)
        return JSONResponse({"released": True})

    async def download(request: Request) -> Response:
        await intake.authenticate(request, "supervisor")
        sha256 = _sha_param(request)
        bundle = await run_in_threadpool(intake.db.get_bundle, sha256)
        if bundle is None or bundle.status != "accepted":
            raise _Refusal(404, "not_found", "There is no such bundle in the queue.")
        digest = base64.b64encode(bytes.fromhex(sha256)).decode()
        return StreamingResponse(
            intake.blobs.read_bundle(sha256),
            media_type="application/octet-stream",
            headers={"Content-Length": str(bundle.size), "Repr-Digest": f"sha-256=:{digest}:"},
        )

    async def post_decision(request: Request) -> Response:
        body = await _read_small_body(request)
        caller = await intake.authenticate(request, "supervisor", body)
        sha256 = _sha_param(request)
        bundle = await run_in_threadpool(intake.db.get_bundle, sha256)
        if bundle is None or bundle.status != "accepted":
            raise _Refusal(404, "not_found", "There is no such bundle in the queue.")
        try:
            received = parse_decision(body, intake.keyring.keys("supervisor"))
        except DecisionError as exc:
            raise _Refusal(422, exc.code, exc.user_message) from exc
        decision = received.decision
        if received.signer.public_key.key_id_hex != caller.key_id:
            raise _Refusal(422, "not_signer", "The decision is signed with another key.")
        if (decision.bundle_id, decision.interview_uuid, decision.revision) != (
            bundle.bundle_id,
            bundle.interview_uuid,
            bundle.revision,
        ):
            raise _Refusal(422, "other_bundle", "The decision is about another bundle.")
        posted = PostedDecision(
            decision_id=decision.decision_id,
            bundle_sha256=sha256,
            uploader_key=bundle.key_id,
            interview_uuid=decision.interview_uuid,
            revision=decision.revision,
            outcome=decision.outcome,
            supervisor=decision.supervisor,
            key_id=caller.key_id,
            document=body.decode("utf-8"),
            posted_at=now(),
        )
        if not await run_in_threadpool(intake.db.post_decision, posted, caller.key_id):
            raise _Refusal(409, "not_yours", "Claim the bundle before deciding on it.")
        await intake._log(
            "decision_posted", key_id=caller.key_id, sha256=sha256, detail=decision.outcome
        )
        return JSONResponse({"posted": True, "outcome": decision.outcome})

    routes = [
        Route("/v1/health", handler(health), methods=["GET"]),
        Route("/v1/uploads", handler(options), methods=["OPTIONS"]),
        Route("/v1/uploads", handler(create), methods=["POST"]),
        Route("/v1/uploads/{sha256}", handler(head), methods=["HEAD"]),
        Route("/v1/uploads/{sha256}", handler(patch), methods=["PATCH"]),
        Route("/v1/uploads/{sha256}", handler(terminate), methods=["DELETE"]),
        Route("/v1/receipts/{sha256}", handler(receipt), methods=["GET"]),
        Route("/v1/decisions", handler(decisions), methods=["GET"]),
        Route("/v1/queue", handler(queue), methods=["GET"]),
        Route("/v1/queue/{sha256}/claim", handler(claim), methods=["POST"]),
        Route("/v1/queue/{sha256}/release", handler(release), methods=["POST"]),
        Route("/v1/queue/{sha256}/decision", handler(post_decision), methods=["POST"]),
        Route("/v1/bundles/{sha256}", handler(download), methods=["GET"]),
    ]
    return Starlette(routes=routes)


def queue_entry(bundle: ReceivedBundle) -> dict[str, Any]:
    """A received bundle as the queue lists it."""
    return {
        "sha256": bundle.sha256,
        "interview": bundle.interview_uuid,
        "revision": bundle.revision,
        "bundle_id": bundle.bundle_id,
        "signer": bundle.signer,
        "size": bundle.size,
        "practice": bundle.practice,
        "received_at": bundle.received_at.isoformat() if bundle.received_at else None,
        "state": bundle.review_state,
        "claimed_by": bundle.claimed_by or None,
        "claimed_at": bundle.claimed_at.isoformat() if bundle.claimed_at else None,
    }


async def _read_small_body(request: Request) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for piece in request.stream():
        size += len(piece)
        if size > MAX_JSON_BODY:
            raise _Refusal(413, "too_large", "The request body is too large.")
        chunks.append(piece)
    return b"".join(chunks)


async def _receive_chunk(
    request: Request, intake: Intake, sha256: str, offset: int, length: int, expected: bytes
) -> int:
    """Stream one PATCH body to the part file; return how many bytes it added.

    The part file is locked while the chunk arrives, so two senders of the same bytes (or
    a sender that came back while its old connection still hangs) cannot interleave.
    """
    handle = await run_in_threadpool(intake.blobs.open_part, sha256, offset)
    try:
        if not _try_lock(handle):
            raise _Refusal(423, "busy", "This upload is receiving another chunk; try again.")
        digest = hashlib.sha256()
        received = 0
        room = min(length - offset, intake.limits.max_chunk_bytes)
        try:
            async for piece in request.stream():
                received += len(piece)
                if received > room:
                    raise _Refusal(413, "too_large", "The chunk goes past the declared length.")
                digest.update(piece)
                handle.write(piece)
        except ClientDisconnect:
            handle.truncate(offset)
            raise _Refusal(400, "disconnected", "The connection was cut.") from None
        except _Refusal:
            handle.truncate(offset)
            raise
        if digest.digest() != expected:
            handle.truncate(offset)
            raise _Refusal(460, "checksum_mismatch", "The chunk does not match its checksum.")
        await run_in_threadpool(_sync, handle)
        return received
    finally:
        await run_in_threadpool(handle.close)


def _try_lock(handle: Any) -> bool:
    if os.name == "nt":  # pragma: no cover
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _sync(handle: Any) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def finish_interrupted(intake: Intake) -> int:
    """At start: finish uploads whose last byte arrived before a crash. Returns how many."""
    from sqlalchemy import select

    from app.intake.schema import Upload

    with intake.db.session() as session:
        done = [
            u.sha256 for u in session.scalars(select(Upload).where(Upload.offset >= Upload.length))
        ]
    for sha256 in done:
        try:
            intake.finish(sha256)
        except _Refusal as refusal:
            log.warning("interrupted upload %s: %s", sha256[:12], refusal.message)
    return len(done)
