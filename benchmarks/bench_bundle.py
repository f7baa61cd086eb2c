"""Signed bundles: exporting an interview with 50 MB of evidence, and verifying 1,000 bundles.

Creates a throwaway data folder with a signing key and a fictional on-site interview (the
demo answers), attaches five 10 MiB evidence files of random bytes through the store, then
times (wall clock): ``export_interview`` of that interview (report, charts, zip, signature,
fsync, rename); ``verify_bundle`` of the resulting 50 MB bundle; and verifying 1,000 copies
of an ordinary bundle without evidence, without peers and with the aggregated statistics of
the shipped 1,300-cluster reference set (recomputing its scores from them), in process, and
the latter with one ``clusterbench verify`` process given all 1,000 files.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXPORT_RUNS = 3
VERIFY_LARGE_RUNS = 5
COPIES = 1000
EVIDENCE_FILES = 5
EVIDENCE_BYTES = 10 * 2**20
PASSPHRASE = "fictional benchmark passphrase"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _stats(name: str, seconds: list[float]) -> None:
    ms = [s * 1000 for s in seconds]
    print(f"{name:<48} median {statistics.median(ms):8.1f} ms   max {max(ms):8.1f} ms")


def main() -> None:
    """Measure and print."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        os.environ["CLUSTERBENCH_DATA_DIR"] = str(base / "data")
        os.environ["CLUSTERBENCH_CONFIG_DIR"] = str(base / "config")
        from app.export import keys
        from app.export.export_interview import export_interview
        from app.export.verify import verify_bundle
        from app.models import open_store
        from app.models import repository as repo
        from app.paths import default_pack_path
        from app.scoring.pack import load_pack
        from app.scoring.reference import default_reference

        pack = load_pack(default_pack_path())
        info = keys.create_key(PASSPHRASE)
        trusted = keys.TrustedKeys((keys.trusted_entry_for(info, "EXP-BENCH (fictional)"),))
        trusted_file = keys.save_trusted_keys(trusted, base / "trusted.json")

        store = open_store()
        try:
            cluster = repo.create_cluster(
                store, name="Benchmark Cluster (fictional)", country="AT",
                technology_area="ICT", fictional=True,
            )  # fmt: skip
            plain_id, evidence_id = (
                repo.create_interview(
                    store,
                    cluster_id=cluster,
                    pack=pack,
                    mode="on_site",
                    expert="Bench Expert (fictional)",
                    actor="bench",
                )  # fmt: skip
                for _ in range(2)
            )
            for interview_id in (plain_id, evidence_id):
                for item_id, value in repo.DEMO_ANSWERS.items():
                    repo.save_answer(store, pack, interview_id, item_id, value, actor="bench")
            for n in range(EVIDENCE_FILES):
                source = base / f"evidence-{n}.bin"
                source.write_bytes(os.urandom(EVIDENCE_BYTES))
                repo.attach_evidence(store, evidence_id, "structure.sme_share", source, actor="b")
                source.unlink()
            for interview_id in (plain_id, evidence_id):
                repo.finalise_interview(store, interview_id, actor="bench")

            exports = []
            large = base / "large"
            for _ in range(EXPORT_RUNS):
                started = time.perf_counter()
                large_bundle = export_interview(
                    store, evidence_id, large, passphrase=PASSPHRASE, reference=None
                )
                exports.append(time.perf_counter() - started)
            small_bundle = export_interview(store, plain_id, base / "small", passphrase=PASSPHRASE)
            reference = default_reference()
            peer_bundle = export_interview(
                store, plain_id, base / "peers", passphrase=PASSPHRASE, reference=reference
            )
            plain_export = []
            for _ in range(EXPORT_RUNS):
                started = time.perf_counter()
                export_interview(store, plain_id, base / "small-runs", passphrase=PASSPHRASE)
                plain_export.append(time.perf_counter() - started)
        finally:
            store.close()

        verify_large = []
        for _ in range(VERIFY_LARGE_RUNS):
            started = time.perf_counter()
            result = verify_bundle(large_bundle, trusted)
            verify_large.append(time.perf_counter() - started)
            assert result.ok, result.summary()

        copies = base / "copies"
        copies.mkdir()
        plain_paths, paths = [], []
        for n in range(COPIES):
            target = copies / f"bundle-{n:04d}.zip"
            shutil.copyfile(small_bundle, target)
            plain_paths.append(target)
            target = copies / f"peers-{n:04d}.zip"
            shutil.copyfile(peer_bundle, target)
            paths.append(target)
        started = time.perf_counter()
        for path in plain_paths:
            assert verify_bundle(path, trusted).ok
        in_process_plain = time.perf_counter() - started
        started = time.perf_counter()
        for path in paths:
            assert verify_bundle(path, trusted).ok
        in_process = time.perf_counter() - started

        env = dict(os.environ)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "app", "verify", "--trusted-keys", str(trusted_file),
             *map(str, paths)],
            cwd=ROOT, env=env, check=True, capture_output=True, timeout=1200,
        )  # fmt: skip
        cli = time.perf_counter() - started
        large_mb = large_bundle.stat().st_size / 2**20
        small_kb = small_bundle.stat().st_size / 1024
        peer_kb = peer_bundle.stat().st_size / 1024

    print(
        f"bundle with evidence: {EVIDENCE_FILES} x {EVIDENCE_BYTES // 2**20} MiB random "
        f"evidence, {large_mb:.1f} MiB bundle; ordinary bundle {small_kb:.0f} KiB "
        f"({peer_kb:.0f} KiB with peer statistics); {os.cpu_count()} CPUs"
    )
    _stats("export_interview, 50 MiB evidence", exports)
    _stats("export_interview, no evidence", plain_export)
    _stats("verify_bundle, 50 MiB evidence", verify_large)
    print(
        f"verify_bundle x {COPIES} ordinary bundles, no peers (in process)   "
        f"{in_process_plain:8.2f} s total, {in_process_plain / COPIES * 1000:6.1f} ms each"
    )
    print(
        f"verify_bundle x {COPIES} ordinary bundles, peer statistics (in process)   "
        f"{in_process:8.2f} s total, {in_process / COPIES * 1000:6.1f} ms each"
    )
    print(
        f"`clusterbench verify` with {COPIES} bundles (one process) "
        f"{cli:8.2f} s total, {cli / COPIES * 1000:6.1f} ms each"
    )


if __name__ == "__main__":
    main()
