"""The command line's contract, checked from outside for every verb.

Bad input of any kind exits 2 with exactly one line on stderr, ``clusterbench: ...``, and
never a traceback; a wrong choice lists the valid ones. Empty lists say so (``--json``
prints ``[]``). Commands that only read work while the app (the store's writer) has the
store open.

The cases run through ``app.cli.run`` in this process; a sample of them also runs as a real
process of ``python -m app``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import run
from app.export import keys
from app.models import Store, open_store
from app.models import repository as repo
from app.paths import default_pack_path
from app.scoring.pack import load_pack
from tests.export.bundle_fixtures import PASSPHRASE, expert_material, install_key

ROOT = Path(__file__).resolve().parents[1]
AREA = "ICT"


@pytest.fixture
def setup(data_dir: Path, tmp_path: Path) -> dict[str, str]:
    """A store with an interview in progress, a finalised one, a signing key and files."""
    pack = load_pack(default_pack_path())
    install_key(expert_material(), data_dir)
    with open_store() as store:
        cluster = repo.create_cluster(
            store, name="Contract Cluster (fictional)", country="AT", technology_area=AREA
        )
        open_id = repo.create_interview(
            store, cluster_id=cluster, pack=pack, mode="on_site", expert="E", actor="E"
        )
        final_id = repo.create_interview(
            store, cluster_id=cluster, pack=pack, mode="on_site", expert="E", actor="E"
        )
        repo.save_answer(store, pack, final_id, "eligibility.eccp_listed", True, actor="E")
        repo.finalise_interview(store, final_id, actor="E")
    (tmp_path / "right.txt").write_text(PASSPHRASE + "\n")
    (tmp_path / "wrong.txt").write_text("not the passphrase\n")
    (tmp_path / "short.txt").write_text("abc\n")
    (tmp_path / "not-json.json").write_text("{ nope")
    return {
        "open": str(open_id),
        "final": str(final_id),
        "tmp": str(tmp_path),
        "key": expert_material().info.public_key.to_string(),
    }


#: (verb, arguments with {placeholders} from ``setup``, a text the error line must hold)
BAD_INPUT = [
    ("global", ["no-such-verb"], "choose from"),
    ("global", ["--no-such-option"], "unrecognized arguments"),
    ("interviews", ["interviews", "--status", "bogus"], "in_progress"),
    ("interviews", ["interviews", "--due-within", "-1"], "months"),
    ("interviews", ["interviews", "--due-within", "6", "--as-of", "soon"], "YYYY-MM-DD"),
    ("interviews show", ["interviews", "show", "999"], "999"),
    ("interviews show", ["interviews", "show", "abc"], "invalid int value"),
    ("interviews new", ["interviews", "new", "--cluster", "X", "--country", "ZZ", "--area",
                        AREA, "--expert", "E"], "ZZ"),
    ("interviews new", ["interviews", "new", "--cluster", "X", "--country", "AT", "--area",
                        "Nope", "--expert", "E"], "ICT"),
    ("interviews new", ["interviews", "new", "--cluster", "X", "--country", "AT", "--area",
                        AREA, "--expert", "E", "--mode", "bogus"], "on_site"),
    ("interviews new", ["interviews", "new", "--cluster", "X", "--country", "AT", "--area",
                        AREA, "--expert", "E", "--pack", "{tmp}/missing.yaml"], "missing.yaml"),
    ("interviews verdicts", ["interviews", "verdicts", "999"], "999"),
    ("interviews improve", ["interviews", "improve", "{final}", "--title", "T", "--evidence",
                            "E", "--indicator", "no.such.item"], "no.such.item"),
    ("interviews label", ["interviews", "label", "{final}", "--level", "platinum"], "bronze"),
    ("interviews label", ["interviews", "label", "{final}", "--level", "bronze", "--date",
                          "soon"], "YYYY-MM-DD"),
    ("interviews finalise", ["interviews", "finalise", "999"], "999"),
    ("interviews reopen", ["interviews", "reopen", "{open}", "--reason", "x"], "finalised"),
    ("score", ["score", "{tmp}/missing.json"], "no such file"),
    ("score", ["score", "{tmp}/not-json.json"], "not valid JSON"),
    ("report", ["report", "{open}", "--out", "{tmp}/report.txt"], ".pdf"),
    ("report", ["report", "999", "--out", "{tmp}/report.pdf"], "999"),
    ("report", ["report", "{open}", "--out", "{tmp}/report.pdf", "--language", "fr"], "en, de"),
    ("keys create", ["keys", "create", "--passphrase-file", "{tmp}/short.txt"], "passphrase"),
    ("keys create", ["keys", "create", "--passphrase-file", "{tmp}/missing.txt"], "missing.txt"),
    ("keys export-public", ["keys", "export-public", "--out", "{tmp}/wrong.txt/key.pub"],
     "wrong.txt"),
    ("export", ["export", "{final}", "--out", "{tmp}/out", "--passphrase-file",
                "{tmp}/wrong.txt", "--no-peers"], "passphrase does not unlock"),
    ("export", ["export", "{open}", "--out", "{tmp}/out", "--passphrase-file",
                "{tmp}/right.txt"], "--draft"),
    ("export", ["export", "{final}", "--out", "{tmp}/out", "--encrypt-to", "age1nope",
                "--passphrase-file", "{tmp}/right.txt"], "age1nope"),
    ("verify", ["verify", "{tmp}/missing.zip", "--identity", "{tmp}/missing.key"], "missing.key"),
    ("decide", ["decide", "{tmp}/missing.zip", "--approve", "--supervisor", "S", "--out",
                "{tmp}/d"], "missing.zip"),
    ("decide", ["decide", "{tmp}/missing.zip", "--approve", "--return", "--supervisor", "S",
                "--out", "{tmp}/d"], "not allowed with"),
    ("import-decision", ["import-decision", "{tmp}/missing.json"], "missing.json"),
    ("send", ["send", "--to", "ftp://intake.example.org", "--intake-key", "{key}"], "ftp"),
    ("send", ["send", "{tmp}/missing.zip", "--to", "https://intake.example.org",
              "--intake-key", "{key}"], "missing.zip"),
    ("send", ["send", "--to", "https://intake.example.org", "--intake-key", "not-a-key"],
     "key"),
    ("outbox", ["outbox", "--everything"], "unrecognized arguments"),
    ("outbox remove", ["outbox", "remove", "zz"], "first 6 hex digits"),
    ("clusters", ["clusters", "--csv"], "unrecognized arguments"),
    ("clusters merge", ["clusters", "merge", "1", "1"], "cannot be merged with itself"),
    ("clusters merge", ["clusters", "merge", "1", "999"], "no cluster with id 999"),
    ("clusters merge", ["clusters", "merge", "one", "2"], "invalid int value"),
    ("outbox remove", ["outbox", "remove", "abcdef12"], "There is no bundle abcdef12"),
    ("sync", ["sync", "--to", "http://intake.example.org", "--intake-key", "{key}"], "https://"),
    ("intake serve", ["intake", "serve", "--data", "{tmp}/intake", "--listen", "nowhere"],
     "nowhere"),
    ("intake key", ["intake", "key", "--data", "{tmp}/wrong.txt"], "wrong.txt"),
    ("intake queue", ["intake", "queue", "--data", "{tmp}/intake", "--db", "mysql://x/y",
                      "--json"], "postgresql"),
    ("pack validate", ["pack", "validate", "{tmp}/missing.yaml"], "missing.yaml"),
    ("practice start", ["practice", "start", "no-such-case", "--trainee", "T"],
     "valmora-food-valley"),
    ("practice calibrate", ["practice", "calibrate", "{open}"], "not a practice"),
    ("practice list", ["practice", "list", "--csv"], "unrecognized arguments"),
    ("prefill export", ["prefill", "export", "--pack", "{tmp}/missing.yaml", "--out",
                        "{tmp}/p.xlsx"], "missing.yaml"),
    ("prefill export", ["prefill", "export", "{open}", "--out", "{tmp}/p.xlsx", "--language",
                        "xx"], "de"),
    ("prefill import", ["prefill", "import", "{open}", "{tmp}/missing.xlsx"], "missing.xlsx"),
    ("reference import", ["reference", "import", "{tmp}/missing.json"], "missing.json"),
    ("reference use", ["reference", "use", "no-such-set"], "shipped"),
    ("reference show", ["reference", "show", "{tmp}/not-json.json"], "not-json.json"),
]  # fmt: skip

#: Every verb and sub-verb of ``clusterbench --help`` (the cases above must cover each).
VERBS = {
    "global", "interviews", "interviews show", "interviews new", "interviews verdicts",
    "interviews improve", "interviews label", "interviews finalise", "interviews reopen",
    "score", "report", "keys create", "keys export-public", "export", "verify", "decide",
    "import-decision", "send", "outbox", "outbox remove", "sync", "intake serve", "intake key",
    "intake queue", "clusters", "clusters merge",
    "pack validate", "practice start", "practice calibrate", "practice list",
    "prefill export", "prefill import", "reference import", "reference use", "reference show",
}  # fmt: skip


def _filled(arguments: list[str], values: dict[str, str]) -> list[str]:
    return [argument.format(**values) for argument in arguments]


def _error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("clusterbench: "), err
    assert "Traceback" not in err
    return lines[0]


def test_the_cases_cover_every_verb() -> None:
    assert {verb for verb, _arguments, _expected in BAD_INPUT} == VERBS


@pytest.mark.parametrize(
    ("verb", "arguments", "expected"),
    BAD_INPUT,
    ids=[f"{verb}:{' '.join(args[1:3])}" for verb, args, _ in BAD_INPUT],
)
def test_bad_input_exits_2_with_one_line(
    verb: str,
    arguments: list[str],
    expected: str,
    setup: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = run(_filled(arguments, setup))
    err = capsys.readouterr().err
    assert status == 2, err
    assert expected in _error_line(err)


def test_keys_show_without_a_key_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["keys", "show"]) == 2
    assert "keys create" in _error_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    "arguments",
    [
        ["interviews", "new", "--cluster", "X", "--country", "ZZ", "--area", AREA, "--expert", "E"],
        ["interviews", "--status", "bogus"],
        ["practice", "start", "no-such-case", "--trainee", "T"],
    ],
)
def test_a_real_process_keeps_the_contract(arguments: list[str], data_dir: Path) -> None:
    finished = subprocess.run(
        [sys.executable, "-m", "app", *arguments],
        cwd=ROOT,
        env={**os.environ, "CLUSTERBENCH_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert finished.returncode == 2
    _error_line(finished.stderr)
    assert finished.stdout == ""


def test_a_reader_that_goes_away_ends_the_command_quietly(data_dir: Path) -> None:
    """``clusterbench practice list | head -0``: no error line when the pipe closes."""
    reading, writing = os.pipe()
    os.close(reading)  # the reader is gone before the first line is written
    try:
        finished = subprocess.run(
            [sys.executable, "-m", "app", "practice", "list"],
            cwd=ROOT,
            env={**os.environ, "CLUSTERBENCH_DATA_DIR": str(data_dir)},
            stdout=writing,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(writing)
    assert finished.returncode == 1
    assert finished.stderr == ""


def test_empty_lists_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["interviews"]) == 0
    assert "No interviews yet" in capsys.readouterr().out
    assert run(["interviews", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run(["interviews", "--due-within", "6"]) == 0
    assert "within 6 months" in capsys.readouterr().out
    assert run(["interviews", "--due-within", "6", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run(["outbox"]) == 0
    assert "empty" in capsys.readouterr().out
    assert run(["outbox", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.fixture
def app_holding_the_store(setup: dict[str, str]) -> Iterator[Store]:
    """The store open as the app opens it: the writer, holding the instance lock."""
    with open_store() as store:
        yield store


def test_read_only_commands_work_while_the_app_has_the_store(
    app_holding_the_store: Store, setup: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    store = app_holding_the_store
    pack = repo.pack_of(store, int(setup["open"]))
    repo.save_answer(store, pack, int(setup["open"]), "eligibility.eccp_listed", True, actor="E")
    tmp = Path(setup["tmp"])

    assert run(["interviews", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert run(["interviews", "show", setup["open"]]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["answers"]["eligibility.eccp_listed"] is True  # the writer's latest answer
    assert run(["interviews", "verdicts", setup["final"], "--json"]) == 0
    capsys.readouterr()
    assert run(["report", setup["final"], "--out", str(tmp / "r.pdf"), "--no-peers"]) == 0
    assert (tmp / "r.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert run(["outbox", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run(["prefill", "export", setup["open"], "--out", str(tmp / "p.xlsx")]) == 0
    capsys.readouterr()

    # Writing still needs the app's lock, and says so in one line.
    assert run(["interviews", "finalise", setup["open"], "--anyway"]) == 2
    assert "open in another ClusterBench window" in _error_line(capsys.readouterr().err)
    # Nothing the readers did got in the writer's way.
    repo.save_answer(store, pack, int(setup["open"]), "eligibility.eccp_listed", False, actor="E")
    assert repo.answers_of(store, int(setup["open"]))["eligibility.eccp_listed"] is False
    assert keys.has_key()
