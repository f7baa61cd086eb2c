"""The signed report bundle: a BagIt bag (RFC 8493) in a zip, optionally encrypted with age.

Layout of the zip (its root is the bag's root)::

    bagit.txt
    bag-info.txt                      Bundle-Id, Interview-Id, Revision, App-Version, Pack-Id,
                                      Pack-Version, Practice, Draft, Signer-Key, Payload-Oxum, ...
    manifest-sha256.txt               every payload file
    tagmanifest-sha256.txt            bagit.txt, bag-info.txt, manifest-sha256.txt
    tagmanifest-sha256.txt.minisig    minisign signature over tagmanifest-sha256.txt
    data/interview.json               canonical JSON (sorted keys, no spaces, UTF-8)
    data/answers.json                 answers, notes marked for the report, evidence list
    data/scores.json                  score_interview(...).to_dict()
    data/events.json                  the event log (private note text withheld)
    data/pack.yaml                    the questionnaire pack used, byte for byte
    data/label-path.json              the benchmarking's date, the previous benchmarking's
                                      answers and date (if any) and the improvement areas
    data/peers.json                   aggregated statistics of the cluster's three peer
                                      groups the scores used, if any (never a peer's row)
    data/report.pdf
    data/charts/radar.png, radar.svg
    data/evidence/<sha256>.<ext>

A bundle of an interview that is not finalised (``finalised_at`` null in ``interview.json``)
is a **draft**: ``Draft: yes`` in bag-info and ``draft=yes`` in the signed trusted comment.

The signature is an extra tag file, which bags allow: it cannot be listed in the tag
manifest it signs. ``bagit.py --validate`` accepts the unzipped folder and
``minisign -Vm tagmanifest-sha256.txt -P RW...`` checks the signature.

``build_bundle`` takes plain inputs (``BundleInput``), so it needs no store; it writes to a
temporary file, syncs and renames: there is never a partial bundle under the final name.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.errors import AppError
from app.export.keys import SigningKey
from app.export.safezip import DEFAULT_LIMITS, BundleError, SafeZip, ZipLimits
from app.export.workfolders import work_folder
from app.fileio import fsync_folder

ProgressCallback = Callable[[int], None]

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
BAGIT_FILE = "bagit.txt"
BAG_INFO_FILE = "bag-info.txt"
MANIFEST_FILE = "manifest-sha256.txt"
TAGMANIFEST_FILE = "tagmanifest-sha256.txt"
SIGNATURE_FILE = "tagmanifest-sha256.txt.minisig"
TAG_FILES = (BAGIT_FILE, BAG_INFO_FILE, MANIFEST_FILE)
BUNDLE_FORMAT = "clusterbench-bundle"
#: Format 2: aggregated peer statistics (``peers.json``) instead of the reference rows,
#: the label path (``label-path.json``) and the draft flag.
BUNDLE_FORMAT_VERSION = "2"

INTERVIEW_JSON = "data/interview.json"
ANSWERS_JSON = "data/answers.json"
SCORES_JSON = "data/scores.json"
EVENTS_JSON = "data/events.json"
PACK_YAML = "data/pack.yaml"
PEERS_JSON = "data/peers.json"
LABEL_PATH_JSON = "data/label-path.json"
REPORT_PDF = "data/report.pdf"
CHARTS_DIR = "data/charts/"
EVIDENCE_DIR = "data/evidence/"
REQUIRED_PAYLOAD = (
    INTERVIEW_JSON,
    ANSWERS_JSON,
    SCORES_JSON,
    EVENTS_JSON,
    PACK_YAML,
    LABEL_PATH_JSON,
)
CHART_NAMES = ("radar.png", "radar.svg")
ANSWERS_FORMAT = "clusterbench-answers"
LABEL_PATH_FORMAT = "clusterbench-label-path"

#: Evidence is stored under its hash; the extension keeps only what a viewer needs.
_EXTENSION = re.compile(r"[a-z0-9]{1,10}")
EVIDENCE_NAME = re.compile(r"data/evidence/([0-9a-f]{64})\.([a-z0-9]{1,10})")
_ALREADY_COMPRESSED = frozenset(
    {"pdf", "png", "jpg", "jpeg", "gif", "webp", "zip", "gz", "xz", "bz2", "7z", "docx",
     "xlsx", "pptx", "odt", "ods", "odp", "mp3", "mp4", "m4a", "mov", "avi", "heic", "age"}
)  # fmt: skip
#: Fixed ordering of bag-info labels, so equal inputs give equal bytes.
BAG_INFO_LABELS = (
    "Bag-Software-Agent",
    "Bagging-Date",
    "Bundle-Format",
    "Bundle-Id",
    "Interview-Id",
    "Revision",
    "App-Version",
    "Pack-Id",
    "Pack-Version",
    "Practice",
    "Draft",
    "Created",
    "Signer-Key",
    "Payload-Oxum",
)


class BundleBuildError(AppError):
    """A bundle that cannot be written from what was given."""

    exit_code = 2


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no insignificant spaces, UTF-8, no NaN: equal data, equal bytes."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def trusted_comment(
    *,
    bundle_id: str,
    interview_uuid: str,
    revision: int,
    created: str,
    key_id: str,
    practice: bool,
    draft: bool,
) -> str:
    """The signed one-line summary of a bundle (shown by ``minisign -V``)."""
    return (
        f"clusterbench bundle={bundle_id} interview={interview_uuid} rev={revision} "
        f"created={created} key={key_id} practice={'yes' if practice else 'no'} "
        f"draft={'yes' if draft else 'no'}"
    )


def parse_trusted_comment(comment: str) -> dict[str, str]:
    """The ``key=value`` fields of a bundle's trusted comment (empty if not ours)."""
    words = comment.split(" ")
    if not words or words[0] != "clusterbench":
        return {}
    fields: dict[str, str] = {}
    for word in words[1:]:
        key, sep, value = word.partition("=")
        if not sep or key in fields:
            return {}
        fields[key] = value
    return fields


