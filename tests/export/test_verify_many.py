"""Checking many bundles: a folder on the command line, and what is parsed once.

Bundles of one pack, scored against one reference set, carry the same pack text and peer
statistics: the verifier checks and parses each of those once per process (by the SHA-256
the manifest gives, checked against the bytes) and remembers which packs passed the
schema. Nothing else is carried over from one bundle to the next: every other check runs
for every bundle, and a bundle that differs in anything is judged on its own.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.cli import run
from app.export import keys, pack_memo
from app.export.keys import SigningKey, TrustedKeys
from app.export.verify import _PARSED, verify_bundle
from app.scoring.pack import Pack, schema_digest
from app.scoring.peers import peer_statistics
from app.scoring.reference import default_reference
from tests.export.bundle_fixtures import (
    TECHNOLOGY_AREA,
    expert_material,
    make_bundle,
    members_of,
    resign,
    sample_input,
    write_zip,
)


@pytest.fixture
def trusted_file(tmp_path: Path) -> Path:
    entry = keys.trusted_entry_for(
        expert_material().info, "EXP-0001 (fictional)", valid_from="2020-01-01"
    )
    return keys.save_trusted_keys([entry], tmp_path / "trusted-experts.json")


def peer_bundle(
    folder: Path, signing: SigningKey, pack: Pack, name: str, answers: dict[str, Any] | None = None
) -> Path:
    """A bundle scored against the shipped reference set: it carries peer statistics."""
    from app.scoring.engine import score_interview

    answers = answers if answers is not None else dict(sample_input(pack).answers)
    statistics = peer_statistics(default_reference(), pack)
    scores = score_interview(pack, answers, statistics, TECHNOLOGY_AREA).to_dict()
    return make_bundle(
        folder, signing, pack, name, answers=answers, scores=scores,
        peer_statistics=statistics.to_dict(TECHNOLOGY_AREA),
    )  # fmt: skip


def test_verify_takes_a_folder_and_checks_each_bundle_in_it(
    expert_signing: SigningKey,
    default_pack: Pack,
    trusted_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "received"
    folder.mkdir()
    first = make_bundle(folder, expert_signing, default_pack, "b-first.zip")
    second = make_bundle(folder, expert_signing, default_pack, "a-second.zip", revision=2)
    (folder / "notes.txt").write_text("not a bundle")
    (folder / ".clusterbench-export-x.zip").write_bytes(b"an export's work file")
    (folder / "sub").mkdir()
    shutil.copy(first, folder / "sub" / "inside.zip")  # sub-folders are not searched
    assert run(["verify", str(folder), "--trusted-keys", str(trusted_file), "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert [r["path"] for r in results] == [str(second), str(first)]
    assert all(r["ok"] for r in results)
    # A folder and a file together; a damaged bundle in the folder fails alone.
    damaged = folder / "c-damaged.zip"
    damaged.write_bytes(first.read_bytes()[:-40])
    assert run(["verify", str(folder), str(first), "--trusted-keys", str(trusted_file)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["OK", "OK", "FAILED", "OK"]
    assert lines[2].startswith(f"FAILED {damaged}: Archive structure:")


def test_a_folder_without_bundles_is_bad_input(
    trusted_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.txt").write_text("nothing here")
    assert run(["verify", str(empty), "--trusted-keys", str(trusted_file)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"clusterbench: The folder {empty} holds no bundle (*.zip or *.age)."


def test_peer_statistics_are_parsed_once_and_checked_for_each_bundle(
    expert_signing: SigningKey,
    expert_trusted: TrustedKeys,
    default_pack: Pack,
    tmp_path: Path,
) -> None:
    _PARSED.clear()
    one = peer_bundle(tmp_path, expert_signing, default_pack, "one.zip")
    other_answers = {**sample_input(default_pack).answers, "structure.sme_share": 12.0}
    two = peer_bundle(tmp_path, expert_signing, default_pack, "two.zip", answers=other_answers)
    first = verify_bundle(one, expert_trusted)
    assert first.ok, first.summary()
    cached = dict(_PARSED)
    assert {member for member, _digest in cached} == {"data/pack.yaml", "data/peers.json"}
    second = verify_bundle(two, expert_trusted)
    assert second.ok, second.summary()
    assert dict(_PARSED) == cached  # the same statistics and pack, parsed once
    # The same statistics in a bundle of another technology area are refused for it.
    members = members_of(two)
    interview = json.loads(members["data/interview.json"])
    interview["technology_area"] = "Biotechnology"
    from app.export.bundle import canonical_json

    members["data/interview.json"] = canonical_json(interview)
    moved = write_zip(tmp_path / "moved.zip", resign(members, expert_signing))
    refused = verify_bundle(moved, expert_trusted)
    assert not refused.ok
    failure = refused.first_failure
    assert failure is not None
    assert "another technology area" in failure.message
    # Statistics that differ are parsed (and judged) on their own.
    members = members_of(one)
    peers = json.loads(members["data/peers.json"])
    peers["min_group_size"] = "five"
    members["data/peers.json"] = canonical_json(peers)
    broken = write_zip(tmp_path / "broken.zip", resign(members, expert_signing))
    refused = verify_bundle(broken, expert_trusted)
    failure = refused.first_failure
    assert failure is not None
    assert (failure.name, failure.code) == ("content", "bad_content")
    assert "peers.json is malformed" in failure.message


def test_a_pack_that_passed_the_schema_is_remembered_and_every_other_check_still_runs(
    expert_signing: SigningKey,
    expert_trusted: TrustedKeys,
    default_pack: Pack,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    _PARSED.clear()
    bundle = make_bundle(tmp_path, expert_signing, default_pack)
    assert verify_bundle(bundle, expert_trusted).ok
    memo = data_dir / "cache" / pack_memo.MEMO_FILE
    assert memo.read_text().splitlines() == [
        f"{schema_digest()} {default_pack.content_hash} legacy"
    ]
    # In another process (the cache of parsed packs empty), the memo spares the schema
    # pass: a bundle naming another pack than the one it carries is still refused.
    _PARSED.clear()
    members = members_of(bundle)
    info = members["bag-info.txt"].replace(
        b"Pack-Version: " + default_pack.version.encode(), b"Pack-Version: 9.9.9"
    )
    members["bag-info.txt"] = info
    renamed = write_zip(tmp_path / "renamed.zip", resign(members, expert_signing))
    refused = verify_bundle(renamed, expert_trusted)
    failure = refused.first_failure
    assert failure is not None
    assert failure.code == "pack_mismatch"
    # A pack that fails the schema is refused each time and never remembered.
    _PARSED.clear()
    members = members_of(bundle)
    pack_text = members["data/pack.yaml"].decode()
    members["data/pack.yaml"] = pack_text.replace("type: yes_no", "type: yes_or_no", 1).encode()
    invalid = write_zip(tmp_path / "invalid.zip", resign(members, expert_signing))
    for _ in range(2):
        _PARSED.clear()
        refused = verify_bundle(invalid, expert_trusted)
        failure = refused.first_failure
        assert failure is not None
        assert failure.code == "pack_invalid"
        assert "yes_or_no" in failure.message
    assert len(memo.read_text().splitlines()) == 1


def test_a_damaged_memo_only_costs_the_schema_pass(
    expert_signing: SigningKey,
    expert_trusted: TrustedKeys,
    default_pack: Pack,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    memo = data_dir / "cache" / pack_memo.MEMO_FILE
    memo.parent.mkdir()
    memo.write_bytes(b"\xff\xfe garbage\n" + b"x" * 64 + b" " + b"y" * 64 + b" legacy\n")
    pack_memo._known.clear()
    _PARSED.clear()
    assert verify_bundle(make_bundle(tmp_path, expert_signing, default_pack), expert_trusted).ok
    assert memo.read_text(errors="replace").splitlines()[-1] == (
        f"{schema_digest()} {default_pack.content_hash} legacy"
    )
