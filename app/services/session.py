"""The open interview: its state and rules, without Qt, announcing every change.

``InterviewSession`` holds what an interview window shows (answers and their source,
notes, flags, evidence, supervisors' comments, the clock, the current question, the live
scores and what is still open before finalising) and performs the expert's actions through
the service functions. Views connect to its ``Callbacks`` and redraw what changed; tests
drive it without any window.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Generic, ParamSpec

from app.errors import AppError
from app.models import Store
from app.models import repository as repo
from app.models.label_paths import ImprovementAreaRecord, LabelPathInputs, label_path_inputs
from app.scoring.engine import ScoreResult, score_interview
from app.scoring.pacing import BudgetStatus, budget_status
from app.scoring.pack import AnswerError, AnswerValue, Item, validate_answer
from app.scoring.reference import ReferenceSet
from app.services import answers, interviews, labels
from app.services.interviews import Readiness

log = logging.getLogger(__name__)

P = ParamSpec("P")
FLAG_KINDS = repo.FLAG_KINDS


class Callbacks(Generic[P]):
    """A tiny observer list: views ``connect`` a callback, the model calls each in order."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[P, object]] = []

    def connect(self, callback: Callable[P, object]) -> None:
        """Call ``callback`` on every announcement from now on."""
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[P, object]) -> None:
        """Stop calling ``callback``."""
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *args: P.args, **kwargs: P.kwargs) -> None:
        """Call every connected callback."""
        for callback in list(self._callbacks):
            callback(*args, **kwargs)


@dataclass(frozen=True)
class SaveOutcome:
    """What became of an answer given: saved (or cleared), unchanged, or refused and why."""

    saved: bool
    problem: str = ""
    changed: bool = True
    locked: bool = False
    cleared: bool = False
    saved_at: datetime | None = None


@dataclass(frozen=True)
class Progress:
    """Answered of asked questions, required answered of required, flagged, to confirm."""

    answered: int
    total: int
    required_answered: int
    required_total: int
    flagged: int
    to_confirm: int

    @property
    def complete(self) -> bool:
        """Whether every required question is answered."""
        return self.required_answered >= self.required_total


def is_answered(value: AnswerValue) -> bool:
    """Whether a saved value counts as an answer (an empty list or text does not)."""
    return value is not None and value != [] and value != ""


def progress_of(
    items: Sequence[Item],
    answers: Mapping[str, AnswerValue],
    flags: Mapping[str, Set[str]],
    to_confirm: Set[str],
) -> Progress:
    """How far ``items`` (the questions asked) have got: the one rule for every view."""
    required = [i for i in items if i.required]
    return Progress(
        answered=sum(1 for i in items if is_answered(answers.get(i.id))),
        total=len(items),
        required_answered=sum(1 for i in required if is_answered(answers.get(i.id))),
        required_total=len(required),
        flagged=sum(1 for i in items if flags.get(i.id)),
        to_confirm=sum(1 for i in items if i.id in to_confirm),
    )


