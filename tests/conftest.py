"""Shared test set-up: offscreen Qt and a throwaway data folder for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The C locale, as in CI, whatever the desktop's language: a first start would adopt it.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.paths import default_pack_path  # noqa: E402
from app.scoring.pack import Pack, load_pack  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app at an empty per-test data folder; nothing touches the real one."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("CLUSTERBENCH_DATA_DIR", str(folder))
    monkeypatch.setenv("CLUSTERBENCH_CONFIG_DIR", str(tmp_path / "config"))
    return folder


@pytest.fixture(scope="session")
def default_pack() -> Pack:
    """The questionnaire pack shipped with the app."""
    return load_pack(default_pack_path())


@pytest.fixture
def store(data_dir: Path):  # type: ignore[no-untyped-def]
    """A real store (SQLite file) in the test's data folder."""
    from app.models import open_store

    opened = open_store()
    yield opened
    opened.close()


@pytest.fixture
def interview_id(store, default_pack: Pack) -> int:  # type: ignore[no-untyped-def]
    """A fresh on-site interview of a fictional cluster."""
    from app.models import repository as repo

    cluster_id = repo.create_cluster(
        store,
        name="Test Cluster Łódź (fictional)",
        country="PL",
        technology_area="ICT",
        fictional=True,
    )
    return repo.create_interview(
        store,
        cluster_id=cluster_id,
        pack=default_pack,
        mode="on_site",
        expert="Test Expert",
        actor="Test Expert",
    )


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    """Print what the scale tests measured (kills, mutations, damaged stores, ...)."""
    from tests.scale import FIGURES

    if not FIGURES:
        return
    terminalreporter.section("scale figures")
    for name, figures in FIGURES:
        listed = ", ".join(
            f"{key} {value:,}" if isinstance(value, int) else f"{key} {value}"
            for key, value in figures.items()
        )
        terminalreporter.write_line(f"{name}: {listed}")
