"""``clusterbench keys create|show|export-public``: this installation's signing key."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands import verb_help
from app.errors import BadInputError

if TYPE_CHECKING:
    from app.export.keys import KeyInfo


def read_passphrase(path: Path | None, *, confirm: bool = False) -> str:
    """The passphrase from a file (first line), or asked for on a terminal."""
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInputError(f"The passphrase file {path} cannot be read.") from exc
        lines = text.splitlines()
        passphrase = lines[0] if lines else ""
        if not passphrase:
            raise BadInputError(f"The passphrase file {path} is empty.")
        return passphrase
    if not sys.stdin.isatty():
        raise BadInputError("Give the passphrase with --passphrase-file FILE.")
    import getpass

    passphrase = getpass.getpass("Passphrase of the signing key: ")
    if confirm and getpass.getpass("Once more: ") != passphrase:
        raise BadInputError("The two passphrases differ.")
    return passphrase


def register(sub: Any) -> None:
    """Add the ``keys`` verb."""
    parser = sub.add_parser("keys", help=verb_help("keys"))
    verbs = parser.add_subparsers(dest="keys_verb", required=True, metavar="ACTION")
    create = verbs.add_parser("create", help="make the Ed25519 key pair (passphrase-protected)")
    create.add_argument("--passphrase-file", type=Path, metavar="FILE")
    create.add_argument(
        "--replace", action="store_true", help="replace an existing key (it must be re-enrolled)"
    )
    create.set_defaults(handler=_create)
    show = verbs.add_parser("show", help="print the fingerprint and public key")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)
    export = verbs.add_parser("export-public", help="write the minisign public key file")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.set_defaults(handler=_export_public)


def _describe(info: KeyInfo) -> str:
    return (
        f"fingerprint: {info.fingerprint}\n"
        f"key id:      {info.key_id}\n"
        f"public key:  {info.public_key.to_string()}\n"
        f"created:     {info.created_at.isoformat()}\n"
    )


def _create(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file, confirm=True)
    from app.export import keys

    info = keys.create_key(passphrase, replace=args.replace)
    sys.stdout.write("created a signing key\n" + _describe(info))
    return 0


def _show(args: argparse.Namespace) -> int:
    from app.export import keys

    info = keys.load_key_info()
    if args.json:
        sys.stdout.write(json.dumps(info.to_dict(), indent=2) + "\n")
    else:
        sys.stdout.write(_describe(info))
    return 0


def _export_public(args: argparse.Namespace) -> int:
    from app.export import keys

    try:
        path = keys.export_public_key(args.out)
    except OSError as exc:
        raise BadInputError(f"Cannot write {args.out}: {exc.strerror or exc}.") from exc
    sys.stdout.write(f"{path}\n")
    return 0
