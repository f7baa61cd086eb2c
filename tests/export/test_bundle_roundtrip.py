"""An interview from the store, exported, verified, returned by a supervisor and exported again."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.export.bundle import BundleBuildError
from app.export.decision import (
    Decision,
    DecisionError,
    apply_decision,
    decide_bundle,
    import_decision,
    make_decision,
    read_decision,
    write_decision,
)
from app.export.export_interview import WITHHELD, export_interview
from app.export.keys import SigningKey, TrustedKeys, WrongPassphraseError
from app.export.verify import (
    BundleContents,
    import_bundle,
    read_bundle,
    review_and_import_bundle,
    review_bundle,
    verify_bundle,
)
from app.models import open_store
from app.models import repository as repo
from app.scoring.pack import Pack
from app.scoring.reference import default_reference
from tests.export.bundle_fixtures import (
    EVIDENCE_TEXT,
    PASSPHRASE,
    supervisor_material,
    trusted,
)


@pytest.fixture
def supervisor_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The supervisor's own store, apart from the expert's."""
    folder = tmp_path / "supervisor"
    folder.mkdir()
    opened = open_store(folder / "supervisor.sqlite3", backup=False)
    yield opened
    opened.close()


def _decision_about(contents: BundleContents, **options: Any) -> Decision:
    """A decision on the bundle that ``contents`` were read from."""
    return make_decision(
        bundle_id=contents.bundle_id,
        interview_uuid=contents.interview_uuid,
        revision=contents.revision,
        **options,
    )


def test_export_holds_the_interview_and_verifies(
    store,  # type: ignore[no-untyped-def]
    answered_interview: int,
    exported_bundle: Path,
    expert_signing: SigningKey,
    expert_trusted: TrustedKeys,
    tmp_path: Path,
) -> None:
    path = exported_bundle
    detail = repo.get_interview(store, answered_interview)
    assert path.parent == tmp_path / "out"
    # Nothing about the cluster in the file name.
    assert "Cluster" not in path.name
    assert "ód" not in path.name
    assert re.fullmatch(r"clusterbench-[0-9a-f]{8}-r1\.zip", path.name)
    assert detail.revision == 1

    result = verify_bundle(path, expert_trusted)
    assert result.ok, result.summary()
    assert result.revision == 1
    assert result.interview_uuid == detail.uuid
    assert result.practice is False
    assert result.signer == "EXP-0001 (fictional)"
    assert result.fingerprint == expert_signing.public_key.fingerprint

    contents = read_bundle(path)
    assert contents.answers == repo.answers_of(store, answered_interview)
    assert contents.notes == {"structure.sme_share": "Counted from the member list (fictional)."}
    assert contents.bag_info["Pack-Id"] == detail.pack_id
    assert contents.bag_info["Revision"] == "1"
    assert contents.report_pdf is not None
    assert contents.report_pdf.startswith(b"%PDF")
    assert "radar.svg" in contents.charts
    assert len(contents.evidence) == 1
    evidence = contents.evidence[0]
    assert evidence.original_name == "Members 2025 Łódź (fictional).csv"
    assert evidence.file == f"data/evidence/{hashlib.sha256(EVIDENCE_TEXT).hexdigest()}.csv"
    assert contents.evidence_bytes(evidence.sha256) == EVIDENCE_TEXT

    # Private notes never leave the laptop, not even through the event log.
    with zipfile.ZipFile(path) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"PRIVATE-NOTE" not in everything
    assert WITHHELD.encode() in everything


def test_export_with_peer_reference_data_rescores(
    store,  # type: ignore[no-untyped-def]
    answered_interview: int,
    expert_signing: SigningKey,
    expert_trusted: TrustedKeys,
    tmp_path: Path,
) -> None:
    reference = default_reference()
    path = export_interview(
        store, answered_interview, tmp_path, passphrase=PASSPHRASE, reference=reference
    )
    result = verify_bundle(path, expert_trusted)
    assert result.ok, result.summary()
    contents = read_bundle(path)
    assert contents.scores["reference"]["sha256"] == reference.sha256
    assert "data/peers.json" in {f.name for f in result.files}
    assert "data/reference.json" not in {f.name for f in result.files}


