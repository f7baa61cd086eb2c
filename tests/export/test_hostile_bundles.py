"""Hostile bundles: every tampered member and every zip trick is refused with its own code.

The refusals come back as a ``VerificationResult`` naming the first failed check; nothing
raises, and a refused import leaves the supervisor's store as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.export import bundle as layout
from app.export.safezip import BundleError, ZipLimits
from app.export.verify import (
    CHECKS,
    VerificationResult,
    import_bundle,
    read_bundle,
    verify_bundle,
)
from app.scoring.pack import Pack
from tests.export.bundle_fixtures import (
    INTERVIEW_UUID,
    expert_material,
    make_bundle,
    members_of,
    resign,
    sample_input,
    stranger_material,
    trusted,
    write_zip,
)

DATA = "data/"
EVIDENCE_DATA = b"name,sme\nFictional AS,yes\n"
EVIDENCE_NAME = f"data/evidence/{hashlib.sha256(EVIDENCE_DATA).hexdigest()}.csv"


@pytest.fixture(scope="module")
def valid_bundle(tmp_path_factory: pytest.TempPathFactory, default_pack: Pack) -> Path:
    """One good bundle (plain inputs, no store), shared by the module's tests."""
    folder = tmp_path_factory.mktemp("valid")
    return make_bundle(folder, expert_material().signing, default_pack)


@pytest.fixture
def good_members(valid_bundle: Path) -> dict[str, bytes]:
    return members_of(valid_bundle)


def _verify(path: Path, **options: object) -> VerificationResult:
    result = verify_bundle(path, trusted(), **options)  # type: ignore[arg-type]
    # Checks before the failure passed; the failure is named; later ones did not run.
    failure = result.first_failure
    if failure is not None:
        index = CHECKS.index(failure.name)
        assert [c.passed for c in result.checks[:index]] == [True] * index
        assert all(c.passed is None for c in result.checks[index + 1 :])
        assert failure.message
        assert result.summary().startswith(failure.title)
    return result


def _refused(path: Path, check: str, code: str, **options: object) -> VerificationResult:
    result = _verify(path, **options)
    assert not result.ok
    failure = result.first_failure
    assert failure is not None
    assert (failure.name, failure.code) == (check, code), failure.message
    return result


def test_the_valid_bundle_verifies(valid_bundle: Path) -> None:
    result = _verify(valid_bundle)
    assert result.ok, result.summary()
    assert result.interview_uuid == INTERVIEW_UUID
    assert EVIDENCE_NAME in {f.name for f in result.files}


# --- tampered members ---------------------------------------------------------------------


def _flip_last(data: bytes) -> bytes:
    return data[:-1] + bytes([data[-1] ^ 0x01])


TAMPERED_MEMBERS = [
    "data/answers.json",
    "data/scores.json",
    "data/events.json",
    "data/interview.json",
    "data/pack.yaml",
    "data/report.pdf",
    "data/charts/radar.svg",
    EVIDENCE_NAME,
    "bag-info.txt",
    "manifest-sha256.txt",
]


@pytest.mark.parametrize("member", TAMPERED_MEMBERS)
def test_a_changed_member_breaks_the_manifests(
    member: str, good_members: dict[str, bytes], tmp_path: Path
) -> None:
    good_members[member] = _flip_last(good_members[member])
    result = _refused(write_zip(tmp_path / "b.zip", good_members), "bag", "manifest_mismatch")
    assert member in result.first_failure.message  # type: ignore[union-attr]


@pytest.mark.parametrize("member", TAMPERED_MEMBERS[:8])
def test_a_changed_member_with_fixed_manifests_breaks_the_signature(
    member: str, good_members: dict[str, bytes], tmp_path: Path
) -> None:
    good_members[member] = _flip_last(good_members[member])
    fixed = resign(good_members, expert_material().signing)
    # Keep the old signature: the attacker does not hold the expert's key.
    fixed[layout.SIGNATURE_FILE] = good_members[layout.SIGNATURE_FILE]
    if member == EVIDENCE_NAME:
        # Evidence is named by its hash, which no manifest can fix.
        _refused(write_zip(tmp_path / "b.zip", fixed), "bag", "evidence_name")
    else:
        _refused(write_zip(tmp_path / "b.zip", fixed), "signature", "bad_signature")


