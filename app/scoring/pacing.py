"""Pacing: the interview clock against the pack's time budget.

The whole interview's budget is the sum of the section budgets (``Pack.total_budget_minutes``;
the default pack: 180 minutes, ESCA's "about 3 hours"). ``budget_status`` says whether the
running time has passed it, by how much, and which sections are past their own budget; the
interview window shows its warning from it. Pure: the clock's figures come from the store
(``app.models.repository.clock_state``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.scoring.pack import Pack
from app.scoring.wording import say


@dataclass(frozen=True)
class BudgetStatus:
    """The clock against the budget: the whole interview and each section."""

    budget_seconds: float
    elapsed_seconds: float
    sections_over: tuple[str, ...]
    message: str

    @property
    def over(self) -> bool:
        """Whether the running time has passed the whole interview's budget."""
        return self.elapsed_seconds > self.budget_seconds

    @property
    def overrun_seconds(self) -> float:
        """How far past the budget the clock is (0 while within it)."""
        return max(0.0, self.elapsed_seconds - self.budget_seconds)


def _minutes_text(seconds: float) -> str:
    minutes = int(seconds // 60)
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"


def budget_status(
    pack: Pack,
    elapsed_seconds: float,
    section_seconds: Mapping[str, float] | None = None,
    language: str = "en",
) -> BudgetStatus:
    """Whether the interview clock has passed the pack's total budget (and which sections
    have passed theirs), with a sentence to show when it has."""
    budget = 60.0 * pack.total_budget_minutes
    spent = section_seconds or {}
    over_sections = tuple(
        s.id for s in pack.sections if spent.get(s.id, 0.0) > 60.0 * s.budget_minutes
    )
    message = ""
    if elapsed_seconds > budget:
        message = say(
            language,
            "The interview has passed its time budget of {budget} (by {overrun}).",
            budget=_minutes_text(budget),
            overrun=_minutes_text(elapsed_seconds - budget)
            if elapsed_seconds - budget >= 60
            else say(language, "less than a minute"),
        )
    return BudgetStatus(budget, max(0.0, elapsed_seconds), over_sections, message)
