"""Shared fixtures for the bundle tests: signing keys, trusted keys and sample bundles.

Making a key costs a deliberate scrypt run (about 0.7 s), so the expert's and the
supervisor's keys are made once per session and copied into each test's data folder.
Everything here is fictional.
"""

from __future__ import annotations

import atexit
import hashlib
import io
import shutil
import tempfile
import warnings
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from app.export import keys
from app.export.bundle import (
    BundleInput,
    EvidenceInput,
    build_bundle,
)
from app.export.keys import KeyInfo, SigningKey, TrustedKey, TrustedKeys
from app.paths import DATA_DIR_ENV
from app.scoring.engine import score_interview
from app.scoring.pack import Pack

PASSPHRASE = "fictional passphrase for tests"
SUPERVISOR_PASSPHRASE = "another fictional passphrase"
INTERVIEW_UUID = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"
TECHNOLOGY_AREA = "ICT"
#: The evidence file attached to the ``answered_interview`` fixture's interview.
EVIDENCE_TEXT = b"name,sme\nFictional Fjord AS,yes\nFictional Hav AS,no\n"

#: A small fictional answer set for the shipped pack.
ANSWERS: Mapping[str, Any] = {
    "eligibility.eccp_listed": True,
    "eligibility.programme_recognised": False,
    "eligibility.management_fte": 3.5,
    "eligibility.committed_members": 86,
    "eligibility.member_types": ["companies", "research", "education", "public_bodies"],
    "eligibility.english_website": True,
    "structure.participants_total": 112,
    "structure.sme_share": 64.0,
    "management.year_founded": 2011,
    "management.legal_form": "association",
    "financing.total_budget": 640000.0,
    "financing.public_share": 55.0,
}


@dataclass(frozen=True)
class KeyMaterial:
    """A key made once: its files (to copy into a data folder) and the unlocked key."""

    folder: Path
    info: KeyInfo
    signing: SigningKey


def _make_key(passphrase: str) -> KeyMaterial:
    folder = Path(tempfile.mkdtemp(prefix="clusterbench-test-key-"))
    atexit.register(shutil.rmtree, folder, True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(folder))
        info = keys.create_key(passphrase)
        signing = keys.unlock(passphrase)
    return KeyMaterial(folder=folder / keys.KEYS_DIR, info=info, signing=signing)


@cache
def expert_material() -> KeyMaterial:
    """The fictional expert's key pair (made once per test run)."""
    return _make_key(PASSPHRASE)


@cache
def supervisor_material() -> KeyMaterial:
    """The fictional supervisor's key pair (made once per test run)."""
    return _make_key(SUPERVISOR_PASSPHRASE)


@cache
def stranger_material() -> KeyMaterial:
    """A key nobody enrolled."""
    return _make_key("a stranger's fictional passphrase")


def install_key(material: KeyMaterial, data_dir: Path) -> SigningKey:
    """Copy a key into ``data_dir/keys`` (owner-only) and return it unlocked."""
    target = data_dir / keys.KEYS_DIR
    target.mkdir(mode=0o700, exist_ok=True)
    for source in material.folder.iterdir():
        shutil.copy2(source, target / source.name)
    (target / keys.PRIVATE_KEY_FILE).chmod(0o600)
    return material.signing


def trusted(
    material: KeyMaterial | None = None,
    expert_id: str = "EXP-0001 (fictional)",
    *,
    valid_from: str = "2020-01-01",
    valid_until: str | None = None,
    revoked_at: str | None = None,
) -> TrustedKeys:
    """Trusted keys holding only ``material``'s key (the expert's by default)."""
    material = material or expert_material()
    return TrustedKeys(
        keys=(
            TrustedKey(
                expert_id=expert_id,
                public_key=material.info.public_key,
                valid_from=valid_from,
                valid_until=valid_until,
                revoked_at=revoked_at,
            ),
        )
    )