def test_a_reordered_tag_manifest_breaks_the_signature(
    good_members: dict[str, bytes], tmp_path: Path
) -> None:
    lines = good_members[layout.TAGMANIFEST_FILE].splitlines(keepends=True)
    good_members[layout.TAGMANIFEST_FILE] = b"".join(reversed(lines))
    _refused(write_zip(tmp_path / "b.zip", good_members), "signature", "bad_signature")


def test_a_changed_tag_manifest_hash_is_a_bag_failure(
    good_members: dict[str, bytes], tmp_path: Path
) -> None:
    text = good_members[layout.TAGMANIFEST_FILE]
    good_members[layout.TAGMANIFEST_FILE] = (b"0" if text[:1] != b"0" else b"1") + text[1:]
    _refused(write_zip(tmp_path / "b.zip", good_members), "bag", "manifest_mismatch")


@pytest.mark.parametrize(
    ("line", "code"),
    [(1, "malformed_signature"), (2, "bad_signature"), (3, "bad_signature")],
)
def test_a_changed_signature_is_refused(
    line: int, code: str, good_members: dict[str, bytes], tmp_path: Path
) -> None:
    lines = good_members[layout.SIGNATURE_FILE].decode().split("\n")
    if line == 2:
        lines[line] = lines[line].replace("rev=1", "rev=7")
    else:
        # Swap two base64 characters in the middle: still base64, another signature.
        text = lines[line]
        middle = len(text) // 2
        changed = text[:middle] + ("A" if text[middle] != "A" else "B") + text[middle + 1 :]
        lines[line] = changed if line == 3 else changed[:-1] + "!"
    good_members[layout.SIGNATURE_FILE] = "\n".join(lines).encode()
    _refused(write_zip(tmp_path / "b.zip", good_members), "signature", code)


def test_the_untrusted_comment_is_not_signed(
    good_members: dict[str, bytes], tmp_path: Path
) -> None:
    lines = good_members[layout.SIGNATURE_FILE].decode().split("\n")
    lines[0] = "untrusted comment: edited by anyone, by design"
    good_members[layout.SIGNATURE_FILE] = "\n".join(lines).encode()
    assert _verify(write_zip(tmp_path / "b.zip", good_members)).ok


def test_a_missing_signature_is_refused(good_members: dict[str, bytes], tmp_path: Path) -> None:
    del good_members[layout.SIGNATURE_FILE]
    _refused(write_zip(tmp_path / "b.zip", good_members), "bag", "missing_file")


def test_signed_comment_must_describe_the_bundle(
    good_members: dict[str, bytes], tmp_path: Path
) -> None:
    forged = resign(good_members, expert_material().signing, comment_changes={"rev": "9"})
    _refused(write_zip(tmp_path / "b.zip", forged), "signature", "comment_mismatch")


def test_signer_key_swapped_in_bag_info(good_members: dict[str, bytes], tmp_path: Path) -> None:
    """bag-info names the trusted key, but a stranger signed: the key ids differ."""
    stranger = stranger_material().signing
    forged = resign(good_members, stranger)
    fixed_info = forged[layout.BAG_INFO_FILE].replace(
        stranger.public_key.to_string().encode(),
        expert_material().signing.public_key.to_string().encode(),
    )
    forged = resign({**forged, layout.BAG_INFO_FILE: fixed_info}, stranger)
    forged[layout.BAG_INFO_FILE] = fixed_info
    # The bag now fails first (the tag manifest hashed the stranger's bag-info).
    _refused(write_zip(tmp_path / "b.zip", forged), "bag", "manifest_mismatch")


# --- keys ----------------------------------------------------------------------------------


def test_unknown_signer_key(good_members: dict[str, bytes], tmp_path: Path) -> None:
    forged = resign(good_members, stranger_material().signing)
    result = _refused(write_zip(tmp_path / "b.zip", forged), "trust", "unknown_key")
    assert stranger_material().info.fingerprint in result.first_failure.message  # type: ignore[union-attr]


def test_expired_key(valid_bundle: Path) -> None:
    result = verify_bundle(valid_bundle, trusted(valid_from="2020-01-01", valid_until="2025-12-31"))
    assert result.first_failure is not None
    assert (result.first_failure.name, result.first_failure.code) == ("trust", "key_expired")


