"""Bundle bytes on disk, content-addressed: partial uploads, accepted bundles, quarantine.

Layout under the intake's data folder::

    uploads/<sha256>.part            a tus upload in progress (only its committed prefix counts)
    bundles/<aa>/<sha256>            accepted bundles, read-only (never changed or deleted)
    quarantine/<sha256>              refused bundles, kept with the reason beside them
    quarantine/<sha256>.reason.json
    locks/<aa>.lock                  one finisher at a time per bundle (256 lock stripes)

Several intake processes may share this folder (or an object store behind the same
methods): every name is derived from the bytes, and every file arrives by rename.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.fileio import fsync_folder, write_atomically

READ_BLOCK = 1024 * 1024


class LocalBlobStore:
    """The intake's bytes in a local (or network-mounted) folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        for name in ("uploads", "bundles", "quarantine", "locks"):
            (root / name).mkdir(parents=True, exist_ok=True)

    def part_path(self, sha256: str) -> Path:
        """The file of an upload in progress."""
        return self.root / "uploads" / f"{sha256}.part"

    def bundle_path(self, sha256: str) -> Path:
        """Where an accepted bundle lives."""
        return self.root / "bundles" / sha256[:2] / sha256

    def quarantine_path(self, sha256: str) -> Path:
        """Where a refused bundle is kept."""
        return self.root / "quarantine" / sha256

    def open_part(self, sha256: str, offset: int) -> Any:
        """The part file opened for writing at ``offset`` (anything after it is cut off).

        Bytes past the committed offset are what a dropped connection or a killed
        process left behind; they were never acknowledged, so they go.
        """
        path = self.part_path(sha256)
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(descriptor, "r+b")
        handle.truncate(offset)
        handle.seek(offset)
        return handle

    def part_size(self, sha256: str) -> int:
        """How many bytes the part file holds (committed or not)."""
        try:
            return self.part_path(sha256).stat().st_size
        except FileNotFoundError:
            return 0

    @contextmanager
    def finishing(self, sha256: str) -> Iterator[None]:
        """Hold the lock under which one bundle is finished (across intake processes too)."""
        descriptor = os.open(self.root / "locks" / f"{sha256[:2]}.lock", os.O_RDWR | os.O_CREAT)
        try:
            if os.name != "nt":
                import fcntl

                fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            os.close(descriptor)  # closing releases the lock

    def hash_part(self, sha256: str) -> str:
        """SHA-256 of a finished part file, read in blocks."""
        return hash_file(self.part_path(sha256))

    def discard_part(self, sha256: str) -> None:
        """Remove an upload's bytes (terminated, or not what was declared)."""
        self.part_path(sha256).unlink(missing_ok=True)

    def accept(self, sha256: str) -> Path:
        """Move a finished upload to its read-only place; return that place."""
        target = self.bundle_path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        source = self.part_path(sha256)
        if target.exists():  # the same bytes arrived twice: keep the first copy untouched
            source.unlink(missing_ok=True)
            return target
        os.chmod(source, 0o444)
        os.replace(source, target)
        fsync_folder(target.parent)
        fsync_folder(source.parent)
        return target

    def quarantine(self, sha256: str, reason: dict[str, Any]) -> Path:
        """Keep a refused upload apart, with the reason; never delete it."""
        target = self.quarantine_path(sha256)
        write_atomically(
            target.with_name(f"{sha256}.reason.json"),
            json.dumps(reason, indent=2, ensure_ascii=False) + "\n",
        )
        source = self.part_path(sha256)
        if source.exists():
            os.chmod(source, 0o444)
            os.replace(source, target)
            fsync_folder(target.parent)
        return target

    def read_bundle(self, sha256: str) -> Iterator[bytes]:
        """An accepted bundle's bytes in blocks (for a supervisor's download)."""
        with self.bundle_path(sha256).open("rb") as stream:
            while block := stream.read(READ_BLOCK):
                yield block


def hash_file(path: Path) -> str:
    """SHA-256 of a file, read in blocks (never whole in memory)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while block := stream.read(READ_BLOCK):
            digest.update(block)
    return digest.hexdigest()
