"""Keys and trust: the signing key's fingerprint, key creation, the trusted-keys editor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.export import keys
from app.export.keys import TrustedKey, TrustedKeys, load_trusted_keys, save_trusted_keys
from app.export.minisign import PublicKey
from app.ui.key_widgets import CreateKeyDialog
from app.ui.keys_dialog import KeysDialog
from tests.export.bundle_fixtures import expert_material, install_key, supervisor_material

EXPERT_ID = "EXP-0042 (fictional)"
SUPERVISOR_ID = "SUP-0007 (fictional)"


def open_dialog(qtbot: Any, trusted_path: Path | None = None) -> KeysDialog:
    dialog = KeysDialog(trusted_path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_fingerprint_shown_is_the_keys_and_can_be_selected(qtbot: Any, data_dir: Path) -> None:
    install_key(expert_material(), data_dir)
    dialog = open_dialog(qtbot)

    info = keys.load_key_info()
    assert dialog.fingerprint.text() == info.fingerprint
    assert dialog.fingerprint_text() == info.fingerprint
    assert dialog.fingerprint.textFormat() == Qt.TextFormat.PlainText
    assert dialog.fingerprint.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.fingerprint.font().pointSizeF() > dialog.font().pointSizeF() * 1.5
    assert dialog.public_key_edit.text() == info.public_key.to_string()
    assert dialog.export_public_button.isEnabled()


def test_without_a_key_the_dialog_offers_to_create_one(qtbot: Any) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.fingerprint_text() == ""
    assert "no signing key" in dialog.key_state_label.text()
    assert not dialog.export_public_button.isEnabled()
    assert dialog.create_key_button.isEnabled()


def test_create_key_dialog_checks_the_passphrase_then_shows_the_fingerprint(qtbot: Any) -> None:
    dialog = CreateKeyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.create_key("short", "short")
    assert "at least" in dialog.message_label.text()
    assert not dialog.create_key("a fictional passphrase", "another one")
    assert "differ" in dialog.message_label.text()
    assert not keys.has_key()

    with qtbot.waitSignal(dialog.key_created, timeout=30000):
        assert dialog.create_key("a fictional passphrase", "a fictional passphrase")
    assert dialog.fingerprint.isVisible()
    assert dialog.fingerprint.text() == keys.load_key_info().fingerprint
    keys.unlock("a fictional passphrase")  # the key really is locked with that passphrase


def test_public_key_export_writes_a_minisign_file(
    qtbot: Any, data_dir: Path, tmp_path: Path
) -> None:
    install_key(expert_material(), data_dir)
    dialog = open_dialog(qtbot)
    written = dialog.export_public_key(tmp_path / "erika.pub")
    assert written == tmp_path / "erika.pub"
    public = PublicKey.from_file_text(written.read_text(encoding="utf-8"))
    assert public.fingerprint == dialog.fingerprint.text()
    assert str(written) in dialog.my_key_message.text()


def test_trusted_keys_round_trip_through_the_editor(
    qtbot: Any, qtmodeltester: Any, tmp_path: Path
) -> None:
    source = save_trusted_keys(
        TrustedKeys(
            keys=(
                TrustedKey(
                    EXPERT_ID, expert_material().info.public_key, "2025-01-01", "2027-12-31"
                ),
                TrustedKey(SUPERVISOR_ID, supervisor_material().info.public_key, "2025-02-01"),
            )
        ),
        tmp_path / "trusted.json",
    )
    dialog = open_dialog(qtbot, source)
    qtmodeltester.check(dialog.trusted.model)
    assert dialog.trusted.model.rowCount() == 2
    assert dialog.trusted.model.index(0, 0).data() == EXPERT_ID
    assert dialog.trusted.model.index(0, 1).data() == expert_material().info.fingerprint
    assert dialog.trusted.model.index(1, 6).data() == "Trusted"

    dialog.trusted.revoke_row(1)
    assert dialog.trusted.model.index(1, 6).data() == "Revoked"
    assert dialog.trusted.is_dirty()
    copy = tmp_path / "copy.json"
    assert dialog.trusted.save(copy)
    assert not dialog.trusted.is_dirty()

    saved = load_trusted_keys(copy)
    original = load_trusted_keys(source)
    assert [k.expert_id for k in saved] == [EXPERT_ID, SUPERVISOR_ID]
    assert saved.keys[0] == original.keys[0]
    assert saved.keys[1].revoked_at is not None
    assert saved.keys[1].public_key == original.keys[1].public_key


def test_a_malformed_key_is_refused_with_a_message(qtbot: Any, tmp_path: Path) -> None:
    target = tmp_path / "trusted.json"
    dialog = open_dialog(qtbot, target)
    assert dialog.trusted.model.rowCount() == 0

    assert not dialog.trusted.add_entry(EXPERT_ID, "RWnot-a-minisign-key", "2026-01-01")
    assert dialog.trusted.model.rowCount() == 0
    assert "not added" in dialog.trusted.message_text()
    assert "public_key" in dialog.trusted.message_text()

    assert dialog.trusted.add_entry(
        EXPERT_ID, expert_material().info.public_key.to_string(), "2026-01-01"
    )
    dialog.trusted.model.set_field(0, "public_key", "RWnot-a-minisign-key")
    assert dialog.trusted.model.index(0, 6).data().startswith("Invalid")
    assert not dialog.trusted.save()
    assert "Row 1" in dialog.trusted.message_text()
    assert not target.exists()

    dialog.trusted.model.set_field(0, "public_key", expert_material().info.public_key.to_string())
    dialog.trusted.model.set_field(0, "valid_until", "31/12/2027")
    assert not dialog.trusted.save()
    assert "valid_until" in dialog.trusted.message_text()
    dialog.trusted.model.set_field(0, "valid_until", "2027-12-31")
    assert dialog.trusted.save()
    assert json.loads(target.read_text(encoding="utf-8"))[0]["valid_until"] == "2027-12-31"


def test_importing_a_public_key_file_needs_an_expert_id_before_saving(
    qtbot: Any, data_dir: Path, tmp_path: Path
) -> None:
    install_key(expert_material(), data_dir)
    public_file = keys.export_public_key(tmp_path / "expert.pub")
    target = tmp_path / "trusted.json"
    dialog = open_dialog(qtbot, target)

    assert dialog.trusted.import_file(public_file) == 1
    assert dialog.trusted.model.index(0, 1).data() == expert_material().info.fingerprint
    assert expert_material().info.fingerprint in dialog.trusted.message_text()
    assert not dialog.trusted.save()
    assert "expert_id" in dialog.trusted.message_text()

    dialog.trusted.model.set_field(0, "expert_id", EXPERT_ID)
    assert dialog.trusted.save()
    assert load_trusted_keys(target).keys[0].expert_id == EXPERT_ID

    junk = tmp_path / "junk.txt"
    junk.write_text("hello", encoding="utf-8")
    assert dialog.trusted.import_file(junk) == 0
    assert "neither a trusted-keys file nor a public key" in dialog.trusted.message_text()
    assert dialog.trusted.model.rowCount() == 1
