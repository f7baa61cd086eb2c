"""``clusterbench prefill export`` and ``clusterbench prefill import``: pre-fill workbooks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands import verb_help
from app.commands._shared import checked_language, err, out

EXIT_CELL_ERRORS = 2


def register(sub: Any) -> None:
    """Add the ``prefill`` verb."""
    parser = sub.add_parser("prefill", help=verb_help("prefill"))
    verbs = parser.add_subparsers(dest="prefill_verb", required=True, metavar="ACTION")

    export = verbs.add_parser(
        "export", help="write a blank pre-fill workbook for an interview or a pack"
    )
    source = export.add_mutually_exclusive_group(required=True)
    source.add_argument("interview_id", nargs="?", type=int, metavar="INTERVIEW_ID")
    source.add_argument("--pack", type=Path, metavar="FILE", help="questionnaire pack file")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    export.add_argument("--language", default="en", help="language of the questions (en, de)")
    export.add_argument("--cluster", default=None, help="cluster name shown in the workbook")
    export.set_defaults(handler=_export)

    imported = verbs.add_parser(
        "import",
        help="read a filled workbook into an interview; exit 2 listing every cell error",
    )
    imported.add_argument("interview_id", type=int, metavar="INTERVIEW_ID")
    imported.add_argument("file", type=Path, metavar="FILE.xlsx")
    imported.add_argument(
        "--valid-rows-only",
        action="store_true",
        help="import the valid cells even when others have errors",
    )
    imported.add_argument(
        "--actor",
        default="",
        help="who imports (default: the expert name in the settings, else the login name)",
    )
    imported.set_defaults(handler=_import)


def _export(args: argparse.Namespace) -> int:
    checked_language(args.language)
    from app.scoring.pack import load_pack
    from app.services.prefill import export_blank_workbook, workbook_path

    workbook_path(args.out)
    if args.pack is not None:
        path, pack = export_blank_workbook(
            args.out, pack=load_pack(args.pack), cluster_name=args.cluster, language=args.language
        )
    else:
        from app.models import open_store_for_reading

        with open_store_for_reading() as store:
            path, pack = export_blank_workbook(
                args.out,
                store=store,
                interview_id=args.interview_id,
                cluster_name=args.cluster,
                language=args.language,
            )
    out(f"written: {path} ({pack.id} {pack.version}, {len(pack.items)} items)")
    return 0


def _import(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.services.prefill import import_workbook, read_workbook

    with open_store() as store:
        result = read_workbook(store, args.interview_id, args.file)
        if result.errors:
            err(f"{args.file.name}: {len(result.errors)} cell error(s)")
            for error in result.errors:
                err(f"  {error}")
            if not args.valid_rows_only:
                err(
                    "Nothing was imported. Correct the cells, or run again with "
                    "--valid-rows-only to import the valid ones."
                )
                return EXIT_CELL_ERRORS
        saved = import_workbook(
            store,
            args.interview_id,
            result,
            valid_rows_only=args.valid_rows_only,
            actor=args.actor,
        )
    kept = len(result.answers) - saved
    note = f" ({kept} kept: answered by the expert or unchanged)" if kept else ""
    out(f"imported: {saved} pre-filled answer(s) to confirm{note}")
    return 0
