"""Helpers for the shell, radar and score-panel tests: realistic score results.

``sample_scores`` builds a typed ``ScoreResult`` (the engine's own dataclasses) from the
default pack's sections and indicators, with synthetic peer numbers chosen by the test.
"""

from __future__ import annotations

from dataclasses import replace

from app.paths import default_pack_path
from app.scoring.eligibility import Criterion, EligibilityResult
from app.scoring.engine import (
    GoldReadiness,
    IndicatorScore,
    ScoreResult,
    SectionScore,
    SilverPrecheck,
)
from app.scoring.pack import load_pack
from app.scoring.peers import PeerComparison, PeerGroup

ELIGIBILITY_CRITERIA = (
    ("eccp_listed", "Listed on the ECCP", "met", "The cluster is listed on the ECCP."),
    (
        "programme_recognised",
        "Recognised by a cluster programme",
        "not_met",
        "Not recognised by a national or regional cluster programme; the criteria below apply.",
    ),
    (
        "social_economy",
        "Recognised as a social-economy cluster",
        "not_met",
        "Not recognised as a social-economy cluster; the criteria below apply unless another "
        "recognition waives them.",
    ),
    (
        "management_fte",
        "Cluster management team of at least 0.5 FTE",
        "met",
        "1.5 FTE (needs 0.5).",
    ),
    ("committed_members", "At least 15 committed members", "met", "42 members (needs 15)."),
    ("member_types", "At least 2 types of members", "met", "3 types of members (needs 2)."),
    (
        "public_cooperation",
        "Public bodies among members or cooperation with them",
        "met",
        "Public bodies are members.",
    ),
    ("english_website", "English-language website", "unknown", "Not answered yet."),
)


def sample_scores(variant: int = 0, *, excellence_shown: bool = True) -> ScoreResult:
    """A score result for the default pack; ``variant`` shifts every number."""
    pack = load_pack(default_pack_path())
    axes = [s for s in pack.sections if s.chart_axis]
    shift = 7 * variant
    cluster: list[float | None] = [min(100.0, 35.0 + 8 * i + shift) for i in range(len(axes))]
    cluster[-1] = None  # megatrends not answered yet
    indicators = []
    peer_indicators: dict[str, dict[str, float | None]] = {}
    for n, item in enumerate(i for i in pack.items if i.scoring.scored):
        passed = (n + variant) % 3 != 0
        threshold = item.scoring.gold_threshold
        value = None if n % 11 == 10 else (threshold or 1) * (1.2 if passed else 0.6)
        indicators.append(
            IndicatorScore(
                id=item.id,
                section=item.section_id,
                label=item.label.get(),
                kind=item.scoring.kind,
                value=value,
                value_text="",
                measure=value,
                score=None if value is None else (0.9 if passed else 0.4),
                passed=None if value is None else passed,
                gold_threshold=threshold,
                direction=item.scoring.direction,
                minimum=item.scoring.minimum,
                minimum_met=None if item.scoring.minimum is None else passed,
                weight=item.scoring.weight,
                gap=None if value is None or passed or threshold is None else threshold - value,
                relevant=True,
                unit=item.unit,
                explanation=f"{item.label.get()}: {'meets' if passed else 'below'} Gold.",
            )
        )
        if item.scoring.peer:
            peer_indicators[item.id] = {
                "technology_area": None if value is None else float((30 + 7 * n + shift) % 100),
                "excellence": (None if value is None else float((10 + 5 * n) % 100))
                if excellence_shown
                else None,
                "all": None if value is None else float((40 + 3 * n) % 100),
            }
    groups = {
        "technology_area": PeerGroup(
            "technology_area",
            "ICT",
            112,
            True,
            {s.id: 55.0 + 3 * k for k, s in enumerate(axes)},
            "",
        ),
        "excellence": PeerGroup(
            "excellence",
            "Gold-labelled clusters",
            240 if excellence_shown else 3,
            excellence_shown,
            {s.id: 80.0 + 2 * k for k, s in enumerate(axes)} if excellence_shown else None,
            "",
        ),
        "all": PeerGroup("all", "All clusters", 1300, True, None, ""),
    }
    sections = tuple(
        SectionScore(
            id=s.id,
            title=s.title.get(),
            score=cluster[axes.index(s)] if s in axes else None,
            answered=4,
            scored_items=sum(1 for i in s.items if i.scoring.scored),
            indicators_answered=4,
            chart_axis=s.chart_axis,
        )
        for s in pack.sections
    )
    return ScoreResult(
        pack=pack.ref,
        reference={
            "id": "synthetic-reference",
            "version": "1.0",
            "sha256": "0" * 64,
            "synthetic": True,
            "size": 1300,
        },
        technology_area="ICT",
        eligibility=EligibilityResult(
            status="incomplete",
            criteria=tuple(
                Criterion(
                    f"eligibility.{cid}",
                    label,
                    status,
                    why,
                    alternative=cid in ("programme_recognised", "social_economy"),
                )
                for cid, label, status, why in ELIGIBILITY_CRITERIA
            ),
            explanation="No criterion failed, but the English website is not answered.",
            minimums={},
        ),
        indicators=tuple(indicators),
        sections=sections,
        gold=GoldReadiness(
            status="not_ready",
            share=61.5 + shift,
            required_share=80,
            best_share=90.0,
            minimums_met=variant % 2 == 0,
            failing=tuple(i.id for i in indicators if i.passed is False),
            unanswered=(),
            explanation="61.5 % of the weighted indicators meet Gold; 80 % are needed.",
            what_would_change=(
                "Reach 50 participants (now 30).",
                "Raise events per year to 10 (now 6).",
            ),
        ),
        silver_precheck=SilverPrecheck(
            passed=variant % 2 == 0,
            failing_minimums=() if variant % 2 == 0 else ("structure.participants_total",),
            unknown_minimums=(),
            explanation="All minimum requirements are met."
            if variant % 2 == 0
            else "Participants below the minimum of 15.",
        ),
        peers=PeerComparison(
            groups=groups,
            indicators=peer_indicators,
            sections={
                s.id: {
                    "technology_area": float(40 + 5 * k + shift),
                    "excellence": float(20 + 4 * k) if excellence_shown else None,
                    "all": float(50 + 2 * k),
                }
                for k, s in enumerate(axes)
            },
        ),
    )


def charted(scores: ScoreResult) -> list[SectionScore]:
    """The sections drawn as radar axes, in order."""
    return [s for s in scores.sections if s.chart_axis]


def with_changes(scores: ScoreResult, **changes: object) -> ScoreResult:
    """A copy of ``scores`` with some fields replaced."""
    return replace(scores, **changes)  # type: ignore[arg-type]
