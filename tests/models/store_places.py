"""Stores in places where they cannot be used, and the real command line run against them.

Some places need powers a test may not have: a folder without write permission means
nothing to root (tests in CI run as root), so such commands run with root's permission
override dropped; a full disk and a read-only medium are real tmpfs mounts made in a
private mount namespace (``unshare``) that vanishes with the command.
"""

from __future__ import annotations

import ctypes
import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

#: Linux capability numbers (linux/capability.h) and prctl's "drop from bounding set".
_CAP_DAC_OVERRIDE = 1
_CAP_DAC_READ_SEARCH = 2
_PR_CAPBSET_DROP = 24
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Outcome:
    """What a command did: exit status and both streams."""

    returncode: int
    stdout: str
    stderr: str

    def assert_clean_refusal(self, *fragments: str) -> None:
        """Exit 2, one ``clusterbench: ...`` line on stderr naming ``fragments``, no traceback."""
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        assert self.returncode == 2, self
        assert "Traceback" not in self.stderr, self.stderr
        assert len(lines) == 1, self.stderr
        assert lines[0].startswith("clusterbench: "), self.stderr
        for fragment in fragments:
            assert fragment in lines[0], (fragment, lines[0])


def _drop_permission_override() -> None:
    """In the child, before exec: root keeps its uid but obeys file modes like anyone."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def environment(data_dir: Path, scratch: Path) -> dict[str, str]:
    """The environment for a command using ``data_dir``, with its own temporary folder."""
    scratch.mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "CLUSTERBENCH_DATA_DIR": str(data_dir),
        "CLUSTERBENCH_CONFIG_DIR": str(scratch / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(scratch),
        "PYTHONPATH": str(ROOT),
    }


def run_cli(
    args: list[str],
    data_dir: Path,
    scratch: Path,
    *,
    obey_file_modes: bool = False,
    mount_script: str | None = None,
    timeout: float = 120,
) -> Outcome:
    """Run ``clusterbench ARGS`` as the user would, against ``data_dir``.

    ``obey_file_modes`` takes away root's permission override; ``mount_script`` is shell
    run first in a private mount namespace (``$DATA`` is the data folder).
    """
    command = [sys.executable, "-m", "app", *args]
    if mount_script is not None:
        unshare = ["unshare", "--mount", "--propagation", "private"]
        if os.geteuid() != 0:
            unshare[1:1] = ["--user", "--map-root-user"]
        script = f'set -e\nDATA={shlex.quote(str(data_dir))}\n{mount_script}\nexec "$@"'
        command = [*unshare, "sh", "-c", script, "sh", *command]
    preexec = _drop_permission_override if obey_file_modes and os.geteuid() == 0 else None
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=environment(data_dir, scratch),
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=preexec,  # only prctl, before exec
        check=False,
    )
    return Outcome(done.returncode, done.stdout, done.stderr)


def require_mount_namespaces() -> None:
    """Skip unless ``unshare`` can make a private mount namespace with a tmpfs here."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is not installed")
    probe = ["unshare", "--mount", "--propagation", "private"]
    if os.geteuid() != 0:
        probe[1:1] = ["--user", "--map-root-user"]
    done = subprocess.run(
        [*probe, "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("no private mount namespaces here: " + done.stderr.decode(errors="replace"))


def full_disk_script(store: Path) -> str:
    """A small tmpfs over the data folder holding ``store``, then filled to the last byte."""
    return (
        'mount -t tmpfs -o size=2m tmpfs "$DATA"\n'
        f'cp {shlex.quote(str(store))} "$DATA/"\n'
        'cat /dev/zero > "$DATA/filler" 2>/dev/null || true\n'
    )


def read_only_script(store: Path) -> str:
    """A tmpfs over the data folder holding ``store``, remounted read-only."""
    return (
        'mount -t tmpfs -o size=8m tmpfs "$DATA"\n'
        f'cp {shlex.quote(str(store))} "$DATA/"\n'
        'mount -o remount,ro "$DATA"\n'
    )
