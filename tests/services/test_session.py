"""The open interview without any window: state, rules, actions and their announcements."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models import Store
from app.models import repository as repo
from app.scoring.pack import Pack
from app.scoring.reference import default_reference
from app.services.session import InterviewSession
from app.settings import settings


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def session(store: Store, interview_id: int) -> InterviewSession:
    settings().expert_name = "Erika Example (fictional)"
    return InterviewSession(store, interview_id, reference=default_reference())


def heard(session: InterviewSession) -> list[tuple[str, object]]:
    """Every announcement the session makes, in order."""
    log: list[tuple[str, object]] = []
    session.answer_changed.connect(lambda item_id: log.append(("answer", item_id)))
    session.scores_changed.connect(lambda scores: log.append(("scores", scores)))
    session.status_changed.connect(lambda: log.append(("status", None)))
    session.flags_changed.connect(lambda item_id: log.append(("flags", item_id)))
    session.note_changed.connect(lambda item_id: log.append(("note", item_id)))
    session.current_changed.connect(lambda item_id: log.append(("current", item_id)))
    session.evidence_changed.connect(lambda item_id: log.append(("evidence", item_id)))
    return log


def test_a_saved_answer_is_in_the_store_before_the_session_says_so(
    session: InterviewSession, store: Store, interview_id: int
) -> None:
    log = heard(session)
    before = session.scores
    outcome = session.save_answer("eligibility.committed_members", 42)
    assert outcome.saved
    assert outcome.saved_at is not None
    assert repo.answers_of(store, interview_id)["eligibility.committed_members"] == 42
    assert session.answer("eligibility.committed_members") == 42
    assert [kind for kind, _ in log] == ["scores", "answer"]
    assert log[0][1] is session.scores is not before
    assert repo.events_of(store, interview_id)[-1].actor == "Erika Example (fictional)"
    # The same value again changes nothing and logs nothing.
    events = len(repo.events_of(store, interview_id))
    assert not session.save_answer("eligibility.committed_members", 42).changed
    assert len(repo.events_of(store, interview_id)) == events


def test_an_invalid_answer_is_refused_with_the_packs_message(session: InterviewSession) -> None:
    outcome = session.save_answer("structure.sme_share", 140)
    assert not outcome.saved
    assert outcome.problem
    assert session.answer("structure.sme_share") is None


def test_relevance_navigation_and_progress_follow_the_answers(session: InterviewSession) -> None:
    assert session.resume_item_id() == "eligibility.eccp_listed"
    assert session.open_item("eligibility.eccp_listed")
    assert session.neighbour(-1) is None
    assert session.neighbour(1) == "eligibility.programme_recognised"
    before = session.progress()
    session.save_answer("eligibility.eccp_listed", True)
    after = session.progress()
    assert after.answered == before.answered + 1
    assert after.required_answered == before.required_answered + 1
    next_section = session.neighbour_section(1)
    assert next_section is not None
    assert session.pack.item(next_section).section_id == "structure"
    assert not session.open_item("no.such.item")


def test_clear_confirm_notes_flags_and_evidence(
    session: InterviewSession, store: Store, interview_id: int, default_pack: Pack, tmp_path: Path
) -> None:
    log = heard(session)
    session.save_answer("structure.sme_share", 64.0)
    assert session.clear_answer("structure.sme_share").cleared
    assert session.answer("structure.sme_share") is None
    repo.save_answer(
        store, default_pack, interview_id, "structure.sme_share", 70.0, actor="x", source="prefill"
    )
    session.reload_answers()
    assert session.is_unconfirmed("structure.sme_share")
    assert session.confirm_prefill("structure.sme_share")
    assert not session.is_unconfirmed("structure.sme_share")
    assert session.set_note("structure.sme_share", " From the member list. ", for_report=True)
    assert not session.set_note("structure.sme_share", "From the member list.", for_report=True)
    note = session.note("structure.sme_share")
    assert note is not None
    assert note.for_report
    session.set_flag("structure.sme_share", "follow_up", True)
    assert session.flags_of("structure.sme_share") == {"follow_up"}
    evidence = tmp_path / "members (fictional).csv"
    evidence.write_text("member\nFictional AS\n", encoding="utf-8")
    record = session.attach_evidence("structure.sme_share", evidence)
    assert session.evidence_of("structure.sme_share") == [record]
    session.remove_evidence(record)
    assert session.evidence_of("structure.sme_share") == []
    kinds = {kind for kind, _ in log}
    assert {"answer", "note", "flags", "evidence", "scores"} <= kinds


def test_readiness_finalise_and_reopen(session: InterviewSession) -> None:
    session.set_flag("structure.sme_share", "follow_up", True)
    readiness = session.readiness()
    assert not readiness.ready
    assert readiness.counts["flag"] == 1
    session.finalise()
    assert session.locked
    refused = session.save_answer("structure.sme_share", 50.0)
    assert (refused.saved, refused.locked) == (False, True)
    assert not session.set_note("structure.sme_share", "late", for_report=False)
    session.reopen("Corrected member figures (fictional).")
    assert not session.locked
    assert session.clock.running


def test_the_clock_counts_running_time_in_the_current_section(
    store: Store, interview_id: int
) -> None:
    clock = Clock()
    session = InterviewSession(store, interview_id, monotonic=clock)
    session.open_item("structure.sme_share")
    session.start_clock()
    clock.now += 90
    total, in_section = session.clock_seconds()
    assert total >= 90
    assert in_section >= 90
    session.pause_clock()
    clock.now += 600
    assert session.clock_seconds()[0] < 600
    assert repo.get_interview(store, interview_id).status == "paused"
    session.close()


def test_a_new_reference_set_rescores(session: InterviewSession) -> None:
    log = heard(session)
    assert session.scores.reference is not None
    session.set_reference(None)
    assert session.scores.reference is None
    assert [kind for kind, _ in log] == ["scores"]
