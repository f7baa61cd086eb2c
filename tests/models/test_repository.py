"""Store operations: answers with their history, notes, flags, evidence, clock, life cycle."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from app.models import repository as repo
from app.models.errors import EvidenceTooLargeError, InterviewLockedError, NotFoundError
from app.scoring.pack import AnswerError, Pack


def test_answers_are_validated_saved_and_logged(store, interview_id: int, default_pack: Pack):
    saved = repo.save_answer(
        store, default_pack, interview_id, "eligibility.management_fte", 2.5, actor="Expert"
    )
    assert saved.value == 2.5
    repo.save_answer(
        store, default_pack, interview_id, "eligibility.management_fte", 3, actor="Expert"
    )
    assert repo.answers_of(store, interview_id) == {"eligibility.management_fte": 3.0}
    changes = [e for e in repo.events_of(store, interview_id) if e.kind == "answer"]
    assert [(e.old_value, e.new_value) for e in changes] == [(None, "2.5"), ("2.5", "3.0")]
    assert all(e.actor == "Expert" and e.at.tzinfo is not None for e in changes)


def test_invalid_and_unknown_answers_are_refused_and_nothing_is_stored(
    store, interview_id: int, default_pack: Pack
):
    with pytest.raises(AnswerError):
        repo.save_answer(
            store, default_pack, interview_id, "eligibility.committed_members", -4, actor="t"
        )
    with pytest.raises(AnswerError, match="not an item"):
        repo.save_answer(store, default_pack, interview_id, "no.such_item", 1, actor="t")
    assert repo.answers_of(store, interview_id) == {}


def test_event_log_is_append_only(store, interview_id: int):
    with store.engine.begin() as connection, pytest.raises(IntegrityError, match="append-only"):
        connection.exec_driver_sql("DELETE FROM events")
    assert repo.events_of(store, interview_id)[0].kind == "created"


def test_notes_are_private_unless_marked_for_the_report(store, interview_id: int):
    repo.set_note(
        store,
        interview_id,
        "financing.total_budget",
        "Ask for the 2025 accounts",
        for_report=False,
        actor="t",
    )
    repo.set_note(
        store,
        interview_id,
        "services.offer",
        "Strong matchmaking offer",
        for_report=True,
        actor="t",
    )
    notes = repo.notes_of(store, interview_id)
    assert notes["financing.total_budget"].for_report is False
    assert notes["services.offer"].text == "Strong matchmaking offer"
    repo.set_note(store, interview_id, "services.offer", "", for_report=True, actor="t")
    assert "services.offer" not in repo.notes_of(store, interview_id)


def test_flags_can_be_raised_and_lowered(store, interview_id: int):
    repo.set_flag(store, interview_id, "financing.public_share", "follow_up", True, actor="t")
    repo.set_flag(
        store, interview_id, "financing.public_share", "evidence_missing", True, actor="t"
    )
    repo.set_flag(store, interview_id, "financing.public_share", "follow_up", False, actor="t")
    assert repo.flags_of(store, interview_id) == {"financing.public_share": {"evidence_missing"}}
    with pytest.raises(AnswerError):
        repo.set_flag(store, interview_id, "financing.public_share", "urgent", True, actor="t")


def test_evidence_is_stored_by_content_hash(store, interview_id: int, tmp_path: Path):
    source = tmp_path / "Strategy 2025.pdf"
    source.write_bytes(b"%PDF-1.4 fictional strategy")
    record = repo.attach_evidence(
        store, interview_id, "services.written_strategy", source, actor="t"
    )
    again = repo.attach_evidence(store, interview_id, "services.action_plan", source, actor="t")
    assert record.sha256 == again.sha256
    assert record.stored_path.read_bytes() == source.read_bytes()
    assert record.stored_path.name == record.sha256
    assert record.media_type == "application/pdf"
    assert [e.original_name for e in repo.evidence_of(store, interview_id)] == [
        "Strategy 2025.pdf",
        "Strategy 2025.pdf",
    ]
    repo.remove_evidence(store, again.id, actor="t")
    assert len(repo.evidence_of(store, interview_id)) == 1


def test_evidence_over_the_limit_is_refused_with_its_size(
    store, interview_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(repo, "MAX_EVIDENCE_BYTES", 1024 * 1024)
    source = tmp_path / "video.mp4"
    source.write_bytes(b"0" * (2 * 1024 * 1024))
    with pytest.raises(EvidenceTooLargeError, match=r"video.mp4 is 2.0 MB; .* at most 1 MB"):
        repo.attach_evidence(store, interview_id, "services.offer", source, actor="t")
    assert repo.evidence_of(store, interview_id) == []


def test_clock_counts_running_time_per_section(store, interview_id: int):
    repo.clock_start(store, interview_id, actor="t")
    repo.record_item_opened(store, interview_id, "structure.sme_share", actor="t")
    events = repo.events_of(store, interview_id)
    opened_at = events[-1].at
    state = repo.clock_state(store, interview_id, at=opened_at + timedelta(minutes=10))
    assert state.running
    assert state.section_seconds["structure"] == pytest.approx(600, abs=1)
    repo.clock_pause(store, interview_id, actor="t")
    assert repo.get_interview(store, interview_id).status == "paused"
    paused = repo.clock_state(store, interview_id)
    later = repo.clock_state(store, interview_id, at=opened_at + timedelta(hours=2))
    assert not paused.running
    assert later.elapsed_seconds == pytest.approx(paused.elapsed_seconds)  # paused time not counted
    repo.clock_resume(store, interview_id, actor="t")
    assert repo.get_interview(store, interview_id).status == "in_progress"


def test_clock_calls_log_only_what_changes_the_clock(store, interview_id: int):
    """A pause before any start, a second pause and a start while running change nothing;
    a start after a pause is logged as a resume. ``clock_state`` agrees after each call."""
    steps = [
        (repo.clock_pause, None, (False, False)),
        (repo.clock_start, "clock_start", (True, True)),
        (repo.clock_start, None, (True, True)),
        (repo.clock_resume, None, (True, True)),
        (repo.clock_pause, "clock_pause", (True, False)),
        (repo.clock_pause, None, (True, False)),
        (repo.clock_start, "clock_resume", (True, True)),
    ]
    for call, logged, (started, running) in steps:
        before = len(repo.events_of(store, interview_id))
        call(store, interview_id, actor="t")
        new_kinds = [e.kind for e in repo.events_of(store, interview_id)[before:]]
        assert new_kinds == ([logged] if logged else []), call.__name__
        state = repo.clock_state(store, interview_id)
        assert (state.started, state.running) == (started, running), call.__name__


def test_resume_point_is_the_last_opened_item(store, interview_id: int):
    repo.record_item_opened(store, interview_id, "financing.public_share", actor="t")
    assert repo.get_interview(store, interview_id).current_item_id == "financing.public_share"


def test_finalised_interview_refuses_changes_until_reopened_with_a_reason(
    store, interview_id: int, default_pack: Pack
):
    repo.finalise_interview(store, interview_id, actor="t")
    with pytest.raises(InterviewLockedError):
        repo.save_answer(store, default_pack, interview_id, "structure.sme_share", 50, actor="t")
    with pytest.raises(AnswerError, match="why"):
        repo.reopen_interview(store, interview_id, reason="  ", actor="t")
    repo.reopen_interview(store, interview_id, reason="Cluster sent new figures", actor="t")
    repo.save_answer(store, default_pack, interview_id, "structure.sme_share", 50, actor="t")
    reopened = [e for e in repo.events_of(store, interview_id) if e.kind == "reopened"]
    assert reopened[0].detail == "Cluster sent new figures"


def test_prefilled_answers_wait_for_confirmation(store, interview_id: int, default_pack: Pack):
    repo.save_answer(
        store,
        default_pack,
        interview_id,
        "structure.participants_total",
        120,
        actor="workbook",
        source="prefill",
    )
    assert repo.unconfirmed_prefills(store, interview_id) == ["structure.participants_total"]
    repo.confirm_answer(store, interview_id, "structure.participants_total", actor="Expert")
    assert repo.unconfirmed_prefills(store, interview_id) == []
    assert repo.answer_meta(store, interview_id)["structure.participants_total"].source == "prefill"


def test_list_interviews_searches_and_filters(store, interview_id: int, default_pack: Pack):
    other_cluster = repo.create_cluster(
        store,
        name="Ørsted Wind Valley (fictional)",
        country="DK",
        technology_area="Energy & environment",
        fictional=True,
    )
    other = repo.create_interview(
        store,
        cluster_id=other_cluster,
        pack=default_pack,
        mode="video_call",
        expert="Dvořák",
        actor="Dvořák",
    )
    repo.finalise_interview(store, other, actor="Dvořák")
    assert [s.id for s in repo.list_interviews(store, search="ørsted")] == [other]
    assert [s.id for s in repo.list_interviews(store, status="in_progress")] == [interview_id]
    assert {s.id for s in repo.list_interviews(store)} == {interview_id, other}


def test_revisions_comments_and_imported_bundles(store, interview_id: int):
    assert repo.next_revision(store, interview_id) == 1
    assert repo.next_revision(store, interview_id) == 2
    repo.add_supervisor_comment(
        store, interview_id, "services.offer", "Which services?", author="Supervisor"
    )
    comments = repo.supervisor_comments_of(store, interview_id)
    assert comments["services.offer"][0].text == "Which services?"
    uuid = repo.get_interview(store, interview_id).uuid
    assert repo.last_imported_revision(store, uuid) is None
    repo.record_imported_bundle(
        store, bundle_id="b1", interview_uuid=uuid, revision=2, signer="E1", status="verified"
    )
    assert repo.last_imported_revision(store, uuid) == 2


def test_unknown_interview_is_a_clear_error(store):
    with pytest.raises(NotFoundError, match="no interview with id 404"):
        repo.get_interview(store, 404)


def test_demo_interview_is_created_once_and_is_fictional(store, default_pack: Pack):
    first = repo.ensure_demo_interview(store, default_pack)
    assert first is not None
    assert repo.ensure_demo_interview(store, default_pack) is None
    summary = repo.get_interview(store, first)
    assert summary.fictional
    assert summary.mode == "practice"
    assert "fictional" in summary.cluster_name
    assert summary.answered_count == len(repo.DEMO_ANSWERS)
    # The demo shows the whole flow: a note for the report, a private one, a flag, advice.
    notes = repo.notes_of(store, first)
    assert {item for item, note in notes.items() if note.for_report} == {"structure.sme_share"}
    assert not notes["financing.public_share"].for_report
    assert repo.flags_of(store, first) == {"services.kpis_monitored": {"follow_up"}}
    assert "action plan" in repo.get_interview(store, first).recommendations


def test_pack_of_returns_the_exact_pack_used(store, interview_id: int, default_pack: Pack):
    assert repo.pack_of(store, interview_id).content_hash == default_pack.content_hash


def test_recent_packs_are_the_latest_interviews_packs_each_once_newest_first(
    store, interview_id: int, default_pack: Pack
):
    from app.scoring.pack import parse_pack

    other = parse_pack(
        default_pack.source_text.replace('version: "1.1.0"', 'version: "1.1.1"', 1), "test"
    )
    assert other.content_hash != default_pack.content_hash
    cluster = repo.get_interview(store, interview_id).cluster_id
    repo.create_interview(
        store, cluster_id=cluster, pack=other, mode="on_site", expert="E", actor="test"
    )
    repo.create_interview(
        store, cluster_id=cluster, pack=other, mode="on_site", expert="E", actor="test"
    )
    hashes = [pack.content_hash for pack in repo.recent_packs(store)]
    assert hashes == [other.content_hash, default_pack.content_hash]
    assert repo.recent_packs(store)[0] is repo.pack_of(store, interview_id + 1)  # parsed once
