"""Bundles of format 2: aggregated peer statistics instead of rows, the label path, drafts."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.cli import run
from app.export import bundle as layout
from app.export.export_interview import DraftExportError, export_interview
from app.export.keys import SigningKey, TrustedKeys
from app.export.verify import CHECKS, VerificationResult, read_bundle, verify_bundle
from app.models import repository as repo
from app.scoring.pack import Pack
from app.scoring.peers import peer_statistics
from app.scoring.reference import ReferenceSet, default_reference, parse_reference
from app.scoring.taxonomy import TECHNOLOGY_AREAS
from tests.export.bundle_fixtures import (
    PASSPHRASE,
    expert_material,
    make_bundle,
    members_of,
    resign,
    sample_input,
    trusted,
    write_zip,
)
from tests.models.label_path_fixtures import EXPERT, benchmarked_twice

ROW_ID = "ROWID-{n:06d}-fictional-{area}"


def _distinctive_reference() -> tuple[ReferenceSet, list[dict[str, Any]]]:
    """The shipped synthetic set with a recognisable id on every row (ids are optional)."""
    reference = default_reference()
    document = json.loads(Path(reference.source).read_bytes())
    for n, row in enumerate(document["clusters"]):
        row["id"] = ROW_ID.format(n=n, area=row["country"])
    document["id"] = "leak-test"
    data = json.dumps(document).encode()
    return parse_reference(data, "leak-test"), document["clusters"]


def _texts(path: Path) -> dict[str, str]:
    """Every member as searchable text; the report PDF's text as pypdf extracts it."""
    texts = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith(".pdf"):
                reader = PdfReader(io.BytesIO(data))
                texts[name] = "\n".join(page.extract_text() or "" for page in reader.pages)
            else:
                texts[name] = data.decode("utf-8", errors="replace")
    return texts


def _row_patterns(values: list[Any]) -> list[str]:
    """How a row of values could appear: as JSON (any spacing) or joined by commas."""
    numbers = [json.dumps(v) for v in values]
    return [
        json.dumps(values, separators=(",", ":")),
        json.dumps(values),
        ",".join(numbers),
        ", ".join(numbers),
    ]


def test_a_bundle_carries_no_reference_cluster_row_id_or_name(
    store,  # type: ignore[no-untyped-def]
    answered_interview: int,
    expert_signing: SigningKey,
    expert_trusted: TrustedKeys,
    tmp_path: Path,
) -> None:
    reference, rows = _distinctive_reference()
    path = export_interview(
        store, answered_interview, tmp_path, passphrase=PASSPHRASE, reference=reference
    )
    result = verify_bundle(path, expert_trusted)
    assert result.ok, result.summary()
    texts = _texts(path)
    assert "data/peers.json" in texts
    assert "data/reference.json" not in texts
    everything = "\n".join(texts.values())
    assert "ROWID-" not in everything
    for row in rows:
        values = row["values"]
        for pattern in _row_patterns(values):
            assert pattern not in everything, row["id"]
        # Not even a run of four of a row's values, in order, anywhere.
        run4 = ",".join(json.dumps(v) for v in values[4:8])
        assert run4 not in everything.replace(" ", ""), row["id"]
    peers = json.loads(texts["data/peers.json"])
    for forbidden in ("clusters", "country", "label", "year", "technology_areas"):
        assert f'"{forbidden}"' not in texts["data/peers.json"], forbidden
    assert peers["groups"]["technology_area"]["area"] == "ICT"
    assert peers["reference"]["id"] == "leak-test"
    assert peers["reference"]["size"] == len(rows)
    # The scores came from these very aggregates, as verify recomputes them.
    scores = json.loads(texts["data/scores.json"])
    assert scores["peers"]["groups"]["technology_area"]["size"] == sum(
        1 for row in rows if row["technology_area"] == "ICT"
    )


def test_a_bundle_carries_three_groups_only(default_pack: Pack) -> None:
    document = peer_statistics(default_reference(), default_pack).to_dict("ICT")
    other_areas = [a for a in TECHNOLOGY_AREAS if a != "ICT"]
    text = json.dumps(document)
    assert not any(f'"{area}"' in text for area in other_areas)


# --- verify recomputes from the aggregates ------------------------------------------------------