def test_key_not_yet_valid(valid_bundle: Path) -> None:
    result = verify_bundle(valid_bundle, trusted(valid_from="2026-02-01"))
    assert result.first_failure is not None
    assert result.first_failure.code == "key_not_yet_valid"


def test_revoked_key(valid_bundle: Path) -> None:
    result = verify_bundle(valid_bundle, trusted(revoked_at="2026-03-01T00:00:00Z"))
    assert result.first_failure is not None
    assert (result.first_failure.name, result.first_failure.code) == ("trust", "key_revoked")
    assert result.signer == "EXP-0001 (fictional)"


def test_no_trusted_keys_at_all(valid_bundle: Path) -> None:
    from app.export.keys import TrustedKeys

    result = verify_bundle(valid_bundle, TrustedKeys())
    assert result.first_failure is not None
    assert result.first_failure.code == "unknown_key"


# --- content checks (the signer's own key, inconsistent content) ------------------------------


def _resigned(members: dict[str, bytes], tmp_path: Path, **changes: bytes) -> Path:
    return write_zip(tmp_path / "b.zip", resign({**members, **changes}, expert_material().signing))


def test_scores_that_do_not_recompute(good_members: dict[str, bytes], tmp_path: Path) -> None:
    scores = layout.canonical_json(
        {**json.loads(good_members["data/scores.json"]), "technology_area": "Other"}
    )
    result = _refused(
        _resigned(good_members, tmp_path, **{"data/scores.json": scores}),
        "rescore",
        "rescore_mismatch",
    )
    assert "technology_area" in result.first_failure.message  # type: ignore[union-attr]


def test_answers_that_do_not_fit_the_pack(good_members: dict[str, bytes], tmp_path: Path) -> None:
    doc = json.loads(good_members["data/answers.json"])
    doc["answers"]["structure.sme_share"] = "sixty-four"
    _refused(
        _resigned(good_members, tmp_path, **{"data/answers.json": layout.canonical_json(doc)}),
        "rescore",
        "answers_invalid",
    )


def test_non_canonical_json(good_members: dict[str, bytes], tmp_path: Path) -> None:
    pretty = json.dumps(json.loads(good_members["data/answers.json"]), indent=2).encode()
    _refused(
        _resigned(good_members, tmp_path, **{"data/answers.json": pretty}),
        "content",
        "not_canonical",
    )


@pytest.mark.parametrize(
    "text",
    [
        b"[" * 200 + b"]" * 200,
        b'{"a":1,"a":2}',
        b'{"a":NaN}',
        b"\xff\xfe",
        b"",
    ],
)
def test_hostile_json(text: bytes, good_members: dict[str, bytes], tmp_path: Path) -> None:
    _refused(
        _resigned(good_members, tmp_path, **{"data/events.json": text}),
        "content",
        "bad_content",
    )


def test_practice_flag_disagreeing_with_the_interview(
    good_members: dict[str, bytes], tmp_path: Path
) -> None:
    forged = resign(good_members, expert_material().signing, info_changes={"Practice": "yes"})
    _refused(
        write_zip(tmp_path / "b.zip", forged),
        "content",
        "practice_mismatch",
        allow_practice=True,
    )


def test_practice_bundles_need_allow_practice(default_pack: Pack, tmp_path: Path) -> None:
    path = make_bundle(tmp_path, expert_material().signing, default_pack, practice=True)
    _refused(path, "practice", "practice_bundle")
    assert _verify(path, allow_practice=True).ok


def test_a_different_pack(good_members: dict[str, bytes], tmp_path: Path) -> None:
    forged = resign(good_members, expert_material().signing, info_changes={"Pack-Version": "9.9"})
    _refused(write_zip(tmp_path / "b.zip", forged), "content", "pack_mismatch")


def test_an_invalid_pack(good_members: dict[str, bytes], tmp_path: Path) -> None:
    _refused(
        _resigned(good_members, tmp_path, **{"data/pack.yaml": b"id: [unclosed\n"}),
        "content",
        "pack_invalid",
    )