def test_wrong_passphrase_changes_nothing(
    store,  # type: ignore[no-untyped-def]
    answered_interview: int,
    expert_signing: SigningKey,
    tmp_path: Path,
) -> None:
    events_before = len(repo.events_of(store, answered_interview))
    with pytest.raises(WrongPassphraseError):
        export_interview(store, answered_interview, tmp_path / "out", passphrase="not it at all")
    assert repo.get_interview(store, answered_interview).revision == 0
    assert len(repo.events_of(store, answered_interview)) == events_before
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_practice_interview_is_marked_practice(
    store,  # type: ignore[no-untyped-def]
    default_pack: Pack,
    expert_signing: SigningKey,
    expert_trusted: TrustedKeys,
    tmp_path: Path,
) -> None:
    demo = repo.ensure_demo_interview(store, default_pack)
    assert demo is not None
    path = export_interview(store, demo, tmp_path, passphrase=PASSPHRASE, allow_draft=True)
    refused = verify_bundle(path, expert_trusted)
    assert refused.first_failure is not None
    assert refused.first_failure.code == "practice_bundle"
    assert refused.practice is True
    allowed = verify_bundle(path, expert_trusted, allow_practice=True)
    assert allowed.ok, allowed.summary()
    assert "(practice)" in allowed.summary()
    assert read_bundle(path).bag_info["Practice"] == "yes"
    # The demo interview is not finalised: its bundle is a draft, and says so.
    assert allowed.draft is True
    assert "DRAFT" in allowed.summary()


def test_return_apply_and_reexport_round_trip(
    store,  # type: ignore[no-untyped-def]
    supervisor_store,  # type: ignore[no-untyped-def]
    answered_interview: int,
    default_pack: Pack,
    expert_signing: SigningKey,
    expert_trusted: TrustedKeys,
    tmp_path: Path,
) -> None:
    first = export_interview(store, answered_interview, tmp_path / "r1", passphrase=PASSPHRASE)

    # The supervisor imports and reviews revision 1, and returns it with comments.
    imported = import_bundle(supervisor_store, first, expert_trusted)
    assert imported.ok, imported.summary()
    contents = read_bundle(first)
    decision = _decision_about(
        contents,
        approve=False,
        supervisor="Sven Supervisor (fictional)",
        comments={
            "structure.sme_share": "Which member list? Please attach <b>the 2025 one</b>.",
            "financing.public_share": "Check this against the budget.",
        },
        summary="Nearly there.",
        known_items=[item.id for item in contents.pack.items],
    )
    supervisor = supervisor_material()
    decision_file = write_decision(decision, supervisor.signing, tmp_path / "decisions")
    assert decision_file.parent == tmp_path / "decisions"
    assert "Fjord" not in decision_file.name

    # The expert trusts the supervisor's key and applies the decision.
    received = read_decision(decision_file, trusted(supervisor, "SUP-0001 (fictional)"))
    applied = apply_decision(store, received, actor="Test Expert")
    assert applied.reopened
    assert applied.outcome == "returned"
    assert applied.comments == 3
    detail = repo.get_interview(store, answered_interview)
    assert detail.status == "returned"
    assert detail.finalised_at is None
    comments = repo.supervisor_comments_of(store, answered_interview)
    assert [c.text for c in comments["structure.sme_share"]] == [
        "Which member list? Please attach <b>the 2025 one</b>."
    ]
    assert comments["financing.public_share"][0].author.startswith("Sven Supervisor")
    assert comments[""][0].text == "Nearly there."

    # Applying it twice is refused.
    with pytest.raises(DecisionError) as again:
        apply_decision(store, received, actor="Test Expert")
    assert again.value.code == "already_applied"

    # The reopened interview can be changed and exported as revision 2.
    repo.save_answer(
        store, default_pack, answered_interview, "financing.public_share", 50.0, actor="Test Expert"
    )
    repo.finalise_interview(store, answered_interview, actor="Test Expert")
    second = export_interview(store, answered_interview, tmp_path / "r2", passphrase=PASSPHRASE)
    result = import_bundle(supervisor_store, second, expert_trusted)
    assert result.ok, result.summary()
    assert result.revision == 2
    assert read_bundle(second).answers["financing.public_share"] == 50.0
    assert repo.last_imported_revision(supervisor_store, result.interview_uuid or "") == 2

    # Revision 1 again, after revision 2: refused as older, and the store keeps revision 2.
    older = import_bundle(supervisor_store, first, expert_trusted)
    assert not older.ok
    assert older.first_failure is not None
    assert older.first_failure.name == "revision"
    assert older.first_failure.code == "older_revision"
    assert "revision 2" in older.first_failure.message
    assert repo.last_imported_revision(supervisor_store, result.interview_uuid or "") == 2

    # A decision about revision 1 no longer applies to the expert's interview.
    with pytest.raises(DecisionError) as stale:
        apply_decision(store, received, actor="Test Expert")
    assert stale.value.code in ("already_applied", "stale")


