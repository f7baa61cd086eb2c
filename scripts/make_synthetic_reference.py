"""Generate the SYNTHETIC peer reference set shipped in resources/reference/.

Every cluster in it is invented: technology area, country, label level, year and indicator
values are drawn from a fixed-seed random generator, so the file is reproducible byte for
byte. Values are plausible for the default questionnaire pack, not real results; the file
says ``"synthetic": true`` and the app shows that wherever peers appear.

    .venv/bin/python scripts/make_synthetic_reference.py            # rewrite the shipped file
    .venv/bin/python scripts/make_synthetic_reference.py --count 100000 --out /tmp/big.json
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.fileio import write_atomically  # noqa: E402
from app.paths import default_pack_path, default_reference_path  # noqa: E402
from app.scoring.pack import NUMERIC_TYPES, Item, Pack, load_pack  # noqa: E402
from app.scoring.reference import FORMAT_NAME, FORMAT_VERSION  # noqa: E402
from app.scoring.taxonomy import COUNTRIES, TECHNOLOGY_AREAS  # noqa: E402

SEED = 20191115  # the day the eligibility rule came into force
COUNT = 1300
REFERENCE_ID = "synthetic-reference"
REFERENCE_VERSION = "1.0.0"

#: Relative frequency of each technology area (ESCA's database is ICT- and energy-heavy).
AREA_WEIGHTS = {
    "Aviation & space": 4,
    "Biotechnology": 6,
    "Construction": 5,
    "Energy & environment": 12,
    "Food (non-biotech)": 8,
    "Health & medical science": 10,
    "Humanities/media/design/service innovation": 3,
    "ICT": 14,
    "Micro-, nano- & optical technologies": 5,
    "New materials & chemistry": 7,
    "Production & engineering": 12,
    "Transportation & mobility": 8,
    "Sports, leisure & tourism": 3,
    "Creative industries": 3,
}
LABEL_WEIGHTS = {"gold": 7, "silver": 10, "bronze": 68, "none": 15}
#: Labelled clusters are, on average, better run.
LABEL_QUALITY = {"gold": 1.3, "silver": 0.5, "bronze": -0.6, "none": -1.0}
MISSING_RATE = 0.02

Context = dict[str, Any]
Spec = Callable[[float, Context], Any]


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _lognormal(median: float, spread: float, z: float) -> float:
    return math.exp(math.log(median) + spread * z)


def _level(z: float, cuts: tuple[float, ...], codes: tuple[str, ...]) -> str:
    for cut, code in zip(cuts, codes, strict=False):
        if z < cut:
            return code
    return codes[-1]


MATURITY = ("none", "initial", "established", "leading")

#: How each indicator of the default pack is drawn from its latent score ``z`` (~N(0, 1),
#: correlated with the cluster's quality) and the values drawn before it.
SPECS: dict[str, Spec] = {
    "structure.participants_total": lambda z, c: max(8, round(_lognormal(70, 0.7, z))),
    "structure.sme_share": lambda z, c: _clip(70 + 12 * z, 15, 100),
    "structure.research_education_participants": lambda z, c: round(
        c["structure.participants_total"] * _clip(0.09 + 0.04 * z, 0.0, 0.4)
    ),
    "structure.regional_share": lambda z, c: _clip(68 + 15 * z, 10, 100),
    "structure.international_participants": lambda z, c: max(0, round(_lognormal(2.5, 0.9, z)) - 1),
    "structure.new_participants": lambda z, c: round(
        c["structure.participants_total"] * _clip(0.12 + 0.05 * z, 0.0, 0.6)
    ),
    "management.year_founded": lambda z, c: c["_year"] - round(_clip(8 + 6 * z, 0, 28)),
    "management.staff_fte": lambda z, c: max(0.3, _lognormal(2.4, 0.6, z)),
    "management.manager_experience": lambda z, c: _clip(6 + 4 * z, 0.5, 35),
    "management.staff_turnover": lambda z, c: _clip(25 - 12 * z, 0, 90),
    "management.training_days": lambda z, c: _clip(3.5 + 2 * z, 0, 20),
    "management.member_involvement": lambda z, c: _level(
        z, (-0.8, 0.4), ("none", "advisory", "board")
    ),
    "financing.total_budget": lambda z, c: round(_lognormal(320_000, 0.7, z), -3),
    "financing.public_share": lambda z, c: _clip(52 - 15 * z, 0, 100),
    "financing.membership_fee_share": lambda z, c: _clip(
        18 + 8 * z, 0, 100 - c["financing.public_share"]
    ),
    "financing.services_share": lambda z, c: _clip(
        14 + 8 * z, 0, 100 - c["financing.public_share"] - c["financing.membership_fee_share"]
    ),
    "financing.secured_years": lambda z, c: round(_clip(2 + 1.2 * z, 0, 10)),
    "financing.budget_monitored": lambda z, c: z > -0.9,
    "services.written_strategy": lambda z, c: z > -1.2,
    "services.action_plan": lambda z, c: z > -0.6,
    "services.kpis_monitored": lambda z, c: z > -0.5,
    "services.offer": lambda z, c: round(_clip(5 + 1.6 * z, 1, 8)),
    "services.events_per_year": lambda z, c: round(_lognormal(14, 0.6, z)),
    "services.international_activities": lambda z, c: round(_clip(4 + 3 * z, 0, 100)),
    "interaction.contact_frequency": lambda z, c: _level(
        z, (-1.0, -0.2, 0.9), ("yearly", "quarterly", "monthly", "weekly")
    ),
    "interaction.active_member_share": lambda z, c: _clip(55 + 15 * z, 5, 100),
    "interaction.joint_projects": lambda z, c: round(_lognormal(7, 0.7, z)),
    "interaction.working_groups": lambda z, c: round(_clip(4 + 2 * z, 0, 40)),
    "interaction.matchmaking_contacts": lambda z, c: round(_lognormal(30, 0.8, z)),
    "interaction.channels": lambda z, c: round(_clip(3.5 + z, 1, 5)),
    "achievements.press_articles": lambda z, c: round(_lognormal(15, 0.8, z)),
    "achievements.satisfaction_survey": lambda z, c: z > -0.4,
    "achievements.satisfaction_score": lambda z, c: (
        _clip(75 + 10 * z, 30, 100) if c.get("achievements.satisfaction_survey") else None
    ),
    "achievements.project_funding": lambda z, c: round(_lognormal(600_000, 1.0, z), -3),
    "achievements.success_stories": lambda z, c: round(_clip(3 + 1.5 * z, 0, 10)),
    "megatrends.digital": lambda z, c: _level(z + 0.3, (-0.9, 0.0, 1.0), MATURITY),
    "megatrends.green": lambda z, c: _level(z, (-0.9, 0.1, 1.1), MATURITY),
    "megatrends.social": lambda z, c: _level(z - 0.4, (-0.9, 0.1, 1.1), MATURITY),
}


def _generic(item: Item, z: float) -> Any:
    """A plausible value for an indicator without its own spec (another pack)."""
    rule = item.scoring
    target = float(rule.gold_threshold if rule.gold_threshold is not None else 1.0)
    if item.type == "yes_no":
        return z > -0.5
    if item.type == "single_choice":
        options = [o for o in item.options if o.points is not None] or list(item.options)
        return options[round(_clip((z + 1.5) / 3, 0, 1) * (len(options) - 1))].code
    if item.type in {"multiple_choice", "group"}:
        top = len(item.options) if item.type == "multiple_choice" else (item.max_rows or 10)
        return round(_clip(target + 1.5 * z, 0, top))
    if item.type == "year":
        return round(target - 6 * z) if not rule.higher_is_better else round(target + 6 * z)
    return target * math.exp(0.5 * z if rule.higher_is_better else -0.5 * z)


def _fit(item: Item, value: Any) -> Any:
    """Keep a drawn value inside the item's bounds, in its JSON form."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if item.type in NUMERIC_TYPES:
        low = item.validation.min if item.validation.min is not None else 0.0
        high = item.validation.max
        if item.type == "percent":
            high = 100.0 if high is None else high
        value = max(low, value if high is None else min(high, value))
        if item.type in {"integer", "year"}:
            return round(value)
        return round(float(value), 1)
    return round(value)