def _billion_laughs() -> bytes:
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    for n in range(1, 9):
        lines.append(f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 10) + "]")
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize(
    "text",
    [
        b"[" * 30_000 + b"]" * 30_000,  # crashes libyaml's composer if loaded
        b"items:\n" + b"".join(b" " * n + b"- x:\n" for n in range(0, 200, 2)),
        _billion_laughs(),  # would take minutes to expand and validate
        b"a: &x [*x]\n",
        b"\xff\xfe not text",
    ],
    ids=["deep-flow", "deep-block", "billion-laughs", "self-alias", "not-utf8"],
)
def test_hostile_pack_yaml(text: bytes, good_members: dict[str, bytes], tmp_path: Path) -> None:
    def stored(info: zipfile.ZipInfo) -> None:
        info.compress_type = zipfile.ZIP_STORED

    members = resign({**good_members, "data/pack.yaml": text}, expert_material().signing)
    path = write_zip(tmp_path / "b.zip", members, tweak=stored)
    _refused(path, "content", "pack_invalid")
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    assert caught.value.code == "pack_invalid"


def test_unlisted_evidence(good_members: dict[str, bytes], tmp_path: Path) -> None:
    extra = b"not referred to by any answer"
    name = f"data/evidence/{hashlib.sha256(extra).hexdigest()}.txt"
    _refused(_resigned(good_members, tmp_path, **{name: extra}), "content", "evidence_mismatch")


def test_evidence_not_named_by_its_hash(good_members: dict[str, bytes], tmp_path: Path) -> None:
    name = "data/evidence/" + "0" * 64 + ".txt"
    _refused(_resigned(good_members, tmp_path, **{name: b"x"}), "bag", "evidence_name")


def test_a_file_bundles_never_carry(good_members: dict[str, bytes], tmp_path: Path) -> None:
    _refused(
        _resigned(good_members, tmp_path, **{"data/run-me.sh": b"echo hi\n"}),
        "bag",
        "extra_file",
    )


def test_an_interview_mismatch(good_members: dict[str, bytes], tmp_path: Path) -> None:
    forged = resign(
        good_members,
        expert_material().signing,
        info_changes={"Interview-Id": "00000000-0000-4000-8000-000000000000"},
    )
    _refused(write_zip(tmp_path / "b.zip", forged), "content", "interview_mismatch")


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Revision", "0"),
        ("Revision", "two"),
        ("Bundle-Id", "not-a-uuid"),
        ("Practice", "maybe"),
        ("Created", "yesterday"),
        ("Bundle-Format", "clusterbench-bundle/99"),
    ],
)
def test_bad_bag_info_values(
    label: str, value: str, good_members: dict[str, bytes], tmp_path: Path
) -> None:
    forged = resign(good_members, expert_material().signing, info_changes={label: value})
    _refused(write_zip(tmp_path / "b.zip", forged), "bag", "bag_info")


def test_payload_oxum_mismatch(good_members: dict[str, bytes], tmp_path: Path) -> None:
    forged = resign(good_members, expert_material().signing, info_changes={"Payload-Oxum": "1.1"})
    _refused(write_zip(tmp_path / "b.zip", forged), "bag", "oxum_mismatch")


def test_bad_bagit_declaration(good_members: dict[str, bytes], tmp_path: Path) -> None:
    good_members["bagit.txt"] = b"BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n"
    _refused(write_zip(tmp_path / "b.zip", good_members), "bag", "bag_declaration")


# --- revisions -----------------------------------------------------------------------------


def test_older_revision_than_one_imported(default_pack: Pack, tmp_path: Path) -> None:
    signing = expert_material().signing
    first = make_bundle(tmp_path, signing, default_pack, name="r1.zip", revision=1)
    second = make_bundle(tmp_path, signing, default_pack, name="r2.zip", revision=2)
    assert _verify(second, last_imported_revision=1).ok
    result = _refused(first, "revision", "older_revision", last_imported_revision=2)
    assert "revision 2" in result.first_failure.message  # type: ignore[union-attr]
    assert _verify(first, last_imported_revision=lambda uuid: None).ok


# --- zip structure -------------------------------------------------------------------------


