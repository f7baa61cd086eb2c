"""Packaging: the shipped data is found, and the wheel and the frozen build carry all of it.

Building a wheel or a frozen app takes minutes; ``packaging/check-wheel.sh`` and
``packaging/build.sh`` do that. These tests check the configuration both builds use.
"""

from __future__ import annotations

import ast
import configparser
import glob
import importlib.util
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from app import paths
from app.export.charts import register_fonts
from app.models.store import MIGRATIONS_DIR
from app.paths import RESOURCES_DIR, default_pack_path, default_reference_path
from app.scoring.practice import PRACTICE_DIR
from app.settings import LANGUAGES, SOURCE_LANGUAGE
from app.ui.application import ICON_PATH
from app.ui.i18n import translation_file

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
SPEC = ROOT / "packaging" / "clusterbench.spec"
RESOURCES_PACKAGE = "app." + paths.INSTALLED_RESOURCES_DIR.name


def _files_under(folder: Path) -> set[Path]:
    """Every file below ``folder`` except Python caches."""
    return {
        path
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def _package_folder(package: str) -> Path:
    """Where the sources of ``package`` are, following ``package-dir``."""
    mapped = SETUPTOOLS.get("package-dir", {}).get(package)
    return ROOT / mapped if mapped else ROOT.joinpath(*package.split("."))


def _wheel_data_files() -> set[Path]:
    """The files package-data puts into the wheel, matched the way setuptools does (glob)."""
    found: set[Path] = set()
    for package, patterns in SETUPTOOLS["package-data"].items():
        folder = _package_folder(package)
        for pattern in patterns:
            found |= {Path(match) for match in glob.glob(str(folder / pattern), recursive=True)}
    return {path for path in found if path.is_file()}


def _spec_data() -> list[tuple[str, str]]:
    """The (source, destination) pairs of ``DATA`` in the PyInstaller spec."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "DATA" for target in node.targets
        ):
            data: list[tuple[str, str]] = ast.literal_eval(node.value)
            return data
    raise AssertionError("the spec has no DATA list")


def test_a_checkout_uses_its_own_resources_folder() -> None:
    assert RESOURCES_DIR == ROOT / "resources"


def test_every_resource_the_app_needs_is_found() -> None:
    assert default_pack_path().is_file()
    assert default_reference_path().is_file()
    assert sorted(PRACTICE_DIR.glob("*.yaml")), "no practice cases"
    assert ICON_PATH.is_file()
    for language in LANGUAGES:
        if language != SOURCE_LANGUAGE:
            assert translation_file(language).is_file(), language
    assert register_fonts() == ("DejaVuSans", "DejaVuSans-Bold")
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert sorted((MIGRATIONS_DIR / "versions").glob("0*.py")), "no migrations"
    for needed in (default_pack_path(), default_reference_path(), ICON_PATH, PRACTICE_DIR):
        assert needed.is_relative_to(RESOURCES_DIR), needed


def test_an_installed_copy_uses_the_resources_inside_the_package(tmp_path: Path) -> None:
    """Laid out like site-packages, next to another distribution's top-level resources/."""
    site = tmp_path / "site-packages"
    (site / "app").mkdir(parents=True)
    shutil.copy(Path(paths.__file__), site / "app" / "paths.py")
    (site / "app" / "_resources").mkdir()
    (site / "resources").mkdir()
    spec = importlib.util.spec_from_file_location("installed_paths", site / "app" / "paths.py")
    assert spec is not None
    assert spec.loader is not None
    installed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(installed)
    found = installed.RESOURCES_DIR
    assert found == (site / "app" / "_resources").resolve()


def test_the_wheel_lists_every_package() -> None:
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "app").rglob("__init__.py")
    }
    assert set(SETUPTOOLS["packages"]) == on_disk | {RESOURCES_PACKAGE}


def test_the_wheel_carries_every_file_under_resources() -> None:
    assert _package_folder(RESOURCES_PACKAGE) == ROOT / "resources"
    resources = _files_under(ROOT / "resources")
    assert resources, "resources/ is empty"
    missing = resources - _wheel_data_files()
    assert not missing, sorted(str(path.relative_to(ROOT)) for path in missing)


def test_the_wheel_carries_every_data_file_inside_the_app_package() -> None:
    data_files = {path for path in _files_under(ROOT / "app") if path.suffix != ".py"}
    assert data_files, "expected at least the pack schema"
    missing = data_files - _wheel_data_files()
    assert not missing, sorted(str(path.relative_to(ROOT)) for path in missing)


def test_the_frozen_build_puts_resources_where_an_installed_wheel_has_them() -> None:
    data = dict(_spec_data())
    assert data["resources"] == f"app/{paths.INSTALLED_RESOURCES_DIR.name}"
    for source, destination in data.items():
        assert (ROOT / source).exists(), source
        if source.startswith("app/"):
            folder = source if (ROOT / source).is_dir() else str(Path(source).parent)
            assert destination == folder, source


@pytest.mark.parametrize("needed", ["app/scoring/pack_schema.json", "app/models/migrations"])
def test_the_frozen_build_carries_the_files_read_from_disk(needed: str) -> None:
    sources = [ROOT / source for source, _ in _spec_data()]
    assert any(
        ROOT / needed == source or (ROOT / needed).is_relative_to(source) for source in sources
    ), needed


def test_the_frozen_build_collects_modules_imported_by_name() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("app")' in text
    assert '"pypdfium2"' in text


def test_the_desktop_entry_starts_the_installed_command() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "packaging" / "clusterbench.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] in PYPROJECT["project"]["scripts"]
    assert desktop["Icon"] == ICON_PATH.stem
    assert desktop["Categories"].endswith(";")
    assert desktop["Name"] == paths.APP_NAME


#: Distributions whose import name is not their name in lower case.
_IMPORT_NAMES = {"PySide6-Essentials": "PySide6", "PyYAML": "yaml"}


def test_every_runtime_dependency_is_used_by_the_app() -> None:
    project = PYPROJECT["project"]
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "app").rglob("*.py"))
    unused = []
    for requirement in project["dependencies"]:
        name = re.split(r"[<>=!~\[;\s]", requirement, maxsplit=1)[0]
        module = _IMPORT_NAMES.get(name, name.lower().replace("-", "_"))
        if not re.search(rf"^\s*(import|from) {re.escape(module)}\b", sources, re.MULTILINE):
            unused.append(name)
    assert unused == [], "declared for the app, imported nowhere in app/"