@pytest.fixture(scope="module")
def peer_bundle(tmp_path_factory: pytest.TempPathFactory, default_pack: Pack) -> Path:
    """A bundle made from plain inputs whose scores use the shipped set's aggregates."""
    from app.scoring.engine import score_interview
    from tests.export.bundle_fixtures import ANSWERS, TECHNOLOGY_AREA

    statistics = peer_statistics(default_reference(), default_pack)
    scores = score_interview(default_pack, ANSWERS, statistics, TECHNOLOGY_AREA).to_dict()
    folder = tmp_path_factory.mktemp("peers")
    return make_bundle(
        folder,
        expert_material().signing,
        default_pack,
        scores=scores,
        peer_statistics=statistics.to_dict(TECHNOLOGY_AREA),
    )


def _first_failure(path: Path) -> tuple[str, str, str]:
    result = verify_bundle(path, trusted())
    failure = result.first_failure
    assert failure is not None, "the tampered bundle verified"
    return failure.name, failure.code, failure.message


def _resigned(members: dict[str, bytes], tmp_path: Path, **changes: bytes) -> Path:
    return write_zip(tmp_path / "b.zip", resign({**members, **changes}, expert_material().signing))


def test_the_peer_bundle_verifies(peer_bundle: Path) -> None:
    result = verify_bundle(peer_bundle, trusted())
    assert result.ok, result.summary()


def test_changed_statistics_do_not_recompute(peer_bundle: Path, tmp_path: Path) -> None:
    members = members_of(peer_bundle)
    peers = json.loads(members[layout.PEERS_JSON])
    section = peers["groups"]["technology_area"]["sections"]["structure"]
    # Every peer a little worse: still a valid distribution, but not the one scored.
    section["values"] = [v - 40.0 for v in section["values"]]
    section["mean"] -= 40.0
    path = _resigned(members, tmp_path, **{layout.PEERS_JSON: layout.canonical_json(peers)})
    check, code, message = _first_failure(path)
    assert (check, code) == ("rescore", "rescore_mismatch")
    assert "peers" in message or "radar" in message


@pytest.mark.parametrize(
    ("change", "code", "text"),
    [
        (lambda p: p["groups"]["all"].update(size=3), "bad_content", "peers.json is malformed"),
        (lambda p: p.update(rows=[]), "bad_content", "peers.json is malformed"),
        (lambda p: p["pack"].update(content_hash="0" * 64), "bad_content", "another question"),
        (
            lambda p: p["groups"]["technology_area"].update(area="Biotechnology"),
            "bad_content",
            "another technology area",
        ),
    ],
)
def test_malformed_or_foreign_statistics_are_refused(
    peer_bundle: Path, tmp_path: Path, change: Any, code: str, text: str
) -> None:
    members = members_of(peer_bundle)
    peers = json.loads(members[layout.PEERS_JSON])
    change(peers)
    path = _resigned(members, tmp_path, **{layout.PEERS_JSON: layout.canonical_json(peers)})
    check, found, message = _first_failure(path)
    assert (check, found) == ("content", code)
    assert text in message


def test_statistics_missing_from_a_bundle_whose_scores_used_peers(
    peer_bundle: Path, tmp_path: Path
) -> None:
    members = members_of(peer_bundle)
    del members[layout.PEERS_JSON]
    assert _first_failure(_resigned(members, tmp_path))[:2] == ("content", "reference_missing")


def test_a_bundle_of_format_1_is_refused_with_its_own_message(
    peer_bundle: Path, tmp_path: Path
) -> None:
    members = members_of(peer_bundle)
    old = resign(
        members,
        expert_material().signing,
        info_changes={"Bundle-Format": "clusterbench-bundle/1"},
    )
    check, code, message = _first_failure(write_zip(tmp_path / "old.zip", old))
    assert (check, code) == ("bag", "old_format")
    assert "export the interview again" in message