def _with(members: dict[str, bytes], *extra: tuple[str, bytes]) -> list[tuple[str, bytes]]:
    return [*members.items(), *extra]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("../x", "path_traversal"),
        ("data/../../x", "path_traversal"),
        ("/x", "absolute_path"),
        ("/etc/passwd", "absolute_path"),
        ("C:/x", "absolute_path"),
        ("data\\x", "path_traversal"),
        ("data/", "directory_entry"),
        ("data/.hidden", "bad_name"),
        ("data/na me.txt", "bad_name"),
    ],
)
def test_hostile_member_names(
    name: str, code: str, good_members: dict[str, bytes], tmp_path: Path
) -> None:
    path = write_zip(tmp_path / "b.zip", _with(good_members, (name, b"x")))
    _refused(path, "archive", code)


def test_non_ascii_member_name(good_members: dict[str, bytes], tmp_path: Path) -> None:
    path = write_zip(tmp_path / "b.zip", _with(good_members, ("data/ünï.txt", b"x")))
    _refused(path, "archive", "bad_name")


def test_symlink_member(good_members: dict[str, bytes], tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "b.zip", _with(good_members, ("data/link", b"/etc/passwd")), mode=0o120777
    )
    _refused(path, "archive", "symlink")


def test_symlink_member_alone_among_regular_files(
    good_members: dict[str, bytes], tmp_path: Path
) -> None:
    def tweak(info: zipfile.ZipInfo) -> None:
        if info.filename == "data/pack.yaml":
            info.external_attr = 0o120777 << 16

    path = write_zip(tmp_path / "b.zip", good_members, tweak=tweak)
    result = _refused(path, "archive", "symlink")
    assert "data/pack.yaml" in result.first_failure.message  # type: ignore[union-attr]


def test_duplicate_names(good_members: dict[str, bytes], tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "b.zip", _with(good_members, ("data/answers.json", b'{"forged":true}'))
    )
    _refused(path, "archive", "duplicate_name")


def test_case_colliding_names(good_members: dict[str, bytes], tmp_path: Path) -> None:
    path = write_zip(tmp_path / "b.zip", _with(good_members, ("data/Answers.json", b"{}")))
    _refused(path, "archive", "case_collision")


def test_extra_file(good_members: dict[str, bytes], tmp_path: Path) -> None:
    path = write_zip(tmp_path / "b.zip", _with(good_members, ("data/extra.txt", b"hello")))
    _refused(path, "bag", "extra_file")


def test_extra_tag_file(good_members: dict[str, bytes], tmp_path: Path) -> None:
    path = write_zip(tmp_path / "b.zip", _with(good_members, ("notes.txt", b"hello")))
    _refused(path, "bag", "extra_file")


@pytest.mark.parametrize("member", ["data/scores.json", EVIDENCE_NAME, "bagit.txt"])
def test_missing_file(member: str, good_members: dict[str, bytes], tmp_path: Path) -> None:
    del good_members[member]
    _refused(write_zip(tmp_path / "b.zip", good_members), "bag", "missing_file")


def test_too_many_members(good_members: dict[str, bytes], tmp_path: Path) -> None:
    extra = [(f"data/filler-{n}.txt", b"x") for n in range(500)]
    path = write_zip(tmp_path / "b.zip", _with(good_members, *extra))
    _refused(path, "archive", "too_many_members")


def test_oversized_member(good_members: dict[str, bytes], tmp_path: Path) -> None:
    big = os.urandom(1024) * 1024  # 1 MiB that deflates well under the ratio limit
    path = write_zip(tmp_path / "b.zip", _with(good_members, ("data/big.bin", big)))
    limits = ZipLimits(max_member_bytes=512 * 1024)
    result = _refused(path, "archive", "member_too_large", limits=limits)
    assert "data/big.bin" in result.first_failure.message  # type: ignore[union-attr]


def test_oversized_member_with_default_limits(
    good_members: dict[str, bytes], tmp_path: Path
) -> None:
    def tweak(info: zipfile.ZipInfo) -> None:
        info.compress_type = zipfile.ZIP_STORED

    big = b"\0" * (50 * 2**20 + 1)
    path = write_zip(tmp_path / "b.zip", _with(good_members, ("data/big.bin", big)), tweak=tweak)
    _refused(path, "archive", "member_too_large")


