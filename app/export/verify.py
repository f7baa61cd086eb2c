"""Verifying a bundle, check by check, and reading it for a supervisor's review.

``verify_bundle`` runs the checks in order and stops at the first that fails:

1. ``archive``   the file (decrypted with age when needed) is a zip ClusterBench could
                 have written: limits, names, no links, no duplicates (``app.export.safezip``);
2. ``bag``       a complete BagIt bag: declaration, bag-info, tag manifest and manifest,
                 exactly the files listed, every hash matching;
3. ``signature`` the minisign signature over the tag manifest verifies with the key named
                 in bag-info, and its trusted comment agrees with bag-info;
4. ``trust``     that key is in the trusted keys, was valid when the bundle was signed, and
                 is not revoked;
5. ``practice``  a practice bundle is refused unless practice bundles are allowed;
6. ``content``   the JSON files are canonical and consistent with bag-info and the pack,
                 the draft flag agrees with the interview, the label path and the peer
                 statistics have exactly their documented shape;
7. ``rescore``   scores recomputed from the bundled pack, answers, label path and
                 aggregated peer statistics equal ``scores.json``;
8. ``revision``  the bundle is not older than one already imported for the same interview.

Nothing is parsed as JSON before the signature and the signer are known good. No check
raises for a bad bundle: each returns its verdict in a ``VerificationResult``. Values are
read with bounded parsers (``app.export.values``) and every data file is held to its
complete shape (``app.export.shapes``); a failure no check foresaw is still a refusal, with
the code ``unexpected_error``. A draft (a bundle of an interview that was not finalised)
passes the checks but is reported as one (``draft`` in the result, "DRAFT" in its summary).

``review_bundle`` verifies and then reads the contents for review from the same bytes;
``import_bundle`` verifies against a supervisor's store and remembers the bundle, so older
revisions of the same interview are refused afterwards; ``review_and_import_bundle`` does both.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import AppError, BadInputError
from app.export import bundle as layout
from app.export.keys import TrustedKeys
from app.export.minisign import MinisignError, PublicKey, verify
from app.export.safezip import DEFAULT_LIMITS, BundleError, SafeZip, ZipLimits
from app.export.shapes import BAG_INFO, MEMBER_SHAPES, problem_of
from app.export.values import parse_count, parse_time

if TYPE_CHECKING:
    from app.models import Store
    from app.scoring.engine import ScoreResult
    from app.scoring.pack import Pack

log = logging.getLogger(__name__)

CHECKS: tuple[str, ...] = (
    "archive",
    "bag",
    "signature",
    "trust",
    "practice",
    "content",
    "rescore",
    "revision",
)
CHECK_TITLES: dict[str, str] = {
    "archive": "Archive structure",
    "bag": "Bag completeness and manifests",
    "signature": "Signature",
    "trust": "Signer trusted",
    "practice": "Not a practice bundle",
    "content": "Content consistent",
    "rescore": "Scores recompute",
    "revision": "Newest revision",
}
AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
#: age adds a header and 16 bytes per 64 KiB chunk; allow for that on top of the zip limit.
AGE_OVERHEAD = 4 * 2**20
MAX_JSON_BYTES = 5 * 2**20
MAX_EVENTS_BYTES = 20 * 2**20
#: Peer statistics grow with the number of distinct values in the reference set.
MAX_PEERS_BYTES = 32 * 2**20
MAX_JSON_DEPTH = 32
MAX_REVISION = 1_000_000
_TAG_LIMITS = {
    layout.BAGIT_FILE: 1024,
    layout.BAG_INFO_FILE: 64 * 1024,
    layout.MANIFEST_FILE: 1024 * 1024,
    layout.TAGMANIFEST_FILE: 4096,
    layout.SIGNATURE_FILE: 16 * 1024,
}
_MANIFEST_LINE = re.compile(r"([0-9a-f]{64})  (\S+)")
_BAG_INFO_LINE = re.compile(r"([A-Za-z0-9-]+): (.*)")
_KNOWN_PAYLOAD = frozenset(
    {
        *layout.REQUIRED_PAYLOAD,
        layout.PEERS_JSON,
        layout.REPORT_PDF,
        *(layout.CHARTS_DIR + name for name in layout.CHART_NAMES),
    }
)

#: What the supervisor already holds for an interview: the newest revision, or a function
#: giving for an interview UUID the newest revision or every revision with its bundle id
#: (which also catches a different bundle of the same revision).
RevisionSource = int | Callable[[str], int | Mapping[int, str] | None] | None


@dataclass(frozen=True)
class CheckResult:
    """One check's verdict; ``passed`` is None when the check did not run."""

    name: str
    passed: bool | None
    code: str = ""
    message: str = ""

    @property
    def title(self) -> str:
        """The check's name for people."""
        return CHECK_TITLES.get(self.name, self.name)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        status = {True: "passed", False: "failed", None: "not_run"}[self.passed]
        return {"check": self.name, "status": status, "code": self.code, "message": self.message}


@dataclass(frozen=True)
class FileEntry:
    """One payload file as the manifest lists it (and its hash was confirmed)."""

    name: str
    size: int
    sha256: str