def generate(pack: Pack, count: int = COUNT, seed: int = SEED) -> dict[str, Any]:
    """The reference document: ``count`` synthetic clusters for ``pack``'s scored items."""
    rng = random.Random(seed)
    items = [i for i in pack.items if i.scoring.scored]
    areas = [a for a in TECHNOLOGY_AREAS if a in AREA_WEIGHTS] or list(TECHNOLOGY_AREAS)
    area_weights = [AREA_WEIGHTS.get(a, 1) for a in areas]
    countries = [code for code in COUNTRIES if code != "XX"]
    labels, label_weights = list(LABEL_WEIGHTS), list(LABEL_WEIGHTS.values())
    clusters = []
    for _ in range(count):
        label = rng.choices(labels, label_weights)[0]
        year = rng.randint(2015 if label == "gold" else 2013, 2024)
        quality = rng.gauss(0.0, 1.0) + LABEL_QUALITY[label]
        context: Context = {"_year": year}
        values = []
        for item in items:
            z = 0.6 * quality + 0.8 * rng.gauss(0.0, 1.0)
            spec = SPECS.get(item.id)
            value = _fit(item, spec(z, context) if spec else _generic(item, z))
            context[item.id] = value
            if not item.required and rng.random() < MISSING_RATE:
                value = None
            values.append(value)
        clusters.append(
            {
                "technology_area": rng.choices(areas, area_weights)[0],
                "country": rng.choice(countries),
                "label": label,
                "year": year,
                "values": values,
            }
        )
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "id": REFERENCE_ID,
        "version": REFERENCE_VERSION,
        "title": f"SYNTHETIC reference set ({count} fictional clusters)",
        "description": (
            "Generated by scripts/make_synthetic_reference.py with a fixed seed. Every "
            "cluster is invented; the values are plausible for the default questionnaire "
            "pack but are not real benchmarking results."
        ),
        "synthetic": True,
        "pack": {"id": pack.id, "version": pack.version},
        "generator": f"scripts/make_synthetic_reference.py seed={seed}",
        "indicators": [i.id for i in items],
        "clusters": clusters,
    }


def dumps(document: dict[str, Any]) -> str:
    """Compact JSON with one cluster per line, so diffs stay readable."""
    head = {k: v for k, v in document.items() if k != "clusters"}
    text = json.dumps(head, indent=1, ensure_ascii=False)[:-2]
    rows = ",\n".join(
        "  " + json.dumps(c, ensure_ascii=False, separators=(",", ":"))
        for c in document["clusters"]
    )
    return f'{text},\n "clusters": [\n{rows}\n ]\n}}\n'


def main(argv: list[str] | None = None) -> int:
    """Write the synthetic reference file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default_reference_path())
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--pack", type=Path, default=default_pack_path())
    args = parser.parse_args(argv)
    document = generate(load_pack(args.pack), args.count, args.seed)
    data = dumps(document).encode("utf-8")
    write_atomically(args.out, data)
    sys.stdout.write(f"wrote {args.out} ({args.count} synthetic clusters, {len(data):,} bytes)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