def sample_input(pack: Pack, **overrides: Any) -> BundleInput:
    """A complete fictional bundle input whose scores recompute."""
    answers = dict(overrides.pop("answers", ANSWERS))
    scores = score_interview(pack, answers, None, TECHNOLOGY_AREA).to_dict()
    practice = bool(overrides.get("practice", False))
    base = BundleInput(
        interview_uuid=INTERVIEW_UUID,
        revision=1,
        pack_text=pack.source_text,
        pack_id=pack.id,
        pack_version=pack.version,
        answers=answers,
        scores=scores,
        interview={
            "cluster_name": "Fictional Fjord Robotics Cluster",
            "country": "NO",
            "technology_area": TECHNOLOGY_AREA,
            "mode": "practice" if practice else "on_site",
            "status": "finalised",
            "expert": "Erika Example (fictional)",
            "created_at": "2026-01-05T09:00:00+00:00",
            "finalised_at": "2026-01-05T11:50:00+00:00",
            "fictional": True,
            "eccp_url": "",
        },
        events=[
            {
                "id": 1,
                "at": "2026-01-05T10:00:00+00:00",
                "actor": "erika",
                "kind": "answer",
                "item_id": "structure.sme_share",
                "old_value": None,
                "new_value": 64.0,
                "detail": "",
            },
        ],  # fmt: skip
        notes={"structure.sme_share": "Counted from the member list (fictional)."},
        recommendations="Grow the international membership (fictional).",
        report_pdf=b"%PDF-1.4\n% fictional stand-in report\n%%EOF\n",
        charts={"radar.svg": b'<svg xmlns="http://www.w3.org/2000/svg"/>'},
        evidence=[
            EvidenceInput(
                item_id="structure.sme_share",
                original_name="Members 2025 (fictional).csv",
                media_type="text/csv",
                data=b"name,sme\nFictional AS,yes\n",
            )
        ],
        created_at=datetime(2026, 1, 5, 12, 0, 0, tzinfo=UTC),
    )
    return replace(base, **overrides)


def make_bundle(
    folder: Path, signing: SigningKey, pack: Pack, name: str = "bundle.zip", **overrides: Any
) -> Path:
    """Build a signed bundle from ``sample_input`` into ``folder / name``."""
    return build_bundle(sample_input(pack, **overrides), signing, folder / name)


# --- rewriting zips for tamper tests --------------------------------------------------------


def members_of(path: Path) -> dict[str, bytes]:
    """Name -> bytes of a bundle we made ourselves (trusted, so ``zipfile`` is fine)."""
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_zip(
    path: Path,
    members: list[tuple[str, bytes]] | Mapping[str, bytes],
    *,
    mode: int = 0o100644,
    tweak: Callable[[zipfile.ZipInfo], None] | None = None,
) -> Path:
    """Write members (in order, duplicates allowed) as a plain zip."""
    items = list(members.items()) if isinstance(members, Mapping) else list(members)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in items:
            info = zipfile.ZipInfo(name, (2026, 1, 5, 12, 0, 0))
            info.create_system = 3
            info.external_attr = mode << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            if tweak is not None:
                tweak(info)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # zipfile warns about duplicate names
                archive.writestr(info, data)
    path.write_bytes(buffer.getvalue())
    return path


def iter_names(path: Path) -> Iterator[str]:
    """Member names of a zip, in order."""
    with zipfile.ZipFile(path) as archive:
        yield from archive.namelist()


def resign(
    members: Mapping[str, bytes],
    signing: SigningKey,
    *,
    info_changes: Mapping[str, str] | None = None,
    comment_changes: Mapping[str, str] | None = None,
) -> dict[str, bytes]:
    """Members made consistent again after tampering, as someone holding ``signing`` would.

    Recomputes the manifest, bag-info's Payload-Oxum and Signer-Key, the tag manifest and
    the signature, so only the checks after the signature can catch what was changed.
    """
    from app.export import bundle as layout
    from app.export.verify import parse_bag_info

    payload = {name: data for name, data in members.items() if name.startswith("data/")}
    manifest = layout.manifest_text(
        {name: hashlib.sha256(data).hexdigest() for name, data in payload.items()}
    )
    info = parse_bag_info(members[layout.BAG_INFO_FILE])
    info["Payload-Oxum"] = f"{sum(len(d) for d in payload.values())}.{len(payload)}"
    info["Signer-Key"] = signing.public_key.to_string()
    info.update(info_changes or {})
    bag_info = layout.bag_info_text(info)
    tagmanifest = layout.manifest_text(
        {
            layout.BAGIT_FILE: hashlib.sha256(members[layout.BAGIT_FILE]).hexdigest(),
            layout.BAG_INFO_FILE: hashlib.sha256(bag_info).hexdigest(),
            layout.MANIFEST_FILE: hashlib.sha256(manifest).hexdigest(),
        }
    )
    comment = {
        "bundle": info["Bundle-Id"],
        "interview": info["Interview-Id"],
        "rev": info["Revision"],
        "created": info["Created"],
        "key": signing.public_key.key_id_hex,
        "practice": info["Practice"],
        "draft": info["Draft"],
        **(comment_changes or {}),
    }
    text = "clusterbench " + " ".join(f"{k}={v}" for k, v in comment.items())
    return {
        **members,
        layout.BAG_INFO_FILE: bag_info,
        layout.MANIFEST_FILE: manifest,
        layout.TAGMANIFEST_FILE: tagmanifest,
        layout.SIGNATURE_FILE: signing.sign(tagmanifest, text).encode("ascii"),
    }