@dataclass
class VerificationResult:
    """Everything ``verify_bundle`` found out about one bundle."""

    path: Path
    checks: list[CheckResult] = field(default_factory=list)
    bundle_id: str | None = None
    interview_uuid: str | None = None
    revision: int | None = None
    practice: bool | None = None
    draft: bool | None = None
    app_version: str | None = None
    pack_id: str | None = None
    pack_version: str | None = None
    signer: str | None = None
    fingerprint: str | None = None
    key_id: str | None = None
    public_key: str | None = None
    signed_at: datetime | None = None
    trusted_comment: str | None = None
    encrypted: bool = False
    files: list[FileEntry] = field(default_factory=list)
    #: The scores recomputed from the bundled answers, equal to the bundle's own (rescore).
    score_result: ScoreResult | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return bool(self.checks) and all(c.passed for c in self.checks)

    @property
    def first_failure(self) -> CheckResult | None:
        """The first check that failed, if any."""
        return next((c for c in self.checks if c.passed is False), None)

    def check(self, name: str) -> CheckResult:
        """The verdict of the check called ``name``."""
        return next(c for c in self.checks if c.name == name)

    def summary(self) -> str:
        """One line for people: what passed, or the first failure."""
        failure = self.first_failure
        if failure is not None:
            return f"{failure.title}: {failure.message}"
        signer = f"{self.signer} ({self.fingerprint})" if self.signer else "unknown signer"
        marks = (" (practice)" if self.practice else "") + (
            " (DRAFT: the interview was not finalised)" if self.draft else ""
        )
        return f"intact, signed by {signer}, revision {self.revision}, scores recompute{marks}"

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json`` and the app."""
        failure = self.first_failure
        return {
            "path": str(self.path),
            "ok": self.ok,
            "first_failure": failure.to_dict() if failure else None,
            "checks": [c.to_dict() for c in self.checks],
            "bundle_id": self.bundle_id,
            "interview_uuid": self.interview_uuid,
            "revision": self.revision,
            "practice": self.practice,
            "draft": self.draft,
            "app_version": self.app_version,
            "pack": {"id": self.pack_id, "version": self.pack_version},
            "signer": self.signer,
            "fingerprint": self.fingerprint,
            "key_id": self.key_id,
            "public_key": self.public_key,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "trusted_comment": self.trusted_comment,
            "encrypted": self.encrypted,
            "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in self.files],
        }


# --- opening ------------------------------------------------------------------------------


def _fail(check: str, code: str, message: str, member: str | None = None) -> BundleError:
    return BundleError(check, code, message, member)


def load_age_identities(path: Path | str) -> list[Any]:
    """The X25519 identities (``AGE-SECRET-KEY-1...`` lines) in an age key file."""
    import pyrage

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInputError(f"The age identity file {path} cannot be read.") from exc
    identities = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            identities.append(pyrage.x25519.Identity.from_str(line))
        except pyrage.IdentityError as exc:
            raise BadInputError(f"The file {path} holds something that is not an age key.") from exc
    if not identities:
        raise BadInputError(f"The file {path} holds no age key.")
    return identities


def _open_source(
    path: Path, age_identity: Path | str | Sequence[Any] | None, limits: ZipLimits
) -> tuple[bytes | Path, bool]:
    """The zip (path, or decrypted bytes) and whether it was encrypted."""
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(len(AGE_ARMOR))
    except OSError as exc:
        raise _fail("archive", "unreadable", f"The bundle cannot be read: {exc.strerror}.") from exc
    if not (head.startswith(AGE_MAGIC) or head.startswith(AGE_ARMOR)):
        return path, False
    if age_identity is None:
        raise _fail(
            "archive",
            "encrypted",
            "The bundle is encrypted with age; give the key to decrypt it (--identity).",
        )
    if size > limits.max_archive_bytes + AGE_OVERHEAD:
        raise _fail("archive", "archive_too_large", "The encrypted bundle is too large.")
    import pyrage

    if isinstance(age_identity, str | Path):
        try:
            identities = load_age_identities(age_identity)
        except AppError as exc:
            raise _fail("archive", "identity_unreadable", exc.user_message) from exc
    else:
        identities = list(age_identity)
    try:
        data = pyrage.decrypt(path.read_bytes(), identities)
    except pyrage.DecryptError as exc:
        raise _fail(
            "archive",
            "decryption_failed",
            "The bundle cannot be decrypted with this key, or it was damaged or cut short.",
        ) from exc
    except OSError as exc:
        raise _fail("archive", "unreadable", f"The bundle cannot be read: {exc.strerror}.") from exc
    return data, True


# --- the bag -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Bag:
    info: dict[str, str]
    manifest: dict[str, str]
    files: list[FileEntry]
    tagmanifest: bytes
    signature: bytes
    #: The bytes of the members the later checks read (``_KEPT``), as hashed and matched.
    kept: dict[str, bytes]


#: Members the content checks read: kept in memory from the hashing pass, so each is
#: inflated and checked once (evidence, the report and the charts are only hashed).
_KEPT = frozenset(
    {
        layout.INTERVIEW_JSON,
        layout.ANSWERS_JSON,
        layout.SCORES_JSON,
        layout.EVENTS_JSON,
        layout.PACK_YAML,
        layout.LABEL_PATH_JSON,
        layout.PEERS_JSON,
    }
)


def _read_tag(archive: SafeZip, name: str) -> bytes:
    if name not in archive:
        what = "signature" if name == layout.SIGNATURE_FILE else "bag file"
        raise _fail("bag", "missing_file", f"The bundle has no {name} ({what}).", name)
    if archive.size(name) > _TAG_LIMITS[name]:
        raise _fail("bag", "malformed_bag", f"{name} is far larger than it can be.", name)
    return archive.read(name)


def _text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail("bag", "malformed_bag", f"{name} is not UTF-8 text.", name) from exc


def _tag_lines(
    data: bytes, name: str, pattern: re.Pattern[str], code: str
) -> list[tuple[str, str]]:
    """The two groups of each line of a tag file; a line not matching ``pattern`` is ``code``."""
    text = _text(data, name)
    if text and not text.endswith("\n"):
        raise _fail("bag", "malformed_bag", f"{name} does not end with a line break.", name)
    pairs = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = pattern.fullmatch(line)
        if match is None:
            raise _fail("bag", code, f"{name} line {number} is malformed.", name)
        pairs.append((match[1], match[2]))
    return pairs


def _parse_manifest(data: bytes, name: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    for digest, path in _tag_lines(data, name, _MANIFEST_LINE, "malformed_bag"):
        if path in entries:
            raise _fail("bag", "malformed_bag", f"{name} lists {path!r} twice.", name)
        entries[path] = digest
    return entries


def parse_bag_info(data: bytes) -> dict[str, str]:
    """``bag-info.txt`` as a dict; refuse continuation lines and repeated labels."""
    name = layout.BAG_INFO_FILE
    info: dict[str, str] = {}
    for label, value in _tag_lines(data, name, _BAG_INFO_LINE, "bag_info"):
        if label in info:
            raise _fail("bag", "bag_info", f"{name} gives {label} twice.", name)
        info[label] = value
    return info


def _check_bag_info(info: Mapping[str, str], files: Sequence[FileEntry]) -> None:
    """Every label ``BAG_INFO`` names, each value of its shape, and nothing else."""

    def bad(message: str) -> BundleError:
        return _fail("bag", "bag_info", message, layout.BAG_INFO_FILE)

    expected_format = f"{layout.BUNDLE_FORMAT}/{layout.BUNDLE_FORMAT_VERSION}"
    if info.get("Bundle-Format") == f"{layout.BUNDLE_FORMAT}/1":
        raise _fail(
            "bag",
            "old_format",
            "This bundle is of format 1, written by an older ClusterBench that carried every "
            "peer's reference row; ask the expert to export the interview again.",
            layout.BAG_INFO_FILE,
        )
    missing = [label for label in layout.BAG_INFO_LABELS if label not in info]
    if missing:
        raise bad(f"bag-info.txt lacks {', '.join(missing)}.")
    unknown = sorted(label for label in info if label not in BAG_INFO)
    if unknown:
        raise bad(f"bag-info.txt has a label ClusterBench never writes: {unknown[0][:60]}.")
    if info["Bundle-Format"] != expected_format:
        raise bad(f"This is not a bundle format this ClusterBench reads ({expected_format}).")
    for label, shape in BAG_INFO.items():
        problem = shape.problem(info[label], label)
        if problem is not None:
            raise bad(f"In bag-info.txt, {problem}.")
    try:
        parse_count(info["Revision"], low=1, high=MAX_REVISION)
    except ValueError as exc:
        raise bad("The revision in bag-info.txt is not a positive number.") from exc
    oxum = f"{sum(f.size for f in files)}.{len(files)}"
    if info["Payload-Oxum"] != oxum:
        raise _fail(
            "bag",
            "oxum_mismatch",
            f"bag-info.txt says the payload is {info['Payload-Oxum']} (bytes.files); it is {oxum}.",
            layout.BAG_INFO_FILE,
        )


def _check_bag(archive: SafeZip) -> _Bag:
    declaration = _read_tag(archive, layout.BAGIT_FILE)
    if declaration != layout.BAGIT_TXT:
        raise _fail(
            "bag", "bag_declaration", "bagit.txt is not a BagIt 1.0 declaration.", "bagit.txt"
        )
    bag_info = _read_tag(archive, layout.BAG_INFO_FILE)
    manifest_data = _read_tag(archive, layout.MANIFEST_FILE)
    tagmanifest = _read_tag(archive, layout.TAGMANIFEST_FILE)
    signature = _read_tag(archive, layout.SIGNATURE_FILE)
    tag_entries = _parse_manifest(tagmanifest, layout.TAGMANIFEST_FILE)
    if set(tag_entries) != set(layout.TAG_FILES):
        raise _fail(
            "bag",
            "malformed_bag",
            "tagmanifest-sha256.txt must list exactly bagit.txt, bag-info.txt and "
            "manifest-sha256.txt.",
            layout.TAGMANIFEST_FILE,
        )
    contents = {
        layout.BAGIT_FILE: declaration,
        layout.BAG_INFO_FILE: bag_info,
        layout.MANIFEST_FILE: manifest_data,
    }
    for name, data in contents.items():
        if hashlib.sha256(data).hexdigest() != tag_entries[name]:
            raise _fail(
                "bag",
                "manifest_mismatch",
                f"{name} has changed: its hash differs from the tag manifest.",
                name,
            )
    manifest = _parse_manifest(manifest_data, layout.MANIFEST_FILE)
    tag_names = {*layout.TAG_FILES, layout.TAGMANIFEST_FILE, layout.SIGNATURE_FILE}
    for name in archive.names:
        if name not in tag_names and name not in manifest:
            raise _fail(
                "bag", "extra_file", f"The bundle holds {name!r}, which no manifest lists.", name
            )
    for name in manifest:
        if name not in archive:
            raise _fail(
                "bag",
                "missing_file",
                f"The manifest lists {name!r}, which is missing from the bundle.",
                name,
            )
        if name not in _KNOWN_PAYLOAD and not layout.EVIDENCE_NAME.fullmatch(name):
            raise _fail(
                "bag", "extra_file", f"The bundle holds {name!r}, a file it never carries.", name
            )
    for name in layout.REQUIRED_PAYLOAD:
        if name not in manifest:
            raise _fail("bag", "missing_file", f"The bundle has no {name}.", name)
    files: list[FileEntry] = []
    kept: dict[str, bytes] = {}
    for name in sorted(manifest):
        digest = hashlib.sha256()
        pieces: list[bytes] | None = [] if name in _KEPT else None
        for piece in archive.chunks(name):
            digest.update(piece)
            if pieces is not None:
                pieces.append(piece)
        actual = digest.hexdigest()
        if pieces is not None:
            kept[name] = b"".join(pieces)
        if actual != manifest[name]:
            raise _fail(
                "bag",
                "manifest_mismatch",
                f"{name} has changed: its hash differs from the manifest.",
                name,
            )
        evidence = layout.EVIDENCE_NAME.fullmatch(name)
        if evidence is not None and evidence.group(1) != actual:
            raise _fail("bag", "evidence_name", f"{name} is not named by its own hash.", name)
        files.append(FileEntry(name, archive.size(name), actual))
    info = parse_bag_info(bag_info)
    _check_bag_info(info, files)
    return _Bag(info, manifest, files, tagmanifest, signature, kept)


# --- signature and trust ---------------------------------------------------------------------


def _check_signature(bag: _Bag, result: VerificationResult) -> datetime:
    info = bag.info
    try:
        public = PublicKey.from_string(info["Signer-Key"])
    except MinisignError as exc:
        raise _fail(
            "signature", "malformed_signature", "bag-info.txt names no valid signer key."
        ) from exc
    result.public_key = public.to_string()
    result.fingerprint = public.fingerprint
    result.key_id = public.key_id_hex
    try:
        parsed = verify(public, bag.tagmanifest, bag.signature)
    except MinisignError as exc:
        code = {"malformed": "malformed_signature"}.get(exc.code, exc.code)
        raise _fail(
            "signature",
            code,
            f"{exc.user_message} The bundle was changed after it was signed, "
            "or the signature is not its own.",
            layout.SIGNATURE_FILE,
        ) from exc
    result.trusted_comment = parsed.trusted_comment
    fields = layout.parse_trusted_comment(parsed.trusted_comment)
    expected = {
        "bundle": info["Bundle-Id"],
        "interview": info["Interview-Id"],
        "rev": info["Revision"],
        "created": info["Created"],
        "key": public.key_id_hex,
        "practice": info["Practice"],
        "draft": info["Draft"],
    }
    if fields != expected:
        raise _fail(
            "signature",
            "comment_mismatch",
            "The signed comment does not describe this bundle.",
            layout.SIGNATURE_FILE,
        )
    return parse_time(info["Created"])


def _check_trust(
    trusted: TrustedKeys, result: VerificationResult, signed_at: datetime, now: datetime
) -> None:
    assert result.public_key is not None
    public = PublicKey.from_string(result.public_key)
    entry = trusted.find(public)
    if entry is None:
        raise _fail(
            "trust",
            "unknown_key",
            f"The bundle is signed by a key that is not in the trusted keys "
            f"(fingerprint {public.fingerprint}, key id {public.key_id_hex}).",
        )
    result.signer = entry.expert_id
    verdict = entry.verdict(signed_at, now)
    if not verdict.trusted:
        raise _fail("trust", verdict.code, verdict.message)


# --- content and rescore ------------------------------------------------------------------------


#: A JSON string literal (unrolled: a run of plain bytes, then escapes each followed by one).
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
#: Every byte but brackets and braces: only those decide the nesting depth.
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def _json_depth_ok(data: bytes, limit: int) -> bool:
    """Whether nesting stays within ``limit`` (checked before ``json`` can recurse)."""
    stripped = _JSON_STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    depth = 0
    for byte in stripped:
        if byte in (0x5B, 0x7B):
            depth += 1
            if depth > limit:
                return False
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return True


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _refuse_json_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def load_untrusted_json(data: bytes) -> Any:
    """JSON from someone else: nesting capped, no duplicate keys, no NaN or Infinity.

    Raises ``ValueError`` saying what is wrong ("nested too deeply", "not valid JSON (...)").
    """
    if not _json_depth_ok(data, MAX_JSON_DEPTH):
        raise ValueError("nested too deeply")
    try:
        return json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_refuse_json_constant,
        )
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"not valid JSON ({exc})") from exc


def strict_json(data: bytes, name: str, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """Parse bundle JSON: size and depth capped, no duplicate keys, no NaN, canonical form."""
    if len(data) > max_bytes:
        raise _fail("content", "bad_content", f"{name} is too large.", name)
    try:
        value = load_untrusted_json(data)
    except ValueError as exc:
        raise _fail("content", "bad_content", f"{name} is {exc}.", name) from exc
    try:
        canonical = layout.canonical_json(value)
    except ValueError as exc:
        raise _fail("content", "bad_content", f"{name} holds numbers out of range.", name) from exc
    if canonical != data:
        raise _fail("content", "not_canonical", f"{name} is not in canonical form.", name)
    return value


#: Bundled packs and peer statistics checked and parsed in this process, by member and the
#: SHA-256 of its bytes (checked against the manifest): the bundles of one pack, or scored
#: against one reference set, carry the same ones, so each is checked and parsed once.
_PARSED: dict[tuple[str, str], Any] = {}
_PARSED_KEPT = 8


def _parsed_once(member: str, digest: str, parse: Callable[[], Any]) -> Any:
    """``parse()`` of the member with this digest, from the cache when it was done before."""
    key = (member, digest)
    found = _PARSED.get(key)
    if found is None:
        found = parse()  # a refusal raises and is not kept
        if len(_PARSED) >= _PARSED_KEPT:
            _PARSED.pop(next(iter(_PARSED)), None)
        _PARSED[key] = found
    return found


def _bundled_pack(data: bytes, digest: str) -> tuple[Pack, str]:
    """The bundled pack checked and parsed (refusing one too large or not UTF-8), and its text.

    ``digest`` is its SHA-256: a pack that passed the schema here before is not put
    through the schema again (``app.export.pack_memo``); every other check is made.
    """
    from app.export.pack_memo import remember_schema_pass, schema_passed
    from app.scoring.pack import PackError, parse_pack, schema_digest, yaml_shape_problem

    if len(data) > MAX_JSON_BYTES:
        raise _fail("content", "bad_content", "pack.yaml is too large.", layout.PACK_YAML)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(
            "content", "pack_invalid", "pack.yaml is not UTF-8 text.", layout.PACK_YAML
        ) from exc
    problem = yaml_shape_problem(text)
    if problem is not None:
        raise _fail("content", "pack_invalid", f"pack.yaml {problem}.", layout.PACK_YAML)
    schema = schema_digest()
    passed = schema_passed(schema, digest, legacy=True)
    try:
        pack = parse_pack(text, "the bundled pack", legacy=True, schema_passed=passed)
    except PackError as exc:
        raise _fail("content", "pack_invalid", exc.user_message, layout.PACK_YAML) from exc
    if not passed:
        remember_schema_pass(schema, digest, legacy=True)
    return pack, text


@dataclass(frozen=True)
class _Content:
    interview: dict[str, Any]
    answers_doc: dict[str, Any]
    scores: dict[str, Any]
    #: scores.json as carried (canonical: its bytes are the canonical form of ``scores``).
    scores_bytes: bytes
    events: list[Any]
    pack: Pack
    pack_text: str
    label_path: dict[str, Any]
    peers: Any  # PeerStatistics | None


def _check_content(bag: _Bag) -> _Content:
    info = bag.info

    def bad(code: str, message: str, member: str | None = None) -> BundleError:
        return _fail("content", code, message, member)

    kept = bag.kept
    interview = strict_json(kept[layout.INTERVIEW_JSON], layout.INTERVIEW_JSON)
    answers_doc = strict_json(kept[layout.ANSWERS_JSON], layout.ANSWERS_JSON)
    scores = strict_json(kept[layout.SCORES_JSON], layout.SCORES_JSON)
    events = strict_json(kept[layout.EVENTS_JSON], layout.EVENTS_JSON, max_bytes=MAX_EVENTS_BYTES)
    _check_shapes({layout.INTERVIEW_JSON: interview, layout.ANSWERS_JSON: answers_doc})
    if interview.get("uuid") != info["Interview-Id"]:
        raise bad("interview_mismatch", "interview.json is about another interview.")
    practice = interview.get("mode") == "practice"
    if practice != (info["Practice"] == "yes"):
        raise bad("practice_mismatch", "bag-info.txt and interview.json disagree about practice.")
    if (interview["finalised_at"] is None) != (info["Draft"] == "yes"):
        raise bad(
            "draft_mismatch",
            "bag-info.txt and interview.json disagree about whether the interview was finalised.",
        )
    if answers_doc["interview_uuid"] != info["Interview-Id"]:
        raise bad("interview_mismatch", "answers.json is not this interview's answers.")
    _check_shapes({layout.SCORES_JSON: scores, layout.EVENTS_JSON: events})
    pack, pack_text = _parsed_once(
        layout.PACK_YAML,
        bag.manifest[layout.PACK_YAML],
        lambda: _bundled_pack(kept[layout.PACK_YAML], bag.manifest[layout.PACK_YAML]),
    )
    identity = {"id": info["Pack-Id"], "version": info["Pack-Version"]}
    if {"id": pack.id, "version": pack.version} != identity or answers_doc.get("pack") != identity:
        raise bad("pack_mismatch", "The bundled pack is not the one bag-info.txt names.")
    _check_evidence_listing(answers_doc, bag)
    _check_items_known(answers_doc, pack)
    label_path = strict_json(kept[layout.LABEL_PATH_JSON], layout.LABEL_PATH_JSON)
    _check_shapes({layout.LABEL_PATH_JSON: label_path})
    carried = None
    if layout.PEERS_JSON in bag.manifest:
        carried = _parsed_once(
            layout.PEERS_JSON,
            bag.manifest[layout.PEERS_JSON],
            lambda: _parse_peers(kept[layout.PEERS_JSON]),
        )
    area = interview.get("technology_area")
    area = area if isinstance(area, str) and area else None
    peers = _bundled_peers(carried, scores, pack, area)
    return _Content(
        interview, answers_doc, scores, kept[layout.SCORES_JSON], events, pack, pack_text,
        label_path, peers,
    )  # fmt: skip


def _check_shapes(documents: Mapping[str, Any]) -> None:
    """Each JSON member has its complete shape (``app.export.shapes.MEMBER_SHAPES``)."""
    for name, document in documents.items():
        problem = problem_of(MEMBER_SHAPES[name], document)
        if problem is not None:
            short = name.rsplit("/", 1)[-1]
            raise _fail("content", "bad_content", f"In {short}, {problem}.", name)


def _check_items_known(answers_doc: Mapping[str, Any], pack: Any) -> None:
    """Notes and evidence belong to questions of the bundled pack."""
    known = {item.id for item in pack.items}
    for item_id in answers_doc["notes"]:
        if item_id not in known:
            raise _fail(
                "content",
                "bad_content",
                f"answers.json has a note on {item_id!r}, which is not a question of the pack.",
                layout.ANSWERS_JSON,
            )
    for entry in answers_doc["evidence"]:
        if entry["item_id"] not in known:
            raise _fail(
                "content",
                "evidence_mismatch",
                f"The evidence list names {entry['item_id']!r}, which is not a question of "
                "the pack.",
                layout.ANSWERS_JSON,
            )


def _check_evidence_listing(answers_doc: Mapping[str, Any], bag: _Bag) -> None:
    listing = answers_doc.get("evidence")
    if not isinstance(listing, list):
        raise _fail("content", "evidence_mismatch", "answers.json has no evidence list.")
    sizes = {f.name: f for f in bag.files}
    listed: set[str] = set()
    for entry in listing:
        if not isinstance(entry, dict):
            raise _fail("content", "evidence_mismatch", "The evidence list is malformed.")
        file = entry.get("file")
        found = sizes.get(file) if isinstance(file, str) else None
        if (
            found is None
            or not layout.EVIDENCE_NAME.fullmatch(found.name)
            or entry.get("sha256") != found.sha256
            or entry.get("size") != found.size
            or not isinstance(entry.get("original_name"), str)
            or not isinstance(entry.get("item_id"), str)
        ):
            raise _fail(
                "content",
                "evidence_mismatch",
                f"The evidence list names {file!r}, which the bundle does not hold as listed.",
            )
        listed.add(found.name)
    unlisted = [f.name for f in bag.files if f.name.startswith(layout.EVIDENCE_DIR)]
    unlisted = [name for name in unlisted if name not in listed]
    if unlisted:
        raise _fail(
            "content",
            "evidence_mismatch",
            f"The bundle holds evidence no answer refers to: {unlisted[0]}.",
            unlisted[0],
        )


def _first_difference(left: Any, right: Any, path: str = "") -> str:
    """Where two JSON values first differ, as ``a.b[2].c``."""
    if isinstance(left, dict) and isinstance(right, dict):
        for key in sorted(set(left) | set(right)):
            if key not in left or key not in right:
                return f"{path}.{key}".lstrip(".")
            if layout.canonical_json(left[key]) != layout.canonical_json(right[key]):
                return _first_difference(left[key], right[key], f"{path}.{key}")
        return path.lstrip(".")
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        for n, (a, b) in enumerate(zip(left, right, strict=True)):
            if layout.canonical_json(a) != layout.canonical_json(b):
                return _first_difference(a, b, f"{path}[{n}]")
    return path.lstrip(".") or "(top level)"


def _lookup(value: Any, path: str) -> Any:
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        try:
            value = value[int(part[1:-1])] if part.startswith("[") else value[part]
        except (KeyError, IndexError, TypeError):
            return None
    return value


def _parse_peers(data: bytes) -> tuple[Any, str | None]:
    """peers.json strictly read and parsed: the statistics and their technology area."""
    from app.scoring.peers import PeerStatisticsError, parse_peer_statistics

    document = strict_json(data, layout.PEERS_JSON, max_bytes=MAX_PEERS_BYTES)
    try:
        return parse_peer_statistics(document)
    except PeerStatisticsError as exc:
        raise _fail(
            "content", "bad_content", f"peers.json is malformed: {exc}.", layout.PEERS_JSON
        ) from exc


def _bundled_peers(
    carried: tuple[Any, str | None] | None,
    scores: Mapping[str, Any],
    pack: Any,
    technology_area: str | None,
) -> Any:
    """The bundle's peer statistics, checked against the pack and the interview; or None.

    ``carried`` is what ``_parse_peers`` made of its peers.json, when it has one.
    """
    if scores.get("reference") is None:
        if carried is not None:
            raise _fail(
                "content", "bad_content", "peers.json is carried but the scores use no peers."
            )
        return None
    if carried is None:
        raise _fail(
            "content",
            "reference_missing",
            "The scores were compared with peer statistics the bundle does not carry.",
        )
    statistics, area = carried
    if statistics.pack.get("content_hash") != pack.content_hash:
        raise _fail(
            "content",
            "bad_content",
            "peers.json was computed for another questionnaire pack.",
            layout.PEERS_JSON,
        )
    if area != technology_area:
        raise _fail(
            "content",
            "bad_content",
            "peers.json describes another technology area than the interview's.",
            layout.PEERS_JSON,
        )
    return statistics


def _check_rescore(content: _Content) -> ScoreResult:
    from app.scoring.engine import score_interview
    from app.scoring.labels import PreviousBenchmarking, improvement_areas_from, parse_date
    from app.scoring.pack import AnswerError, check_answers

    scores = content.scores
    technology_area = content.interview.get("technology_area")
    area = technology_area if isinstance(technology_area, str) and technology_area else None
    peers = content.peers
    answers = content.answers_doc["answers"]
    label_path = content.label_path
    try:
        check_answers(content.pack, answers)
        previous_doc = label_path["previous"]
        previous = None
        if previous_doc is not None:
            previous = PreviousBenchmarking(
                check_answers(content.pack, previous_doc["answers"]),
                date.fromisoformat(previous_doc["date"]),  # its form is checked by the shape
                previous_doc["interview_uuid"],
            )
    except AnswerError as exc:
        raise _fail(
            "rescore", "answers_invalid", f"An answer does not fit the pack: {exc.user_message}"
        ) from exc
    try:
        improvements = improvement_areas_from(label_path["improvements"])
    except ValueError as exc:
        raise _fail("content", "bad_content", f"label-path.json: {exc}.") from exc
    try:
        result = score_interview(
            content.pack,
            answers,
            reference=peers,
            technology_area=area,
            previous=previous,
            improvements=improvements,
            assessed_on=parse_date(label_path["assessed_on"]),
        )
        recomputed_bytes = layout.canonical_json(result.to_dict())
    except Exception as exc:  # any engine failure on foreign data is a refusal
        raise _fail(
            "rescore", "rescore_failed", f"The scores cannot be recomputed ({exc})."
        ) from exc
    # scores.json passed as canonical: its bytes are the canonical form of what it says.
    if recomputed_bytes != content.scores_bytes:
        recomputed = json.loads(recomputed_bytes)
        where = _first_difference(scores, recomputed)
        claimed = json.dumps(_lookup(scores, where), ensure_ascii=False)[:80]
        actual = json.dumps(_lookup(recomputed, where), ensure_ascii=False)[:80]
        raise _fail(
            "rescore",
            "rescore_mismatch",
            f"The scores do not recompute from the answers and the pack: {where} is "
            f"{claimed} in the bundle but {actual} when recomputed.",
            layout.SCORES_JSON,
        )
    return result


def _check_revision(result: VerificationResult, last: RevisionSource) -> None:
    assert result.interview_uuid is not None
    assert result.revision is not None
    known = last(result.interview_uuid) if callable(last) else last
    if isinstance(known, Mapping):
        other = known.get(result.revision)
        if other is not None and other != result.bundle_id:
            raise _fail(
                "revision",
                "conflicting_revision",
                f"A different bundle of revision {result.revision} of the same interview has "
                "already been imported; ask the expert for a new export.",
            )
        previous = max(known) if known else None
    else:
        previous = known
    if previous is not None and result.revision < previous:
        raise _fail(
            "revision",
            "older_revision",
            f"This is revision {result.revision}, but revision {previous} of the same "
            "interview has already been imported.",
        )


# --- entry points ------------------------------------------------------------------------------


def verify_bundle(
    path: Path | str,
    trusted_keys: TrustedKeys,
    *,
    allow_practice: bool = False,
    last_imported_revision: RevisionSource = None,
    age_identity: Path | str | Sequence[Any] | None = None,
    now: datetime | None = None,
    limits: ZipLimits = DEFAULT_LIMITS,
) -> VerificationResult:
    """Run every check on the bundle at ``path``; stop at the first failure. Never raises."""
    path = Path(path)
    result, _source = _verify(
        path,
        lambda: _open_source(path, age_identity, limits),
        trusted_keys,
        allow_practice=allow_practice,
        last_imported_revision=last_imported_revision,
        now=now or datetime.now(UTC),
        limits=limits,
    )
    return result


def review_bundle(
    path: Path | str,
    trusted_keys: TrustedKeys,
    *,
    allow_practice: bool = False,
    last_imported_revision: RevisionSource = None,
    age_identity: Path | str | Sequence[Any] | None = None,
    now: datetime | None = None,
    limits: ZipLimits = DEFAULT_LIMITS,
) -> tuple[VerificationResult, BundleContents | None]:
    """Verify a bundle and, when every check passed, read it for review. Never raises.

    The file is read once into memory (decrypted when needed), and the contents come from
    the very bytes that were verified, so the file cannot change in between.
    """
    path = Path(path)
    result, source = _verify(
        path,
        lambda: _load_in_memory(path, age_identity, limits),
        trusted_keys,
        allow_practice=allow_practice,
        last_imported_revision=last_imported_revision,
        now=now or datetime.now(UTC),
        limits=limits,
    )
    if not result.ok or source is None:
        return result, None
    return result, _contents(source, limits)


def _load_in_memory(
    path: Path, age_identity: Path | str | Sequence[Any] | None, limits: ZipLimits
) -> tuple[bytes | Path, bool]:
    source, encrypted = _open_source(path, age_identity, limits)
    if isinstance(source, bytes):
        return source, encrypted
    try:
        with source.open("rb") as stream:
            data = stream.read(limits.max_archive_bytes + 1)
    except OSError as exc:
        raise _fail("archive", "unreadable", f"The bundle cannot be read: {exc.strerror}.") from exc
    if len(data) > limits.max_archive_bytes:
        limit = limits.max_archive_bytes // 2**20
        raise _fail("archive", "archive_too_large", f"The bundle is larger than {limit} MB.")
    return data, encrypted


#: The code of a refusal for a failure no check foresaw: the bundle is refused, never let
#: through, and the log keeps the details. Tests reproduce every path that ever led here.
UNEXPECTED_CODE = "unexpected_error"


def _verify(
    path: Path,
    opener: Callable[[], tuple[bytes | Path, bool]],
    trusted_keys: TrustedKeys,
    *,
    allow_practice: bool,
    last_imported_revision: RevisionSource,
    now: datetime,
    limits: ZipLimits,
) -> tuple[VerificationResult, bytes | Path | None]:
    result = VerificationResult(path=path)
    done: list[CheckResult] = []
    source: bytes | Path | None = None
    archive: SafeZip | None = None
    step = CHECKS[0]

    def passed(name: str) -> None:
        nonlocal step
        done.append(CheckResult(name, True))
        step = CHECKS[min(CHECKS.index(name) + 1, len(CHECKS) - 1)]

    try:
        source, result.encrypted = opener()
        archive = SafeZip(source, limits)
        passed("archive")
        bag = _check_bag(archive)
        info = bag.info
        result.files = bag.files
        result.bundle_id = info["Bundle-Id"]
        result.interview_uuid = info["Interview-Id"]
        result.revision = parse_count(info["Revision"], low=1, high=MAX_REVISION)
        result.practice = info["Practice"] == "yes"
        result.draft = info["Draft"] == "yes"
        result.app_version = info["App-Version"]
        result.pack_id = info["Pack-Id"]
        result.pack_version = info["Pack-Version"]
        passed("bag")
        signed_at = _check_signature(bag, result)
        result.signed_at = signed_at
        passed("signature")
        _check_trust(trusted_keys, result, signed_at, now)
        passed("trust")
        if result.practice and not allow_practice:
            raise _fail(
                "practice",
                "practice_bundle",
                "This is a practice bundle; it never leads to a label "
                "(allow practice bundles to check it anyway).",
            )
        passed("practice")
        content = _check_content(bag)
        passed("content")
        result.score_result = _check_rescore(content)
        passed("rescore")
        _check_revision(result, last_imported_revision)
        passed("revision")
    except BundleError as exc:
        # A damaged member found while hashing (bag step) is still an archive failure.
        done = [c for c in done if CHECKS.index(c.name) < CHECKS.index(exc.check)]
        done.append(CheckResult(exc.check, False, exc.code, exc.user_message))
    except AppError as exc:
        log.warning("verification of %s stopped in %s: %s", path.name, step, exc)
        done.append(CheckResult(step, False, "refused", exc.user_message))
    except Exception as exc:
        # Nothing a bundle holds may crash the verifier: refuse, name the step, log the rest.
        log.error("verification of %s failed unexpectedly in %s", path.name, step, exc_info=exc)
        done.append(CheckResult(step, False, UNEXPECTED_CODE, _unexpected_message(step, exc)))
    finally:
        if archive is not None:
            archive.close()
    ran = {c.name for c in done}
    result.checks = done + [CheckResult(name, None) for name in CHECKS if name not in ran]
    result.checks.sort(key=lambda c: CHECKS.index(c.name))
    return result, source


IMPORTED_STATUS = "received"


def import_bundle(
    store: Store,
    path: Path | str,
    trusted_keys: TrustedKeys,
    *,
    allow_practice: bool = False,
    age_identity: Path | str | Sequence[Any] | None = None,
    now: datetime | None = None,
    limits: ZipLimits = DEFAULT_LIMITS,
) -> VerificationResult:
    """Verify a bundle against the supervisor's store and remember it when every check passed.

    A refused bundle leaves the store unchanged. Importing the same bundle again is allowed;
    a revision older than one already imported for the interview is refused.
    """
    result = verify_bundle(
        path,
        trusted_keys,
        allow_practice=allow_practice,
        last_imported_revision=_imported_revisions(store),
        age_identity=age_identity,
        now=now,
        limits=limits,
    )
    if result.ok:
        _remember_import(store, result)
    return result


def review_and_import_bundle(
    store: Store,
    path: Path | str,
    trusted_keys: TrustedKeys,
    *,
    allow_practice: bool = False,
    age_identity: Path | str | Sequence[Any] | None = None,
    now: datetime | None = None,
    limits: ZipLimits = DEFAULT_LIMITS,
) -> tuple[VerificationResult, BundleContents | None]:
    """``review_bundle`` against the supervisor's store, remembering the bundle as
    ``import_bundle`` does; the contents come only when every check passed."""
    result, contents = review_bundle(
        path,
        trusted_keys,
        allow_practice=allow_practice,
        last_imported_revision=_imported_revisions(store),
        age_identity=age_identity,
        now=now,
        limits=limits,
    )
    if contents is not None:
        _remember_import(store, result)
    return result, contents


def _imported_revisions(store: Store) -> Callable[[str], Mapping[int, str]]:
    from app.models import repository as repo

    return lambda interview_uuid: repo.imported_revisions(store, interview_uuid)


def _remember_import(store: Store, result: VerificationResult) -> None:
    """Record a bundle that passed every check; older revisions are refused from then on."""
    from app.models import repository as repo

    assert result.bundle_id is not None
    assert result.interview_uuid is not None
    assert result.revision is not None
    repo.record_imported_bundle(
        store,
        bundle_id=result.bundle_id,
        interview_uuid=result.interview_uuid,
        revision=result.revision,
        signer=result.signer or "",
        status=IMPORTED_STATUS,
    )


# --- review ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceEntry:
    """One evidence file as the bundle lists it."""

    item_id: str
    original_name: str
    media_type: str
    sha256: str
    size: int
    file: str


@dataclass(frozen=True)
class BundleContents:
    """A bundle's content for read-only review; every text is plain data, never mark-up."""

    bundle_id: str
    interview_uuid: str
    revision: int
    practice: bool
    draft: bool
    bag_info: Mapping[str, str]
    interview: Mapping[str, Any]
    answers: Mapping[str, Any]
    notes: Mapping[str, str]
    recommendations: str
    scores: Mapping[str, Any]
    events: Sequence[Mapping[str, Any]]
    pack: Pack
    pack_text: str
    evidence: Sequence[EvidenceEntry]
    report_pdf: bytes | None
    charts: Mapping[str, bytes]
    label_path: Mapping[str, Any]
    _source: bytes | Path = field(repr=False, compare=False)

    def evidence_bytes(self, sha256: str) -> bytes:
        """The bytes of one evidence file (read again from the bundle, checked by hash)."""
        entry = next((e for e in self.evidence if e.sha256 == sha256), None)
        if entry is None:
            raise _fail("content", "evidence_mismatch", "The bundle holds no such evidence.")
        with SafeZip(self._source) as archive:
            if entry.file not in archive:
                raise _fail("bag", "missing_file", f"{entry.file} is missing.", entry.file)
            data = archive.read(entry.file)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise _fail("bag", "manifest_mismatch", f"{entry.file} has changed.", entry.file)
        return data


