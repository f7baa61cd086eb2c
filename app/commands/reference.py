"""``clusterbench reference import FILE``, ``reference use NAME`` and ``reference show [FILE]``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.commands import verb_help
from app.commands._shared import out


def register(sub: Any) -> None:
    """Add the ``reference`` verb."""
    parser = sub.add_parser("reference", help=verb_help("reference"))
    verbs = parser.add_subparsers(dest="reference_verb", required=True, metavar="ACTION")
    imported = verbs.add_parser(
        "import",
        help="validate a reference file, install it and use it; exit 2 listing every error",
    )
    imported.add_argument("file", type=Path, metavar="FILE")
    imported.set_defaults(handler=_import)
    use = verbs.add_parser(
        "use",
        help="use an imported set (its file name), 'shipped' (the synthetic set shipped "
        "with the app) or 'newest' (the newest import)",
    )
    use.add_argument("name", metavar="NAME")
    use.set_defaults(handler=_use)
    show = verbs.add_parser(
        "show", help="describe the reference data in use (or FILE) and list imported sets"
    )
    show.add_argument("file", type=Path, nargs="?", metavar="FILE")
    show.add_argument("--json", action="store_true", help="print the summary as JSON")
    show.set_defaults(handler=_show)


def _synthetic_word(synthetic: bool) -> str:
    return "SYNTHETIC (fictional clusters)" if synthetic else "no"


def _import(args: argparse.Namespace) -> int:
    from app.services.references import import_reference_set

    result = import_reference_set(args.file)
    reference = result.reference
    verb = "already imported" if result.already_present else "imported"
    out(
        f"{verb}: {reference.id} {reference.version}, {reference.size} clusters, "
        f"synthetic: {_synthetic_word(reference.synthetic)}, sha256 {reference.sha256}"
    )
    out(f"stored as {result.path}; in use from now on")
    return 0


def _use(args: argparse.Namespace) -> int:
    from app.scoring.reference import load_reference
    from app.services.references import choose_reference_set

    name = "" if args.name == "newest" else args.name
    path = choose_reference_set(name)
    reference = load_reference(path)
    out(f"in use: {reference.id} {reference.version}, sha256 {reference.sha256} ({path.name})")
    return 0


def _show(args: argparse.Namespace) -> int:
    from app.paths import default_reference_path
    from app.scoring.reference import load_reference
    from app.services.references import active_reference_path, installed_references

    path = args.file or active_reference_path()
    reference = load_reference(path)
    summary = reference.summary()
    summary["path"] = str(path)
    summary["shipped"] = path == default_reference_path()
    summary["imported"] = [str(p) for p in installed_references()]
    if args.json:
        out(json.dumps(summary, indent=2, ensure_ascii=False))
        return 0
    out(f"{reference.title}")
    out(f"  id, version:  {reference.id} {reference.version}")
    out(f"  synthetic:    {_synthetic_word(reference.synthetic)}")
    out(f"  clusters:     {reference.size}")
    out(f"  indicators:   {len(reference.indicators)}")
    if reference.pack_id:
        out(f"  for pack:     {reference.pack_id} {reference.pack_version}")
    years = summary["years"]
    if years:
        out(f"  years:        {years[0]}-{years[1]}")
    labels = ", ".join(f"{level} {count}" for level, count in summary["labels"].items())
    out(f"  labels:       {labels}")
    out(f"  sha256:       {reference.sha256}")
    out(f"  file:         {path}{' (shipped with the app)' if summary['shipped'] else ''}")
    out("  technology areas:")
    for area, count in summary["technology_areas"].items():
        out(f"    {count:>6}  {area}")
    if summary["imported"]:
        active = active_reference_path()
        out("imported reference files (newest first; * marks the one in use):")
        for name in summary["imported"]:
            out(f"  {'*' if Path(name) == active else ' '} {name}")
    return 0
