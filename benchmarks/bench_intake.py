"""The intake under load: 50 experts sending 20 MiB bundles at once.

Starts a real intake (``clusterbench intake serve``, SQLite, 127.0.0.1, a random port),
makes 50 signed bundles of fictional interviews padded with random evidence, and sends
them from 50 threads at once over tus (2 MiB chunks, every request signed). Prints the
throughput, the time from the first byte to a verified receipt (median, 99th percentile,
max) and the intake's peak resident memory (VmHWM). The same run with 2 MiB bundles shows
whether the intake's memory grows with bundle size (it must stay flat: bytes are streamed
to disk, never held whole). The floor, in the same run: this process reading every
bundle, hashing it with SHA-256 and writing it to disk with an fsync (what the intake
must do with every byte at least, without a network, signatures or verification).

    python benchmarks/bench_intake.py [--senders 50] [--mib 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, report, say_load  # noqa: E402

sys.path.insert(0, str(ROOT))


def _store_and_hash(bundles: list[Path], folder: Path) -> float:
    """Seconds to hash every bundle and write it to ``folder`` durably (the floor)."""
    import hashlib

    folder.mkdir()
    began = time.perf_counter()
    for path in bundles:
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        with (folder / path.name).open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    return time.perf_counter() - began


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _signing_key() -> object:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.export.keys import SigningKey, derive_key_id
    from app.export.minisign import PublicKey

    private = Ed25519PrivateKey.generate()
    raw = private.public_key().public_bytes_raw()
    return SigningKey(private_key=private, public_key=PublicKey(derive_key_id(raw), raw))


def run(senders: int, mib: int, base: Path) -> dict[str, float]:
    """One load run; returns its numbers."""
    from app.export import keys
    from app.export.bundle import EvidenceInput, build_bundle
    from app.export.minisign import PublicKey
    from app.export.receipt import verify_receipt
    from app.paths import default_pack_path
    from app.scoring.pack import load_pack
    from app.services.intake_client import IntakeClient
    from tests.export.bundle_fixtures import sample_input
    from tests.intake.harness import IntakeProcess, write_keys

    # 50 experts, 50 keys (the intake limits uploads per key, not in total).
    signers = [_signing_key() for _ in range(senders)]
    experts = keys.TrustedKeys(
        tuple(
            keys.TrustedKey(f"EXP-BENCH-{n:02d} (fictional)", s.public_key, "2020-01-01")
            for n, s in enumerate(signers)
        )
    )
    intake_dir = base / f"intake-{mib}"
    write_keys(intake_dir, experts, keys.TrustedKeys())

    pack = load_pack(default_pack_path())
    padding = os.urandom(mib * 2**20 - 40_000)
    folder = base / f"bundles-{mib}"
    folder.mkdir()
    bundles = []
    for n, signing in enumerate(signers):
        evidence = [
            EvidenceInput(
                item_id="structure.sme_share",
                original_name="scan (fictional).png",
                media_type="image/png",
                data=padding,
            )
        ]
        inp = sample_input(pack, interview_uuid=str(uuid.uuid4()), evidence=evidence)
        bundles.append(build_bundle(inp, signing, folder / f"b{n}.zip"))
    total = sum(b.stat().st_size for b in bundles)
    floor = _store_and_hash(bundles, base / f"floor-{mib}")

    intake = IntakeProcess(data=intake_dir).start()
    assert intake.process is not None
    idle = _peak_rss_mib(intake.process.pid)
    intake_key = PublicKey.from_string(intake.key)
    times: list[float] = []
    errors: list[str] = []
    start_gate = threading.Barrier(senders)

    def send(path: Path, signing: keys.SigningKey) -> None:
        import hashlib

        sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
        with IntakeClient(intake.url, signing, timeout=300) as client:
            start_gate.wait()
            began = time.perf_counter()
            try:
                receipt = verify_receipt(client.upload(path, sha256), intake_key)
                if not receipt.accepted:
                    errors.append(receipt.reason)
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(repr(exc))
                return
            times.append(time.perf_counter() - began)

    threads = [
        threading.Thread(target=send, args=pair) for pair in zip(bundles, signers, strict=True)
    ]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    peak = _peak_rss_mib(intake.process.pid)
    intake.stop()
    if errors:
        raise SystemExit(f"{len(errors)} sends failed, first: {errors[0]}")
    ordered = sorted(times)
    return {
        "senders": senders,
        "mib": total / senders / 2**20,
        "seconds": elapsed,
        "throughput": total / 2**20 / elapsed,
        "median": statistics.median(ordered),
        "p99": ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))],
        "max": ordered[-1],
        "idle_rss": idle,
        "peak_rss": peak,
        "floor": floor,
    }


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--senders", type=int, default=50)
    parser.add_argument("--mib", type=int, default=20)
    args = parser.parse_args()
    say_load("before")
    with tempfile.TemporaryDirectory() as tmp:
        for mib in (2, args.mib):
            result = run(args.senders, mib, Path(tmp) / f"run-{mib}")
            print(
                f"{result['senders']} senders x {result['mib']:.1f} MiB: "
                f"{result['seconds']:.1f} s, {result['throughput']:.1f} MiB/s; "
                f"time to verified receipt median {result['median']:.1f} s, "
                f"p99 {result['p99']:.1f} s, max {result['max']:.1f} s; "
                f"intake memory {result['idle_rss']:.0f} MiB idle, "
                f"{result['peak_rss']:.0f} MiB peak"
            )
            report(
                f"intake: {result['senders']} senders x {result['mib']:.0f} MiB to receipts",
                [result["seconds"] * 1000], result["floor"] * 1000,
                "hashing and writing the same bytes, one process", goal=None,
            )  # fmt: skip
    say_load("after")


if __name__ == "__main__":
    main()
