"""The signing key on disk, the CLI verbs for it, and the trusted-keys file."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import run
from app.export import keys
from app.export.keys import (
    KeyStoreError,
    TrustedKey,
    TrustedKeys,
    TrustedKeysError,
    WrongPassphraseError,
)
from app.export.minisign import PublicKey
from tests.export.bundle_fixtures import PASSPHRASE, KeyMaterial, install_key
from tests.export.bundle_fixtures import expert_material as _expert_material


@pytest.fixture
def expert_material() -> KeyMaterial:
    return _expert_material()


@pytest.fixture
def expert_key(expert_material: KeyMaterial, data_dir: Path) -> object:
    return install_key(expert_material, data_dir)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_create_stores_an_encrypted_owner_only_key(data_dir: Path) -> None:
    info = keys.create_key(PASSPHRASE)
    private = data_dir / "keys" / keys.PRIVATE_KEY_FILE
    assert private.is_file()
    if os.name != "nt":
        assert _mode(data_dir / "keys") == 0o700
        assert _mode(private) == 0o600
    assert keys.private_key_permissions_ok()
    document = json.loads(private.read_text())
    assert document["kdf"]["name"] == "scrypt"
    assert "PRIVATE" not in private.read_text()
    signing = keys.unlock(PASSPHRASE)
    assert signing.public_key == info.public_key
    assert keys.load_key_info().fingerprint == info.fingerprint


def test_wrong_passphrase_is_refused(expert_key: object) -> None:
    with pytest.raises(WrongPassphraseError, match="does not unlock"):
        keys.unlock("not the passphrase")


def test_short_passphrase_and_second_key_are_refused(expert_key: object) -> None:
    with pytest.raises(KeyStoreError, match="at least"):
        keys.create_key("short", replace=True)
    with pytest.raises(KeyStoreError, match="already exists"):
        keys.create_key(PASSPHRASE)


def test_no_key_yet_says_how_to_make_one() -> None:
    with pytest.raises(KeyStoreError, match="keys create"):
        keys.load_key_info()


def test_cli_create_show_and_export_public(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    assert run(["keys", "create", "--passphrase-file", str(secret)]) == 0
    created = capsys.readouterr().out
    assert "fingerprint:" in created
    assert run(["keys", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["public_key"].startswith("RW")
    assert shown["fingerprint"] in created
    out = tmp_path / "expert.pub"
    assert run(["keys", "export-public", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert PublicKey.from_file_text(out.read_text()).to_string() == shown["public_key"]
    assert PASSPHRASE not in (data_dir / "keys" / keys.PRIVATE_KEY_FILE).read_text()


def test_cli_show_without_a_key_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["keys", "show"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("clusterbench: There is no signing key yet")
    assert "Traceback" not in err


def test_cli_create_needs_a_passphrase_file_when_not_on_a_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["keys", "create"]) == 2
    assert "--passphrase-file" in capsys.readouterr().err


# --- trusted keys -------------------------------------------------------------------------


def _entry(material: KeyMaterial, **fields: object) -> dict[str, object]:
    return {
        "expert_id": "EXP-0001",
        "public_key": material.info.public_key.to_string(),
        "valid_from": "2025-01-01",
        "valid_until": None,
        "revoked_at": None,
        **fields,
    }


def test_trusted_keys_save_and_load_round_trip(
    tmp_path: Path, expert_material: KeyMaterial
) -> None:
    entry = keys.trusted_entry_for(expert_material.info, "EXP-0001", valid_until="2027-12-31")
    path = keys.save_trusted_keys([entry], tmp_path / "trusted.json")
    loaded = keys.load_trusted_keys(path)
    assert len(loaded) == 1
    assert loaded.find(expert_material.info.public_key) == entry
    assert json.loads(path.read_text())[0]["public_key"].startswith("RW")


def test_trusted_keys_file_lists_every_problem(
    tmp_path: Path, expert_material: KeyMaterial
) -> None:
    path = tmp_path / "trusted.json"
    path.write_text(
        json.dumps(
            [
                _entry(expert_material),
                _entry(expert_material, expert_id="EXP-0002"),
                {"expert_id": "", "public_key": "RWnotakey", "valid_from": "yesterday"},
                _entry(expert_material, valid_until="2024-01-01", public_key="RW" + "A" * 54),
                "not an object",
            ]
        )
    )
    with pytest.raises(TrustedKeysError) as caught:
        keys.load_trusted_keys(path)
    errors = "\n".join(caught.value.errors)
    assert "[1].public_key: the same key is listed twice" in errors
    assert "[2].expert_id" in errors
    assert "[2].public_key" in errors
    assert "[2].valid_from" in errors
    assert "[4]: must be an object" in errors
    assert "[3]" in errors


def test_missing_default_trusted_keys_file_means_nobody_is_trusted() -> None:
    assert len(keys.load_trusted_keys()) == 0
    with pytest.raises(TrustedKeysError, match="does not exist"):
        keys.load_trusted_keys("no-such-file.json")


def test_trust_verdicts(expert_material: KeyMaterial) -> None:
    key = TrustedKey(
        expert_id="EXP-0001",
        public_key=expert_material.info.public_key,
        valid_from="2025-01-01",
        valid_until="2025-12-31",
    )
    now = datetime(2026, 6, 1, tzinfo=UTC)
    during = datetime(2025, 12, 31, 23, 30, tzinfo=UTC)
    assert key.verdict(datetime(2025, 12, 31, 23, 0, tzinfo=UTC), during).trusted
    assert key.verdict(datetime(2026, 1, 1, 0, 0, 1, tzinfo=UTC), now).code == "key_expired"
    # Expiry is judged at receipt: an expired key cannot sign a backdated bundle.
    assert key.verdict(datetime(2025, 6, 1, tzinfo=UTC), now).code == "key_expired"
    assert key.verdict(datetime(2024, 12, 31, tzinfo=UTC), during).code == "key_not_yet_valid"
    revoked = TrustedKey(
        "EXP-0001", expert_material.info.public_key, "2025-01-01", revoked_at="2026-03-01T00:00:00Z"
    )
    # Revocation wins whatever date the signature claims: a thief could backdate.
    assert revoked.verdict(datetime(2025, 6, 1, tzinfo=UTC), now).code == "key_revoked"
    assert revoked.verdict(
        datetime(2025, 6, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)
    ).trusted
    open_ended = TrustedKey("EXP-0001", expert_material.info.public_key, "2025-01-01")
    assert open_ended.verdict(datetime(2030, 1, 1, tzinfo=UTC), now).code == "signed_in_future"


def test_trusted_keys_with_key_replaces_the_entry(expert_material: KeyMaterial) -> None:
    first = TrustedKey("EXP-0001", expert_material.info.public_key, "2025-01-01")
    second = TrustedKey(
        "EXP-0001", expert_material.info.public_key, "2025-01-01", revoked_at="2026-01-01"
    )
    both = TrustedKeys((first,)).with_key(second)
    assert both.keys == (second,)
