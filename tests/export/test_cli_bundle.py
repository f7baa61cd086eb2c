"""The bundle verbs on the command line: export, verify, decide, import-decision.

Most tests call ``app.cli.run`` in process; one runs ``python -m app`` as a real process.
Every failure must be one line on stderr with a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.cli import run
from app.export import keys
from app.export.verify import CHECKS
from app.scoring.pack import Pack
from tests.export.bundle_fixtures import (
    ANSWERS,
    PASSPHRASE,
    SUPERVISOR_PASSPHRASE,
    expert_material,
    install_key,
    members_of,
    supervisor_material,
    write_zip,
)

ROOT = Path(__file__).resolve().parents[2]


def _one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("clusterbench: ")
    assert "Traceback" not in err
    return lines[0]


def _make_interview(pack: Pack, *, practice: bool = False) -> int:
    """An answered, finalised interview in the data folder's store, closed again for the
    CLI to open."""
    from app.models import open_store
    from app.models import repository as repo

    store = open_store()
    try:
        if practice:
            demo = repo.ensure_demo_interview(store, pack)
            assert demo is not None
            repo.finalise_interview(store, demo, actor="Erika (fictional)")
            return demo
        cluster = repo.create_cluster(
            store, name="CLI Cluster (fictional)", country="NO", technology_area="ICT",
            fictional=True,
        )  # fmt: skip
        interview = repo.create_interview(
            store, cluster_id=cluster, pack=pack, mode="on_site", expert="Erika (fictional)",
            actor="Erika (fictional)",
        )  # fmt: skip
        for item_id, value in ANSWERS.items():
            repo.save_answer(store, pack, interview, item_id, value, actor="Erika")
        repo.finalise_interview(store, interview, actor="Erika (fictional)")
        return interview
    finally:
        store.close()


def _revision(interview_id: int) -> int:
    from app.models import open_store
    from app.models import repository as repo

    with open_store(backup=False) as store:
        return repo.get_interview(store, interview_id).revision


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def trusted_file(tmp_path: Path) -> Path:
    entry = keys.trusted_entry_for(
        expert_material().info, "EXP-0001 (fictional)", valid_from="2020-01-01"
    )
    return keys.save_trusted_keys([entry], tmp_path / "trusted-experts.json")


@pytest.fixture
def expert_setup(data_dir: Path, default_pack: Pack) -> int:
    install_key(expert_material(), data_dir)
    return _make_interview(default_pack)


def _export(interview_id: int, out: Path, passphrase_file: Path, *extra: str) -> int:
    return run(
        [
            "export", str(interview_id), "--out", str(out),
            "--passphrase-file", str(passphrase_file), "--no-peers", *extra,
        ]
    )  # fmt: skip


def test_export_prints_the_bundle_path_and_verify_accepts_it(
    expert_setup: int,
    passphrase_file: Path,
    trusted_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _export(expert_setup, tmp_path / "out", passphrase_file) == 0
    printed = capsys.readouterr().out.strip()
    bundle = Path(printed)
    assert bundle.parent == tmp_path / "out"
    assert bundle.is_file()
    assert zipfile.is_zipfile(bundle)
    assert _revision(expert_setup) == 1

    assert run(["verify", str(bundle), "--trusted-keys", str(trusted_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK")
    assert "EXP-0001 (fictional)" in out
    assert "revision 1" in out


def test_export_to_an_explicit_file_name(
    expert_setup: int, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "my-bundle.zip"
    assert _export(expert_setup, target, passphrase_file) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert target.is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".clusterbench-export")]


def test_export_with_a_wrong_passphrase(
    expert_setup: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    assert _export(expert_setup, tmp_path / "out", wrong) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert "passphrase does not unlock" in line
    assert _revision(expert_setup) == 0


def test_export_of_a_missing_interview(
    expert_setup: int, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(999, tmp_path / "out", passphrase_file) == 2
    assert "no interview with id 999" in _one_line_error(capsys.readouterr().err)


def test_export_without_a_key(
    data_dir: Path,
    default_pack: Pack,
    passphrase_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    interview = _make_interview(default_pack)
    assert _export(interview, tmp_path / "out", passphrase_file) == 2
    assert "keys create" in _one_line_error(capsys.readouterr().err)


def test_export_with_a_bad_recipient_changes_nothing(
    expert_setup: int, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(expert_setup, tmp_path / "out", passphrase_file, "--encrypt-to", "age1nope") == 2
    assert "age X25519 public key" in _one_line_error(capsys.readouterr().err)
    assert _revision(expert_setup) == 0
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_export_with_a_missing_passphrase_file(
    expert_setup: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(expert_setup, tmp_path / "out", tmp_path / "nope.txt") == 2
    assert "cannot be read" in _one_line_error(capsys.readouterr().err)


def test_encrypted_export_and_verify_with_identity(
    expert_setup: int,
    passphrase_file: Path,
    trusted_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    identity_file = tmp_path / "secretariat.key"
    identity_file.write_text(f"# fictional secretariat key\n{identity}\n")
    recipient = str(identity.to_public())
    assert _export(expert_setup, tmp_path / "out", passphrase_file, "--encrypt-to", recipient) == 0
    bundle = Path(capsys.readouterr().out.strip())
    assert bundle.name.endswith(".zip.age")

    assert run(["verify", str(bundle), "--trusted-keys", str(trusted_file)]) == 1
    assert "encrypted" in capsys.readouterr().out
    args = ["verify", str(bundle), "--trusted-keys", str(trusted_file)]
    assert run([*args, "--identity", str(identity_file)]) == 0
    capsys.readouterr()
    assert run([*args, "--identity", str(tmp_path / "missing.key")]) == 2
    _one_line_error(capsys.readouterr().err)


# --- verify ---------------------------------------------------------------------------------


@pytest.fixture
def bundle(expert_setup: int, passphrase_file: Path, tmp_path: Path) -> Path:
    assert _export(expert_setup, tmp_path / "out", passphrase_file) == 0
    return next((tmp_path / "out").iterdir())


def test_verify_json_shape(
    bundle: Path, trusted_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    tampered = members_of(bundle)
    tampered["data/answers.json"] = tampered["data/answers.json"].replace(b"86", b"87")
    bad = write_zip(tmp_path / "tampered.zip", tampered)
    missing = tmp_path / "missing.zip"
    code = run(
        ["verify", str(bundle), str(bad), str(missing), "--trusted-keys", str(trusted_file),
         "--json"]
    )  # fmt: skip
    assert code == 1
    results = json.loads(capsys.readouterr().out)
    assert [r["ok"] for r in results] == [True, False, False]
    good, changed, absent = results
    assert [c["check"] for c in good["checks"]] == list(CHECKS)
    assert {c["status"] for c in good["checks"]} == {"passed"}
    assert good["first_failure"] is None
    assert good["revision"] == 1
    assert good["practice"] is False
    assert good["signer"] == "EXP-0001 (fictional)"
    assert good["fingerprint"] == expert_material().info.fingerprint
    assert good["pack"]["id"]
    assert {f["name"] for f in good["files"]} >= {"data/answers.json", "data/scores.json"}
    assert changed["first_failure"]["check"] == "bag"
    assert changed["first_failure"]["code"] == "manifest_mismatch"
    assert [c["status"] for c in changed["checks"]][:3] == ["passed", "failed", "not_run"]
    assert absent["first_failure"]["code"] == "unreadable"
    assert absent["path"] == str(missing)


def test_verify_names_the_first_failure_per_bundle(
    bundle: Path, trusted_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    assert run(["verify", str(bundle), str(junk), "--trusted-keys", str(trusted_file)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"OK     {bundle}")
    assert lines[1].startswith(f"FAILED {junk}: Archive structure:")


def test_verify_with_an_untrusted_or_broken_key_file(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    nobody = tmp_path / "nobody.json"
    nobody.write_text("[]")
    assert run(["verify", str(bundle), "--trusted-keys", str(nobody)]) == 1
    assert "Signer trusted" in capsys.readouterr().out

    broken = tmp_path / "broken.json"
    broken.write_text('[{"expert_id": "", "public_key": "RWnope"}]')
    assert run(["verify", str(bundle), "--trusted-keys", str(broken)]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert "expert_id" in line
    assert "public_key" in line

    assert run(["verify", str(bundle), "--trusted-keys", str(tmp_path / "none.json")]) == 2
    assert "does not exist" in _one_line_error(capsys.readouterr().err)


def test_verify_refuses_practice_bundles_unless_allowed(
    data_dir: Path,
    default_pack: Pack,
    passphrase_file: Path,
    trusted_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    install_key(expert_material(), data_dir)
    demo = _make_interview(default_pack, practice=True)
    assert _export(demo, tmp_path / "out", passphrase_file) == 0
    practice = Path(capsys.readouterr().out.strip())
    assert run(["verify", str(practice), "--trusted-keys", str(trusted_file)]) == 1
    assert "practice bundle" in capsys.readouterr().out
    args = ["verify", str(practice), "--trusted-keys", str(trusted_file), "--allow-practice"]
    assert run(args) == 0
    assert "(practice)" in capsys.readouterr().out


def test_verify_needs_a_bundle(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["verify"]) == 2
    assert "BUNDLE" in capsys.readouterr().err


# --- decisions -----------------------------------------------------------------------------


def test_decide_and_import_decision(
    bundle: Path,
    expert_setup: int,
    trusted_file: Path,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    capsys.readouterr()
    # The supervisor works in a data folder of their own.
    supervisor_dir = tmp_path / "supervisor-data"
    supervisor_dir.mkdir()
    monkeypatch.setenv("CLUSTERBENCH_DATA_DIR", str(supervisor_dir))
    install_key(supervisor_material(), supervisor_dir)
    supervisor_pass = tmp_path / "supervisor-pass.txt"
    supervisor_pass.write_text(SUPERVISOR_PASSPHRASE + "\n")
    decide = [
        "decide", str(bundle), "--return", "--supervisor", "Sven (fictional)",
        "--comment", "structure.sme_share=Attach the member list.",
        "--comment", "financing.total_budget=Which year?",
        "--summary", "Two questions.",
        "--trusted-keys", str(trusted_file), "--passphrase-file", str(supervisor_pass),
    ]  # fmt: skip
    assert run([*decide, "--comment", "no.such.item=?", "--out", str(tmp_path / "d")]) == 2
    assert "no.such.item" in _one_line_error(capsys.readouterr().err)
    assert run([*decide, "--comment", "missing-equals", "--out", str(tmp_path / "d")]) == 2
    assert "ITEM_ID=TEXT" in _one_line_error(capsys.readouterr().err)

    assert run([*decide, "--out", str(tmp_path / "decisions")]) == 0
    decision_file = Path(capsys.readouterr().out.strip())
    assert decision_file.parent == tmp_path / "decisions"
    assert json.loads(decision_file.read_text())["decision"]["outcome"] == "returned"

    # Back on the expert's laptop, which trusts the supervisor's key.
    monkeypatch.setenv("CLUSTERBENCH_DATA_DIR", str(data_dir))
    supervisors = keys.save_trusted_keys(
        [keys.trusted_entry_for(supervisor_material().info, "SUP-0001", valid_from="2020-01-01")],
        tmp_path / "trusted-supervisors.json",
    )
    assert run(["import-decision", str(decision_file), "--trusted-keys", str(trusted_file)]) == 1
    assert "not in the trusted keys" in _one_line_error(capsys.readouterr().err)
    args = ["import-decision", str(decision_file), "--trusted-keys", str(supervisors)]
    assert run([*args, "--actor", "Erika"]) == 0
    assert "3 comment(s); it is open again" in capsys.readouterr().out
    assert run([*args, "--actor", "Erika"]) == 1
    assert "already been imported" in _one_line_error(capsys.readouterr().err)

    from app.models import open_store
    from app.models import repository as repo

    with open_store(backup=False) as store:
        assert repo.get_interview(store, expert_setup).status == "returned"
        comments = repo.supervisor_comments_of(store, expert_setup)
    assert comments["financing.total_budget"][0].text == "Which year?"


def test_decide_refuses_a_bundle_that_does_not_verify(
    bundle: Path, trusted_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    bad = write_zip(tmp_path / "bad.zip", {**members_of(bundle), "data/extra.txt": b"x"})
    secret = tmp_path / "p.txt"
    secret.write_text(PASSPHRASE)
    code = run(
        ["decide", str(bad), "--approve", "--supervisor", "Sven", "--out", str(tmp_path / "d"),
         "--trusted-keys", str(trusted_file), "--passphrase-file", str(secret)]
    )  # fmt: skip
    assert code == 1
    assert "does not verify" in _one_line_error(capsys.readouterr().err)
    assert not (tmp_path / "d").exists()


# --- a real process -------------------------------------------------------------------------


def test_real_process(bundle: Path, trusted_file: Path, data_dir: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "CLUSTERBENCH_DATA_DIR": str(data_dir),
        "CLUSTERBENCH_CONFIG_DIR": str(tmp_path / "config"),
    }
    python = ROOT / ".venv" / "bin" / "python"
    command = [str(python if python.exists() else sys.executable), "-m", "app"]
    verified = subprocess.run(
        [*command, "verify", str(bundle), "--trusted-keys", str(trusted_file), "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)[0]["ok"] is True

    shown = subprocess.run(
        [*command, "keys", "show", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert json.loads(shown.stdout)["fingerprint"] == expert_material().info.fingerprint

    missing = subprocess.run(
        [*command, "export", "999", "--out", str(tmp_path / "x"), "--passphrase-file",
         str(tmp_path / "passphrase.txt")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert missing.returncode == 2
    assert missing.stderr.strip() == "clusterbench: There is no interview with id 999."


def test_unwritable_outputs_are_one_clear_line(
    expert_setup: int, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert _export(expert_setup, blocker / "bundle.zip", passphrase_file) == 2
    assert "Cannot write the bundle" in _one_line_error(capsys.readouterr().err)
    assert _revision(expert_setup) == 0
    assert run(["keys", "export-public", "--out", str(blocker / "key.pub")]) == 2
    assert "Cannot write" in _one_line_error(capsys.readouterr().err)