# --- the label path in a bundle -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d.update(assessed_on="10.02.2026"), "assessed_on must be a date"),
        (lambda d: d.update(extra=1), "unknown field"),
        (lambda d: d.pop("improvements"), "improvements is missing"),
        (lambda d: d.update(format="other"), "format must be one of"),
        (
            lambda d: d.update(previous={"date": "2024-05-14", "answers": {}}),
            "interview_uuid of previous is missing",
        ),
        (
            lambda d: d.update(
                previous={"interview_uuid": "nope", "date": "2024-05-14", "answers": {}}
            ),
            "interview_uuid of previous must have 36",
        ),
        (lambda d: d.update(improvements=[{"title": "x"}]), "of improvement area 1 is missing"),
        (
            lambda d: d.update(improvements=[{"title": "x", "evidence": "y", "indicators": [3]}]),
            "indicator 1 must be text",
        ),
    ],
)
def test_a_malformed_label_path_is_refused(
    peer_bundle: Path, tmp_path: Path, change: Any, fragment: str
) -> None:
    members = members_of(peer_bundle)
    document = json.loads(members[layout.LABEL_PATH_JSON])
    change(document)
    data = layout.canonical_json(document)
    check, code, message = _first_failure(
        _resigned(members, tmp_path, **{layout.LABEL_PATH_JSON: data})
    )
    assert (check, code) == ("content", "bad_content")
    assert fragment in message


def test_a_second_benchmarking_bundles_its_label_path_and_verify_recomputes_silver(
    store,  # type: ignore[no-untyped-def]
    default_pack: Pack,
    expert_signing: SigningKey,
    expert_trusted: TrustedKeys,
    tmp_path: Path,
) -> None:
    first, second = benchmarked_twice(store, default_pack)
    path = export_interview(
        store, second, tmp_path, passphrase=PASSPHRASE, reference=default_reference()
    )
    result = verify_bundle(path, expert_trusted)
    assert result.ok, result.summary()
    contents = read_bundle(path)
    label_path = contents.label_path
    assert label_path["assessed_on"] == "2026-02-10"
    assert label_path["previous"]["date"] == "2024-05-14"
    assert label_path["previous"]["interview_uuid"] == repo.get_interview(store, first).uuid
    assert len(label_path["improvements"]) == 3
    assert contents.scores["verdicts"]["silver"]["status"] == "passed"
    assert contents.scores["progress"]["previous_date"] == "2024-05-14"
    # A forged improvement area no longer matches the signed scores.
    members = members_of(path)
    forged = json.loads(members[layout.LABEL_PATH_JSON])
    forged["improvements"] = forged["improvements"][:2]
    data = layout.canonical_json(forged)
    tampered = _resigned(members, tmp_path, **{layout.LABEL_PATH_JSON: data})
    assert _first_failure(tampered)[:2] == ("rescore", "rescore_mismatch")
    # The report inside shows the progress section and the Silver verdict.
    reader = PdfReader(io.BytesIO(contents.report_pdf or b""))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))
    assert "Progress since the previous benchmarking" in text
    assert "Previous benchmarking, 2024-05-14" in text
    assert "Status: Passed. Second benchmarking after 20.9 months" in text


# --- drafts ------------------------------------------------------------------------------------


def test_an_unfinalised_interview_exports_only_as_a_draft(
    store,  # type: ignore[no-untyped-def]
    answered_interview: int,
    expert_signing: SigningKey,
    expert_trusted: TrustedKeys,
    tmp_path: Path,
) -> None:
    repo.reopen_interview(store, answered_interview, reason="one more answer", actor=EXPERT)
    before = repo.get_interview(store, answered_interview).revision
    with pytest.raises(DraftExportError, match="not finalised"):
        export_interview(store, answered_interview, tmp_path / "a", passphrase=PASSPHRASE)
    assert repo.get_interview(store, answered_interview).revision == before
    assert not (tmp_path / "a").exists() or not any((tmp_path / "a").iterdir())
    path = export_interview(
        store, answered_interview, tmp_path / "b", passphrase=PASSPHRASE, allow_draft=True
    )
    result = verify_bundle(path, expert_trusted)
    assert result.ok, result.summary()
    assert result.draft is True
    assert "DRAFT" in result.summary()
    assert result.to_dict()["draft"] is True
    assert "draft=yes" in (result.trusted_comment or "")
    contents = read_bundle(path)
    assert contents.draft is True
    assert contents.bag_info["Draft"] == "yes"


def test_a_finalised_interview_is_no_draft(
    exported_bundle: Path, expert_trusted: TrustedKeys
) -> None:
    result = verify_bundle(exported_bundle, expert_trusted)
    assert result.ok
    assert result.draft is False
    assert "DRAFT" not in result.summary()
    assert "draft=no" in (result.trusted_comment or "")