def read_bundle(
    path: Path | str,
    *,
    age_identity: Path | str | Sequence[Any] | None = None,
    limits: ZipLimits = DEFAULT_LIMITS,
) -> BundleContents:
    """Read a bundle for review after ``verify_bundle`` passed; raises ``BundleError``.

    The structure, manifests and content are checked again (the file may have changed
    since it was verified); the signature is not: ``review_bundle`` does both at once.
    """
    source, _encrypted = _open_source(Path(path), age_identity, limits)
    return _contents(source, limits)


def _contents(source: bytes | Path, limits: ZipLimits) -> BundleContents:
    try:
        with SafeZip(source, limits) as archive:
            bag = _check_bag(archive)
            content = _check_content(bag)
            report = archive.read(layout.REPORT_PDF) if layout.REPORT_PDF in bag.manifest else None
            charts = {
                name: archive.read(layout.CHARTS_DIR + name)
                for name in layout.CHART_NAMES
                if layout.CHARTS_DIR + name in bag.manifest
            }
        doc = content.answers_doc
        notes = doc.get("notes") if isinstance(doc.get("notes"), dict) else {}
        evidence = [
            EvidenceEntry(
                item_id=str(e["item_id"]),
                original_name=str(e["original_name"]),
                media_type=str(e.get("media_type", "")),
                sha256=str(e["sha256"]),
                size=int(e["size"]),
                file=str(e["file"]),
            )
            for e in doc["evidence"]
        ]
        return BundleContents(
            bundle_id=bag.info["Bundle-Id"],
            interview_uuid=bag.info["Interview-Id"],
            revision=parse_count(bag.info["Revision"], low=1, high=MAX_REVISION),
            practice=bag.info["Practice"] == "yes",
            draft=bag.info["Draft"] == "yes",
            bag_info=dict(bag.info),
            interview=content.interview,
            answers=dict(doc["answers"]),
            notes={str(k): str(v) for k, v in (notes or {}).items()},
            recommendations=str(doc.get("recommendations") or ""),
            scores=content.scores,
            events=[e for e in content.events if isinstance(e, dict)],
            pack=content.pack,
            pack_text=content.pack_text,
            evidence=evidence,
            report_pdf=report,
            charts=charts,
            label_path=content.label_path,
            _source=source,
        )
    except BundleError:
        raise
    except Exception as exc:
        log.error("reading a verified bundle failed unexpectedly", exc_info=exc)
        raise _fail("content", UNEXPECTED_CODE, _unexpected_message("content", exc)) from exc


def _unexpected_message(step: str, error: BaseException) -> str:
    title = CHECK_TITLES.get(step, step).lower()
    return (
        f"ClusterBench could not finish the check of {title} ({type(error).__name__}), so "
        "the bundle is refused. The details are in the log; please report them."
    )


def result_for_unreadable(path: Path | str, message: str) -> VerificationResult:
    """A result that failed at the first check (for files that are not even bundles)."""
    return VerificationResult(
        path=Path(path),
        checks=[CheckResult("archive", False, "unreadable", message)]
        + [CheckResult(name, None) for name in CHECKS[1:]],
    )
