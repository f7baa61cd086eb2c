"""Per-user folders, overridable for portable installs and tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ClusterBench"
DATA_DIR_ENV = "CLUSTERBENCH_DATA_DIR"
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """The folder holding the store, evidence, keys and backups (created on demand)."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """The folder for rotating log files."""
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_pack_path() -> Path:
    """The questionnaire pack shipped with the app."""
    return RESOURCES_DIR / "questionnaires" / "ecei-benchmarking-public.yaml"


def default_reference_path() -> Path:
    """The synthetic reference peer set shipped with the app."""
    return RESOURCES_DIR / "reference" / "synthetic-reference.json"
