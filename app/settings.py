"""The user's preferences: every option with its type and default, in one file, no Qt.

The command line and the windows read the same options: who is recorded as the actor in
the audit log, the active peer reference set, the interface language and the expert's
other preferences. They are kept as JSON in the data folder's ``config`` directory, so
``CLUSTERBENCH_DATA_DIR`` (a portable install, or a test) keeps its own. Window geometry
is not a preference: the windows keep it apart (``app.ui.window_state``).

The file carries ``SETTINGS_VERSION``. An older file is brought up to date once, by the
upgrade steps in ``UPGRADES``; version 1 is the INI file of earlier releases.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from app.fileio import write_atomically
from app.paths import configured_data_dir
from app.scoring.taxonomy import INTERVIEW_MODES

log = logging.getLogger(__name__)

T = TypeVar("T")
SETTINGS_VERSION = 2
SETTINGS_FILE = "settings.json"
#: The INI file of settings version 1 (its ``[preferences]`` group).
LEGACY_INI_FILE = "clusterbench.ini"
#: Languages the interface ships in (code -> name shown in the settings, in that language).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"
#: How often the store is copied to the backups folder (before a migration: always).
BACKUP_SCHEDULES: dict[str, timedelta | None] = {
    "daily": timedelta(days=1),
    "weekly": timedelta(days=7),
    "off": None,
}
#: Recorded as the actor when nobody can be named at all.
FALLBACK_ACTOR = "expert"


def config_folder() -> Path:
    """The folder with the settings of the current data folder (created on demand).

    When it cannot be made (a read-only or full data folder), the defaults apply and changes
    are not kept; the store's own dialog explains the data folder's problem.
    """
    folder = configured_data_dir() / "config"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("settings cannot be kept in %s: %s", folder, error)
    return folder


@dataclass(frozen=True)
class Option(Generic[T]):
    """A preference: its name, type and default, and which values are allowed."""

    name: str
    kind: type[T]
    default: T
    allowed: Callable[[T], bool] | None = None

    @overload
    def __get__(self, obj: None, owner: type[Settings]) -> Option[T]: ...

    @overload
    def __get__(self, obj: Settings, owner: type[Settings]) -> T: ...

    def __get__(self, obj: Settings | None, owner: type[Settings]) -> Option[T] | T:
        if obj is None:
            return self
        return obj.read(self)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.write(self, value)

    def accepts(self, value: object) -> bool:
        """Whether ``value`` has the option's type and is allowed."""
        if type(value) is not self.kind:
            return False
        return self.allowed is None or self.allowed(value)


