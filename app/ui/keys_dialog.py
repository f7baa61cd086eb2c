"""Keys and trust: this installation's signing key, and the keys a supervisor trusts.

The expert reads the fingerprint back to the supervisor at enrolment, creates the key and
exports its public half; the supervisor keeps the trusted-keys file (who may sign, from
when, until when, revoked since when). Every check is done by ``app.export.keys``; this
module only shows and collects.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.export import keys
from app.export.minisign import MinisignError, PublicKey
from app.ui.settings import settings
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, WARN_COLOUR, plain_label, set_colour
from app.ui.workers import run_task

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeysDialog", text)


def fingerprint_label(text: str = "", *, scale: float = 1.8) -> QLabel:
    """A large, selectable, monospaced label for a key fingerprint read aloud."""
    label = plain_label(text, wrap=False, selectable=True)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


def while_alive(widget: QWidget, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """``callback``, skipped once ``widget`` is gone (a worker may outlive its window)."""

    def call(value: Any) -> None:
        if shiboken6.isValid(widget):
            callback(value)

    return call


def passphrase_problem(passphrase: str, confirmation: str | None) -> str | None:
    """Why a new passphrase cannot be used, or None when it can."""
    if len(passphrase) < keys.MIN_PASSPHRASE:
        return _tr("The passphrase needs at least {n} characters.").format(n=keys.MIN_PASSPHRASE)
    if confirmation is not None and confirmation != passphrase:
        return _tr("The two passphrases differ.")
    return None


def password_edit(accessible_name: str, placeholder: str = "") -> QLineEdit:
    """A line edit that hides what is typed."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    return edit


def key_info_or_none() -> keys.KeyInfo | None:
    """This installation's key, or None when there is none (or it is unreadable)."""
    if not keys.has_key():
        return None
    try:
        return keys.load_key_info()
    except AppError:
        log.exception("the signing key cannot be read")
        return None


# --- creating a key ------------------------------------------------------------------------


