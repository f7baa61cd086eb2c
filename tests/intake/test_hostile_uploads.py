"""Hostile uploads and protocol abuse: refused with a reason, quarantined, never a crash."""

from __future__ import annotations

import base64
import hashlib
import os
import threading
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.export.httpsig import sign_request
from app.export.keys import SigningKey
from app.export.minisign import PublicKey
from app.scoring.pack import Pack
from app.services.intake_client import IntakeClient
from app.services.outbox import (
    IntakeTarget,
    OutboxError,
    RetryPolicy,
    enqueue_bundle,
    send_outbox,
)
from tests.export.bundle_fixtures import (
    make_bundle,
    members_of,
    resign,
    stranger_material,
    write_zip,
)
from tests.intake.harness import IntakeProcess


def hostile_corpus(
    folder: Path, valid: Path, expert_key: SigningKey, default_pack: Pack
) -> dict[str, Path]:
    """Name -> a bundle file the intake must refuse."""
    folder.mkdir(parents=True, exist_ok=True)
    data = valid.read_bytes()
    members = members_of(valid)
    corpus: dict[str, Path] = {}

    def put(name: str, content: bytes) -> None:
        corpus[name] = folder / f"{name}.zip"
        corpus[name].write_bytes(content)

    put("junk", os.urandom(5000))
    put("empty-zip", _empty_zip())
    put("truncated", data[: len(data) // 2])
    for position in (0.1, 0.35, 0.5, 0.65):  # inside signed content, not zip timestamps
        flipped = bytearray(data)
        flipped[int(len(data) * position)] ^= 0x5A
        put(f"flipped-{position}", bytes(flipped))
    corpus["traversal"] = write_zip(folder / "traversal.zip", {**members, "../evil.txt": b"x"})
    corpus["symlink"] = write_zip(
        folder / "symlink.zip", {**members, "data/link": b"/etc/passwd"}, mode=0o120777
    )
    corpus["duplicate"] = write_zip(
        folder / "duplicate.zip", [*members.items(), ("data/answers.json", b"{}")]
    )
    corpus["bomb"] = write_zip(folder / "bomb.zip", {**members, "data/bomb.bin": bytes(60 << 20)})
    scores = members["data/scores.json"].replace(b'"score":', b'"score":0,"x":', 1)
    corpus["rescore"] = write_zip(
        folder / "rescore.zip", resign({**members, "data/scores.json": scores}, expert_key)
    )
    corpus["stranger"] = make_bundle(
        folder, stranger_material().signing, default_pack, "stranger.zip",
        interview_uuid=str(uuid.uuid4()),
    )  # fmt: skip
    return corpus


def _empty_zip() -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w"):
        pass
    return buffer.getvalue()


@pytest.mark.slow
def test_hostile_bundles_are_refused_with_receipts_and_quarantined(
    store,
    intake: IntakeProcess,
    expert_key: SigningKey,
    bundle_factory: Callable[..., Path],
    default_pack: Pack,
    tmp_path: Path,
) -> None:
    interview = str(uuid.uuid4())
    newer = bundle_factory(interview_uuid=interview, revision=2)
    older = bundle_factory(interview_uuid=interview, revision=1)
    corpus = hostile_corpus(tmp_path / "hostile", bundle_factory(), expert_key, default_pack)
    target = IntakeTarget(url=intake.url, intake_key=PublicKey.from_string(intake.key))
    enqueue_bundle(store, newer)
    with IntakeClient(intake.url, expert_key) as client:
        assert len(send_outbox(store, client, target).received) == 1
        entries = {}
        for name, path in {**corpus, "older-revision": older}.items():
            try:
                entries[name] = enqueue_bundle(store, path)
            except OutboxError:  # the outbox itself refuses what is not even a zip
                entries[name] = _enqueue_raw(store, path)
        report = send_outbox(store, client, target, policy=RetryPolicy(tries=1))
        assert client.health()["status"] == "ok"  # still alive
    assert report.received == []
    assert report.waiting == []
    refused = {e.sha256: e for e in report.refused}
    for name, entry in entries.items():
        answered = refused[entry.sha256]
        assert answered.refused_reason, name
        kept = intake.data / "quarantine" / entry.sha256
        assert kept.read_bytes() == (corpus.get(name) or older).read_bytes(), name
    assert refused[entries["older-revision"].sha256].refused_code == "older_revision"
    assert refused[entries["stranger"].sha256].refused_code == "unknown_key"


def _enqueue_raw(store, path: Path):  # type: ignore[no-untyped-def]
    """Queue bytes the outbox's own check would refuse (a hostile sender would send them)."""
    from app.models import outbox as box

    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    box.blob_path(store, sha256).write_bytes(data)
    record, _ = box.add_entry(
        store, sha256=sha256, file_name=path.name, size=len(data), interview_uuid="",
        revision=None, bundle_id="",
    )  # fmt: skip
    return record


class Raw:
    """Signed raw requests, to speak the protocol wrongly on purpose."""

    def __init__(self, intake: IntakeProcess, key: SigningKey) -> None:
        self.base = intake.url
        self.key = key

    def send(
        self, method: str, path: str, headers: dict[str, str], body: bytes | None = None,
        **kwargs: object,
    ) -> httpx.Response:  # fmt: skip
        url = self.base + path
        signed = sign_request(self.key, method, url, headers)
        return httpx.request(method, url, headers=signed, content=body, timeout=30, **kwargs)  # type: ignore[arg-type]


def _tus(**extra: str) -> dict[str, str]:
    return {"Tus-Resumable": "1.0.0", **extra}


def _meta(sha256: str) -> str:
    return f"sha256 {base64.b64encode(sha256.encode()).decode()}"


def _checksum(data: bytes) -> str:
    return "sha256 " + base64.b64encode(hashlib.sha256(data).digest()).decode()


def test_protocol_abuse_is_answered_not_crashed(
    intake: IntakeProcess, expert_key: SigningKey
) -> None:
    raw = Raw(intake, expert_key)
    data = os.urandom(10_000)
    sha256 = hashlib.sha256(data).hexdigest()
    upload = f"/v1/uploads/{sha256}"

    def create(length: int, metadata: str) -> httpx.Response:
        headers = _tus(**{"Upload-Length": str(length), "Upload-Metadata": metadata})
        return raw.send("POST", "/v1/uploads", headers)

    def patch(offset: int, chunk: bytes, checksum_of: bytes | None = None) -> httpx.Response:
        return raw.send("PATCH", upload, _patch_headers(offset, checksum_of or chunk), chunk)

    old_tus = httpx.post(intake.url + "/v1/uploads", headers={"Tus-Resumable": "0.2.2"})
    assert old_tus.status_code == 412
    assert old_tus.headers["tus-version"] == "1.0.0"
    assert create(10**12, _meta(sha256)).status_code == 413
    assert create(10_000, "sha256 !!!").status_code == 400
    created = create(10_000, _meta(sha256))
    assert created.status_code == 201
    assert created.headers["location"] == upload

    assert patch(0, data[:4000], checksum_of=b"other").status_code == 460
    wrong_offset = patch(7, data[:10])
    assert wrong_offset.status_code == 409
    assert wrong_offset.headers["upload-offset"] == "0"
    assert patch(0, data + b"more").status_code == 413
    good = patch(0, data[:4000])
    assert good.status_code == 204
    assert good.headers["upload-offset"] == "4000"
    assert raw.send("HEAD", upload, _tus()).headers["upload-offset"] == "4000"

    # A signed header changed after signing: refused.
    url = intake.url + upload
    signed = sign_request(expert_key, "PATCH", url, _patch_headers(4000, data[4000:]))
    signed["Upload-Offset"] = "0"
    assert httpx.patch(url, headers=signed, content=data[4000:]).status_code == 401

    # tus termination, then the upload is gone.
    assert raw.send("DELETE", upload, _tus()).status_code == 204
    assert raw.send("HEAD", upload, _tus()).status_code == 404
    assert not (intake.data / "uploads" / f"{sha256}.part").exists()
    options = httpx.options(intake.url + "/v1/uploads")
    assert options.headers["tus-version"] == "1.0.0"
    extensions = set(options.headers["tus-extension"].split(","))
    assert extensions == {"creation", "checksum", "termination"}
    assert options.headers["tus-checksum-algorithm"] == "sha256"


def _patch_headers(offset: int, chunk: bytes) -> dict[str, str]:
    return _tus(
        **{
            "Content-Type": "application/offset+octet-stream",
            "Upload-Offset": str(offset),
            "Upload-Checksum": _checksum(chunk),
        }
    )


def test_limits_per_key(
    start_intake: Callable[..., IntakeProcess],
    store,
    expert_key: SigningKey,
    bundle_factory: Callable[..., Path],
) -> None:
    intake = start_intake(
        "--max-bundle-mb", "1", "--uploads-per-key", "1", "--requests-per-minute", "40"
    )
    entry = enqueue_bundle(store, bundle_factory(padding=1_500_000))
    target = IntakeTarget(url=intake.url, intake_key=PublicKey.from_string(intake.key))
    with IntakeClient(intake.url, expert_key) as client:
        report = send_outbox(store, client, target, policy=RetryPolicy(tries=1))
    (waiting,) = report.waiting
    assert waiting.sha256 == entry.sha256
    assert "at most 1 MiB" in waiting.last_error

    # Two uploads at once from one key: the second waits its turn.
    raw = Raw(intake, expert_key)
    chunks = [os.urandom(2000), os.urandom(2000)]
    for data in chunks:
        sha256 = hashlib.sha256(data).hexdigest()
        meta = {"Upload-Length": "2000", "Upload-Metadata": _meta(sha256)}
        assert raw.send("POST", "/v1/uploads", _tus(**meta)).status_code == 201
    release = threading.Event()
    first_status: list[int] = []

    def slow_body() -> Iterator[bytes]:
        yield chunks[0][:1000]
        release.wait(timeout=30)
        yield chunks[0][1000:]

    def first() -> None:
        sha256 = hashlib.sha256(chunks[0]).hexdigest()
        headers = _tus(
            **{"Content-Type": "application/offset+octet-stream", "Upload-Offset": "0",
               "Upload-Checksum": _checksum(chunks[0])}
        )  # fmt: skip
        body: Any = slow_body()  # streamed: the raw client sends an iterator as it comes
        first_status.append(raw.send("PATCH", f"/v1/uploads/{sha256}", headers, body).status_code)

    thread = threading.Thread(target=first)
    thread.start()
    time.sleep(0.5)  # the first PATCH is now streaming
    sha256 = hashlib.sha256(chunks[1]).hexdigest()
    second = raw.send("PATCH", f"/v1/uploads/{sha256}", _patch_headers(0, chunks[1]), chunks[1])
    release.set()
    thread.join(timeout=30)
    assert second.status_code == 429
    assert first_status == [204]

    # Requests per minute.
    statuses = [raw.send("GET", "/v1/decisions?since=0", {}).status_code for _ in range(45)]
    assert 429 in statuses
    assert statuses[0] == 200
