"""The verifier never raises, and holds every data file to its complete shape.

Each value read from a bundle or a trusted-keys file goes through a bounded, total parser;
every failure a check did not foresee becomes a refusal with a stable code. Each path that
once escaped (or reached the catch-all) is reproduced here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.cli import run
from app.export import bundle as layout
from app.export.keys import TrustedKeysError, parse_trusted_keys
from app.export.values import parse_count, parse_time
from app.export.verify import UNEXPECTED_CODE, review_bundle, verify_bundle
from app.scoring.pack import Pack
from tests.export.bundle_fixtures import (
    expert_material,
    make_bundle,
    members_of,
    resign,
    trusted,
    write_zip,
)

OVERFLOWING_TIMES = ("9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59")


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory, default_pack: Pack) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("total")
    return members_of(make_bundle(folder, expert_material().signing, default_pack))


def _retagged(members: dict[str, bytes], **info_changes: str) -> dict[str, bytes]:
    """bag-info.txt changed and only the tag manifest updated: no signature is needed."""
    from app.export.verify import parse_bag_info

    info = parse_bag_info(members[layout.BAG_INFO_FILE])
    info.update({label.replace("_", "-"): value for label, value in info_changes.items()})
    bag_info = layout.bag_info_text(info)
    tagmanifest = layout.manifest_text(
        {
            layout.BAGIT_FILE: hashlib.sha256(members[layout.BAGIT_FILE]).hexdigest(),
            layout.BAG_INFO_FILE: hashlib.sha256(bag_info).hexdigest(),
            layout.MANIFEST_FILE: hashlib.sha256(members[layout.MANIFEST_FILE]).hexdigest(),
        }
    )
    return {**members, layout.BAG_INFO_FILE: bag_info, layout.TAGMANIFEST_FILE: tagmanifest}


def _refusal(path: Path) -> tuple[str, str, str]:
    result = verify_bundle(path, trusted())
    assert not result.ok
    failure = result.first_failure
    assert failure is not None
    return failure.name, failure.code, failure.message


@pytest.mark.parametrize("created", OVERFLOWING_TIMES)
def test_a_creation_time_at_the_edge_of_the_calendar_is_refused_not_raised(
    created: str, good: dict[str, bytes], tmp_path: Path
) -> None:
    unsigned = write_zip(tmp_path / "u.zip", _retagged(good, Created=created))
    assert _refusal(unsigned)[:2] == ("bag", "bag_info")
    signed = resign(good, expert_material().signing, info_changes={"Created": created})
    check, code, message = _refusal(write_zip(tmp_path / "s.zip", signed))
    assert (check, code) == ("bag", "bag_info")
    assert "Created" in message


def test_a_revision_in_other_digits_is_refused_by_its_own_check(
    good: dict[str, bytes], tmp_path: Path
) -> None:
    for revision in ("²", "٣", "1 ", "+1", "0", "01x"):
        path = write_zip(tmp_path / "r.zip", _retagged(good, Revision=revision))
        check, code, message = _refusal(path)
        assert (check, code) == ("bag", "bag_info"), (revision, message)
        assert "Revision" in message or "revision" in message


@pytest.mark.parametrize("field", ["valid_from", "valid_until", "revoked_at"])
@pytest.mark.parametrize("moment", OVERFLOWING_TIMES)
def test_a_trusted_keys_date_at_the_edge_of_the_calendar_is_a_clear_error(
    field: str, moment: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = trusted().keys[0].to_dict() | {field: moment}
    if field != "valid_from":
        entry["valid_from"] = "2020-01-01"
    text = json.dumps([entry])
    with pytest.raises(TrustedKeysError, match=field):
        parse_trusted_keys(text)
    keys_file = tmp_path / "trusted.json"
    keys_file.write_text(text, encoding="utf-8")
    bundle = tmp_path / "b.zip"
    bundle.write_bytes(b"not even a bundle")
    assert run(["verify", str(bundle), "--trusted-keys", str(keys_file)]) != 0
    error = capsys.readouterr().err
    assert len(error.splitlines()) == 1
    assert error.startswith("clusterbench: The trusted-keys file")
    assert field in error


def test_parse_time_is_total() -> None:
    assert parse_time("2026-01-05") == datetime(2026, 1, 5, tzinfo=UTC)
    assert parse_time("2026-01-05T10:00:00Z") == datetime(2026, 1, 5, 10, tzinfo=UTC)
    assert parse_time("2026-01-05T12:00:00+02:00") == datetime(2026, 1, 5, 10, tzinfo=UTC)
    assert parse_time("9999-12-31", end_of_day=True).year == 9999
    for bad in (
        *OVERFLOWING_TIMES,
        "２０２６-01-05",
        "2026-02-30",
        "2026-01-05T25:00:00",
        "1" * 10_000,
        "",
        "2026-01-05T10:00:00+99:00",
    ):
        with pytest.raises(ValueError):
            parse_time(bad)


def test_parse_count_reads_ascii_digits_only() -> None:
    assert parse_count("12", low=1, high=100) == 12
    for bad in ("²", "٣", "-1", "1e3", " 1", "", "9" * 40, "0"):
        with pytest.raises(ValueError):
            parse_count(bad, low=1, high=100)


def _edited(members: dict[str, bytes], name: str, edit: Callable[[Any], Any]) -> dict[str, bytes]:
    document = json.loads(members[name])
    replaced = edit(document)
    document = replaced if isinstance(replaced, list) else document
    changed = {**members, name: layout.canonical_json(document)}
    return resign(changed, expert_material().signing)


#: Data files that match the old type checks but lack fields or leave their ranges,
#: each signed by a trusted key; and what the refusal names.
INCOMPLETE: list[tuple[str, Callable[[Any], Any], str]] = [
    ("data/events.json", lambda d: [{"id": 1}], "at of event 1 is missing"),
    ("data/events.json", lambda d: [{**d[0], "id": 0}], "id of event 1"),
    ("data/events.json", lambda d: [{**d[0], "at": "yesterday"}], "at of event 1"),
    ("data/events.json", lambda d: [{**d[0], "kind": "x" * 41}], "kind of event 1"),
    ("data/interview.json", lambda d: d.pop("status"), "status is missing"),
    ("data/interview.json", lambda d: d.update(country="Norway"), "country"),
    ("data/interview.json", lambda d: d.update(mode="rowing"), "mode"),
    ("data/interview.json", lambda d: d.update(cluster_name="C" * 20_000), "cluster_name"),
    ("data/interview.json", lambda d: d.update(created_at="2026-13-01"), "created_at"),
    ("data/answers.json", lambda d: d["evidence"][0].pop("media_type"), "media_type"),
    ("data/answers.json", lambda d: d["evidence"][0].update(size=-1), "size"),
    ("data/answers.json", lambda d: d.pop("recommendations"), "recommendations is missing"),
    ("data/answers.json", lambda d: d["pack"].pop("version"), "version of pack"),
    ("data/answers.json", lambda d: d["notes"].update({"no.such_item": "x"}), "no.such_item"),
    ("data/answers.json", lambda d: d["answers"].update({"Bad Id": 1}), "item id"),
    ("data/scores.json", lambda d: d.pop("radar"), "radar is missing"),
    ("data/scores.json", lambda d: d.update(indicators={}), "indicators"),
]


@pytest.mark.parametrize(("name", "edit", "said"), INCOMPLETE)
def test_every_data_file_is_held_to_its_complete_shape_even_when_trusted(
    name: str,
    edit: Callable[[Any], Any],
    said: str,
    good: dict[str, bytes],
    tmp_path: Path,
) -> None:
    path = write_zip(tmp_path / "b.zip", _edited(good, name, edit))
    check, code, message = _refusal(path)
    assert check == "content", message
    assert code in ("bad_content", "evidence_mismatch"), message
    assert said in message


def test_a_bag_info_label_never_written_is_refused(good: dict[str, bytes], tmp_path: Path) -> None:
    bag_info = good[layout.BAG_INFO_FILE] + b"Contact-Name: x\n"
    tagmanifest = layout.manifest_text(
        {
            layout.BAGIT_FILE: hashlib.sha256(good[layout.BAGIT_FILE]).hexdigest(),
            layout.BAG_INFO_FILE: hashlib.sha256(bag_info).hexdigest(),
            layout.MANIFEST_FILE: hashlib.sha256(good[layout.MANIFEST_FILE]).hexdigest(),
        }
    )
    members = {**good, layout.BAG_INFO_FILE: bag_info, layout.TAGMANIFEST_FILE: tagmanifest}
    check, code, message = _refusal(write_zip(tmp_path / "b.zip", members))
    assert (check, code) == ("bag", "bag_info")
    assert "Contact-Name" in message


def test_an_unforeseen_failure_is_a_refusal_with_a_stable_code(
    good: dict[str, bytes], tmp_path: Path
) -> None:
    path = write_zip(tmp_path / "b.zip", good)

    def broken_history(_interview: str) -> int:
        raise RuntimeError("the supervisor's store went away")

    result = verify_bundle(path, trusted(), last_imported_revision=broken_history)
    failure = result.first_failure
    assert failure is not None
    assert (failure.name, failure.code) == ("revision", UNEXPECTED_CODE)
    assert "refused" in failure.message
    assert [c.passed for c in result.checks] == [True] * 7 + [False]
    reviewed, contents = review_bundle(path, trusted(), last_imported_revision=broken_history)
    assert contents is None
    assert reviewed.first_failure is not None
    assert reviewed.first_failure.code == UNEXPECTED_CODE