def test_the_draft_flag_cannot_be_changed(default_pack: Pack, tmp_path: Path) -> None:
    unfinished = {
        **sample_input(default_pack).interview,
        "status": "in_progress",
        "finalised_at": None,
    }
    draft = make_bundle(tmp_path, expert_material().signing, default_pack, interview=unfinished)
    members = members_of(draft)
    assert read_bundle(draft).draft is True
    undrafted = resign(members, expert_material().signing, info_changes={"Draft": "no"})
    assert _first_failure(write_zip(tmp_path / "a.zip", undrafted))[:2] == (
        "content",
        "draft_mismatch",
    )
    comment = resign(members, expert_material().signing, comment_changes={"draft": "no"})
    assert _first_failure(write_zip(tmp_path / "b.zip", comment))[:2] == (
        "signature",
        "comment_mismatch",
    )
    for bad in ("maybe", ""):
        odd = resign(members, expert_material().signing, info_changes={"Draft": bad})
        assert _first_failure(write_zip(tmp_path / "c.zip", odd))[:2] == ("bag", "bag_info")


def test_a_finalised_interview_bundle_is_no_draft_from_plain_inputs(
    default_pack: Pack, tmp_path: Path
) -> None:
    inp = sample_input(default_pack)
    interview = {**inp.interview, "finalised_at": "2026-01-05T11:00:00+00:00"}
    path = make_bundle(tmp_path, expert_material().signing, default_pack, interview=interview)
    result: VerificationResult = verify_bundle(path, trusted())
    assert result.ok, result.summary()
    assert result.draft is False
    assert [c.name for c in result.checks] == list(CHECKS)


# --- the command line -------------------------------------------------------------------------


def _cli_interview(pack: Pack, *, finalise: bool) -> int:
    from app.models import open_store
    from tests.export.bundle_fixtures import ANSWERS

    store = open_store()
    try:
        cluster = repo.create_cluster(
            store, name="Draft Cluster (fictional)", country="NO", technology_area="ICT",
            fictional=True,
        )  # fmt: skip
        interview = repo.create_interview(
            store, cluster_id=cluster, pack=pack, mode="on_site", expert=EXPERT, actor=EXPERT
        )
        for item_id, value in ANSWERS.items():
            repo.save_answer(store, pack, interview, item_id, value, actor=EXPERT)
        if finalise:
            repo.finalise_interview(store, interview, actor=EXPERT)
        return interview
    finally:
        store.close()


def test_cli_export_needs_draft_for_an_unfinalised_interview_and_verify_reports_it(
    data_dir: Path, default_pack: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.export import keys
    from tests.export.bundle_fixtures import install_key

    install_key(expert_material(), data_dir)
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text(PASSPHRASE, encoding="utf-8")
    trusted_file = keys.save_trusted_keys(
        [keys.trusted_entry_for(expert_material().info, "EXP-1", valid_from="2020-01-01")],
        tmp_path / "trusted.json",
    )
    interview = _cli_interview(default_pack, finalise=False)
    out = tmp_path / "out"
    export = ["export", str(interview), "--out", str(out), "--no-peers"]
    # No passphrase is asked for (none given): the refusal comes first.
    assert run(export) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"clusterbench: Interview {interview} is not finalised.")
    assert "--draft" in error
    assert not out.exists()
    assert run([*export, "--passphrase-file", str(passphrase), "--draft"]) == 0
    bundle = Path(capsys.readouterr().out.strip())
    assert run(["verify", str(bundle), "--trusted-keys", str(trusted_file)]) == 0
    line = capsys.readouterr().out
    assert line.startswith("OK ")
    assert "DRAFT: the interview was not finalised" in line
    assert run(["verify", str(bundle), "--trusted-keys", str(trusted_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["draft"] is True
    finalised = _cli_interview(default_pack, finalise=True)
    command = ["export", str(finalised), "--out", str(out), "--no-peers"]
    assert run([*command, "--passphrase-file", str(passphrase)]) == 0
    plain = Path(capsys.readouterr().out.strip())
    assert run(["verify", str(plain), "--trusted-keys", str(trusted_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["draft"] is False
