#!/usr/bin/env bash
# Refreshes the interface translations: collects every translatable string of the app into
# resources/translations/clusterbench_<lang>.ts (keeping the translations already made) and
# compiles each .ts into the .qm file the app loads at start.
#
#   scripts/update_translations.sh           update the .ts files, then compile them
#   scripts/update_translations.sh --release only compile the .ts files (no source scan)
#   scripts/update_translations.sh --check   change nothing; list the texts that still need
#                                            a translation and exit 1 if there are any
#
# pyside6-lupdate finds self.tr("...") and QCoreApplication.translate("Context", "...")
# itself. It cannot see three other patterns, which a small AST pass below turns into plain
# translate() calls in a temporary file for lupdate to read:
#   - module helpers such as  def _tr(text): return QCoreApplication.translate("Ctx", text)
#     and their calls _tr("...");
#   - calls with a non-literal text whose values are literal constants, e.g.
#     self.tr(INTERVIEW_STATUSES.get(code)) or  for code, label in MODES.items(): tr(label);
#   - Phrase("...", name=value): a message below the interface that keeps its template
#     (app.errors.Phrase), translated in the context "Messages" by app.ui.i18n.translated.
# A call whose text cannot be resolved is listed as a warning: give it a literal instead,
# or, for texts that come from a table outside the interface (e.g. the verifier's check
# titles), name the table in VOCABULARIES below as "Context=module:CONSTANT".
set -euo pipefail
cd "$(dirname "$0")/.."

LANGUAGES=(de)
VOCABULARIES=(
  "ChecksModel=app.export.verify:CHECK_TITLES"
  "SupervisorWindow=app.export.verify:CHECK_TITLES"
  "SupervisorWindow=app.services.review_session:MESSAGES"
  "NewInterviewDialog=app.services.interviews:PROBLEM_TEXTS"
  "Vocabulary=app.scoring.taxonomy:TECHNOLOGY_AREAS"
  "Vocabulary=app.scoring.peers:GROUP_LABELS"
  "Messages=app.fileio:SUBJECTS"
  "ScorePanel=app.ui.score_panel:CRITERION_TEXT"
)
TS_DIR=resources/translations
PYTHON=.venv/bin/python

find_tool() {
  local name=$1
  if [ -x ".venv/bin/pyside6-$name" ]; then
    echo ".venv/bin/pyside6-$name"
    return
  fi
  local qt_dir
  qt_dir=$("$PYTHON" -c 'import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent)')
  for candidate in "$qt_dir/Qt/libexec/$name" "$qt_dir/$name" "$qt_dir/Qt/bin/$name"; do
    if [ -x "$candidate" ]; then
      echo "$candidate"
      return
    fi
  done
  echo "update_translations: $name not found (install PySide6-Essentials into .venv)" >&2
  exit 1
}

LRELEASE=$(find_tool lrelease)

release() {
  for lang in "${LANGUAGES[@]}"; do
    "$LRELEASE" -silent "$TS_DIR/clusterbench_$lang.ts" -qm "$TS_DIR/clusterbench_$lang.qm"
  done
}

MODE=${1:-update}
case "$MODE" in
  update | --check) ;;
  --release) release; exit 0 ;;
  *) echo "usage: $0 [--release | --check]" >&2; exit 2 ;;
esac

LUPDATE=$(find_tool lupdate)
mkdir -p "$TS_DIR"

