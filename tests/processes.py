"""Run ClusterBench code in a fresh interpreter of its own, as a user's start would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The line prefix under which a child process lists its ``sys.modules``.
MODULES_PREFIX = "modules "


def run_python(
    arguments: list[str], data_dir: Path, *, offscreen: bool = False, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``python ARGUMENTS`` from the checkout on ``data_dir``; it must exit 0."""
    env = dict(os.environ, CLUSTERBENCH_DATA_DIR=str(data_dir))
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


def listed_modules(output: str) -> set[str]:
    """The module names a child printed after ``MODULES_PREFIX`` (exactly one such line)."""
    lines = [line for line in output.splitlines() if line.startswith(MODULES_PREFIX)]
    assert len(lines) == 1, output
    return set(json.loads(lines[0].removeprefix(MODULES_PREFIX)))