class Settings:
    """Typed access to the preferences; every change is written to disk at once."""

    expert_name = Option("expert_name", str, "")
    expert_id = Option("expert_id", str, "")
    default_mode = Option("default_mode", str, "on_site", lambda v: v in INTERVIEW_MODES)
    language = Option("language", str, SOURCE_LANGUAGE, lambda v: v in LANGUAGES)
    compact_layout = Option("compact_layout", bool, False)
    #: The welcome on the home screen, until the user hides it.
    show_welcome = Option("show_welcome", bool, True)
    backup_schedule = Option("backup_schedule", str, "daily", lambda v: v in BACKUP_SCHEDULES)
    #: The imported reference set in use (its file name); "" for the newest import, or the
    #: synthetic set shipped with the app when nothing was imported.
    reference_set = Option("reference_set", str, "")

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or config_folder()
        self.path = self.folder / SETTINGS_FILE
        self._values = self._load()

    @classmethod
    def options(cls) -> list[Option[Any]]:
        """Every declared preference."""
        return [value for value in vars(cls).values() if isinstance(value, Option)]

    def read(self, option: Option[T]) -> T:
        """The stored value of ``option``, or its default when unset or not allowed."""
        value = self._values.get(option.name, option.default)
        return value if option.accepts(value) else option.default

    def is_set(self, option: Option[T]) -> bool:
        """Whether a value of ``option`` is stored (one the option allows), not its default."""
        return option.name in self._values and option.accepts(self._values[option.name])

    def write(self, option: Option[T], value: T) -> None:
        """Store ``value`` for ``option`` (refusing one the option does not allow)."""
        if not option.accepts(value):
            raise ValueError(f"{value!r} is not allowed for {option.name}")
        if self._values.get(option.name) == value:
            return
        self._values[option.name] = value
        self._save()

    def sync(self) -> None:
        """Kept for callers that flush explicitly: every write is already on disk."""

    # --- the file ----------------------------------------------------------------------

    def _load(self) -> dict[str, Any]:
        document = _read_json(self.path)
        if document is None:
            legacy = _read_legacy_ini(self.folder / LEGACY_INI_FILE)
            if not legacy:
                return {}  # nothing set yet: the defaults, and no file until a change
            document = {"version": 1, "values": legacy}
        version = document.get("version")
        values = document.get("values")
        if not isinstance(version, int) or not isinstance(values, dict):
            log.warning("settings file %s is malformed; using the defaults", self.path)
            return {}
        if version > SETTINGS_VERSION:
            log.warning(
                "settings file %s is from a newer ClusterBench; reading what fits", self.path
            )
            return dict(values)
        if version < SETTINGS_VERSION:
            values = upgrade(version, dict(values))
            self._values = values
            self._save()
        return dict(values)

    def _save(self) -> None:
        document = {"version": SETTINGS_VERSION, "values": self._values}
        try:
            write_atomically(self.path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        except OSError as exc:
            # A read-only medium must not stop the interview; the change lasts this session.
            log.warning("cannot write the settings to %s: %s", self.path, exc)


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("cannot read the settings %s: %s", path, exc)
        return {}
    try:
        document = json.loads(text)
    except ValueError as exc:
        log.warning("settings file %s is not JSON (%s); using the defaults", path, exc)
        return {}
    return document if isinstance(document, dict) else {}


def _read_legacy_ini(path: Path) -> dict[str, str]:
    """The ``[preferences]`` group of a version-1 settings file, as raw strings."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("cannot read the old settings %s: %s", path, exc)
        return {}
    if "[preferences]" not in text:
        # The file also keeps the windows' geometry: with no preferences in it (the usual
        # case), there is nothing to upgrade and no parser to load at every start.
        return {}
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        log.warning("cannot read the old settings %s: %s", path, exc)
        return {}
    if not parser.has_section("preferences"):
        return {}
    return {key: _unquote(value) for key, value in parser.items("preferences")}


def _unquote(raw: str) -> str:
    """A value as the INI writer of version 1 stored it ("..." with backslash escapes)."""
    if len(raw) >= 2 and raw.startswith('"') and raw.endswith('"'):
        inner = raw[1:-1]
        return inner.replace('\\"', '"').replace("\\\\", "\\")
    return raw


#: Upgrade steps: ``UPGRADES[n]`` turns the values of version ``n`` into version ``n + 1``.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def upgrade_step(version: int) -> Callable[[Callable[..., dict[str, Any]]], Callable[..., Any]]:
    """Register the function that brings settings of ``version`` to the next version."""

    def register(step: Callable[[dict[str, Any]], dict[str, Any]]) -> Callable[..., Any]:
        UPGRADES[version] = step
        return step

    return register


@upgrade_step(1)
def _from_ini_strings(values: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept every value as INI text; version 2 keeps JSON types."""
    upgraded: dict[str, Any] = {}
    for option in Settings.options():
        raw = values.get(option.name)
        if raw is None:
            continue
        if option.kind is bool and isinstance(raw, str):
            value: Any = raw.strip().lower() in ("1", "true", "yes", "on")
        else:
            value = raw
        if option.accepts(value):
            upgraded[option.name] = value
    return upgraded


def upgrade(version: int, values: dict[str, Any]) -> dict[str, Any]:
    """Bring ``values`` from ``version`` to ``SETTINGS_VERSION``, one step at a time."""
    while version < SETTINGS_VERSION:
        step = UPGRADES.get(version)
        if step is None:
            log.warning("no upgrade for settings version %s; using the defaults", version)
            return {}
        values = step(values)
        version += 1
    return values


_instance: Settings | None = None


def settings() -> Settings:
    """The settings of the current data folder (one object per folder)."""
    global _instance
    folder = config_folder()
    if _instance is None or _instance.folder != folder:
        _instance = Settings(folder)
    return _instance


def current_actor(given: str = "", *, interview_expert: str = "") -> str:
    """Who the audit log records for an action: the one rule for the verbs and windows.

    The name given explicitly (``--actor``), else the expert's name from the settings,
    else the interview's expert, else the login name.
    """
    for name in (given, settings().expert_name, interview_expert):
        if name.strip():
            return name.strip()
    import getpass

    try:
        return getpass.getuser() or FALLBACK_ACTOR
    except (KeyError, OSError):
        return FALLBACK_ACTOR
