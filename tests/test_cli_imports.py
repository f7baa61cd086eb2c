"""Each verb imports only what it uses: ``--help`` and the quick reads stay light.

Real ``clusterbench`` runs in their own interpreters list ``sys.modules`` when the verb has
finished. ``--help`` imports no verb's module; a verb's ``--help`` imports its own module
and none of the heavy dependencies; ``interviews --json`` reads the store with plain
sqlite3, without even the store module, and sets up no log file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.commands import VERBS
from tests.processes import listed_modules, run_python

ROOT = Path(__file__).resolve().parent.parent

#: Packages no verb needs to be registered or to list interviews.
HEAVY_PACKAGES = (
    "alembic",
    "cryptography",
    "httpx",
    "jsonschema",
    "numpy",
    "openpyxl",
    "PySide6",
    "pyqtgraph",
    "pyrage",
    "reportlab",
    "sqlalchemy",
    "starlette",
    "uvicorn",
    "yaml",
)
#: Our modules registering the verbs may import (the verbs' modules themselves aside).
LIGHT_APP_MODULES = {"app", "app.cli", "app.commands", "app.errors", "app.scoring"}
LIGHT_APP_MODULES |= {"app.scoring.taxonomy"}
#: What ``interviews --json`` may import of ours: no store module, no ORM, no log set-up.
LIST_APP_MODULES = LIGHT_APP_MODULES | {
    "app.commands._shared",
    "app.commands.interviews",
    "app.export",
    "app.export.workfolders",
    "app.fileio",
    "app.models",
    "app.models.connections",
    "app.models.interview_list",
    "app.paths",
}
#: Standard modules worth milliseconds that the interview list does without.
LIST_SKIPS = ("dataclasses", "inspect", "logging", "platformdirs", "shutil", "tempfile", "typing")

RUN_AND_LIST = """
import json, sys
from app.cli import run
code = run(sys.argv[1:])
sys.stderr.write("modules " + json.dumps(sorted(sys.modules)) + "\\n")
sys.exit(code)
"""


def modules_after(*argv: str, data_dir: Path) -> tuple[set[str], str]:
    done = run_python(["-c", RUN_AND_LIST, *argv], data_dir, timeout=60)
    return listed_modules(done.stderr), done.stdout


def heavy(modules: set[str]) -> list[str]:
    return sorted(name for name in modules if name.split(".")[0] in HEAVY_PACKAGES)


def verb_names() -> list[str]:
    from app.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "verb")
    assert isinstance(sub.choices, dict)
    return sorted(sub.choices)


def test_every_verb_is_listed_by_help(data_dir: Path) -> None:
    modules, out = modules_after("--help", data_dir=data_dir)
    assert len(VERBS) >= 15
    for name in verb_names():
        assert f"\n    {name}" in out
    assert heavy(modules) == []
    ours = {name for name in modules if name.split(".")[0] == "app"}
    assert ours <= LIGHT_APP_MODULES  # not one verb's module


@pytest.mark.parametrize("verb", verb_names())
def test_a_verbs_help_imports_nothing_heavy(verb: str, data_dir: Path) -> None:
    modules, out = modules_after(verb, "--help", data_dir=data_dir)
    assert out.startswith(f"usage: clusterbench {verb}")
    assert heavy(modules) == []
    ours = {name for name in modules if name.split(".")[0] == "app"}
    assert {n for n in ours if not n.startswith("app.commands.")} <= LIGHT_APP_MODULES


def test_help_is_laid_out_for_the_terminal_without_shutil(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    widest = {}
    for columns in (60, 120):
        monkeypatch.setenv("COLUMNS", str(columns))
        modules, out = modules_after("--help", data_dir=data_dir)
        assert "shutil" not in modules  # nor the compression modules it brings
        widest[columns] = max(len(line) for line in out.splitlines())
        assert widest[columns] <= columns - 2
    assert widest[120] > 60  # the wider terminal is used


def test_listing_interviews_reads_the_store_without_the_orm(data_dir: Path, store) -> None:  # type: ignore[no-untyped-def]
    from app.models import repository as repo
    from app.paths import default_pack_path
    from app.scoring.pack import load_pack

    repo.ensure_demo_interview(store, load_pack(default_pack_path()))
    store.close()
    modules, out = modules_after("interviews", "--json", data_dir=data_dir)
    rows = json.loads(out)
    assert [row["cluster"] for row in rows] == [repo.DEMO_CLUSTER_NAME]
    assert rows[0]["answered_count"] == len(repo.DEMO_ANSWERS)
    assert heavy(modules) == []
    assert {name for name in modules if name.split(".")[0] == "app"} <= LIST_APP_MODULES
    assert "app.models.interview_list" in modules
    assert [name for name in LIST_SKIPS if name in modules] == []
    assert not (data_dir / "logs").exists()