def utc_text(moment: datetime) -> str:
    """An aware datetime as ``YYYY-MM-DDTHH:MM:SSZ``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def evidence_extension(original_name: str) -> str:
    """A safe lower-case extension for an evidence file (``bin`` when there is none)."""
    suffix = Path(original_name).suffix.lower().lstrip(".")
    return suffix if _EXTENSION.fullmatch(suffix) else "bin"


def bundle_file_name(bundle_id: str, revision: int, *, encrypted: bool = False) -> str:
    """A file name that says nothing about the cluster."""
    return f"clusterbench-{bundle_id[:8]}-r{revision}.zip" + (".age" if encrypted else "")


def label_path_document(
    assessed_on: str | None,
    previous: Mapping[str, Any] | None = None,
    improvements: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """``label-path.json``: this benchmarking's date, the previous one, the improvement areas.

    ``previous`` is ``{"interview_uuid", "date", "answers"}`` (its answers as read under this
    interview's pack); each improvement area is ``{"title", "evidence", "indicators"}``.
    """
    return {
        "format": LABEL_PATH_FORMAT,
        "version": 1,
        "assessed_on": assessed_on,
        "previous": dict(previous) if previous is not None else None,
        "improvements": [dict(area) for area in improvements],
    }


@dataclass(frozen=True)
class EvidenceInput:
    """One evidence file: its bytes (``data``) or where they are (``path``)."""

    item_id: str
    original_name: str
    media_type: str = "application/octet-stream"
    path: Path | None = None
    data: bytes | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class BundleInput:
    """Everything a bundle carries, as plain data (no store needed)."""

    interview_uuid: str
    revision: int
    pack_text: str
    pack_id: str
    pack_version: str
    answers: Mapping[str, Any]
    scores: Mapping[str, Any]
    interview: Mapping[str, Any] = field(default_factory=dict)
    events: Sequence[Mapping[str, Any]] = ()
    notes: Mapping[str, str] = field(default_factory=dict)
    recommendations: str = ""
    report_pdf: bytes | Path | None = None
    charts: Mapping[str, bytes] = field(default_factory=dict)
    evidence: Sequence[EvidenceInput] = ()
    peer_statistics: Mapping[str, Any] | None = None
    label_path: Mapping[str, Any] = field(default_factory=lambda: label_path_document(None))
    practice: bool = False
    app_version: str = __version__
    bundle_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))


def is_draft_input(inp: BundleInput) -> bool:
    """Whether the bundle is a draft: its interview carries no finalisation time."""
    return inp.interview.get("finalised_at") is None


@dataclass(frozen=True)
class _Payload:
    name: str
    data: bytes | None
    path: Path | None
    sha256: str
    size: int


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while block := stream.read(1024 * 1024):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _from_bytes(name: str, data: bytes) -> _Payload:
    return _Payload(name, data, None, hashlib.sha256(data).hexdigest(), len(data))


def _from_path(name: str, path: Path) -> _Payload:
    try:
        digest, size = _hash_file(path)
    except OSError as exc:
        raise BundleBuildError(f"Cannot read {path.name} for the bundle: {exc.strerror}.") from exc
    return _Payload(name, None, path, digest, size)


def _evidence_payloads(inp: BundleInput) -> tuple[list[_Payload], list[dict[str, Any]]]:
    payloads: dict[str, _Payload] = {}
    listing: list[dict[str, Any]] = []
    for evidence in inp.evidence:
        extension = evidence_extension(evidence.original_name)
        if evidence.data is not None:
            payload = _from_bytes("", evidence.data)
        elif evidence.path is not None:
            payload = _from_path("", evidence.path)
        else:
            raise BundleBuildError(f"The evidence {evidence.original_name!r} has no content.")
        digest = payload.sha256
        if evidence.sha256 and evidence.sha256 != digest:
            raise BundleBuildError(
                f"The evidence file {evidence.original_name!r} has changed since it was "
                "attached (its hash differs)."
            )
        name = f"{EVIDENCE_DIR}{digest}.{extension}"
        payloads.setdefault(name, _Payload(name, payload.data, payload.path, digest, payload.size))
        listing.append(
            {
                "item_id": evidence.item_id,
                "original_name": evidence.original_name,
                "media_type": evidence.media_type,
                "sha256": digest,
                "size": payload.size,
                "file": name,
            }
        )
    listing.sort(key=lambda e: (e["item_id"], e["sha256"], e["original_name"]))
    return list(payloads.values()), listing


def _payloads(inp: BundleInput) -> list[_Payload]:
    evidence, listing = _evidence_payloads(inp)
    interview = {**dict(inp.interview), "uuid": inp.interview_uuid}
    answers = {
        "format": ANSWERS_FORMAT,
        "version": 1,
        "interview_uuid": inp.interview_uuid,
        "pack": {"id": inp.pack_id, "version": inp.pack_version},
        "answers": dict(inp.answers),
        "notes": dict(inp.notes),
        "recommendations": inp.recommendations,
        "evidence": listing,
    }
    try:
        files = [
            _from_bytes(INTERVIEW_JSON, canonical_json(interview)),
            _from_bytes(ANSWERS_JSON, canonical_json(answers)),
            _from_bytes(SCORES_JSON, canonical_json(dict(inp.scores))),
            _from_bytes(EVENTS_JSON, canonical_json([dict(e) for e in inp.events])),
            _from_bytes(LABEL_PATH_JSON, canonical_json(dict(inp.label_path))),
        ]
        if inp.peer_statistics is not None:
            files.append(_from_bytes(PEERS_JSON, canonical_json(dict(inp.peer_statistics))))
    except (TypeError, ValueError) as exc:
        raise BundleBuildError(f"The interview data cannot be written as JSON: {exc}.") from exc
    files.append(_from_bytes(PACK_YAML, inp.pack_text.encode("utf-8")))
    if isinstance(inp.report_pdf, bytes):
        files.append(_from_bytes(REPORT_PDF, inp.report_pdf))
    elif inp.report_pdf is not None:
        files.append(_from_path(REPORT_PDF, Path(inp.report_pdf)))
    for chart, data in sorted(inp.charts.items()):
        if chart not in CHART_NAMES:
            raise BundleBuildError(f"Unknown chart file {chart!r}.")
        files.append(_from_bytes(CHARTS_DIR + chart, data))
    files.extend(evidence)
    return sorted(files, key=lambda p: p.name)


def _check_limits(files: Sequence[_Payload], limits: ZipLimits) -> None:
    if len(files) + 5 > limits.max_members:
        raise BundleBuildError(
            f"The bundle would have {len(files) + 5} files; at most {limits.max_members} fit."
        )
    for payload in files:
        if payload.size > limits.max_member_bytes:
            raise BundleBuildError(
                f"{payload.name} is larger than {limits.max_member_bytes // 2**20} MB, "
                "more than a bundle may carry."
            )
    total = sum(p.size for p in files)
    if total > limits.max_total_bytes:
        raise BundleBuildError(
            f"The bundle would carry {total / 2**20:.0f} MB; at most "
            f"{limits.max_total_bytes // 2**20} MB fit. Remove some evidence."
        )


def manifest_text(entries: Mapping[str, str]) -> bytes:
    """A BagIt manifest: ``<sha256>  <path>`` lines in path order."""
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(entries.items())).encode()


def bag_info_text(info: Mapping[str, str]) -> bytes:
    """``bag-info.txt`` with the labels in a fixed order."""
    lines = []
    for label in BAG_INFO_LABELS:
        if label in info:
            value = info[label]
            if "\n" in value or "\r" in value:
                raise BundleBuildError(f"The bag-info value for {label} must be one line.")
            lines.append(f"{label}: {value}\n")
    return "".join(lines).encode("utf-8")


def _zip_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    utc = moment.astimezone(UTC)
    return (max(utc.year, 1980), utc.month, utc.day, utc.hour, utc.minute, utc.second & ~1)


def _compress_type(name: str) -> int:
    extension = name.rsplit(".", 1)[-1]
    if extension in _ALREADY_COMPRESSED:
        return zipfile.ZIP_STORED
    return zipfile.ZIP_DEFLATED


#: Files at least this large are sampled to see whether deflating them is worth the time.
_SAMPLE_BYTES = 1024 * 1024


def _incompressible(payload: _Payload) -> bool:
    """Whether a large file barely deflates (random-looking data): store it as it is."""
    if payload.size < _SAMPLE_BYTES or _compress_type(payload.name) == zipfile.ZIP_STORED:
        return False
    if payload.data is not None:
        sample = payload.data[:_SAMPLE_BYTES]
    else:
        assert payload.path is not None
        with payload.path.open("rb") as stream:
            sample = stream.read(_SAMPLE_BYTES)
    return len(zlib.compress(sample, 1)) > 0.95 * len(sample)


def _write_zip(
    target: Path,
    tag_members: Sequence[tuple[str, bytes]],
    files: Sequence[_Payload],
    stamp: tuple[int, int, int, int, int, int],
    stored: set[str],
    progress: ProgressCallback,
) -> None:
    total = sum(p.size for p in files) or 1
    done = 0
    with target.open("wb") as raw, zipfile.ZipFile(raw, "w", allowZip64=False) as archive:

        def info(name: str) -> zipfile.ZipInfo:
            entry = zipfile.ZipInfo(name, stamp)
            entry.create_system = 3
            entry.external_attr = 0o100644 << 16
            method = _compress_type(name)
            entry.compress_type = zipfile.ZIP_STORED if name in stored else method
            return entry

        for name, data in tag_members:
            archive.writestr(info(name), data)
        for payload in files:
            entry = info(payload.name)
            if payload.data is not None:
                archive.writestr(entry, payload.data)
                done += payload.size
            else:
                assert payload.path is not None
                entry.file_size = payload.size
                with payload.path.open("rb") as source, archive.open(entry, "w") as sink:
                    while block := source.read(1024 * 1024):
                        sink.write(block)
                        done += len(block)
                        progress(int(85 * done / total))
            progress(int(85 * done / total))
        raw.flush()


def parse_recipients(recipients: Sequence[str] | str | None) -> list[str]:
    """Check age recipients (``age1...``) before any work is done; return them cleaned."""
    import pyrage

    wanted = [recipients] if isinstance(recipients, str) else list(recipients or [])
    cleaned = []
    for recipient in wanted:
        text = recipient.strip()
        try:
            pyrage.x25519.Recipient.from_str(text)
        except pyrage.RecipientError as exc:
            raise BundleBuildError(
                f"The encryption recipient {text[:80]!r} is not an age X25519 public key (age1...)."
            ) from exc
        cleaned.append(text)
    return cleaned


def _encrypt(source: Path, target: Path, recipients: Sequence[str]) -> None:
    import pyrage

    parsed = [pyrage.x25519.Recipient.from_str(r) for r in parse_recipients(recipients)]
    try:
        pyrage.encrypt_file(str(source), str(target), parsed)
    except pyrage.EncryptError as exc:
        raise BundleBuildError(f"The bundle could not be encrypted: {exc}.") from exc


def output_path(out: Path | str, file_name: str) -> Path:
    """``out`` itself, or ``file_name`` inside it when it is a folder; folders are created.

    ``out`` is a folder when it is one already, ends with a separator, or has no suffix.
    """
    target = Path(out)
    if target.is_dir() or str(out).endswith(("/", os.sep)) or not target.suffix:
        target.mkdir(parents=True, exist_ok=True)
        return target / file_name
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def build_bundle(
    inp: BundleInput,
    signing_key: SigningKey,
    out: Path | str,
    *,
    encrypt_to: Sequence[str] | str | None = None,
    limits: ZipLimits = DEFAULT_LIMITS,
    progress: ProgressCallback | None = None,
) -> Path:
    """Write the signed bundle for ``inp`` to ``out`` (a file, or a folder); return its path."""
    report = progress or (lambda _percent: None)
    recipients = parse_recipients(encrypt_to)
    if inp.revision < 1:
        raise BundleBuildError("A bundle's revision starts at 1.")
    report(0)
    files = _payloads(inp)
    _check_limits(files, limits)
    created = utc_text(inp.created_at)
    public = signing_key.public_key
    info = {
        "Bag-Software-Agent": f"ClusterBench {inp.app_version}",
        "Bagging-Date": inp.created_at.astimezone(UTC).date().isoformat(),
        "Bundle-Format": f"{BUNDLE_FORMAT}/{BUNDLE_FORMAT_VERSION}",
        "Bundle-Id": inp.bundle_id,
        "Interview-Id": inp.interview_uuid,
        "Revision": str(inp.revision),
        "App-Version": inp.app_version,
        "Pack-Id": inp.pack_id,
        "Pack-Version": inp.pack_version,
        "Practice": "yes" if inp.practice else "no",
        "Draft": "yes" if is_draft_input(inp) else "no",
        "Created": created,
        "Signer-Key": public.to_string(),
        "Payload-Oxum": f"{sum(p.size for p in files)}.{len(files)}",
    }
    manifest = manifest_text({p.name: p.sha256 for p in files})
    bag_info = bag_info_text(info)
    tagmanifest = manifest_text(
        {
            BAGIT_FILE: hashlib.sha256(BAGIT_TXT).hexdigest(),
            BAG_INFO_FILE: hashlib.sha256(bag_info).hexdigest(),
            MANIFEST_FILE: hashlib.sha256(manifest).hexdigest(),
        }
    )
    comment = trusted_comment(
        bundle_id=inp.bundle_id,
        interview_uuid=inp.interview_uuid,
        revision=inp.revision,
        created=created,
        key_id=public.key_id_hex,
        practice=inp.practice,
        draft=is_draft_input(inp),
    )
    signature = signing_key.sign(tagmanifest, comment).encode("ascii")
    tags = [
        (BAGIT_FILE, BAGIT_TXT),
        (BAG_INFO_FILE, bag_info),
        (MANIFEST_FILE, manifest),
        (TAGMANIFEST_FILE, tagmanifest),
        (SIGNATURE_FILE, signature),
    ]
    try:
        name = bundle_file_name(inp.bundle_id, inp.revision, encrypted=bool(recipients))
        target = output_path(out, name)
        _write_bundle_file(target, tags, files, inp, recipients, limits, report)
    except OSError as exc:
        raise BundleBuildError(
            f"Cannot write the bundle to {Path(out)}: {exc.strerror or exc}."
        ) from exc
    report(100)
    return target


def _write_bundle_file(
    target: Path,
    tags: Sequence[tuple[str, bytes]],
    files: Sequence[_Payload],
    inp: BundleInput,
    recipients: Sequence[str],
    limits: ZipLimits,
    report: ProgressCallback,
) -> None:
    """Zip (and encrypt) into a private temporary folder beside ``target``, sync, rename."""
    stamp = _zip_time(inp.created_at)
    with work_folder(target.parent) as work:
        plain = Path(work) / "bundle.zip"
        stored = {p.name for p in files if _incompressible(p)}
        for _attempt in range(len(files) + 1):
            _write_zip(plain, tags, files, stamp, stored, report)
            culprit = _self_check(plain, limits)
            if culprit is None:
                break
            # A degenerate file (say, megabytes of one repeated byte) compresses too well
            # to pass the zip-bomb check; it goes in uncompressed instead.
            stored.add(culprit)
        else:  # pragma: no cover - every member stored always passes
            raise BundleBuildError("The bundle could not be written within the size limits.")
        report(88)
        final = plain
        if recipients:
            final = Path(work) / "bundle.zip.age"
            _encrypt(plain, final, recipients)
        if final.stat().st_size > limits.max_archive_bytes:
            raise BundleBuildError(
                f"The bundle would be larger than {limits.max_archive_bytes // 2**20} MB."
            )
        report(95)
        with final.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(final, target)
        fsync_folder(target.parent)


def _self_check(path: Path, limits: ZipLimits) -> str | None:
    """Read the new zip back with the importer's rules; return a member that breaks them."""
    try:
        with SafeZip(path, limits):
            return None
    except BundleError as exc:
        if exc.code == "compression_ratio" and exc.member:
            return exc.member
        raise BundleBuildError(f"The bundle came out malformed: {exc.user_message}") from exc
