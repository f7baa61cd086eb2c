"""Helpers for the shell, radar and score-panel tests: realistic score results and stores.

``sample_scores`` follows the score-result shape of docs/ARCHITECTURE.md exactly, built
from the default pack's own sections and indicators, with synthetic peer numbers.
"""

from __future__ import annotations

import copy
from typing import Any

from app.paths import default_pack_path
from app.scoring.pack import load_pack

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


def sample_scores(variant: int = 0, *, excellence_shown: bool = True) -> dict[str, Any]:
    """A score result for the default pack; ``variant`` shifts every number."""
    pack = load_pack(default_pack_path())
    axes = [s for s in pack.sections if s.chart_axis]
    shift = 7 * variant
    cluster = [min(100.0, 35.0 + 8 * i + shift) for i in range(len(axes))]
    cluster[-1] = None  # type: ignore[call-overload]  # megatrends not answered yet
    tech = [55.0 + 3 * i for i in range(len(axes))]
    excellence = [80.0 + 2 * i for i in range(len(axes))]
    indicators = []
    peer_indicators: dict[str, dict[str, float | None]] = {}
    for n, item in enumerate(i for i in pack.items if i.scoring.scored):
        passed = (n + variant) % 3 != 0
        threshold = item.scoring.gold_threshold
        value = None if n % 11 == 10 else (threshold or 1) * (1.2 if passed else 0.6)
        indicators.append(
            {
                "id": item.id,
                "section": item.section_id,
                "label": item.label.get(),
                "value": value,
                "score": None if value is None else (0.9 if passed else 0.4),
                "passed": None if value is None else passed,
                "gold_threshold": threshold,
                "direction": item.scoring.direction,
                "minimum": item.scoring.minimum,
                "minimum_met": None if item.scoring.minimum is None else passed,
                "weight": item.scoring.weight,
                "gap": None if value is None or passed or threshold is None else threshold - value,
                "explanation": f"{item.label.get()}: {'meets' if passed else 'below'} Gold.",
            }
        )
        if item.scoring.peer:
            peer_indicators[item.id] = {
                "technology_area": None if value is None else float((30 + 7 * n + shift) % 100),
                "excellence": (None if value is None else float((10 + 5 * n) % 100))
                if excellence_shown
                else None,
                "all": None if value is None else float((40 + 3 * n) % 100),
            }
    failing = [i["id"] for i in indicators if i["passed"] is False]
    groups = {
        "technology_area": {
            "label": "ICT",
            "size": 112,
            "shown": True,
            "section_means": {s.id: 55.0 + 3 * k for k, s in enumerate(axes)},
        },
        "excellence": {
            "label": "Gold-labelled clusters",
            "size": 240 if excellence_shown else 3,
            "shown": excellence_shown,
            "section_means": {s.id: 80.0 + 2 * k for k, s in enumerate(axes)}
            if excellence_shown
            else None,
        },
        "all": {"label": "All clusters", "size": 1300, "shown": True, "section_means": None},
    }
    sections = [
        {
            "id": s.id,
            "title": s.title.get(),
            "score": None if s.chart_axis is False else cluster[axes.index(s)],
            "answered": 4,
            "scored_items": sum(1 for i in s.items if i.scoring.scored),
        }
        for s in pack.sections
    ]
    return copy.deepcopy(
        {
            "pack": pack.ref,
            "reference": {
                "id": "synthetic-reference",
                "version": "1.0",
                "sha256": "0" * 64,
                "synthetic": True,
                "size": 1300,
            },
            "technology_area": "ICT",
            "eligibility": {
                "status": "incomplete",
                "criteria": [
                    {
                        "id": f"eligibility.{cid}",
                        "label": label,
                        "status": status,
                        "reason": why,
                        "role": cid,
                        "alternative": cid in ("programme_recognised", "social_economy"),
                        "threshold_source": None,
                    }
                    for cid, label, status, why in ELIGIBILITY_CRITERIA
                ],
                "explanation": "No criterion failed, but the English website is not answered.",
            },
            "indicators": indicators,
            "sections": sections,
            "gold": {
                "ready": False,
                "status": "not_ready",
                "share": 61.5 + shift,
                "required_share": 80,
                "minimums_met": variant % 2 == 0,
                "failing": failing,
                "explanation": "61.5 % of the weighted indicators meet Gold; 80 % are needed.",
                "what_would_change": [
                    "Reach 50 participants (now 30).",
                    "Raise events per year to 10 (now 6).",
                ],
            },
            "silver_precheck": {
                "passed": variant % 2 == 0,
                "failing_minimums": [] if variant % 2 == 0 else ["structure.participants_total"],
                "explanation": "All minimum requirements are met."
                if variant % 2 == 0
                else "Participants below the minimum of 15.",
            },
            "peers": {
                "groups": groups,
                "indicators": peer_indicators,
                "sections": {
                    s.id: {
                        "technology_area": float(40 + 5 * k + shift),
                        "excellence": float(20 + 4 * k) if excellence_shown else None,
                        "all": float(50 + 2 * k),
                    }
                    for k, s in enumerate(axes)
                },
            },
            "radar": {
                "axes": [{"id": s.id, "title": s.title.get()} for s in axes],
                "cluster": cluster,
                "technology_area": tech,
                "excellence": excellence if excellence_shown else None,
            },
        }
    )
