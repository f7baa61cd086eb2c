"""Signed bundles: `clusterbench verify` of 1,000 bundles and of one 50 MiB bundle, against
`sha256sum` reading the same files in the same run.

Made the real way: a throwaway data folder with a signing key, ten finalised interviews of
fictional clusters (the demo answers, varied per interview, in several technology areas)
exported with ``export_bundle`` against the shipped synthetic reference set, so each
bundle carries the aggregated statistics of its cluster's peer groups, the report PDF and
the charts. The thousand bundles are copies of those ten (named apart; the verifier
caches nothing per bundle, only the parsed pack and peer statistics by their hash, which
distinct bundles of one pack and one reference set share). A second interview carries five
10 MiB evidence files of random bytes.

Interleaved rounds, wall clock of whole processes: ``sha256sum`` over the files, then
``clusterbench verify --trusted-keys FILE`` given the folder (and the single file).

    .venv/bin/python benchmarks/bench_bundle.py [--rounds 5] [--copies 1000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, median, report, say_load, use_private_folders  # noqa: E402

sys.path.insert(0, str(ROOT))

INTERVIEWS = 10
EVIDENCE_FILES = 5
EVIDENCE_BYTES = 10 * 2**20
PASSPHRASE = "fictional benchmark passphrase"
AREAS = ("ICT", "Biotechnology", "Energy & environment", "Production & engineering")


def _varied(answers: dict[str, Any], number: int) -> dict[str, Any]:
    """The demo answers with the counts and shares moved a little, per interview."""
    varied = dict(answers)
    for item_id, value in answers.items():
        if isinstance(value, bool) or "year" in item_id:
            continue
        if isinstance(value, int):
            varied[item_id] = value + number
        elif isinstance(value, float):
            varied[item_id] = round(min(value + number * 1.5, 99.0), 1)
    return varied


def make_bundles(base: Path) -> tuple[list[Path], Path, Path, list[float]]:
    """(ten ordinary bundles, the 50 MiB one, the trusted-keys file, export times in ms)."""
    use_private_folders(base)
    from app.export import keys
    from app.models import open_store
    from app.models import repository as repo
    from app.paths import default_pack_path
    from app.scoring.pack import load_pack
    from app.services.bundles import export_bundle

    pack = load_pack(default_pack_path())
    info = keys.create_key(PASSPHRASE)
    trusted = keys.TrustedKeys((keys.trusted_entry_for(info, "EXP-BENCH (fictional)"),))
    trusted_file = keys.save_trusted_keys(trusted, base / "trusted.json")
    bundles: list[Path] = []
    exports: list[float] = []
    store = open_store()
    try:
        for number in range(INTERVIEWS + 1):
            cluster = repo.create_cluster(
                store,
                name=f"Benchmark Cluster {number} (fictional)",
                country="AT",
                technology_area=AREAS[number % len(AREAS)],
                fictional=True,
            )
            interview = repo.create_interview(
                store, cluster_id=cluster, pack=pack, mode="on_site", expert="Bench", actor="b"
            )
            for item_id, value in _varied(dict(repo.DEMO_ANSWERS), number).items():
                repo.save_answer(store, pack, interview, item_id, value, actor="b")
            if number == INTERVIEWS:  # the one with 50 MiB of evidence
                for piece in range(EVIDENCE_FILES):
                    source = base / f"evidence-{piece}.bin"
                    source.write_bytes(os.urandom(EVIDENCE_BYTES))
                    repo.attach_evidence(store, interview, "structure.sme_share", source, actor="b")
                    source.unlink()
            repo.finalise_interview(store, interview, actor="b")
            started = time.perf_counter()
            outcome = export_bundle(store, interview, base / "exported", passphrase=PASSPHRASE,
                                    folder=True)  # fmt: skip
            exports.append((time.perf_counter() - started) * 1000)
            bundles.append(outcome.path)
    finally:
        store.close()
    return bundles[:INTERVIEWS], bundles[INTERVIEWS], trusted_file, exports


def wall_s(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to its exit (which must be 0)."""
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False)  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"{command[:3]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return time.perf_counter() - started


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--copies", type=int, default=1000)
    args = parser.parse_args()
    say_load("before")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        ordinary, large, trusted_file, exports = make_bundles(base)
        folder = base / "many"
        folder.mkdir()
        copies = []
        for number in range(args.copies):
            target = folder / f"bundle-{number:04d}.zip"
            shutil.copyfile(ordinary[number % len(ordinary)], target)
            copies.append(str(target))
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        clusterbench = str(Path(sys.executable).with_name("clusterbench"))
        verify = [clusterbench, "verify", "--trusted-keys", str(trusted_file)]
        runs = {
            "many floor": ["sha256sum", *copies],
            "many": [*verify, str(folder)],
            "large floor": ["sha256sum", str(large)],
            "large": [*verify, str(large)],
        }
        for command in runs.values():  # warm the disk cache and the bytecode
            wall_s(command, env)
        times: dict[str, list[float]] = {name: [] for name in runs}
        for round_number in range(args.rounds):
            for pair in (("many floor", "many"), ("large floor", "large")):
                ordered = pair if round_number % 2 == 0 else pair[::-1]
                for name in ordered:
                    times[name].append(wall_s(runs[name], env))
            for _ in range(2):  # the single large bundle: more, shorter runs
                for name in ("large", "large floor"):
                    times[name].append(wall_s(runs[name], env))
        ordinary_kib = ordinary[0].stat().st_size / 1024
        large_mib = large.stat().st_size / 2**20
    say_load("after")
    print(
        f"bundles: ordinary {ordinary_kib:.0f} KiB with peer statistics; large {large_mib:.1f} "
        f"MiB; export with the report and charts, median {median(exports):.0f} ms"
    )
    to_ms = {name: [t * 1000 for t in values] for name, values in times.items()}
    report(
        f"clusterbench verify, {args.copies} bundles (a folder)",
        to_ms["many"],
        median(to_ms["many floor"]),
        "sha256sum over the same files",
        goal=10,
    )
    report(
        f"clusterbench verify, one {large_mib:.0f} MiB bundle",
        to_ms["large"],
        median(to_ms["large floor"]),
        "sha256sum of the same file",
        goal=2,
    )


if __name__ == "__main__":
    main()