# Every app module that asks for a translation, and every module of the interface.
mapfile -t SOURCES < <(
  {
    ls app/ui/*.py
    grep -rlE --include='*.py' 'QCoreApplication\.translate|\.tr\(|QT_TRANSLATE_NOOP|QT_TR_NOOP|Phrase\(' app
  } | sort -u
)

EXTRA_DIR=$(mktemp -d "$TS_DIR/.extract.XXXXXX")
trap 'rm -rf "$EXTRA_DIR"' EXIT
EXTRA="$EXTRA_DIR/extracted_strings.py"

VOCABULARIES="${VOCABULARIES[*]}" "$PYTHON" - "$EXTRA" "${SOURCES[@]}" <<'PY'
"""Write translate() calls for the strings lupdate cannot see; map them to their origin."""

import ast
import json
import os
import sys
from pathlib import Path

UNKNOWN = object()


def literal_constants(path: Path) -> dict[str, object]:
    """Module-level names bound to literal values (strings, tuples, lists, dicts)."""
    found: dict[str, object] = {}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        for target in targets:
            if isinstance(target, ast.Name):
                try:
                    found[target.id] = ast.literal_eval(value)
                except ValueError:
                    # A tuple or list of names bound to literals above, e.g. (A, B, C).
                    if isinstance(value, (ast.Tuple, ast.List)) and all(
                        isinstance(e, ast.Name) and e.id in found for e in value.elts
                    ):
                        found[target.id] = tuple(found[e.id] for e in value.elts)
    return found


def module_path(module: str) -> Path | None:
    path = Path(*module.split("."))
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


class Module:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.constants = literal_constants(path)
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("app"):
                source = module_path(node.module)
                if source is None:
                    continue
                imported = literal_constants(source)
                for alias in node.names:
                    if alias.name in imported:
                        self.constants[alias.asname or alias.name] = imported[alias.name]
        self.wrappers = self._translate_wrappers()
        self.functions = {n.name: n for n in self.tree.body if isinstance(n, ast.FunctionDef)}

    def _translate_wrappers(self) -> dict[str, str]:
        """Module functions f(text) that return QCoreApplication.translate("Ctx", text)."""
        wrappers: dict[str, str] = {}
        for node in self.tree.body:
            if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
                continue
            last = node.body[-1]
            param = node.args.args[0].arg
            if (
                isinstance(last, ast.Return)
                and isinstance(last.value, ast.Call)
                and _callee(last.value) == "translate"
                and len(last.value.args) >= 2
                and isinstance(last.value.args[0], ast.Constant)
                and isinstance(last.value.args[1], ast.Name)
                and last.value.args[1].id == param
            ):
                wrappers[node.name] = str(last.value.args[0].value)
        return wrappers


def _callee(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


class Finder(ast.NodeVisitor):
    """Collects (context, text, line) for wrapper calls and resolvable dynamic texts."""

    def __init__(self, module: Module) -> None:
        self.module = module
        self.classes: list[str] = []
        self.loops: list[ast.For] = []
        self.aliases: list[set[str]] = []
        self.following: set[str] = set()
        self.found: list[tuple[str, str, int]] = []
        self.unresolved: list[tuple[str, int]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name in self.module.wrappers:  # the wrapper's own translate() call
            return
        # Local aliases such as  t = self.tr
        self.aliases.append(
            {
                target.id
                for statement in ast.walk(node)
                if isinstance(statement, ast.Assign)
                and isinstance(statement.value, ast.Attribute)
                and statement.value.attr == "tr"
                for target in statement.targets
                if isinstance(target, ast.Name)
            }
        )
        self.generic_visit(node)
        self.aliases.pop()

    def visit_For(self, node: ast.For) -> None:
        self.loops.append(node)
        self.generic_visit(node)
        self.loops.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _callee(node)
        context: str | None = None
        text: ast.expr | None = None
        wrapper = isinstance(node.func, ast.Name) and name in self.module.wrappers
        alias = bool(self.aliases) and isinstance(node.func, ast.Name) and name in self.aliases[-1]
        if name == "Phrase" and node.args and isinstance(node.args[0], ast.Constant):
            # Messages that keep their template for the interface (app.errors.Phrase).
            context, text = "Messages", node.args[0]
            wrapper = True
        elif wrapper and node.args:
            context, text = self.module.wrappers[name], node.args[0]
        elif alias and node.args and self.classes:
            context, text = self.classes[-1], node.args[0]
            wrapper = True  # lupdate does not see these either
        elif name == "tr" and isinstance(node.func, ast.Attribute) and node.args and self.classes:
            context, text = self.classes[-1], node.args[0]
        elif (
            name == "translate"
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            context, text = node.args[0].value, node.args[1]
        if context is not None and text is not None:
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            if literal and wrapper:
                self.found.append((context, text.value, node.lineno))
            elif not literal:
                texts = [v for v in self.values(text) if v is not UNKNOWN]
                strings = [v for v in texts if isinstance(v, str)]
                if strings:
                    self.found.extend((context, s, node.lineno) for s in strings)
                else:
                    self.unresolved.append((context, node.lineno))
        self.generic_visit(node)

    # --- what an expression may evaluate to -----------------------------------------

    def values(self, expr: ast.expr) -> list[object]:
        if isinstance(expr, ast.Constant):
            return [expr.value]
        if isinstance(expr, ast.Name):
            if expr.id in self.module.constants:
                return [self.module.constants[expr.id]]
            return self.loop_values(expr.id)
        if isinstance(expr, ast.IfExp):
            return self.values(expr.body) + self.values(expr.orelse)
        if isinstance(expr, (ast.Tuple, ast.List)):
            parts = [self.values(e) for e in expr.elts]
            return [tuple(p[0] if len(p) == 1 else UNKNOWN for p in parts)]
        if isinstance(expr, ast.Subscript):
            results: list[object] = []
            index = expr.slice.value if isinstance(expr.slice, ast.Constant) else None
            for container in self.values(expr.value):
                if isinstance(container, dict):
                    results.extend(container.values())
                elif isinstance(container, (tuple, list)) and isinstance(index, int):
                    results.append(container[index] if -len(container) <= index < len(container) else UNKNOWN)
            return results or [UNKNOWN]
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
            method = expr.func.attr
            owners = self.values(expr.func.value)
            results = []
            for owner in owners:
                if isinstance(owner, dict) and method == "get":
                    results.extend(owner.values())
                    if len(expr.args) > 1:
                        results.extend(self.values(expr.args[1]))
                elif isinstance(owner, dict) and method in ("items", "values", "keys"):
                    items = {"items": list(owner.items()), "values": list(owner.values())}
                    results.append(items.get(method, list(owner.keys())))
            return results or [UNKNOWN]
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name):
            if expr.func.id in ("sorted", "list", "tuple", "reversed") and expr.args:
                return [list(self.elements(expr.args[0]))]
            function = self.module.functions.get(expr.func.id)
            if function is not None and function.name not in self.following:
                # What a module helper returns (a lookup in a constant table).
                self.following.add(function.name)
                results = [
                    value
                    for node in ast.walk(function)
                    if isinstance(node, ast.Return) and node.value is not None
                    for value in self.values(node.value)
                ]
                self.following.discard(function.name)
                return results or [UNKNOWN]
        return [UNKNOWN]

    def elements(self, iterable: ast.expr) -> list[object]:
        found: list[object] = []
        for value in self.values(iterable):
            if isinstance(value, dict):
                found.extend(value.keys())
            elif isinstance(value, (tuple, list)):
                found.extend(value)
            else:
                found.append(UNKNOWN)
        return found

    def loop_values(self, name: str) -> list[object]:
        loops = self.loops
        try:
            for depth in reversed(range(len(loops))):
                # A loop's iterable sees only the loops around it, never itself.
                self.loops = loops[:depth]
                bound = _bind(loops[depth].target, name, self.elements(loops[depth].iter))
                if bound is not None:
                    return bound
        finally:
            self.loops = loops
        return [UNKNOWN]


def _bind(target: ast.expr, name: str, elements: list[object]) -> list[object] | None:
    """What ``name`` takes in ``for <target> in <elements>``, or None if not bound there."""
    if isinstance(target, ast.Name):
        return elements if target.id == name else None
    if isinstance(target, ast.Tuple):
        for position, part in enumerate(target.elts):
            inner = [
                e[position] if isinstance(e, tuple) and len(e) == len(target.elts) else UNKNOWN
                for e in elements
            ]
            bound = _bind(part, name, inner)
            if bound is not None:
                return bound
    return None


def main() -> None:
    output = Path(sys.argv[1])
    lines = ['"""Generated: texts lupdate cannot see in the sources (see origin comments)."""']
    lines.append("from PySide6.QtCore import QCoreApplication")
    origins: dict[int, tuple[str, int]] = {}
    warnings = []
    vocabularies = os.environ.get("VOCABULARIES", "").split()
    covered = {entry.partition("=")[0] for entry in vocabularies}
    for source in sys.argv[2:]:
        finder = Finder(Module(Path(source)))
        finder.visit(finder.module.tree)
        seen = set()
        for context, text, line in finder.found:
            if (context, text) in seen or not text.strip():
                continue
            seen.add((context, text))
            lines.append(
                f"QCoreApplication.translate({json.dumps(context)}, "
                f"{json.dumps(text, ensure_ascii=False)})"
            )
            origins[len(lines)] = (source, line)
        warnings.extend(
            f"{source}:{line}" for context, line in finder.unresolved if context not in covered
        )
    for entry in vocabularies:
        context, _, target = entry.partition("=")
        module, _, constant = target.partition(":")
        source = module_path(module)
        table = literal_constants(source).get(constant) if source else None
        if not isinstance(table, (dict, list, tuple)):
            sys.exit(f"update_translations: {target} is not a literal table")
        assert source is not None
        line = next(
            (n for n, text in enumerate(source.read_text().splitlines(), 1)
             if text.startswith(constant)),
            1,
        )
        texts = table.values() if isinstance(table, dict) else table
        for text in texts:
            lines.append(
                f"QCoreApplication.translate({json.dumps(context)}, "
                f"{json.dumps(text, ensure_ascii=False)})"
            )
            origins[len(lines)] = (str(source), line)
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output.with_suffix(".json").write_text(json.dumps(origins), encoding="utf-8")
    for where in warnings:
        print(f"update_translations: warning: {where}: text is not a literal and cannot be "
              "resolved to constants; it will not be translated", file=sys.stderr)


main()
PY

missing=0
for lang in "${LANGUAGES[@]}"; do
  ts="$TS_DIR/clusterbench_$lang.ts"
  if [ "$MODE" = "--check" ]; then
    cp "$ts" "$EXTRA_DIR/" 2>/dev/null || true
    ts="$EXTRA_DIR/clusterbench_$lang.ts"
  fi
  "$LUPDATE" -silent -no-obsolete -locations absolute -source-language en \
    -target-language "$lang" "${SOURCES[@]}" "$EXTRA" -ts "$ts"
  # Point the generated file's locations back at the lines they came from.
  "$PYTHON" - "$ts" "$EXTRA" <<'PY'
import json
import os
import re
import sys
from pathlib import Path

ts, extra = Path(sys.argv[1]), Path(sys.argv[2])
origins = {int(k): v for k, v in json.loads(extra.with_suffix(".json").read_text()).items()}
generated = os.path.relpath(extra, ts.parent)


def relocate(match: re.Match[str]) -> str:
    source, line = origins[int(match.group(1))]
    return f'<location filename="{os.path.relpath(source, ts.parent)}" line="{line}"/>'


pattern = re.compile(r'<location filename="' + re.escape(generated) + r'" line="(\d+)"/>')
ts.write_text(pattern.sub(relocate, ts.read_text(encoding="utf-8")), encoding="utf-8")
PY
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  if [ "$MODE" = "--check" ]; then
    "$PYTHON" - "$ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

for context in ET.parse(sys.argv[1]).getroot().iter("context"):
    for message in context.iter("message"):
        if message.find("translation[@type='unfinished']") is not None:
            print(f"  {context.findtext('name')}: {message.findtext('source')!r}")
PY
    echo "clusterbench_$lang.ts: $unfinished texts need a translation"
    missing=$((missing + unfinished))
  else
    echo "$ts: $(grep -c '<message' "$ts") messages, $unfinished unfinished"
  fi
done

if [ "$MODE" = "--check" ]; then
  [ "$missing" -eq 0 ]
  exit
fi
release