def test_approval_marks_the_interview_approved(
    store,  # type: ignore[no-untyped-def]
    answered_interview: int,
    expert_signing: SigningKey,
    expert_trusted: TrustedKeys,
    tmp_path: Path,
) -> None:
    path = export_interview(store, answered_interview, tmp_path, passphrase=PASSPHRASE)
    contents = read_bundle(path)
    decision = _decision_about(contents, approve=True, supervisor="Sven Supervisor (fictional)")
    supervisor = supervisor_material()
    decision_file = write_decision(decision, supervisor.signing, tmp_path / "decision.json")
    received = read_decision(decision_file, trusted(supervisor, "SUP-0001"))
    applied = apply_decision(store, received, actor="Test Expert")
    assert applied.outcome == "approved"
    assert not applied.reopened
    assert repo.get_interview(store, answered_interview).status == "approved"


def test_decision_checks(
    store,  # type: ignore[no-untyped-def]
    exported_bundle: Path,
    tmp_path: Path,
) -> None:
    contents = read_bundle(exported_bundle)
    supervisor = supervisor_material()
    with pytest.raises(DecisionError) as unknown_item:
        _decision_about(
            contents,
            approve=False,
            supervisor="Sven",
            comments={"no.such.item": "?"},
            known_items=[item.id for item in contents.pack.items],
        )
    assert unknown_item.value.code == "unknown_item"
    with pytest.raises(DecisionError) as no_comments:
        _decision_about(contents, approve=False, supervisor="Sven")
    assert no_comments.value.code == "no_comments"

    decision = _decision_about(
        contents, approve=False, supervisor="Sven", summary="Redo the financing section."
    )
    decision_file = write_decision(decision, supervisor.signing, tmp_path / "d.json")

    # Signed by a key the expert does not trust.
    with pytest.raises(DecisionError) as unknown_key:
        read_decision(decision_file, trusted())
    assert unknown_key.value.code == "unknown_key"
    # A revoked supervisor key.
    with pytest.raises(DecisionError) as revoked:
        read_decision(decision_file, trusted(supervisor, revoked_at="2021-01-01"))
    assert revoked.value.code == "key_revoked"

    # A changed decision no longer matches its signature.
    document = json.loads(decision_file.read_text())
    document["decision"]["outcome"] = "approved"
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(document))
    with pytest.raises(DecisionError) as bad:
        read_decision(forged, trusted(supervisor))
    assert bad.value.code == "bad_signature"

    for text in ("", "not json", "[]", '{"format": "clusterbench-decision"}', "{" * 100):
        garbage = tmp_path / "garbage.json"
        garbage.write_text(text)
        with pytest.raises(DecisionError) as malformed:
            read_decision(garbage, trusted(supervisor))
        assert malformed.value.code == "malformed"
    with pytest.raises(DecisionError) as missing:
        read_decision(tmp_path / "missing.json", trusted(supervisor))
    assert missing.value.code == "unreadable"

    # A decision about an interview this store does not hold.
    other = make_decision(
        bundle_id=contents.bundle_id,
        interview_uuid="00000000-0000-4000-8000-000000000000",
        revision=1,
        approve=True,
        supervisor="Sven",
    )
    other_file = write_decision(other, supervisor.signing, tmp_path / "other.json")
    with pytest.raises(DecisionError) as unknown_interview:
        apply_decision(store, read_decision(other_file, trusted(supervisor)), actor="Test Expert")
    assert unknown_interview.value.code == "unknown_interview"