class CreateKeyDialog(QDialog):
    """Choose a passphrase (twice) and create the signing key; then show its fingerprint."""

    key_created = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, replace: bool = False) -> None:
        super().__init__(parent)
        self.replace = replace
        self.created_info: keys.KeyInfo | None = None
        self.setWindowTitle(self.tr("Create the signing key"))
        self.setAccessibleName(self.tr("Create the signing key"))
        intro = plain_label(
            self.tr(
                "Your signing key proves that a bundle comes from you and was not changed. "
                "It stays on this computer, locked with a passphrase you type at each export. "
                "A supervisor enrols it once by reading its fingerprint back to you."
            )
        )
        if replace:
            intro.setText(
                intro.text()
                + "\n\n"
                + self.tr(
                    "A key exists already. A new key replaces it and must be enrolled again; "
                    "bundles signed with the old key still verify."
                )
            )
        self.passphrase_edit = password_edit(self.tr("Passphrase"))
        self.confirm_edit = password_edit(self.tr("Passphrase again"))
        self.passphrase_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        self.confirm_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("&Again:"), self.confirm_edit)
        self.passphrase_form = form
        self.message_label = plain_label()
        self.message_label.setAccessibleName(self.tr("Message"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Creating the key"))
        self.progress.hide()
        self.fingerprint_title = plain_label(self.tr("Fingerprint of your new key:"))
        self.fingerprint = fingerprint_label()
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.fingerprint_title.hide()
        self.fingerprint.hide()
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("&Create key"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.setAccessibleName(self.tr("Create the key"))
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self._on_buttons_rejected)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.fingerprint_title)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.adjustSize()
        self.passphrase_edit.setFocus()

    def create_key(self, passphrase: str | None = None, confirmation: str | None = None) -> bool:
        """Create the key off the GUI thread; False when the passphrase is refused."""
        if passphrase is None:
            passphrase = self.passphrase_edit.text()
        if confirmation is None:
            confirmation = self.confirm_edit.text()
        problem = passphrase_problem(passphrase, confirmation)
        if problem is not None:
            self.message_label.setText(problem)
            set_colour(self.message_label, ERROR_COLOUR)
            return False
        self.message_label.setText(self.tr("Creating the key\u2026"))
        set_colour(self.message_label, None)
        self.progress.show()
        for widget in (self.passphrase_edit, self.confirm_edit, self.create_button):
            widget.setEnabled(False)
        run_task(
            keys.create_key,
            passphrase,
            replace=self.replace,
            on_done=while_alive(self, self._on_task_done),
            on_error=while_alive(self, self._on_task_error),
        )
        return True

    def _on_task_done(self, info: keys.KeyInfo) -> None:
        self.created_info = info
        self.progress.hide()
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.message_label.setText(
            self.tr(
                "Your key is ready. Read this fingerprint to your supervisor when they "
                "enrol you; they must see the same twenty characters."
            )
        )
        set_colour(self.message_label, OK_COLOUR)
        self.fingerprint.setText(info.fingerprint)
        self.fingerprint_title.show()
        self.fingerprint.show()
        self.passphrase_form.setRowVisible(0, False)
        self.passphrase_form.setRowVisible(1, False)
        self.create_button.hide()
        self.adjustSize()
        self.close_button.setText(self.tr("Close"))
        self.key_created.emit(info)

    def _on_task_error(self, error: BaseException) -> None:
        self.progress.hide()
        for widget in (self.passphrase_edit, self.confirm_edit, self.create_button):
            widget.setEnabled(True)
        if isinstance(error, AppError):
            message = error.user_message
        else:
            log.error("creating the key failed", exc_info=error)
            message = str(error)
        self.message_label.setText(message)
        set_colour(self.message_label, ERROR_COLOUR)
        self.failed.emit(message)

    def _on_passphrase_edit_text_changed(self, _text: str) -> None:
        self.create_button.setEnabled(bool(self.passphrase_edit.text()))
        if self.message_label.text():
            self.message_label.clear()

    def _on_create_button_clicked(self) -> None:
        self.create_key()

    def _on_buttons_rejected(self) -> None:
        if self.created_info is not None:
            self.accept()
        else:
            self.reject()


class PassphraseDialog(QDialog):
    """Ask for the signing key's passphrase (for one export or one decision)."""

    def __init__(self, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        self.setAccessibleName(self.tr("Passphrase of the signing key"))
        info = key_info_or_none()
        text = purpose
        if info is not None:
            text += "\n" + self.tr("Key {fingerprint}").format(fingerprint=info.fingerprint)
        self.purpose_label = plain_label(text)
        self.passphrase_edit = password_edit(self.tr("Passphrase"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Sign"))
        ok.setAccessibleName(self.tr("Sign with this passphrase"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.purpose_label)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.passphrase_edit.setFocus()

    def passphrase(self) -> str:
        """What was typed."""
        return self.passphrase_edit.text()


# --- the trusted-keys table ----------------------------------------------------------------

FIELDS = ("expert_id", "public_key", "valid_from", "valid_until", "revoked_at")
OPTIONAL_FIELDS = ("valid_until", "revoked_at")


def _row_entry(row: dict[str, str]) -> dict[str, Any]:
    """A table row as a trusted-keys JSON object (empty optional dates are null)."""
    entry: dict[str, Any] = {name: row.get(name, "").strip() for name in FIELDS}
    for name in OPTIONAL_FIELDS:
        if not entry[name]:
            entry[name] = None
    return entry


def _row_of(key: keys.TrustedKey) -> dict[str, str]:
    data = key.to_dict()
    return {name: str(data.get(name) or "") for name in FIELDS}


def _strip_location(message: str) -> str:
    """``[0].public_key: ...`` -> ``public_key: ...``."""
    return message.split("]", 1)[1].lstrip(".") if message.startswith("[") else message


def _with_row_numbers(message: str) -> str:
    """``[2].valid_from: ...`` -> ``Row 3, valid_from: ...``."""
    if message.startswith("[") and "]" in message:
        index, rest = message[1:].split("]", 1)
        if index.isdigit():
            rest = rest.lstrip(".:").strip()
            return _tr("Row {n}, {what}").format(n=int(index) + 1, what=rest)
    return message


def row_errors(row: dict[str, str]) -> list[str]:
    """Every problem of one trusted-keys row, as the backend words it."""
    try:
        keys.parse_trusted_keys(json.dumps([_row_entry(row)]))
    except keys.TrustedKeysError as error:
        return [_strip_location(e) for e in error.errors]
    return []


class TrustedKeysModel(QAbstractTableModel):
    """The trusted-keys file as an editable table, one enrolled key per row."""

    EDITABLE = {0: "expert_id", 2: "public_key", 3: "valid_from", 4: "valid_until", 5: "revoked_at"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, str]] = []
        self._errors: list[list[str]] = []
        self.headers = (
            self.tr("Expert ID"),
            self.tr("Fingerprint"),
            self.tr("Public key"),
            self.tr("Valid from"),
            self.tr("Valid until"),
            self.tr("Revoked at"),
            self.tr("Status"),
        )

    # --- content ---

    def set_keys(self, trusted: keys.TrustedKeys) -> None:
        """Show these keys."""
        self.beginResetModel()
        self._rows = [_row_of(k) for k in trusted]
        self._errors = [row_errors(r) for r in self._rows]
        self.endResetModel()

    def rows(self) -> list[dict[str, str]]:
        """The rows as shown (copies)."""
        return [dict(r) for r in self._rows]

    def add_row(self, row: dict[str, str]) -> int:
        """Append a row (or replace the row with the same public key); return its number."""
        key_text = row.get("public_key", "").strip()
        for number, existing in enumerate(self._rows):
            if key_text and existing.get("public_key", "").strip() == key_text:
                self._rows[number] = {name: row.get(name, "") for name in FIELDS}
                self._errors[number] = row_errors(self._rows[number])
                self.dataChanged.emit(self.index(number, 0), self.index(number, 6))
                return number
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append({name: row.get(name, "") for name in FIELDS})
        self._errors.append(row_errors(self._rows[-1]))
        self.endInsertRows()
        return position

    def remove_row(self, row: int) -> None:
        """Drop a row."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            del self._errors[row]
            self.endRemoveRows()

    def set_field(self, row: int, name: str, value: str) -> None:
        """Change one field of a row."""
        column = next(c for c, n in self.EDITABLE.items() if n == name)
        self.setData(self.index(row, column), value)

    def errors_of(self, row: int) -> list[str]:
        """The problems of row ``row`` (empty when it is valid)."""
        return list(self._errors[row])

    def to_trusted_keys(self, source: str = "") -> keys.TrustedKeys:
        """The rows as validated trusted keys; ``TrustedKeysError`` lists every problem."""
        text = json.dumps([_row_entry(r) for r in self._rows])
        return keys.parse_trusted_keys(text, source or _tr("in the table"))

    # --- Qt model ---

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        errors = self._errors[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column in self.EDITABLE:
                return row.get(self.EDITABLE[column], "")
            if column == 1:
                return self._fingerprint(row)
            if column == 6 and role == Qt.ItemDataRole.DisplayRole:
                return self._status(row, errors)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == 6:
            if errors:
                return QColor(ERROR_COLOUR)
            return QColor(WARN_COLOUR if row.get("revoked_at") else OK_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column in (1, 2):
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = self.EDITABLE.get(index.column())
        if name is None:
            return False
        self._rows[index.row()][name] = str(value or "").strip()
        self._errors[index.row()] = row_errors(self._rows[index.row()])
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 6))
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    # --- helpers ---

    @staticmethod
    def _fingerprint(row: dict[str, str]) -> str:
        try:
            return PublicKey.from_string(row.get("public_key", "").strip()).fingerprint
        except MinisignError:
            return "\u2014"

    def _status(self, row: dict[str, str], errors: list[str]) -> str:
        if errors:
            return self.tr("Invalid: {problem}").format(problem="; ".join(errors))
        if row.get("revoked_at"):
            return self.tr("Revoked")
        until = row.get("valid_until")
        if until:
            try:
                if keys.parse_time(until, end_of_day=True) < datetime.now(UTC):
                    return self.tr("Expired")
            except ValueError:
                pass
        return self.tr("Trusted")


# --- the dialog ------------------------------------------------------------------------------


class KeysDialog(QDialog):
    """My signing key (fingerprint, create, export) and the trusted-keys editor."""

    key_changed = Signal(object)
    trusted_keys_saved = Signal(Path)

    def __init__(
        self, trusted_keys_path: Path | str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.trusted_keys_path = (
            Path(trusted_keys_path) if trusted_keys_path else keys.default_trusted_keys_path()
        )
        self.message_box: QMessageBox | None = None
        self._dirty = False
        self.setWindowTitle(self.tr("Keys and trust"))
        self.setAccessibleName(self.tr("Keys and trust"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Keys and trust"))
        self.tabs.addTab(self._build_my_key_tab(), self.tr("&My signing key"))
        self.tabs.addTab(self._build_trusted_tab(), self.tr("&Trusted keys"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 560)
        self.refresh_key()
        self.load_trusted()

    # --- building ---

    def _build_my_key_tab(self) -> QWidget:
        page = QWidget()
        self.key_state_label = plain_label()
        self.key_state_label.setAccessibleName(self.tr("Signing key state"))
        self.fingerprint_caption = plain_label(
            self.tr(
                "Fingerprint (read it back to your supervisor at enrolment; "
                "they must see the same):"
            )
        )
        self.fingerprint = fingerprint_label(scale=2.2)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of my signing key"))
        self.key_id_label = plain_label(selectable=True)
        self.key_id_label.setAccessibleName(self.tr("Key id"))
        self.public_key_edit = QLineEdit()
        self.public_key_edit.setReadOnly(True)
        self.public_key_edit.setAccessibleName(self.tr("Public key"))
        self.public_key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.created_label = plain_label(selectable=True)
        self.created_label.setAccessibleName(self.tr("Created"))
        self.key_path_label = plain_label(selectable=True)
        self.key_path_label.setAccessibleName(self.tr("Key file"))
        details = QFormLayout()
        details.addRow(self.tr("Key id:"), self.key_id_label)
        details.addRow(self.tr("Public key:"), self.public_key_edit)
        details.addRow(self.tr("Created:"), self.created_label)
        details.addRow(self.tr("Stored in:"), self.key_path_label)
        self.key_details = QWidget()
        self.key_details.setLayout(details)

        self.create_key_button = QPushButton(self.tr("&Create key\u2026"))
        self.create_key_button.setAccessibleName(self.tr("Create the signing key"))
        self.create_key_button.clicked.connect(self._on_create_key_button_clicked)
        self.copy_fingerprint_button = QPushButton(self.tr("C&opy fingerprint"))
        self.copy_fingerprint_button.setAccessibleName(self.tr("Copy the fingerprint"))
        self.copy_fingerprint_button.clicked.connect(self._on_copy_fingerprint_button_clicked)
        self.export_public_button = QPushButton(self.tr("&Export public key\u2026"))
        self.export_public_button.setAccessibleName(self.tr("Export the public key file"))
        self.export_public_button.clicked.connect(self._on_export_public_button_clicked)
        self.trust_own_button = QPushButton(self.tr("Trust my own key\u2026"))
        self.trust_own_button.setAccessibleName(self.tr("Add my own key to the trusted keys"))
        self.trust_own_button.setToolTip(
            self.tr("For a supervisor who signs decisions and checks them on this computer.")
        )
        self.trust_own_button.clicked.connect(self._on_trust_own_button_clicked)
        self.my_key_message = plain_label(selectable=True)
        self.my_key_message.setAccessibleName(self.tr("Message"))
        row = QHBoxLayout()
        for button in (
            self.create_key_button,
            self.copy_fingerprint_button,
            self.export_public_button,
            self.trust_own_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.key_state_label)
        layout.addWidget(self.fingerprint_caption)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.key_details)
        layout.addLayout(row)
        layout.addWidget(self.my_key_message)
        layout.addStretch(1)
        return page

    def _build_trusted_tab(self) -> QWidget:
        page = QWidget()
        intro = plain_label(
            self.tr(
                "Bundles and decisions are accepted only when signed by a key listed here, "
                "within its validity and not revoked. Check each fingerprint with its owner "
                "before you trust it. Dates are ISO 8601 (2026-01-31); double-click a cell "
                "to edit it."
            )
        )
        self.trusted_path_label = plain_label(selectable=True)
        self.trusted_path_label.setAccessibleName(self.tr("Trusted-keys file"))
        self.model = TrustedKeysModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Trusted keys"))
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
        self.expert_id_edit.setAccessibleName(self.tr("Expert ID of the new key"))
        self.expert_id_edit.setPlaceholderText(self.tr("Expert ID"))
        self.public_key_input = QLineEdit()
        self.public_key_input.setAccessibleName(self.tr("Public key of the new key"))
        self.public_key_input.setPlaceholderText(self.tr("Public key (RW\u2026)"))
        self.valid_from_edit = QLineEdit(datetime.now(UTC).date().isoformat())
        self.valid_from_edit.setAccessibleName(self.tr("Valid from"))
        self.valid_from_edit.setMaximumWidth(120)
        self.valid_until_edit = QLineEdit()
        self.valid_until_edit.setAccessibleName(self.tr("Valid until"))
        self.valid_until_edit.setPlaceholderText(self.tr("until (optional)"))
        self.valid_until_edit.setMaximumWidth(140)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add the key"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.expert_id_edit, 1)
        add_row.addWidget(self.public_key_input, 3)
        add_row.addWidget(self.valid_from_edit)
        add_row.addWidget(self.valid_until_edit)
        add_row.addWidget(self.add_button)

        self.import_button = QPushButton(self.tr("&Import from file\u2026"))
        self.import_button.setAccessibleName(self.tr("Import keys from a file"))
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.revoke_button = QPushButton(self.tr("&Revoke"))
        self.revoke_button.setAccessibleName(self.tr("Revoke the selected key"))
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected key"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.reload_button = QPushButton(self.tr("Re&load"))
        self.reload_button.setAccessibleName(self.tr("Reload the trusted-keys file"))
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the trusted keys"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.revoke_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        self.trusted_message = plain_label(selectable=True)
        self.trusted_message.setAccessibleName(self.tr("Trusted keys message"))

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.trusted_path_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addLayout(buttons)
        layout.addWidget(self.trusted_message)
        return page

    # --- my key ---

    def refresh_key(self) -> keys.KeyInfo | None:
        """Show this installation's key as it is on disk."""
        info = key_info_or_none()
        has_key = info is not None
        self.fingerprint_caption.setVisible(has_key)
        self.fingerprint.setVisible(has_key)
        self.key_details.setVisible(has_key)
        self.copy_fingerprint_button.setEnabled(has_key)
        self.export_public_button.setEnabled(has_key)
        self.trust_own_button.setEnabled(has_key)
        if info is None:
            if keys.has_key():
                self.key_state_label.setText(
                    self.tr("The signing key file cannot be read; create a new key.")
                )
                set_colour(self.key_state_label, ERROR_COLOUR)
            else:
                self.key_state_label.setText(
                    self.tr(
                        "There is no signing key on this computer yet. Create one before "
                        "your first export (or your first decision, as a supervisor)."
                    )
                )
                set_colour(self.key_state_label, None)
            self.create_key_button.setText(self.tr("&Create key\u2026"))
            return None
        self.key_state_label.setText(self.tr("This computer signs with this key."))
        set_colour(self.key_state_label, None)
        self.fingerprint.setText(info.fingerprint)
        self.key_id_label.setText(info.key_id)
        self.public_key_edit.setText(info.public_key.to_string())
        self.created_label.setText(info.created_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        self.key_path_label.setText(str(info.path))
        self.create_key_button.setText(self.tr("&Replace key\u2026"))
        return info

    def fingerprint_text(self) -> str:
        """The fingerprint shown (empty without a key)."""
        return self.fingerprint.text() if self.fingerprint.isVisibleTo(self) else ""

    def open_create_key(self) -> CreateKeyDialog:
        """Show the key creation dialog (replacing the key when there is one)."""
        dialog = CreateKeyDialog(self, replace=keys.has_key())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.key_created.connect(self._on_create_dialog_key_created)
        dialog.open()
        return dialog

    def export_public_key(self, target: Path | str) -> Path | None:
        """Write the public key file to ``target`` (file or folder); return its path."""
        try:
            path = keys.export_public_key(target)
        except (AppError, OSError) as error:
            message = error.user_message if isinstance(error, AppError) else str(error)
            self.my_key_message.setText(
                self.tr("The public key could not be written: {error}").format(error=message)
            )
            set_colour(self.my_key_message, ERROR_COLOUR)
            return None
        self.my_key_message.setText(
            self.tr("Public key written to {path}. Send this file to your supervisor.").format(
                path=path
            )
        )
        set_colour(self.my_key_message, OK_COLOUR)
        return path

    def trust_own_key(self, expert_id: str) -> bool:
        """Add this installation's key to the table (saved with Save)."""
        info = key_info_or_none()
        if info is None:
            return False
        entry = keys.trusted_entry_for(info, expert_id.strip())
        return self.add_entry(
            entry.expert_id, entry.public_key.to_string(), entry.valid_from, select=True
        )

    # --- trusted keys ---

    def load_trusted(self, path: Path | str | None = None) -> bool:
        """Read the trusted-keys file into the table (a missing file is an empty list)."""
        if path is not None:
            self.trusted_keys_path = Path(path)
        self.trusted_path_label.setText(self.tr("File: {path}").format(path=self.trusted_keys_path))
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
            self.tr("{n} trusted keys.").format(n=count)
            if count != 1
            else self.tr("1 trusted key."),
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
                self.tr("The key was not added:") + "\n" + "\n".join(f"\u2022 {e}" for e in errors),
                ERROR_COLOUR,
            )
            return False
        number = self.model.add_row(row)
        fingerprint = PublicKey.from_string(row["public_key"]).fingerprint
        self._message(
            self.tr("Added {expert} with fingerprint {fingerprint}; save to keep it.").format(
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
                self.tr("{path} cannot be read: {error}").format(path=source, error=error),
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
                self.model.add_row(_row_of(key))
            self._message(
                self.tr("Imported {n} keys from {path}; save to keep them.").format(
                    n=len(trusted), path=source.name
                ),
                OK_COLOUR,
            )
            return len(trusted)
        try:
            public = PublicKey.from_file_text(text)
        except MinisignError as error:
            self._message(
                self.tr("{path} is neither a trusted-keys file nor a public key: {error}").format(
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
            self.tr(
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
        self._message(self.tr("Key revoked; save to keep the change."), WARN_COLOUR)

    def remove_row(self, row: int) -> None:
        """Remove the key in ``row`` from the table."""
        self.model.remove_row(row)
        self._message(self.tr("Key removed; save to keep the change."), WARN_COLOUR)

    def save(self, path: Path | str | None = None) -> bool:
        """Validate every row and write the file; False (with every problem shown) if invalid."""
        target = Path(path) if path is not None else self.trusted_keys_path
        try:
            trusted = self.model.to_trusted_keys()
        except keys.TrustedKeysError as error:
            self._message(
                self.tr("Not saved; correct these first:")
                + "\n"
                + "\n".join(f"\u2022 {_with_row_numbers(e)}" for e in error.errors),
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
        self.trusted_path_label.setText(self.tr("File: {path}").format(path=written))
        self._set_dirty(False)
        self._message(self.tr("Saved {n} trusted keys.").format(n=len(trusted)), OK_COLOUR)
        self.trusted_keys_saved.emit(written)
        return True

    def message_text(self) -> str:
        """The trusted-keys tab's current message."""
        return self.trusted_message.text()

    def is_dirty(self) -> bool:
        """Whether the table has changes not yet saved."""
        return self._dirty

    def reject(self) -> None:
        """Close; with unsaved trusted keys, ask first."""
        if not self._dirty or not self.isVisible():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Keys and trust"),
            self.tr("Save the changes to the trusted keys?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_message_box_finished)
        self.message_box = box
        box.open()

    # --- slots ---

    def _on_message_box_finished(self, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Save:
            if self.save():
                super().reject()
        elif answer == QMessageBox.StandardButton.Discard:
            self._set_dirty(False)
            super().reject()

    def _on_create_key_button_clicked(self) -> None:
        self.open_create_key()

    def _on_create_dialog_key_created(self, info: keys.KeyInfo) -> None:
        self.refresh_key()
        self.key_changed.emit(info)

    def _on_copy_fingerprint_button_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.fingerprint.text())
            self.my_key_message.setText(self.tr("Fingerprint copied."))
            set_colour(self.my_key_message, None)

    def _on_export_public_button_clicked(self) -> None:
        info = key_info_or_none()
        if info is None:
            return
        suggested = str(Path.home() / f"clusterbench-{info.key_id.lower()}.pub")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the public key"),
            suggested,
            self.tr("minisign public keys (*.pub)"),
        )
        if path:
            self.export_public_key(path)

    def _on_trust_own_button_clicked(self) -> None:
        expert_id, ok = QInputDialog.getText(
            self,
            self.tr("Trust my own key"),
            self.tr("Your expert or supervisor ID:"),
            text=settings().expert_id,
        )
        if ok and expert_id.strip() and self.trust_own_key(expert_id):
            self.tabs.setCurrentIndex(1)

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
            self.tr("Import keys"),
            str(Path.home()),
            self.tr("Trusted keys or public keys (*.json *.pub);;All files (*)"),
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

    # --- helpers ---

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setText(self.tr("&Save *") if dirty else self.tr("&Save"))

    def _message(self, text: str, colour: str | None) -> None:
        self.trusted_message.setText(text)
        set_colour(self.trusted_message, colour)


def open_keys_dialog(parent: QWidget, trusted_keys_path: Path | str | None = None) -> KeysDialog:
    """Show the keys dialog (modal to ``parent``, deleted when closed)."""
    dialog = KeysDialog(trusted_keys_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