def test_zip_bomb_ratio(good_members: dict[str, bytes], tmp_path: Path) -> None:
    bomb = b"\0" * (20 * 2**20)
    path = write_zip(tmp_path / "b.zip", _with(good_members, ("data/bomb.bin", bomb)))
    assert path.stat().st_size < 200_000
    _refused(path, "archive", "compression_ratio")


def test_archive_larger_than_the_limit(valid_bundle: Path) -> None:
    limits = ZipLimits(max_archive_bytes=1024)
    result = verify_bundle(valid_bundle, trusted(), limits=limits)
    assert result.first_failure is not None
    assert result.first_failure.code == "archive_too_large"


def _declared_size_lie(data: bytes, name: str, delta: int) -> bytes:
    """Change ``name``'s uncompressed size in both headers (so they still agree)."""
    buffer = bytearray(data)
    raw = name.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := buffer.find(signature, start)) != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if buffer[name_at : name_at + len(raw)] == raw:
                size = int.from_bytes(buffer[start + offset : start + offset + 4], "little")
                buffer[start + offset : start + offset + 4] = (size + delta).to_bytes(4, "little")
            start += 4
    return bytes(buffer)


def test_member_inflating_to_more_than_declared(
    good_members: dict[str, bytes], tmp_path: Path
) -> None:
    path = write_zip(tmp_path / "b.zip", good_members)
    path.write_bytes(_declared_size_lie(path.read_bytes(), "data/answers.json", -10))
    _refused(path, "archive", "corrupt_member")


def test_local_and_central_headers_disagree(valid_bundle: Path, tmp_path: Path) -> None:
    data = bytearray(valid_bundle.read_bytes())
    local = data.find(b"PK\x03\x04")
    data[local + 10] ^= 0x01  # modification time in the first local header only
    path = tmp_path / "b.zip"
    path.write_bytes(bytes(data))
    _refused(path, "archive", "header_mismatch")


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "b.zip"
    path.write_bytes(b"%PDF-1.4 this is not a bundle\n" * 10)
    _refused(path, "archive", "not_a_zip")
    empty = tmp_path / "empty.zip"
    empty.write_bytes(b"")
    _refused(empty, "archive", "not_a_zip")


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_truncated_zip(keep: float, valid_bundle: Path, tmp_path: Path) -> None:
    data = valid_bundle.read_bytes()
    path = tmp_path / "b.zip"
    path.write_bytes(data[: int(len(data) * keep)])
    result = _verify(path)
    assert result.first_failure is not None
    assert result.first_failure.name == "archive"
    assert result.first_failure.code in ("not_a_zip", "truncated")


def test_data_appended_after_the_zip(valid_bundle: Path, tmp_path: Path) -> None:
    path = tmp_path / "b.zip"
    path.write_bytes(valid_bundle.read_bytes() + b"trailing")
    _refused(path, "archive", "not_a_zip")


def test_data_prepended_before_the_zip(valid_bundle: Path, tmp_path: Path) -> None:
    path = tmp_path / "b.zip"
    path.write_bytes(b"MZ" + valid_bundle.read_bytes())
    _refused(path, "archive", "unexpected_data")


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    _refused(tmp_path / "nothing-here.zip", "archive", "unreadable")
    _refused(tmp_path, "archive", "unreadable")


def test_encrypted_bundle_needs_the_identity(default_pack: Pack, tmp_path: Path) -> None:
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    other = pyrage.x25519.Identity.generate()
    path = layout.build_bundle(
        sample_input(default_pack),
        expert_material().signing,
        tmp_path / "b.zip.age",
        encrypt_to=str(identity.to_public()),
    )
    assert path.read_bytes().startswith(b"age-encryption.org/v1\n")
    _refused(path, "archive", "encrypted")
    _refused(path, "archive", "decryption_failed", age_identity=[other])
    result = _verify(path, age_identity=[identity])
    assert result.ok, result.summary()
    assert result.encrypted
    not_a_key = tmp_path / "identity.txt"
    not_a_key.write_text("AGE-SECRET-KEY-1NOTAKEY\n")
    _refused(path, "archive", "identity_unreadable", age_identity=not_a_key)
    cut = tmp_path / "cut.zip.age"
    cut.write_bytes(path.read_bytes()[:-100])
    _refused(cut, "archive", "decryption_failed", age_identity=[identity])


