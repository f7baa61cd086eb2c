"""Our bundles checked with other people's software: minisign, bagit.py and age."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.export import bundle as layout
from app.export.export_interview import export_interview
from app.export.keys import SigningKey, TrustedKeys, export_public_key
from app.export.verify import verify_bundle
from tests.export.bundle_fixtures import PASSPHRASE

VENV_BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (scripts/setup.sh installs it)")
    return found


def _extract(bundle: Path, folder: Path) -> Path:
    """Unzip one of our own bundles (trusted, so ``zipfile`` is fine here)."""
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(folder)
    return folder


def test_minisign_verifies_the_signature(exported_bundle: Path, tmp_path: Path) -> None:
    minisign = _tool("minisign")
    bag = _extract(exported_bundle, tmp_path / "bag")
    public = export_public_key(tmp_path / "expert.pub")
    run = subprocess.run(
        [
            minisign, "-V", "-p", str(public),
            "-m", str(bag / layout.TAGMANIFEST_FILE),
            "-x", str(bag / layout.SIGNATURE_FILE),
        ],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Trusted comment: clusterbench bundle=" in run.stdout
    assert "rev=1" in run.stdout

    # The RW... string works as well, and a changed tag manifest fails.
    key_line = public.read_text().splitlines()[1]
    (bag / layout.TAGMANIFEST_FILE).write_bytes(
        (bag / layout.TAGMANIFEST_FILE).read_bytes() + b"\n"
    )
    tampered = subprocess.run(
        [
            minisign, "-V", "-P", key_line,
            "-m", str(bag / layout.TAGMANIFEST_FILE),
            "-x", str(bag / layout.SIGNATURE_FILE),
        ],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert tampered.returncode != 0


def test_bagit_validates_the_bag(exported_bundle: Path, tmp_path: Path) -> None:
    bag = _extract(exported_bundle, tmp_path / "bag")
    command = [sys.executable, "-m", "bagit", "--validate", str(bag)]
    script = VENV_BIN / "bagit.py"
    if script.exists():
        command = [sys.executable, str(script), "--validate", str(bag)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    assert "is valid" in run.stderr

    (bag / "data" / "answers.json").write_bytes(b"{}")
    broken = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert broken.returncode != 0


def _identity(tmp_path: Path) -> tuple[Path, str]:
    """An age X25519 identity file and its recipient (age1...)."""
    keygen = shutil.which("age-keygen")
    path = tmp_path / "secretariat.key"
    if keygen is not None:
        subprocess.run([keygen, "-o", str(path)], check=True, capture_output=True, timeout=60)
        recipient = subprocess.run(
            [keygen, "-y", str(path)], check=True, capture_output=True, text=True, timeout=60
        ).stdout.strip()
        return path, recipient
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    path.write_text(f"# public key: {recipient}\n{identity}\n")
    return path, recipient


def test_age_decrypts_an_encrypted_bundle(
    store,  # type: ignore[no-untyped-def]
    answered_interview: int,
    expert_signing: SigningKey,
    expert_trusted: TrustedKeys,
    tmp_path: Path,
) -> None:
    age = _tool("age")
    identity, recipient = _identity(tmp_path)
    encrypted = export_interview(
        store, answered_interview, tmp_path / "out", passphrase=PASSPHRASE, encrypt_to=recipient
    )
    assert encrypted.name.endswith(".zip.age")
    assert encrypted.read_bytes().startswith(b"age-encryption.org/v1\n")
    plain = tmp_path / "bundle.zip"
    run = subprocess.run(
        [age, "-d", "-i", str(identity), "-o", str(plain), str(encrypted)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert zipfile.is_zipfile(plain)
    assert verify_bundle(plain, expert_trusted).ok
    # Our verifier decrypts with the same identity file.
    result = verify_bundle(encrypted, expert_trusted, age_identity=identity)
    assert result.ok, result.summary()
    assert result.encrypted
