"""Per-user folders, overridable for portable installs and tests."""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import AppError
from app.fileio import describe_os_error, write_atomically

APP_NAME = "ClusterBench"
DATA_DIR_ENV = "CLUSTERBENCH_DATA_DIR"
CONFIG_DIR_ENV = "CLUSTERBENCH_CONFIG_DIR"
DATA_FOLDER_CHOICE = "data-folder.txt"
LOG_FOLDER = "logs"
#: Where an installed wheel or a frozen build keeps ``resources/`` (mapped at build time).
INSTALLED_RESOURCES_DIR = Path(__file__).resolve().parent / "_resources"


def _source_checkout_resources() -> Path | None:
    """``resources/`` of the source checkout this package runs from, if it does."""
    root = Path(__file__).resolve().parent.parent
    resources = root / "resources"
    if (root / "pyproject.toml").is_file() and resources.is_dir():
        return resources
    return None


def find_resources_dir() -> Path:
    """The shipped data: the checkout's ``resources/`` first, else the installed copy."""
    return _source_checkout_resources() or INSTALLED_RESOURCES_DIR


#: Questionnaire packs, synthetic reference, practice cases, fonts, icons, translations.
RESOURCES_DIR = find_resources_dir()


class DataFolderError(AppError):
    """The data folder cannot be created or used where it is."""

    exit_code = 2


def data_dir() -> Path:
    """The folder holding the store, evidence, keys and backups (created on demand).

    ``CLUSTERBENCH_DATA_DIR`` wins (portable installs, tests); then the folder chosen in
    the settings; then the per-user data folder. ``DataFolderError`` says why it cannot
    be used when it cannot be created (or is a file).
    """
    return make_data_folder(configured_data_dir())


def make_data_folder(path: Path) -> Path:
    """Create ``path`` (and its parents) for data; ``DataFolderError`` says why it cannot."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:
        raise DataFolderError(
            f"The data folder {path} is a file, not a folder. Move the file away, or choose "
            "another data folder."
        ) from error
    except OSError as error:
        raise DataFolderError(describe_os_error(error, path, "The data folder")) from error
    return path


def configured_data_dir() -> Path:
    """Where the data folder is meant to be, without creating it."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else chosen_data_dir() or default_data_dir()


def default_data_dir() -> Path:
    """The per-user data folder of the platform."""
    import platformdirs  # not at import: a folder given by the environment needs none

    return Path(platformdirs.user_data_dir(APP_NAME, False))


def config_dir() -> Path:
    """Where the choice of data folder is remembered (outside the data folder itself)."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs  # not at import: a folder given by the environment needs none

    return Path(platformdirs.user_config_dir(APP_NAME, False))


def chosen_data_dir() -> Path | None:
    """The data folder chosen in the settings, if any."""
    choice = config_dir() / DATA_FOLDER_CHOICE
    try:
        text = choice.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def choose_data_dir(folder: Path | None) -> None:
    """Remember ``folder`` as the data folder from the next start (None: the default)."""
    write_atomically(config_dir() / DATA_FOLDER_CHOICE, str(folder or ""))


def log_dir() -> Path:
    """The folder for rotating log files (``logs`` in the data folder), created on demand.

    Raises ``OSError`` (or ``DataFolderError``) when it cannot be created.
    """
    path = data_dir() / LOG_FOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_pack_path() -> Path:
    """The questionnaire pack shipped with the app."""
    return RESOURCES_DIR / "questionnaires" / "ecei-benchmarking-public.yaml"


def default_reference_path() -> Path:
    """The synthetic reference peer set shipped with the app."""
    return RESOURCES_DIR / "reference" / "synthetic-reference.json"
