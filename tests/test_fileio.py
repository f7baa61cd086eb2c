"""Writing a file all or nothing, and tidying what a killed write left beside it."""

from __future__ import annotations

import os
import time
from pathlib import Path

from app.fileio import remove_abandoned_parts, try_lock, unlock, write_atomically


def _part(folder: Path, target: str, name: str, *, age: float) -> Path:
    part = folder / f".{target}.{name}.part"
    part.write_bytes(b"half a report")
    moment = time.time() - age
    os.utime(part, (moment, moment))
    return part


def test_a_killed_writes_temporary_file_goes_at_the_next_write(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.pdf"
    abandoned = _part(folder, "report.pdf", "k1ll3d", age=60)
    other_file = _part(folder, "other.pdf", "k1ll3d", age=60)  # another file's: not ours
    write_atomically(target, b"%PDF whole")
    assert target.read_bytes() == b"%PDF whole"
    assert not abandoned.exists()
    assert other_file.exists()
    assert sorted(p.name for p in folder.iterdir()) == [other_file.name, "report.pdf"]


def test_a_write_under_way_or_just_begun_keeps_its_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    held = _part(tmp_path, "report.pdf", "wr1t1ng", age=60)
    fresh = _part(tmp_path, "report.pdf", "n3wb0rn", age=0)  # made, perhaps not yet locked
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not a temporary file (fictional)\n", encoding="utf-8")
    link = tmp_path / ".report.pdf.l1nk3d.part"
    link.symlink_to(elsewhere)
    os.utime(link, (time.time() - 60, time.time() - 60), follow_symlinks=False)
    with open(held, "rb") as writer:
        assert try_lock(writer)  # the other write holds its file, as write_atomically does
        try:
            assert remove_abandoned_parts(target) == []
        finally:
            unlock(writer)
    assert held.exists()
    assert fresh.exists()
    assert link.is_symlink()
    assert elsewhere.exists()
    assert remove_abandoned_parts(target) == [held]  # its writer is gone now
