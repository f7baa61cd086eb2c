"""The log file: it rotates like the standard handler (``.1`` newest, five kept)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app import logsetup


def test_the_log_rotates_and_keeps_five_older_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logsetup, "MAX_LOG_BYTES", 2_000)
    folder = tmp_path / "logs"
    folder.mkdir()
    path = folder / logsetup.LOG_FILE_NAME
    handler = logsetup._QuietFileHandler(path, encoding="utf-8")
    logger = logging.getLogger("tests.logsetup")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(600):
            logger.warning("record %04d %s", number, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in folder.iterdir())
    assert names == [path.name] + [f"{path.name}.{n}" for n in range(1, 6)]
    newest = path.read_text(encoding="utf-8")
    assert "record 0599" in newest
    # Each older file holds earlier records than the one before it.
    firsts = [
        int(Path(f"{path}.{n}").read_text(encoding="utf-8").split("record ")[1][:4])
        for n in range(1, 6)
    ]
    assert firsts == sorted(firsts, reverse=True)
    assert all(Path(f"{path}.{n}").stat().st_size <= 2_100 for n in range(1, 6))


def test_a_log_that_cannot_be_written_goes_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(logsetup, "MAX_LOG_BYTES", 100)
    folder = tmp_path / "logs"
    folder.mkdir()
    handler = logsetup._QuietFileHandler(folder / logsetup.LOG_FILE_NAME, encoding="utf-8")
    logger = logging.getLogger("tests.logsetup.quiet")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        logger.warning("x" * 200)
        # The folder goes away (a pulled USB stick): rotating fails, nothing is printed.
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()
        logger.warning("after")
        logger.warning("and after")
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert handler._broken
    assert capsys.readouterr().err == ""
