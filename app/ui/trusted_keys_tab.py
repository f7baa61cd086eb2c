"""The trusted-keys tab of "Keys and trust": who may sign bundles and decisions, from when,
until when, revoked since when. Every entry is checked by ``app.export.keys``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.export import keys
from app.export.minisign import MinisignError, PublicKey
from app.ui.trusted_keys_model import TrustedKeysModel, row_errors, row_of, with_row_numbers
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, WARN_COLOUR, plain_label, set_colour


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeysDialog", text)


class TrustedKeysTab(QWidget):
    """The table of trusted keys with adding, importing, revoking and saving."""

    #: The trusted-keys file was written (its path).
    saved = Signal(Path)

    def __init__(self, trusted_keys_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trusted_keys_path = trusted_keys_path
        self._dirty = False
        self._build()

    def _build(self) -> None:
        page = self
        intro = plain_label(
            _tr(
                "Bundles and decisions are accepted only when signed by a key listed here, "
                "within its validity and not revoked. Check each fingerprint with its owner "
                "before you trust it. Dates are ISO 8601 (2026-01-31); double-click a cell "
                "to edit it."
            )
        )
        self.trusted_path_label = plain_label(selectable=True)
        self.trusted_path_label.setAccessibleName(_tr("Trusted-keys file"))
        self.model = TrustedKeysModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Trusted keys"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 260)
        self.model.dataChanged.connect(self._on_model_changed)
        self.model.rowsInserted.connect(self._on_model_changed)
        self.model.rowsRemoved.connect(self._on_model_changed)

        self.expert_id_edit = QLineEdit()
        self.expert_id_edit.setAccessibleName(_tr("Expert ID of the new key"))
        self.expert_id_edit.setPlaceholderText(_tr("Expert ID"))
        self.public_key_input = QLineEdit()
        self.public_key_input.setAccessibleName(_tr("Public key of the new key"))
        self.public_key_input.setPlaceholderText(_tr("Public key (RW\u2026)"))
        self.valid_from_edit = QLineEdit(datetime.now(UTC).date().isoformat())
        self.valid_from_edit.setAccessibleName(_tr("Valid from"))
        self.valid_from_edit.setMaximumWidth(120)
        self.valid_until_edit = QLineEdit()
        self.valid_until_edit.setAccessibleName(_tr("Valid until"))
        self.valid_until_edit.setPlaceholderText(_tr("until (optional)"))
        self.valid_until_edit.setMaximumWidth(140)
        self.add_button = QPushButton(_tr("&Add"))
        self.add_button.setAccessibleName(_tr("Add the key"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.expert_id_edit, 1)
        add_row.addWidget(self.public_key_input, 3)
        add_row.addWidget(self.valid_from_edit)
        add_row.addWidget(self.valid_until_edit)
        add_row.addWidget(self.add_button)

        self.import_button = QPushButton(_tr("&Import from file\u2026"))
        self.import_button.setAccessibleName(_tr("Import keys from a file"))
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.revoke_button = QPushButton(_tr("&Revoke"))
        self.revoke_button.setAccessibleName(_tr("Revoke the selected key"))
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.remove_button = QPushButton(_tr("Re&move"))
        self.remove_button.setAccessibleName(_tr("Remove the selected key"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.reload_button = QPushButton(_tr("Re&load"))
        self.reload_button.setAccessibleName(_tr("Reload the trusted-keys file"))
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        self.save_button = QPushButton(_tr("&Save"))
        self.save_button.setAccessibleName(_tr("Save the trusted keys"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.revoke_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        self.trusted_message = plain_label(selectable=True)
        self.trusted_message.setAccessibleName(_tr("Trusted keys message"))

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.trusted_path_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addLayout(buttons)
        layout.addWidget(self.trusted_message)

    def load_trusted(self, path: Path | str | None = None) -> bool:
        """Read the trusted-keys file into the table (a missing file is an empty list)."""
        if path is not None:
            self.trusted_keys_path = Path(path)
        self.trusted_path_label.setText(_tr("File: {path}").format(path=self.trusted_keys_path))
        try:
            trusted = (
                keys.load_trusted_keys(self.trusted_keys_path)
                if self.trusted_keys_path.exists()
                else keys.TrustedKeys(source=str(self.trusted_keys_path))
            )
        except AppError as error:
            self.model.set_keys(keys.TrustedKeys())
            self._message(error.user_message, ERROR_COLOUR)
            self._set_dirty(False)
            return False
        self.model.set_keys(trusted)
        count = len(trusted)
        self._message(
            _tr("{n} trusted keys.").format(n=count) if count != 1 else _tr("1 trusted key."),
            None,
        )
        self._set_dirty(False)
        return True

    def add_entry(
        self,
        expert_id: str,
        public_key: str,
        valid_from: str,
        valid_until: str = "",
        *,
        select: bool = False,
    ) -> bool:
        """Add one key after checking it; False (with the reason shown) when it is invalid."""
        row = {
            "expert_id": expert_id.strip(),
            "public_key": public_key.strip(),
            "valid_from": valid_from.strip(),
            "valid_until": valid_until.strip(),
            "revoked_at": "",
        }
        errors = row_errors(row)
        if errors:
            self._message(
                _tr("The key was not added:") + "\n" + "\n".join(f"\u2022 {e}" for e in errors),
                ERROR_COLOUR,
            )
            return False
        number = self.model.add_row(row)
        fingerprint = PublicKey.from_string(row["public_key"]).fingerprint
        self._message(
            _tr("Added {expert} with fingerprint {fingerprint}; save to keep it.").format(
                expert=row["expert_id"], fingerprint=fingerprint
            ),
            OK_COLOUR,
        )
        if select:
            self.table.selectRow(number)
        return True

    def import_file(self, path: Path | str) -> int:
        """Add the keys of a trusted-keys JSON file, or one minisign ``.pub`` file.

        Returns how many rows were added or updated (0 when the file was refused).
        """
        source = Path(path)
        try:
            text = source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self._message(
                _tr("{path} cannot be read: {error}").format(path=source, error=error),
                ERROR_COLOUR,
            )
            return 0
        if text.lstrip().startswith("["):
            try:
                trusted = keys.parse_trusted_keys(text, str(source))
            except keys.TrustedKeysError as error:
                self._message(error.user_message, ERROR_COLOUR)
                return 0
            for key in trusted:
                self.model.add_row(row_of(key))
            self._message(
                _tr("Imported {n} keys from {path}; save to keep them.").format(
                    n=len(trusted), path=source.name
                ),
                OK_COLOUR,
            )
            return len(trusted)
        try:
            public = PublicKey.from_file_text(text)
        except MinisignError as error:
            self._message(
                _tr("{path} is neither a trusted-keys file nor a public key: {error}").format(
                    path=source.name, error=error.user_message
                ),
                ERROR_COLOUR,
            )
            return 0
        row = {
            "expert_id": "",
            "public_key": public.to_string(),
            "valid_from": datetime.now(UTC).date().isoformat(),
            "valid_until": "",
            "revoked_at": "",
        }
        number = self.model.add_row(row)
        self.table.selectRow(number)
        index = self.model.index(number, 0)
        self.table.setCurrentIndex(index)
        if self.isVisible():
            self.table.edit(index)
        self._message(
            _tr(
                "Imported the key with fingerprint {fingerprint}. Check it with its owner, "
                "type their expert ID in the first column, then save."
            ).format(fingerprint=public.fingerprint),
            WARN_COLOUR,
        )
        return 1

    def revoke_row(self, row: int, when: datetime | None = None) -> None:
        """Mark the key in ``row`` as revoked (now, by default)."""
        moment = (when or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        self.model.set_field(row, "revoked_at", moment.isoformat())
        self._message(_tr("Key revoked; save to keep the change."), WARN_COLOUR)

    def remove_row(self, row: int) -> None:
        """Remove the key in ``row`` from the table."""
        self.model.remove_row(row)
        self._message(_tr("Key removed; save to keep the change."), WARN_COLOUR)

    def save(self, path: Path | str | None = None) -> bool:
        """Validate every row and write the file; False (with every problem shown) if invalid."""
        target = Path(path) if path is not None else self.trusted_keys_path
        try:
            trusted = self.model.to_trusted_keys()
        except keys.TrustedKeysError as error:
            self._message(
                _tr("Not saved; correct these first:")
                + "\n"
                + "\n".join(f"\u2022 {with_row_numbers(e)}" for e in error.errors),
                ERROR_COLOUR,
            )
            return False
        try:
            written = keys.save_trusted_keys(trusted, target)
        except (AppError, OSError) as error:
            message = error.user_message if isinstance(error, AppError) else str(error)
            self._message(message, ERROR_COLOUR)
            return False
        self.trusted_keys_path = written
        self.trusted_path_label.setText(_tr("File: {path}").format(path=written))
        self._set_dirty(False)
        self._message(_tr("Saved {n} trusted keys.").format(n=len(trusted)), OK_COLOUR)
        self.saved.emit(written)
        return True

    def message_text(self) -> str:
        """The trusted-keys tab's current message."""
        return self.trusted_message.text()

    def is_dirty(self) -> bool:
        """Whether the table has changes not yet saved."""
        return self._dirty

    def _on_add_button_clicked(self) -> None:
        if self.add_entry(
            self.expert_id_edit.text(),
            self.public_key_input.text(),
            self.valid_from_edit.text(),
            self.valid_until_edit.text(),
            select=True,
        ):
            self.expert_id_edit.clear()
            self.public_key_input.clear()
            self.valid_until_edit.clear()

    def _on_import_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            _tr("Import keys"),
            str(Path.home()),
            _tr("Trusted keys or public keys (*.json *.pub);;All files (*)"),
        )
        if path:
            self.import_file(path)

    def _selected_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def _on_revoke_button_clicked(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.revoke_row(row)

    def _on_remove_button_clicked(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.remove_row(row)

    def _on_reload_button_clicked(self) -> None:
        self.load_trusted()

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_model_changed(self, *_args: object) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setText(_tr("&Save *") if dirty else _tr("&Save"))

    def _message(self, text: str, colour: str | None) -> None:
        self.trusted_message.setText(text)
        set_colour(self.trusted_message, colour)