def test_review_bundle_reads_the_bytes_it_verified(
    store,  # type: ignore[no-untyped-def]
    answered_interview: int,
    exported_bundle: Path,
    expert_trusted: TrustedKeys,
) -> None:
    path = exported_bundle
    result, contents = review_bundle(path, expert_trusted)
    assert result.ok, result.summary()
    assert contents is not None
    assert contents.answers == repo.answers_of(store, answered_interview)
    assert set(contents.charts) == {"radar.png", "radar.svg"}
    assert contents.charts["radar.png"].startswith(b"\x89PNG\r\n\x1a\n")
    # The file changes after the review: what was verified stays readable, from memory.
    path.write_bytes(b"replaced by something else")
    sha = contents.evidence[0].sha256
    assert contents.evidence_bytes(sha) == EVIDENCE_TEXT
    refused, nothing = review_bundle(path, expert_trusted)
    assert nothing is None
    assert refused.first_failure is not None
    assert refused.first_failure.code == "not_a_zip"


def test_review_and_import_remembers_only_a_bundle_that_passed(
    supervisor_store,  # type: ignore[no-untyped-def]
    exported_bundle: Path,
    expert_trusted: TrustedKeys,
) -> None:
    refused, nothing = review_and_import_bundle(
        supervisor_store, exported_bundle, trusted(supervisor_material())
    )
    assert nothing is None
    assert refused.first_failure is not None
    assert refused.first_failure.code == "unknown_key"
    assert refused.interview_uuid is not None
    assert repo.last_imported_revision(supervisor_store, refused.interview_uuid) is None

    result, contents = review_and_import_bundle(supervisor_store, exported_bundle, expert_trusted)
    assert result.ok, result.summary()
    assert contents is not None
    assert contents.revision == 1
    assert repo.last_imported_revision(supervisor_store, contents.interview_uuid) == 1


def test_a_failed_export_keeps_the_revision_a_decision_is_about(
    store,  # type: ignore[no-untyped-def]
    answered_interview: int,
    exported_bundle: Path,
    tmp_path: Path,
) -> None:
    contents = read_bundle(exported_bundle)
    decision = _decision_about(
        contents,
        approve=False,
        supervisor="Sven (fictional)",
        summary="Please complete the financing section.",
    )
    supervisor = supervisor_material()
    decision_file = write_decision(decision, supervisor.signing, tmp_path / "d.json")

    events_before = len(repo.events_of(store, answered_interview))
    with pytest.raises(BundleBuildError, match="age X25519"):
        export_interview(
            store, answered_interview, tmp_path / "r2", passphrase=PASSPHRASE, encrypt_to="age1x"
        )
    assert repo.get_interview(store, answered_interview).revision == 1
    assert len(repo.events_of(store, answered_interview)) == events_before
    applied = apply_decision(store, read_decision(decision_file, trusted(supervisor)), actor="E")
    assert applied.reopened


def test_decide_bundle_and_import_decision(
    store,  # type: ignore[no-untyped-def]
    supervisor_store,  # type: ignore[no-untyped-def]
    answered_interview: int,
    exported_bundle: Path,
    expert_trusted: TrustedKeys,
    tmp_path: Path,
) -> None:
    path = exported_bundle
    supervisor = supervisor_material()
    refused, nothing = review_bundle(path, trusted(supervisor))
    assert nothing is None
    result, contents = review_bundle(path, expert_trusted)
    assert contents is not None
    with pytest.raises(DecisionError) as not_verified:
        decide_bundle(
            supervisor_store, refused, contents, approve=True, supervisor="Sven",
            signing_key=supervisor.signing, out=tmp_path / "d",
        )  # fmt: skip
    assert not_verified.value.code == "not_verified"
    decision_file = decide_bundle(
        supervisor_store, result, contents, approve=False, supervisor="Sven (fictional)",
        signing_key=supervisor.signing, out=tmp_path / "decisions",
        comments={"structure.sme_share": "Source?"},
    )  # fmt: skip
    assert repo.last_imported_revision(supervisor_store, contents.interview_uuid) == 1
    received, applied = import_decision(
        store, decision_file, trusted(supervisor, "SUP-0001"), actor="Test Expert"
    )
    assert received.decision.outcome == "returned"
    assert applied.reopened
    assert repo.supervisor_comments_of(store, answered_interview)["structure.sme_share"]
