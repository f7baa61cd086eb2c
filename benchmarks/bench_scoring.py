"""Scoring speed: rescoring a complete interview, and ranking against 100,000 clusters.

1. Rescoring a complete interview of the default pack (what happens on every saved answer):
   without peers, and with peers against the shipped synthetic reference (1,300 clusters).
   The target is well under one frame (16 ms).
2. A generated SYNTHETIC reference set of 100,000 clusters: generating and parsing it,
   building the peer statistics once (scoring every reference cluster, aggregating per
   group), the size of what a bundle would carry, then ranking an interview against it
   (percentiles per indicator and section, three groups), each time with statistics that
   remember no rank of before.

Prints median, 95th percentile and max in milliseconds.

    .venv/bin/python benchmarks/bench_scoring.py [--clusters 100000] [--runs 300]
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import report  # noqa: E402

from app.export.bundle import canonical_json  # noqa: E402
from app.paths import default_pack_path  # noqa: E402
from app.scoring.engine import score_interview  # noqa: E402
from app.scoring.pack import load_pack  # noqa: E402
from app.scoring.peers import peer_statistics  # noqa: E402
from app.scoring.reference import default_reference, parse_reference  # noqa: E402
from scripts import make_synthetic_reference as generator  # noqa: E402

#: A complete fictional interview: every item of the default pack answered.
COMPLETE: dict[str, Any] = {
    "eligibility.eccp_listed": True,
    "eligibility.programme_recognised": False,
    "eligibility.management_fte": 2.5,
    "eligibility.committed_members": 64,
    "eligibility.member_types": ["companies", "research", "education"],
    "eligibility.public_cooperation": True,
    "eligibility.english_website": True,
    "eligibility.eccp_profile_url": "https://example.org/fictional-cluster",
    "structure.participants_total": 71,
    "structure.sme_share": 68.0,
    "structure.research_education_participants": 6,
    "structure.regional_share": 74.5,
    "structure.international_participants": 3,
    "structure.new_participants": 8,
    "management.year_founded": 2012,
    "management.legal_form": "association",
    "management.staff_fte": 2.5,
    "management.manager_experience": 6.0,
    "management.staff_turnover": 20.0,
    "management.training_days": 2.5,
    "management.member_involvement": "advisory",
    "financing.total_budget": 310_000.0,
    "financing.public_share": 55.0,
    "financing.membership_fee_share": 25.0,
    "financing.services_share": 20.0,
    "financing.secured_years": 2,
    "financing.budget_monitored": True,
    "services.written_strategy": True,
    "services.strategy_year": 2022,
    "services.action_plan": True,
    "services.kpis_monitored": False,
    "services.offer": ["information", "matchmaking", "training", "marketing"],
    "services.events_per_year": 14,
    "services.international_activities": 2,
    "interaction.contact_frequency": "monthly",
    "interaction.active_member_share": 58.0,
    "interaction.joint_projects": 6,
    "interaction.working_groups": 4,
    "interaction.matchmaking_contacts": 25,
    "interaction.channels": ["newsletter", "website", "meetings"],
    "achievements.press_articles": 12,
    "achievements.satisfaction_survey": True,
    "achievements.satisfaction_score": 78.0,
    "achievements.project_funding": 450_000.0,
    "achievements.awards": "A fictional regional innovation prize.",
    "achievements.success_stories": [{"title": "Fictional story A"}, {"title": "Story B"}],
    "megatrends.digital": "established",
    "megatrends.green": "initial",
    "megatrends.social": "none",
    "megatrends.activities": "Fictional webinars on digital tools.",
}


def one_answer_changed(runs: int) -> list[dict[str, Any]]:
    """``runs`` interviews: each the one before with one numeric answer changed."""
    numeric = [k for k, v in COMPLETE.items() if type(v) in (int, float)]
    answers, interviews = dict(COMPLETE), []
    for run in range(runs):
        item, turn = numeric[run % len(numeric)], run // len(numeric)
        answers = {**answers, item: COMPLETE[item] * (1.1 + turn % 4 / 10)}  # never as before
        interviews.append(answers)
    return interviews


def _timings(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm-up
    result = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        result.append((time.perf_counter() - started) * 1000)
    return result


def _line(name: str, timings: list[float]) -> str:
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"{name:<58} median {statistics.median(ordered):8.3f} ms   "
        f"p95 {p95:8.3f} ms   max {ordered[-1]:8.3f} ms   (n={len(ordered)})"
    )


def _once(name: str, fn: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    value = fn()
    sys.stdout.write(f"{name:<58} {(time.perf_counter() - started) * 1000:10.1f} ms\n")
    return value


def main() -> int:
    """Run both measurements and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    pack = load_pack(default_pack_path())
    answered = sum(1 for item in pack.items if item.id in COMPLETE)
    sys.stdout.write(
        f"Python {sys.version.split()[0]}; pack {pack.id} {pack.version}: "
        f"{answered}/{len(pack.items)} items answered\n\n"
    )

    sys.stdout.write("1. Rescoring a complete interview (target: well under 16 ms)\n")
    shipped = default_reference()
    peer_statistics(shipped, pack)
    sys.stdout.write(
        _line(
            "   score_interview, no peers",
            _timings(lambda: score_interview(pack, COMPLETE), args.runs),
        )
        + "\n"  # fmt: skip
    )
    changed = iter(one_answer_changed(args.runs + 1))
    with_peers = _timings(lambda: score_interview(pack, next(changed), shipped, "ICT"), args.runs)
    sys.stdout.write(
        _line(f"   score_interview + peers ({shipped.size:,} clusters, ICT)", with_peers) + "\n"
    )
    report("   rescoring with peers, per saved answer", with_peers, 1000 / 60,
           "one frame at 60 Hz (the budget)", goal=1.0)  # fmt: skip
    sys.stdout.write(
        _line(
            "   ... and to_dict() (the JSON result the UI draws)",
            _timings(lambda: score_interview(pack, COMPLETE, shipped, "ICT").to_dict(), args.runs),
        )
        + "\n\n"
    )

    count = args.clusters
    sys.stdout.write(f"2. Percentile ranking against {count:,} SYNTHETIC clusters\n")
    document = _once("   generate the reference set (one-off)",
                     lambda: generator.generate(pack, count=count, seed=1))  # fmt: skip
    data = _once("   write it as JSON (one-off)", lambda: generator.dumps(document).encode())
    sys.stdout.write(f"   {'file size':<55} {len(data) / 1e6:10.1f} MB\n")
    big = _once("   load + validate the file", lambda: parse_reference(data, "bench"))
    statistics = _once("   build the peer statistics (score all clusters, aggregate)",
                       lambda: peer_statistics(big, pack))  # fmt: skip
    carried = _once("   the statistics one bundle carries, as canonical JSON",
                    lambda: canonical_json(statistics.to_dict("ICT")))  # fmt: skip
    sys.stdout.write(f"   {'their size':<55} {len(carried) / 1e6:10.1f} MB\n")
    # (A copy remembers no rank of before.)
    fresh = iter([dataclasses.replace(statistics) for _ in range(args.runs + 1)])
    sys.stdout.write(
        _line(
            "   score_interview + peers, every rank afresh",
            _timings(lambda: score_interview(pack, COMPLETE, next(fresh), "ICT"), args.runs),
        )
        + "\n"
    )
    result = score_interview(pack, COMPLETE, big, "ICT").to_dict()
    ranks = sum(
        1
        for table in (result["peers"]["indicators"], result["peers"]["sections"])
        for row in table.values()
        for value in row.values()
        if value is not None
    )
    groups = result["peers"]["groups"]
    sizes = ", ".join(f"{key} {group['size']:,}" for key, group in groups.items())
    sys.stdout.write(f"   ({ranks} percentile ranks per scoring; groups: {sizes})\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
