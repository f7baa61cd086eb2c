"""The shape the code keeps: each rule in one place, windows small enough to read, no hidden
imports. (The layers themselves are import-linter contracts in pyproject.toml.)"""

from __future__ import annotations

import ast
import re
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
#: "A few hundred lines": no window module needs more to say what it does.
MAX_UI_MODULE_LINES = 400


def _sources() -> dict[str, str]:
    return {
        str(path.relative_to(APP.parent)): path.read_text(encoding="utf-8")
        for path in sorted(APP.rglob("*.py"))
    }


def test_no_module_of_the_windows_is_longer_than_a_few_hundred_lines() -> None:
    long = {
        name: text.count("\n")
        for name, text in _sources().items()
        if name.startswith("app/ui/") and text.count("\n") > MAX_UI_MODULE_LINES
    }
    assert long == {}


def test_no_import_is_hidden_from_the_contracts_and_the_type_checker() -> None:
    hidden = []
    for name, text in _sources().items():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                if "importlib" in modules or getattr(node, "module", "") == "importlib":
                    hidden.append(name)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
                hidden.append(name)
    assert hidden == []


def test_the_locked_statuses_are_defined_once() -> None:
    definitions = [
        name for name, text in _sources().items() if re.search(r"^LOCKED_STATUSES\b", text, re.M)
    ]
    assert definitions == ["app/scoring/taxonomy.py"]
    spelled_out = [
        name
        for name, text in _sources().items()
        if name != "app/scoring/taxonomy.py"
        and re.search(r"""["']finalised["'],\s*["']approved["']""", text)
    ]
    assert spelled_out == []


def test_the_actor_and_the_settings_are_worked_out_in_one_place() -> None:
    login = [name for name, text in _sources().items() if "getuser" in text]
    assert login == ["app/settings.py"]
    qsettings = [name for name, text in _sources().items() if "QSettings(" in text]
    assert qsettings == ["app/ui/window_state.py"]  # window geometry only
    guesses = [
        name
        for name, text in _sources().items()
        if re.search(r"expert_name\s+or\b", text) or re.search(r'or\s+"expert"', text)
    ]
    assert guesses == []


def test_an_answer_becomes_text_in_one_function() -> None:
    formatters = [
        (name, match)
        for name, text in _sources().items()
        for match in re.findall(r"^def (\w*(?:format_answer|answer_text)\w*)\(", text, re.M)
    ]
    assert formatters == [("app/scoring/engine.py", "answer_text")]
