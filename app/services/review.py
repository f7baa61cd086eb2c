"""Supervisors: check bundles, open one for review (verified and read once), decide on it.

``open_for_review`` verifies a bundle and reads its content from the very bytes it
verified, so a file swapped in between can never be shown under a "Verified" verdict. A
bundle that passed is remembered in the supervisor's store, so older revisions of the same
interview are refused from then on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import AppError
from app.export import keys
from app.export.verify import (
    BundleContents,
    VerificationResult,
    load_age_identities,
    review_and_import_bundle,
    verify_bundle,
)
from app.models import Store
from app.scoring.engine import ScoreResult

if TYPE_CHECKING:  # signing a decision loads its module; checking bundles does not need it
    from app.export.decision import ItemComment

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Review:
    """A bundle's verification result and, only when every check passed, what it holds."""

    result: VerificationResult
    contents: BundleContents | None

    @property
    def verified(self) -> bool:
        """Whether every check passed (and so the content may be shown)."""
        return self.result.ok and self.contents is not None

    @property
    def scores(self) -> ScoreResult | None:
        """The verified scores (recomputed from the answers, equal to the bundle's own)."""
        return self.result.score_result if self.verified else None


def trusted_keys_at(path: Path | None) -> keys.TrustedKeys:
    """The trusted keys in ``path`` (default: this computer's own file, where a missing file
    means that no key is trusted yet; another missing file is an error)."""
    if path is not None and path == keys.default_trusted_keys_path():
        path = None
    return keys.load_trusted_keys(path)


def _identities(age_identity: Path | None) -> list[object] | None:
    return load_age_identities(age_identity) if age_identity is not None else None


def open_for_review(
    store: Store,
    path: Path | str,
    *,
    trusted_keys_path: Path | None = None,
    age_identity: Path | None = None,
    allow_practice: bool = True,
) -> Review:
    """Verify the bundle at ``path`` and read it once; remember it when every check passed.

    Never raises for a bad bundle: the result says which check failed. A trusted-keys or
    age identity file that cannot be read raises its ``AppError``.
    """
    trusted = trusted_keys_at(trusted_keys_path)
    identities = _identities(age_identity)
    result, contents = review_and_import_bundle(
        store, path, trusted, allow_practice=allow_practice, age_identity=identities
    )
    return Review(result, contents)


#: What counts as a bundle in a folder given to ``verify_bundles``: zips, and age files.
BUNDLE_SUFFIXES = (".zip", ".age")


class NoBundlesError(AppError):
    """A folder given to check holds no bundle."""

    exit_code = 2


def bundle_paths(paths: Sequence[Path]) -> list[Path]:
    """The bundles named: each file as given, and each folder's bundle files by name.

    Only the folder itself is searched (not its sub-folders); hidden files (an export's
    work files) are not bundles. A folder without any bundle is an error.
    """
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        inside = sorted(
            entry
            for entry in path.iterdir()
            if entry.suffix.lower() in BUNDLE_SUFFIXES
            and not entry.name.startswith(".")
            and entry.is_file()
        )
        if not inside:
            raise NoBundlesError(f"The folder {path} holds no bundle (*.zip or *.age).")
        found.extend(inside)
    return found


def verify_bundles(
    paths: Sequence[Path],
    *,
    trusted_keys_path: Path | None = None,
    age_identity: Path | None = None,
    allow_practice: bool = False,
    imported_revisions: Callable[[str], Mapping[int, str]] | None = None,
) -> list[VerificationResult]:
    """Check each bundle (a folder: each bundle in it); nothing is remembered. Every result
    says what passed or failed, in the order given (a folder's by name)."""
    bundles = bundle_paths(paths)
    trusted = keys.load_trusted_keys(trusted_keys_path)
    identities = _identities(age_identity)
    return [
        verify_bundle(
            path,
            trusted,
            allow_practice=allow_practice,
            last_imported_revision=imported_revisions,
            age_identity=identities,
        )
        for path in bundles
    ]


def item_comments(raw: Sequence[str]) -> list[ItemComment]:
    """Comments written ``ITEM_ID=TEXT`` (the command line's form)."""
    from app.export.decision import ItemComment

    comments = []
    for entry in raw:
        item_id, sep, text = entry.partition("=")
        if not sep or not text.strip():
            raise DecisionInputError(f"A comment is written ITEM_ID=TEXT, not {entry!r}.")
        comments.append(ItemComment(item_id.strip(), text.strip()))
    return comments


class DecisionInputError(AppError):
    """A decision that cannot be made from what was given."""

    exit_code = 2


def sign_decision(
    store: Store,
    review: Review,
    *,
    approve: bool,
    supervisor: str,
    passphrase: str,
    out: Path | str,
    comments: Mapping[str, str] | Sequence[ItemComment] = (),
    summary: str = "",
) -> Path:
    """Approve or return a verified bundle: the decision signed with this computer's key,
    written to ``out`` and noted in the store; return the decision file."""
    from app.export.decision import decide_bundle

    if not review.verified or review.contents is None:
        raise DecisionInputError(f"The bundle does not verify ({review.result.summary()}).")
    return decide_bundle(
        store,
        review.result,
        review.contents,
        approve=approve,
        supervisor=supervisor.strip(),
        signing_key=keys.unlock(passphrase),
        out=out,
        comments=comments,
        summary=summary.strip(),
    )
