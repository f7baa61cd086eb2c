"""The trusted-keys file as an editable table: one enrolled key per row, each checked by
``app.export.keys`` as it is typed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.export import keys
from app.export.minisign import MinisignError, PublicKey
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, WARN_COLOUR, AnyIndex, monospace_font


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeysDialog", text)


FIELDS = ("expert_id", "public_key", "valid_from", "valid_until", "revoked_at")
OPTIONAL_FIELDS = ("valid_until", "revoked_at")


def _row_entry(row: dict[str, str]) -> dict[str, Any]:
    """A table row as a trusted-keys JSON object (empty optional dates are null)."""
    entry: dict[str, Any] = {name: row.get(name, "").strip() for name in FIELDS}
    for name in OPTIONAL_FIELDS:
        if not entry[name]:
            entry[name] = None
    return entry


def row_of(key: keys.TrustedKey) -> dict[str, str]:
    data = key.to_dict()
    return {name: str(data.get(name) or "") for name in FIELDS}


def _strip_location(message: str) -> str:
    """``[0].public_key: ...`` -> ``public_key: ...``."""
    return message.split("]", 1)[1].lstrip(".") if message.startswith("[") else message


def with_row_numbers(message: str) -> str:
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
        self._rows = [row_of(k) for k in trusted]
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
            return monospace_font()
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
