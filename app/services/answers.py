"""Answering one question: save, clear and confirm answers, notes, flags and evidence.

Each function is one committed transaction (with its event) before it returns, so the
caller may say "Saved" as soon as it has returned. ``actor`` is who the log records
(``interviews.actor_for`` works it out).
"""

from __future__ import annotations

from pathlib import Path

from app.models import Store
from app.models import repository as repo
from app.scoring.pack import AnswerError, AnswerValue, Pack, validate_answer


def save_answer(
    store: Store,
    pack: Pack,
    interview_id: int,
    item_id: str,
    value: AnswerValue,
    *,
    actor: str,
    language: str = "en",
) -> repo.SavedAnswer:
    """Check ``value`` against the question (``AnswerError`` in ``language`` says why not)
    and save it durably; ``None`` clears the answer."""
    if item_id not in pack.item_index:
        raise AnswerError(item_id, f"{item_id} is not an item of the questionnaire {pack.id}.")
    if value is None:
        clear_answer(store, interview_id, item_id, actor=actor)
        return repo.SavedAnswer(item_id, None, repo.now())
    normalised = validate_answer(pack.item(item_id), value, language)
    return repo.save_answer(store, pack, interview_id, item_id, normalised, actor=actor)


def clear_answer(store: Store, interview_id: int, item_id: str, *, actor: str) -> None:
    """Remove an answer (the event log keeps the old value)."""
    repo.clear_answer(store, interview_id, item_id, actor=actor)


def confirm_prefill(store: Store, interview_id: int, item_id: str, *, actor: str) -> None:
    """Confirm a pre-filled answer with the cluster."""
    repo.confirm_answer(store, interview_id, item_id, actor=actor)


def set_note(
    store: Store, interview_id: int, item_id: str, text: str, *, for_report: bool, actor: str
) -> None:
    """The expert's note on a question ("" deletes it); private unless ``for_report``."""
    repo.set_note(store, interview_id, item_id, text.strip(), for_report=for_report, actor=actor)


def set_flag(
    store: Store, interview_id: int, item_id: str, kind: str, on: bool, *, actor: str
) -> None:
    """Raise or lower a flag ("follow_up", "evidence_missing") on a question."""
    repo.set_flag(store, interview_id, item_id, kind, on, actor=actor)


def attach_evidence(
    store: Store, interview_id: int, item_id: str, path: Path, *, actor: str
) -> repo.EvidenceRecord:
    """Copy a file into the store as evidence for a question (``OSError`` when unreadable)."""
    return repo.attach_evidence(store, interview_id, item_id, Path(path), actor=actor)


def remove_evidence(store: Store, evidence_id: int, *, actor: str) -> None:
    """Detach an evidence file."""
    repo.remove_evidence(store, evidence_id, actor=actor)


def open_item(store: Store, interview_id: int, item_id: str, *, actor: str) -> None:
    """Note that a question was shown; it becomes the point to resume from."""
    repo.record_item_opened(store, interview_id, item_id, actor=actor)


def set_recommendations(store: Store, interview_id: int, text: str, *, actor: str) -> None:
    """The expert's own recommendations for the report."""
    repo.set_recommendations(store, interview_id, text, actor=actor)