class InterviewSession:
    """One open interview: state, rules and actions; see the module docstring."""

    def __init__(
        self,
        store: Store,
        interview_id: int,
        *,
        reference: ReferenceSet | None = None,
        language: str = "en",
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.interview_id = interview_id
        self.language = language
        self.reference = reference
        self._monotonic = monotonic
        self.detail = repo.get_interview(store, interview_id)
        self.pack = repo.pack_of(store, interview_id)
        self.actor = interviews.actor_for(store, interview_id)
        self._answers: dict[str, AnswerValue] = repo.answers_of(store, interview_id)
        self._meta: dict[str, repo.AnswerMeta] = repo.answer_meta(store, interview_id)
        self._notes: dict[str, repo.NoteRecord] = repo.notes_of(store, interview_id)
        self._flags: dict[str, set[str]] = repo.flags_of(store, interview_id)
        self._evidence: list[repo.EvidenceRecord] = repo.evidence_of(store, interview_id)
        self._comments = repo.supervisor_comments_of(store, interview_id)
        self.clock = repo.clock_state(store, interview_id)
        self._clock_read_at = monotonic()
        self.current_item_id = ""
        self._areas: list[ImprovementAreaRecord] = labels.improvement_areas(store, interview_id)
        self.label_inputs: LabelPathInputs = label_path_inputs(store, interview_id)
        self.scores = self._score()

        #: An answer was saved, cleared or confirmed (the item id).
        self.answer_changed: Callbacks[[str]] = Callbacks()
        #: The note of an item was saved or deleted.
        self.note_changed: Callbacks[[str]] = Callbacks()
        #: A flag of an item was raised or lowered.
        self.flags_changed: Callbacks[[str]] = Callbacks()
        #: Evidence was attached to or removed from an item.
        self.evidence_changed: Callbacks[[str]] = Callbacks()
        #: The scores were recomputed.
        self.scores_changed: Callbacks[[ScoreResult]] = Callbacks()
        #: The interview's status changed (finalised, reopened, a decision came back).
        self.status_changed: Callbacks[[]] = Callbacks()
        #: The clock was started, paused or read again.
        self.clock_changed: Callbacks[[]] = Callbacks()
        #: Another question became the current one.
        self.current_changed: Callbacks[[str]] = Callbacks()
        #: Supervisors' comments were read again.
        self.comments_changed: Callbacks[[]] = Callbacks()
        #: An improvement area was added, changed or removed.
        self.improvements_changed: Callbacks[[]] = Callbacks()

    # --- state ---------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        """Whether the interview is finalised (or approved) and so read-only."""
        return self.detail.locked

    @property
    def practice(self) -> bool:
        """Whether this is a practice interview (it never leads to a label)."""
        return self.detail.mode == "practice"

    def answers(self) -> dict[str, AnswerValue]:
        """The saved answers (a copy)."""
        return dict(self._answers)

    def answer(self, item_id: str) -> AnswerValue:
        """The saved answer to ``item_id`` (None when unanswered)."""
        return self._answers.get(item_id)

    def saved_at(self, item_id: str) -> datetime | None:
        """When the answer to ``item_id`` was saved."""
        meta = self._meta.get(item_id)
        return meta.saved_at if meta is not None and item_id in self._answers else None

    def is_unconfirmed(self, item_id: str) -> bool:
        """Whether ``item_id`` holds a pre-filled answer not yet confirmed."""
        meta = self._meta.get(item_id)
        return item_id in self._answers and meta is not None and not meta.confirmed

    def unconfirmed_ids(self) -> set[str]:
        """Items whose pre-filled answers are still to confirm."""
        return {item_id for item_id in self._answers if self.is_unconfirmed(item_id)}

    def note(self, item_id: str) -> repo.NoteRecord | None:
        """The expert's note on ``item_id``."""
        return self._notes.get(item_id)

    def flags(self) -> dict[str, set[str]]:
        """Raised flags by item id (a copy)."""
        return {item_id: set(kinds) for item_id, kinds in self._flags.items()}

    def flags_of(self, item_id: str) -> set[str]:
        """The flags raised on ``item_id``."""
        return set(self._flags.get(item_id, ()))

    def evidence_of(self, item_id: str) -> list[repo.EvidenceRecord]:
        """The evidence files attached to ``item_id``."""
        return [record for record in self._evidence if record.item_id == item_id]

    def comments_on(self, item_id: str) -> list[repo.CommentRecord]:
        """Supervisors' comments on ``item_id`` ("" for the interview as a whole)."""
        return list(self._comments.get(item_id, ()))

    def current_item(self) -> Item | None:
        """The question on screen."""
        return self.pack.item(self.current_item_id) if self.current_item_id else None

    def asked_items(self, section_id: str | None = None) -> list[Item]:
        """The questions asked given the answers so far (of one section, or all)."""
        sections = [s for s in self.pack.sections if section_id in (None, s.id)]
        return [item for s in sections for item in s.items if item.is_relevant(self._answers)]

    def is_asked(self, item_id: str) -> bool:
        """Whether ``item_id`` is asked, given the answers so far."""
        return item_id in self.pack.item_index and self.pack.item(item_id).is_relevant(
            self._answers
        )

    def resume_item_id(self) -> str:
        """Where to continue: the question last shown, else the first one asked."""
        asked = [item.id for item in self.asked_items()]
        if self.detail.current_item_id in asked:
            return self.detail.current_item_id
        return asked[0] if asked else ""

    def neighbour(self, step: int) -> str | None:
        """The question ``step`` places after (or before) the current one, if there is one."""
        asked = [item.id for item in self.asked_items()]
        if not asked:
            return None
        if self.current_item_id not in asked:
            return asked[0]
        position = asked.index(self.current_item_id) + step
        return asked[position] if 0 <= position < len(asked) else None

    def neighbour_section(self, step: int) -> str | None:
        """The first question of the next (or previous) section that asks any."""
        item = self.current_item()
        if item is None:
            return self.neighbour(1)
        sections = list(self.pack.sections)
        position = next(n for n, s in enumerate(sections) if s.id == item.section_id) + step
        while 0 <= position < len(sections):
            asked = self.asked_items(sections[position].id)
            if asked:
                return asked[0].id
            position += step
        return None

    def progress(self, section_id: str | None = None) -> Progress:
        """How far the interview (or one section) has got."""
        return progress_of(
            self.asked_items(section_id), self._answers, self._flags, self.unconfirmed_ids()
        )

    def readiness(self) -> Readiness:
        """What is still open before finalising (the rule of ``interviews.open_points``)."""
        return interviews.open_points(
            self.pack, self._answers, self._flags, self.unconfirmed_ids(), self.language
        )

    def clock_seconds(self) -> tuple[float, float]:
        """Interview time in total and in the current question's section, now."""
        extra = self._monotonic() - self._clock_read_at if self.clock.running else 0.0
        item = self.current_item()
        section = item.section_id if item is not None else ""
        return (
            self.clock.elapsed_seconds + extra,
            self.clock.section_seconds.get(section, 0.0) + extra,
        )

    def budget(self) -> BudgetStatus:
        """The interview clock against the pack's whole budget (and the sections' own), now."""
        extra = self._monotonic() - self._clock_read_at if self.clock.running else 0.0
        sections = dict(self.clock.section_seconds)
        item = self.current_item()
        if item is not None and extra:
            sections[item.section_id] = sections.get(item.section_id, 0.0) + extra
        return budget_status(self.pack, self.clock.elapsed_seconds + extra, sections, self.language)

    def improvement_areas(self) -> list[ImprovementAreaRecord]:
        """The improvement areas recorded for this benchmarking, in their order."""
        return list(self._areas)

    # --- actions ---------------------------------------------------------------------------

    def open_item(self, item_id: str) -> bool:
        """Make ``item_id`` the current question (when it is asked); it is noted in the log."""
        if not self.is_asked(item_id):
            return False
        if item_id == self.current_item_id:
            return True
        self.current_item_id = item_id
        try:
            answers.open_item(self.store, self.interview_id, item_id, actor=self.actor)
        except AppError as error:
            log.warning("could not record the item opening: %s", error.user_message)
        self._read_clock()
        self.current_changed.emit(item_id)
        return True

    def check_answer(self, item_id: str, value: AnswerValue) -> AnswerValue:
        """``value`` as it would be saved; ``AnswerError`` (in the interview's language) if not."""
        return validate_answer(self.pack.item(item_id), value, self.language)

    def save_answer(self, item_id: str, value: AnswerValue) -> SaveOutcome:
        """Save ``value`` (None clears); the outcome says "saved" only once it is on disk."""
        if self.locked:
            return SaveOutcome(False, locked=True)
        if value is None:
            return self.clear_answer(item_id)
        try:
            normalised = self.check_answer(item_id, value)
        except AnswerError as error:
            return SaveOutcome(False, error.message)
        if normalised == self._answers.get(item_id) and not self.is_unconfirmed(item_id):
            return SaveOutcome(True, changed=False, saved_at=self.saved_at(item_id))
        try:
            saved = answers.save_answer(
                self.store,
                self.pack,
                self.interview_id,
                item_id,
                normalised,
                actor=self.actor,
                language=self.language,
            )
        except AnswerError as error:
            return SaveOutcome(False, error.message)
        except AppError as error:
            return SaveOutcome(False, error.user_message)
        self._answers[item_id] = saved.value
        self._meta[item_id] = repo.AnswerMeta("expert", True, saved.saved_at)
        self._after_answer_change(item_id)
        return SaveOutcome(True, saved_at=saved.saved_at)

    def clear_answer(self, item_id: str) -> SaveOutcome:
        """Remove the answer to ``item_id`` (the log keeps the old value)."""
        if self.locked:
            return SaveOutcome(False, locked=True)
        if item_id not in self._answers:
            return SaveOutcome(True, changed=False)
        try:
            answers.clear_answer(self.store, self.interview_id, item_id, actor=self.actor)
        except AppError as error:
            return SaveOutcome(False, error.user_message)
        self._answers.pop(item_id, None)
        self._meta.pop(item_id, None)
        self._after_answer_change(item_id)
        return SaveOutcome(True, cleared=True)

    def confirm_prefill(self, item_id: str) -> bool:
        """Confirm the pre-filled answer of ``item_id``; False when there is none to confirm."""
        if self.locked or not self.is_unconfirmed(item_id):
            return False
        answers.confirm_prefill(self.store, self.interview_id, item_id, actor=self.actor)
        self._meta = repo.answer_meta(self.store, self.interview_id)
        self.answer_changed.emit(item_id)
        return True

    def set_note(self, item_id: str, text: str, *, for_report: bool) -> bool:
        """Keep the note on ``item_id`` ("" deletes it); False when nothing changed."""
        if self.locked:
            return False
        text = text.strip()
        old = self._notes.get(item_id)
        if (old.text if old else "") == text and (old.for_report if old else False) == for_report:
            return False
        if not text and old is None:
            return False
        answers.set_note(
            self.store, self.interview_id, item_id, text, for_report=for_report, actor=self.actor
        )
        self._notes = repo.notes_of(self.store, self.interview_id)
        self.note_changed.emit(item_id)
        return True

    def set_flag(self, item_id: str, kind: str, on: bool) -> None:
        """Raise or lower a flag on ``item_id``."""
        if self.locked:
            return
        answers.set_flag(self.store, self.interview_id, item_id, kind, on, actor=self.actor)
        self._flags = repo.flags_of(self.store, self.interview_id)
        self.flags_changed.emit(item_id)

    def attach_evidence(self, item_id: str, path: Path) -> repo.EvidenceRecord:
        """Copy ``path`` into the store as evidence for ``item_id``."""
        record = answers.attach_evidence(
            self.store, self.interview_id, item_id, path, actor=self.actor
        )
        self._evidence.append(record)
        self.evidence_changed.emit(item_id)
        return record

    def remove_evidence(self, record: repo.EvidenceRecord) -> None:
        """Detach an evidence file."""
        answers.remove_evidence(self.store, record.id, actor=self.actor)
        self._evidence = [e for e in self._evidence if e.id != record.id]
        self.evidence_changed.emit(record.item_id)

    def start_clock(self) -> None:
        """Start (or resume) the interview clock."""
        self._clock_call(repo.clock_start)

    def pause_clock(self) -> None:
        """Pause the clock (a dropped call, a coffee break)."""
        self._clock_call(repo.clock_pause)

    def toggle_pause(self) -> None:
        """Pause a running clock, resume a paused one."""
        if not self.locked:
            self._clock_call(repo.clock_pause if self.clock.running else repo.clock_start)

    def finalise(self) -> None:
        """Lock the interview (after the review showed what is open)."""
        if self.locked:
            return
        interviews.finalise(self.store, self.interview_id, anyway=True, actor=self.actor)
        self._read_clock()
        self.reload_status()

    def reopen(self, reason: str) -> None:
        """Reopen the finalised interview, logging ``reason``; the clock runs again."""
        interviews.reopen(self.store, self.interview_id, reason, actor=self.actor)
        self.reload_status()
        self.start_clock()

    def set_recommendations(self, text: str) -> None:
        """The expert's own recommendations for the report."""
        answers.set_recommendations(self.store, self.interview_id, text, actor=self.actor)
        self.reload_status()

    def add_improvement_area(self, title: str, evidence: str, indicators: Sequence[str]) -> int:
        """Record an improvement area (``LabelInputError`` says what is wrong); its id."""
        area_id = labels.add_improvement_area(
            self.store,
            self.interview_id,
            title=title,
            evidence=evidence,
            indicators=indicators,
            actor=self.actor,
        )
        self._after_improvements_change()
        return area_id

    def update_improvement_area(
        self, area_id: int, title: str, evidence: str, indicators: Sequence[str]
    ) -> None:
        """Change an improvement area (the event log keeps the old text)."""
        labels.update_improvement_area(
            self.store,
            self.interview_id,
            area_id,
            title=title,
            evidence=evidence,
            indicators=indicators,
            actor=self.actor,
        )
        self._after_improvements_change()

    def remove_improvement_area(self, area_id: int) -> None:
        """Remove an improvement area."""
        labels.remove_improvement_area(self.store, self.interview_id, area_id, actor=self.actor)
        self._after_improvements_change()

    def set_reference(self, reference: ReferenceSet | None) -> None:
        """Compare with another reference set from now on (the active one changed)."""
        self.reference = reference
        self._rescore()

    def close(self) -> None:
        """Stop the clock (the window closes)."""
        if not self.locked and self.clock.running:
            try:
                repo.clock_pause(self.store, self.interview_id, actor=self.actor)
            except AppError as error:
                log.warning("clock: %s", error.user_message)

    # --- reading again -------------------------------------------------------------------

    def reload_answers(self) -> None:
        """Read answers and their sources again (after a pre-fill import)."""
        self._answers = repo.answers_of(self.store, self.interview_id)
        self._meta = repo.answer_meta(self.store, self.interview_id)
        self._rescore()
        self.answer_changed.emit(self.current_item_id)

    def reload_status(self) -> None:
        """Read the interview's status again (finalised, reopened, exported, decided)."""
        try:
            self.detail = repo.get_interview(self.store, self.interview_id)
        except AppError as error:
            log.warning("could not read the interview: %s", error.user_message)
            return
        self.status_changed.emit()

    def reload_after_decision(self) -> None:
        """Read status and supervisors' comments again; a reopened interview's clock runs."""
        self._comments = repo.supervisor_comments_of(self.store, self.interview_id)
        self.reload_status()
        self.comments_changed.emit()
        if not self.locked and not self.clock.running:
            self.start_clock()

    # --- helpers -------------------------------------------------------------------------

    def _after_answer_change(self, item_id: str) -> None:
        self._rescore()
        self.answer_changed.emit(item_id)

    def _after_improvements_change(self) -> None:
        self._areas = labels.improvement_areas(self.store, self.interview_id)
        self.label_inputs = label_path_inputs(self.store, self.interview_id)
        self._rescore()
        self.improvements_changed.emit()

    def _score(self) -> ScoreResult:
        inputs = self.label_inputs
        return score_interview(
            self.pack,
            self._answers,
            reference=self.reference,
            technology_area=self.detail.technology_area or None,
            language=self.language,
            previous=inputs.previous,
            improvements=inputs.improvements,
            assessed_on=inputs.assessed_on,
        )

    def _rescore(self) -> None:
        self.scores = self._score()
        self.scores_changed.emit(self.scores)

    def _clock_call(self, call: Callable[..., None]) -> None:
        try:
            call(self.store, self.interview_id, actor=self.actor)
        except AppError as error:
            log.warning("clock: %s", error.user_message)
        self._read_clock()
        self.reload_status()

    def _read_clock(self) -> None:
        try:
            self.clock = repo.clock_state(self.store, self.interview_id)
        except AppError as error:
            log.warning("clock state: %s", error.user_message)
        self._clock_read_at = self._monotonic()
        self.clock_changed.emit()