# --- a refused import leaves the store unchanged --------------------------------------------


def _row_counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            for table in tables
        }


HOSTILE: list[tuple[str, Callable[[dict[str, bytes]], list[tuple[str, bytes]]]]] = [
    ("traversal", lambda m: _with(m, ("../x", b"x"))),
    ("duplicate", lambda m: _with(m, ("data/answers.json", b"{}"))),
    ("tampered", lambda m: _with({**m, "data/answers.json": _flip_last(m["data/answers.json"])})),
    ("stranger", lambda m: list(resign(m, stranger_material().signing).items())),
]


@pytest.mark.parametrize(("label", "build"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_refused_import_leaves_the_store_unchanged(
    label: str,
    build: Callable[[dict[str, bytes]], list[tuple[str, bytes]]],
    store,  # type: ignore[no-untyped-def]
    good_members: dict[str, bytes],
    valid_bundle: Path,
    tmp_path: Path,
) -> None:
    from app.models import repository as repo

    assert import_bundle(store, valid_bundle, trusted()).ok
    before = _row_counts(store.path)
    assert before["imported_bundles"] == 1
    hostile = write_zip(tmp_path / f"{label}.zip", build(dict(good_members)))
    result = import_bundle(store, hostile, trusted())
    assert not result.ok
    assert _row_counts(store.path) == before
    assert repo.last_imported_revision(store, INTERVIEW_UUID) == 1


def test_refused_older_import_leaves_the_store_unchanged(
    store,  # type: ignore[no-untyped-def]
    default_pack: Pack,
    tmp_path: Path,
) -> None:
    signing = expert_material().signing
    first = make_bundle(tmp_path, signing, default_pack, name="r1.zip", revision=1)
    second = make_bundle(tmp_path, signing, default_pack, name="r2.zip", revision=2)
    assert import_bundle(store, second, trusted()).ok
    before = _row_counts(store.path)
    result = import_bundle(store, first, trusted())
    assert result.first_failure is not None
    assert result.first_failure.code == "older_revision"
    assert _row_counts(store.path) == before


# --- random damage -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reference_contents(valid_bundle: Path) -> tuple[bytes, bytes, bytes]:
    contents = read_bundle(valid_bundle)
    return (
        layout.canonical_json(dict(contents.answers)),
        layout.canonical_json(dict(contents.scores)),
        layout.canonical_json(dict(contents.bag_info)),
    )


_MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.integers(min_value=0), st.integers(1, 255)),
    st.tuples(st.just("truncate"), st.integers(min_value=0), st.just(0)),
    st.tuples(st.just("insert"), st.integers(min_value=0), st.integers(0, 255)),
    st.tuples(st.just("delete"), st.integers(min_value=0), st.just(0)),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(mutations=st.lists(_MUTATION, min_size=1, max_size=4))
def test_random_damage_is_refused_or_harmless(
    mutations: list[tuple[str, int, int]],
    valid_bundle: Path,
    reference_contents: tuple[bytes, bytes, bytes],
    tmp_path: Path,
) -> None:
    data = bytearray(valid_bundle.read_bytes())
    for kind, position, value in mutations:
        at = position % (len(data) or 1)
        if kind == "flip" and data:
            data[at] ^= value
        elif kind == "truncate":
            del data[at:]
        elif kind == "insert":
            data.insert(at, value)
        elif kind == "delete" and data:
            del data[at]
    path = tmp_path / "mutated.zip"
    path.write_bytes(bytes(data))
    result = verify_bundle(path, trusted())
    if result.ok:
        # Only unsigned container bytes (say, a zip header's "made by" field) may differ:
        # what a supervisor reads must be exactly what was signed.
        contents = read_bundle(path)
        assert (
            layout.canonical_json(dict(contents.answers)),
            layout.canonical_json(dict(contents.scores)),
            layout.canonical_json(dict(contents.bag_info)),
        ) == reference_contents
    else:
        failure = result.first_failure
        assert failure is not None
        assert failure.code
        assert failure.message
        assert result.to_dict()["ok"] is False


@settings(max_examples=30, deadline=None)
@given(blob=st.binary(max_size=2048))
def test_random_bytes_are_refused(blob: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.zip"
        path.write_bytes(blob)
        result = verify_bundle(path, trusted())
    assert not result.ok
    assert result.first_failure is not None
    assert result.first_failure.name == "archive"


def _local_record(name: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(data)
    header = struct.pack(
        "<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0, crc, len(data), len(data), len(name), 0
    )
    return header + name + data


def _central_record(name: bytes, data: bytes, offset: int) -> bytes:
    crc = zlib.crc32(data)
    return (
        struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            0x031E,
            20,
            0,
            0,
            0,
            0,
            crc,
            len(data),
            len(data),
            len(name),
            0,
            0,
            0,
            0,
            0o100644 << 16,
            offset,
        )  # fmt: skip
        + name
    )


def test_overlapping_members(tmp_path: Path) -> None:
    """A member hidden inside another one's data: the quoted-overlap zip bomb shape."""
    inner_name, inner_data = b"data/inner.txt", b"hidden"
    inner = _local_record(inner_name, inner_data)
    outer_name = b"data/outer.bin"
    outer = _local_record(outer_name, inner)
    directory = _central_record(outer_name, inner, 0) + _central_record(
        inner_name, inner_data, 30 + len(outer_name)
    )
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 2, 2, len(directory), len(outer), 0)
    path = tmp_path / "overlap.zip"
    path.write_bytes(outer + directory + end)
    _refused(path, "archive", "overlapping_members")


def test_signature_time_in_the_future(good_members: dict[str, bytes], tmp_path: Path) -> None:
    forged = resign(
        good_members, expert_material().signing, info_changes={"Created": "2099-01-01T00:00:00Z"}
    )
    _refused(write_zip(tmp_path / "b.zip", forged), "trust", "signed_in_future")


def test_revision_out_of_range(good_members: dict[str, bytes], tmp_path: Path) -> None:
    forged = resign(good_members, expert_material().signing, info_changes={"Revision": "9" * 40})
    _refused(write_zip(tmp_path / "b.zip", forged), "bag", "bag_info")


def _edited(members: dict[str, bytes], name: str, edit: Callable[[Any], None]) -> bytes:
    document = json.loads(members[name])
    edit(document)
    return layout.canonical_json(document)


@pytest.mark.parametrize(
    ("name", "edit", "said"),
    [
        ("data/interview.json", lambda d: d.update(script="<img src=x>"), "unknown field"),
        ("data/interview.json", lambda d: d.update(cluster_name=["a"]), "cluster_name"),
        ("data/interview.json", lambda d: d.update(fictional="yes"), "fictional"),
        ("data/answers.json", lambda d: d["notes"].update(x={"text": 1}), "note"),
        ("data/answers.json", lambda d: d.update(version=2), "version"),
        ("data/answers.json", lambda d: d.update(recommendations=None), "recommendations"),
        ("data/answers.json", lambda d: d["evidence"][0].update(size=True), "evidence"),
        ("data/events.json", lambda d: d[0].update(id="1"), "event 1"),
        ("data/events.json", lambda d: d.append("not an event"), "event 2"),
    ],
)
def test_fields_of_the_wrong_type(
    name: str,
    edit: Callable[[Any], None],
    said: str,
    good_members: dict[str, bytes],
    tmp_path: Path,
) -> None:
    path = _resigned(good_members, tmp_path, **{name: _edited(good_members, name, edit)})
    result = _refused(path, "content", "bad_content")
    assert said in result.first_failure.message  # type: ignore[union-attr]


def test_a_different_bundle_of_an_imported_revision_is_refused(
    store,  # type: ignore[no-untyped-def]
    default_pack: Pack,
    tmp_path: Path,
) -> None:
    signing = expert_material().signing
    first = make_bundle(tmp_path, signing, default_pack, name="a.zip", revision=1)
    # The same revision again, but a new bundle id.
    again = make_bundle(tmp_path, signing, default_pack, name="b.zip", revision=1)
    assert import_bundle(store, first, trusted()).ok
    assert import_bundle(store, first, trusted()).ok  # the same bundle again is fine
    before = _row_counts(store.path)
    result = import_bundle(store, again, trusted())
    assert result.first_failure is not None
    assert result.first_failure.code == "conflicting_revision"
    assert "different bundle of revision 1" in result.first_failure.message
    assert _row_counts(store.path) == before
