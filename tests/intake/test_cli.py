"""The ``send``, ``outbox``, ``sync`` and ``intake`` verbs, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.export.keys import SigningKey
from tests.export.bundle_fixtures import PASSPHRASE
from tests.intake.harness import REPO, CuttingProxy, IntakeProcess


def clusterbench(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def send(bundle: Path, url: str, key: str, passphrase: Path) -> subprocess.CompletedProcess[str]:
    """``clusterbench send BUNDLE --to URL --intake-key KEY --passphrase-file FILE``."""
    return clusterbench(
        "send", bundle, "--to", url, "--intake-key", key, "--passphrase-file", passphrase
    )


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_intake_key_is_made_once_and_printed(tmp_path: Path) -> None:
    first = clusterbench("intake", "key", "--data", tmp_path / "esca")
    second = clusterbench("intake", "key", "--data", tmp_path / "esca")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("RW")
    assert first.stdout == second.stdout
    assert ((tmp_path / "esca" / "intake-key.json").stat().st_mode & 0o777) == 0o600


def test_serve_prints_its_key_and_address(intake: IntakeProcess) -> None:
    assert intake.key.startswith("RW")
    assert any(line.startswith("listening on http://127.0.0.1:") for line in intake.output)
    assert clusterbench("intake", "key", "--data", intake.data).stdout.strip() == intake.key


def test_send_outbox_queue_and_a_duplicate_send(
    intake: IntakeProcess,
    expert_key: SigningKey,
    bundle_factory: Callable[..., Path],
    passphrase_file: Path,
) -> None:
    bundle = bundle_factory()
    sent = send(bundle, intake.url, intake.key, passphrase_file)
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert "Received by ESCA on" in sent.stdout
    listed = clusterbench("outbox", "--json")
    (entry,) = json.loads(listed.stdout)
    assert {"sha256", "interview", "revision", "state", "receipt"} <= set(entry)
    assert entry["state"] == "received"
    assert entry["receipt"]["outcome"] == "accepted"
    assert entry["receipt"]["bundle_sha256"] == entry["sha256"]
    assert entry["revision"] == 1

    again = send(bundle, intake.url, intake.key, passphrase_file)
    assert again.returncode == 0, again.stderr
    assert json.loads(clusterbench("outbox", "--json").stdout) == [entry]

    queue = clusterbench("intake", "queue", "--data", intake.data, "--json", *_db(intake))
    assert queue.returncode == 0, queue.stderr
    (queued,) = json.loads(queue.stdout)
    assert (queued["sha256"], queued["state"], queued["claimed_by"]) == (
        entry["sha256"],
        "new",
        None,
    )


def _db(intake: IntakeProcess) -> list[str]:
    return ["--db", intake.db_url] if intake.db_url else []


def test_offline_send_exits_3_and_sync_delivers_later(
    intake: IntakeProcess,
    expert_key: SigningKey,
    bundle_factory: Callable[..., Path],
    passphrase_file: Path,
) -> None:
    proxy = CuttingProxy(intake.port)
    proxy.down = True
    bundle = bundle_factory()
    offline = send(bundle, proxy.url, intake.key, passphrase_file)
    assert offline.returncode == 3, offline.stdout + offline.stderr
    (entry,) = json.loads(clusterbench("outbox", "--json").stdout)
    assert entry["state"] == "waiting"
    assert entry["receipt"] is None
    assert entry["next_try"] is not None

    proxy.down = False
    synced = clusterbench(
        "sync", "--to", proxy.url, "--intake-key", intake.key, "--passphrase-file", passphrase_file
    )
    assert synced.returncode == 0, synced.stdout + synced.stderr
    (entry,) = json.loads(clusterbench("outbox", "--json").stdout)
    assert entry["state"] == "received"
    proxy.close()


def test_a_refused_bundle_has_a_receipt_with_the_reason(
    intake: IntakeProcess,
    expert_key: SigningKey,
    bundle_factory: Callable[..., Path],
    passphrase_file: Path,
) -> None:
    practice = bundle_factory(practice=True)
    sent = send(practice, intake.url, intake.key, passphrase_file)
    assert sent.returncode == 1, sent.stdout + sent.stderr
    assert "practice" in sent.stdout
    (entry,) = json.loads(clusterbench("outbox", "--json").stdout)
    assert entry["state"] == "refused"
    assert entry["receipt"]["outcome"] == "refused"
    assert entry["receipt"]["code"] == "practice_bundle"
    quarantined = intake.data / "quarantine" / entry["sha256"]
    assert quarantined.read_bytes() == practice.read_bytes()
    reason = json.loads(quarantined.with_name(entry["sha256"] + ".reason.json").read_text())
    assert reason["code"] == "practice_bundle"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--to", "http://192.0.2.10:8080"], "https"),
        (["--to", "ftp://127.0.0.1/"], "not an http"),
        (["--intake-key", "not-a-key"], "not a minisign public key"),
        (["MISSING.zip"], "no bundle file"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    arguments: list[str], message: str, passphrase_file: Path, expert_key: SigningKey
) -> None:
    base = {
        "--to": "http://127.0.0.1:9",
        "--intake-key": "RWQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    }
    options = dict(base)
    positional = []
    rest = list(arguments)
    while rest:
        item = rest.pop(0)
        if item.startswith("--"):
            options[item] = rest.pop(0)
        else:
            positional.append(item)
    flat = [part for pair in options.items() for part in pair]
    result = clusterbench("send", *positional, *flat, "--passphrase-file", passphrase_file)
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("clusterbench: ")
    assert message in lines[0]
    assert "Traceback" not in result.stderr
